"""Generate the demo population through the service's own use cases and the catalogue's holds."""

from __future__ import annotations

import asyncio
import logging
import random
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
    settings: ParcoursSettings = app.state.settings
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
        await asyncio.sleep(2.0)
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
    settings: ParcoursSettings = app.state.settings
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
    for number, payload in enumerate(chosen, start=1):
        await populate(steps, payload)
        status["sessions_traitees"] = number
        status["statistiques"] = dict(stats)
        log.info("démo parcours : session %d/%d", number, len(chosen), extra={"stats": dict(stats)})
    status["etat"] = "TERMINEE"
    log.info("démo parcours terminée", extra={"stats": dict(stats)})


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
    for kind in kinds:
        done = await steps.candidate(info, kind=kind, started=started, heures=heures)
        if done == "plus_de_place":
            break
