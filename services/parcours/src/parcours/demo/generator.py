"""Generate the demo population through the service's own records and rules and the catalogue's holds.

One transaction per catalogue session (its candidates, decisions, entries, attendance, exits and
follow-ups), not three per candidate; places are held only on sessions that still run. See docs/demo.md.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select

from parcours.candidatures.models import Candidature
from parcours.clients.catalogue import session_from_payload
from parcours.common.dates import today
from parcours.demo import plan
from parcours.demo.steps import Steps
from parcours.settings import ParcoursSettings
from servicekit.db import Database
from servicekit.settings import settings_of

log = logging.getLogger("parcours.demo")


async def _anything(database: Database) -> bool:
    async with database.sessionmaker() as session:
        return bool((await session.execute(select(func.count()).select_from(Candidature))).scalar_one())


async def _sessions_page(app: FastAPI, page: int) -> dict[str, Any]:
    resp = await app.state.gateway.request(
        "GET", "/api/catalog/v1/sessions", params={"inclure_terminees": "true", "limit": 100, "page": page}
    )
    resp.raise_for_status()
    body: dict[str, Any] = resp.json()
    return body


async def wait_for_sessions(app: FastAPI, status: dict[str, Any]) -> list[dict[str, Any]]:
    """Polls the catalogue until its session count is non-zero and stable (its own demo is done)."""
    settings = settings_of(app, ParcoursSettings)
    loop = asyncio.get_running_loop()
    deadline, previous = loop.time() + settings.demo_attente_catalogue_s, -1
    while loop.time() < deadline:
        try:
            total = int((await _sessions_page(app, 1))["total"])
        except Exception as exc:  # the catalogue may not be up yet
            status["etat"], status["detail"] = "ATTENTE_CATALOGUE", repr(exc)[:200]
            total = -1
        if total > 0 and total == previous:
            items: list[dict[str, Any]] = []
            for page in range(1, (total + 99) // 100 + 1):
                items.extend((await _sessions_page(app, page))["items"])
            return items
        previous = total
        await asyncio.sleep(0.5)
    return []


async def run_when_ready(app: FastAPI) -> None:
    status: dict[str, Any] = {"etat": "ATTENTE_CATALOGUE", "sessions_traitees": 0, "sessions": 0}
    app.state.demo_status = status
    if await _anything(app.state.database):
        status["etat"] = "DEJA_PRESENTE"
        log.info("démo parcours : des données existent déjà, rien à générer")
        return
    sessions = await wait_for_sessions(app, status)
    if not sessions:
        status["etat"] = "CATALOGUE_VIDE"
        log.warning("démo parcours : aucune session au catalogue, rien à générer")
        return
    settings = settings_of(app, ParcoursSettings)
    # Sessions that admit a (dated) candidature: open ones, and ended or closed ones for the history.
    now = today().isoformat()
    open_ones = [
        s
        for s in sessions
        if s.get("etat_recrutement", "OUVERT") in ("OUVERT", "FERME") or str(s["fin"]) < now
    ]
    chosen = sorted(open_ones, key=lambda s: str(s["debut"]))[: settings.demo_max_sessions]
    status.update(etat="EN_COURS", sessions=len(chosen))
    rng, stats = random.Random(20232025), Counter[str]()
    steps = Steps(app, rng, stats)
    progress = Progress(len(chosen))
    for number, payload in enumerate(chosen, start=1):
        await populate(steps, payload)
        status["sessions_traitees"] = number
        status["statistiques"] = dict(stats)
        progress.step(number, stats)
    status["etat"] = "TERMINEE"
    log.info("démo parcours terminée", extra={"stats": dict(stats)})


class Progress:
    """A console line every tenth of the sessions (the JSON log carries the counts too)."""

    def __init__(self, total: int) -> None:
        self.total, self.started, self.next_tenth = total, time.monotonic(), 1

    def step(self, number: int, stats: Counter[str]) -> None:
        if number * 10 < self.next_tenth * self.total and number != self.total:
            return
        self.next_tenth = number * 10 // self.total + 1
        log.info(
            "démo parcours : %d/%d sessions (%d %%), %d candidatures, %d entrées, %.0f s",
            number,
            self.total,
            100 * number // self.total,
            stats["candidatures"],
            stats["entrees"],
            time.monotonic() - self.started,
            extra={"stats": dict(stats)},
        )


async def populate(steps: Steps, payload: dict[str, Any]) -> None:
    info = session_from_payload(payload)
    places = int(payload.get("places_ouvertes") or 0)
    free = int(payload.get("places_disponibles", places))
    heures = float(payload.get("heures_centre") or 0) + float(payload.get("heures_entreprise") or 0) or 400.0
    started = info.debut <= today()
    share = steps.rng.uniform(0.80, 0.96) if started else steps.rng.uniform(0.2, 0.5)
    entries = min(free, round(places * share))
    refused = round(entries * plan.REFUSED_SHARE / (1 - plan.REFUSED_SHARE))
    steps.stats["places"] += places if started else 0
    kinds = ["entree"] * entries + ["refus"] * refused
    steps.rng.shuffle(kinds)
    try:
        async with steps.database.sessionmaker() as session, session.begin():
            for kind in kinds:
                done = await steps.candidate(session, info, kind=kind, started=started, heures=heures)
                if done == "plus_de_place":
                    break
            await steps.finish(session)
    except BaseException:
        await steps.release_held()
        raise
    steps.held.clear()
