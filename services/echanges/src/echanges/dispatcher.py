"""Delivering webhooks: due rows are sent in the background, at most `livraison_concurrence` in flight
per subscriber, each with a timeout, so a dead or slow receiver only ever holds its own slots.
Failures are retried with exponential backoff until `livraison_duree_max_h` after the event."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select, update

from echanges.db import abonnement_t, livraison_t
from echanges.settings import EchangesSettings
from echanges.signing import signature_header
from servicekit.db import Database
from servicekit.settings import settings_of

log = logging.getLogger("echanges.webhooks")


def secrets_in_use(sub: Any, now: datetime) -> list[str]:
    keys = [sub["secret"]]
    if sub["secret_precedent"] and sub["precedent_jusqu_a"] and sub["precedent_jusqu_a"] > now:
        keys.append(sub["secret_precedent"])
    return keys


def next_try(settings: EchangesSettings, attempts: int, now: datetime) -> datetime:
    return now + timedelta(seconds=min(settings.retry_base_s * 2 ** (attempts - 1), 3600.0))


class Dispatcher:
    def __init__(
        self,
        database: Database,
        settings: EchangesSettings,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.http = httpx.AsyncClient(timeout=settings.livraison_timeout, transport=transport)
        self.in_flight: set[str] = set()
        self.per_sub: dict[str, int] = defaultdict(int)
        self.tasks: set[asyncio.Task[None]] = set()

    async def tick(self) -> int:
        """Starts every due delivery its subscriber has a free slot for; returns how many started."""
        now = datetime.now(UTC)
        async with self.database.engine.connect() as conn:
            rows = (
                (
                    await conn.execute(
                        select(
                            livraison_t,
                            abonnement_t.c.url,
                            abonnement_t.c.secret,
                            abonnement_t.c.secret_precedent,
                            abonnement_t.c.precedent_jusqu_a,
                        )
                        .join(abonnement_t, abonnement_t.c.id == livraison_t.c.abonnement_id)
                        .where(livraison_t.c.statut == "EN_ATTENTE", livraison_t.c.prochaine_tentative <= now)
                        .order_by(livraison_t.c.prochaine_tentative)
                        .limit(2000)
                    )
                )
                .mappings()
                .all()
            )
        chosen = []
        for row in rows:
            sub = row["abonnement_id"]
            if row["id"] in self.in_flight or self.per_sub[sub] >= self.settings.livraison_concurrence:
                continue
            self.per_sub[sub] += 1
            self.in_flight.add(row["id"])
            chosen.append(dict(row))
        if chosen:
            # A lease: the claimed rows are not due again until the attempt had time to finish, so a
            # look at the due rows taken while an attempt ends can never send it twice.
            lease = now + timedelta(seconds=self.settings.livraison_timeout + 30)
            async with self.database.engine.begin() as conn:
                await conn.execute(
                    update(livraison_t)
                    .where(livraison_t.c.id.in_([r["id"] for r in chosen]))
                    .values(prochaine_tentative=lease)
                )
        for row in chosen:
            task = asyncio.create_task(self.deliver(row))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        return len(chosen)

    async def deliver(self, row: dict[str, Any]) -> None:
        try:
            await self._attempt(row)
        except Exception:  # never let one delivery stop the loop
            log.exception("livraison %s : erreur inattendue", row["id"])
        finally:
            self.in_flight.discard(row["id"])
            self.per_sub[row["abonnement_id"]] -= 1

    async def _attempt(self, row: dict[str, Any]) -> None:
        now = datetime.now(UTC)
        ts = int(now.timestamp())
        headers = {
            "content-type": "application/json",
            "webhook-id": row["id"],
            "webhook-timestamp": str(ts),
            "webhook-signature": signature_header(secrets_in_use(row, now), row["id"], ts, row["corps"]),
        }
        start = time.perf_counter()
        status: int | None = None
        error: str | None = None
        try:
            resp = await self.http.post(row["url"], content=row["corps"].encode(), headers=headers)
            status = resp.status_code
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}"[:300]
        latency = int((time.perf_counter() - start) * 1000)
        attempts = row["tentatives"] + 1
        done = datetime.now(UTC)
        values: dict[str, Any] = {
            "tentatives": attempts,
            "dernier_statut_http": status,
            "derniere_latence_ms": latency,
            "derniere_erreur": error or (None if status and status < 300 else f"HTTP {status}"),
        }
        if status is not None and 200 <= status < 300:
            values.update(statut="LIVREE", livree_at=done)
        else:
            retry = next_try(self.settings, attempts, done)
            deadline = row["created_at"] + timedelta(hours=self.settings.livraison_duree_max_h)
            values.update(statut="ECHEC") if retry > deadline else values.update(prochaine_tentative=retry)
        async with self.database.engine.begin() as conn:
            await conn.execute(update(livraison_t).where(livraison_t.c.id == row["id"]).values(**values))

    async def drain(self) -> None:
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    async def aclose(self) -> None:
        await self.drain()
        await self.http.aclose()


@asynccontextmanager
async def dispatcher_context(app: FastAPI) -> AsyncIterator[None]:
    app.state.dispatcher = Dispatcher(
        app.state.database,
        settings_of(app, EchangesSettings),
        getattr(app.state, "webhook_transport", None),
    )
    try:
        yield
    finally:
        await app.state.dispatcher.aclose()


async def dispatch_loop(app: FastAPI) -> None:
    settings = settings_of(app, EchangesSettings)
    if not settings.poll_enabled:
        return
    dispatcher: Dispatcher = app.state.dispatcher
    while True:
        try:
            await dispatcher.tick()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("livraisons : %s", exc)
        await asyncio.sleep(settings.livraison_intervalle)
