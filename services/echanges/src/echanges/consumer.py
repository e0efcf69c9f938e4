"""The consumer: applies the catalogue and parcours feeds (servicekit's reader) from stored cursors —
session owners, candidature valideurs, AGORA events and webhook deliveries — one page per transaction."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from echanges.agora_events import agora_records
from echanges.db import (
    abonnement_t,
    agora_event_t,
    candidature_scope_t,
    dossier_t,
    feed_cursor_t,
    livraison_t,
    session_scope_t,
)
from echanges.scope import owners
from echanges.webhook_types import WEBHOOK_TYPES, payload
from servicekit.db import Database
from servicekit.feedreader import PRODUCER_FEEDS, PageReader
from servicekit.outbound import GatewayClient
from servicekit.upsert import insert_new, upsert


def _at(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Consumer:
    def __init__(self, database: Database, gateway: GatewayClient, *, page_size: int = 1000) -> None:
        self.database = database
        self.reader = PageReader(gateway, page_size=page_size)
        self.lock = asyncio.Lock()  # a parcours page reads the session owners a catalogue page writes

    async def position(self, conn: AsyncConnection, source: str) -> int:
        row = await conn.scalar(select(feed_cursor_t.c.position).where(feed_cursor_t.c.source == source))
        return int(row or 0)

    async def sync(self, source: str) -> int:
        async with self.lock:
            async with self.database.engine.connect() as conn:
                after = await self.position(conn, source)
            applied = 0
            async for page in self.reader.pages(source, after):
                async with self.database.engine.begin() as conn:
                    # The subscriptions are read once per page; deliveries are inserted in one statement.
                    subs = (
                        (await conn.execute(select(abonnement_t).where(abonnement_t.c.actif.is_(True))))
                        .mappings()
                        .all()
                    )
                    deliveries: list[dict[str, Any]] = []
                    for event in page:
                        await self.apply(conn, source, event)
                        if source == "parcours" and subs:
                            deliveries += await self.fan_out(conn, event, subs)
                    if deliveries:
                        await insert_new(conn, livraison_t, deliveries, ["id"])
                    last = max(int(e["seq"]) for e in page)
                    await upsert(conn, feed_cursor_t, {"source": source, "position": last}, ["source"])
                applied += len(page)
            return applied

    async def sync_all(self) -> int:
        return sum([await self.sync(source) for source in PRODUCER_FEEDS])

    async def apply(self, conn: AsyncConnection, source: str, event: dict[str, Any]) -> None:
        kind, data = event["type"], event["data"]
        if source == "catalog":
            if kind.startswith("session."):
                row = {
                    "session_id": data["session_id"],
                    "organisme_siret": data["organisme_siret"],
                    "dispositif": data.get("dispositif") or "",
                    "programme": data.get("programme") or "",
                }
                await upsert(conn, session_scope_t, row, ["session_id"])
            return
        if kind == "candidature.transmise":
            row = {
                "candidature_id": data["candidature_id"],
                "session_id": data["session_id"],
                "valideur_org_id": data.get("valideur_org_id") or "",
            }
            await upsert(conn, candidature_scope_t, row, ["candidature_id"])
        if kind == "parcours.entree":
            row = {
                "dossier_id": data["parcours_id"],
                "candidature_id": data["candidature_id"],
                "session_id": data["session_id"],
                "date_entree": datetime.fromisoformat(data["date_entree"]).date(),
            }
            await upsert(conn, dossier_t, row, ["dossier_id"])
        await self.record_agora(conn, event)

    async def record_agora(self, conn: AsyncConnection, event: dict[str, Any]) -> None:
        data = event["data"]
        records = agora_records(event["type"], data, event["recorded_at"])
        for n, (kind, day, fields) in enumerate(records):
            row = {
                "dossier_id": data["parcours_id"],
                "type": kind,
                "date": day,
                "source_id": f"{event['id']}:{n}" if n else event["id"],
                "data": fields,
            }
            await upsert(conn, agora_event_t, row, ["source_id"], update_columns=[])

    async def fan_out(self, conn: AsyncConnection, event: dict[str, Any], subs: Any) -> list[dict[str, Any]]:
        """One delivery row per active subscriber of this type who may see the event; the ids derive
        from (subscriber, event), so a re-read page adds nothing."""
        public = WEBHOOK_TYPES.get(event["type"])
        if public is None or not any(public in sub["evenements"] for sub in subs):
            return []
        organisme, valideur = await owners(conn, event["data"])
        now = datetime.now(UTC)
        body = json.dumps(
            {"type": public, "date": event["recorded_at"], "data": payload(event["type"], event["data"])},
            separators=(",", ":"),
            ensure_ascii=False,
        )
        rows = []
        for sub in subs:
            if public not in sub["evenements"]:
                continue
            if sub["role"] == "organisme" and sub["org_id"] != organisme:
                continue
            if sub["role"] == "valideur" and sub["org_id"] != valideur:
                continue
            rows.append(
                {
                    "id": f"msg_{uuid.uuid5(uuid.NAMESPACE_URL, sub['id'] + event['id']).hex}",
                    "abonnement_id": sub["id"],
                    "type": public,
                    "corps": body,
                    "statut": "EN_ATTENTE",
                    "tentatives": 0,
                    "prochaine_tentative": now,
                    "enregistre_at": _at(event["recorded_at"]),
                    "created_at": now,
                }
            )
        return rows
