"""Pending candidatures expire `expiration_jours` after they were recorded; their hold is released."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from fastapi import FastAPI

from parcours.candidatures import records, repository, rules
from parcours.clients.catalogue import Catalogue
from parcours.common.dates import today
from parcours.settings import ParcoursSettings
from servicekit.auth import Principal
from servicekit.db import Database
from servicekit.models import utcnow
from servicekit.problems import Problem
from servicekit.settings import settings_of

log = logging.getLogger("parcours.expiration")
SYSTEM = Principal(
    sub="prf-parcours", client_id="prf-parcours", role="service", org_id="PRF", org_type="SERVICE"
)


async def sweep_once(app: FastAPI) -> int:
    settings = settings_of(app, ParcoursSettings)
    database: Database = app.state.database
    catalogue = Catalogue(app)
    limit_at = utcnow() - timedelta(days=settings.expiration_jours)
    expired = 0
    async with database.sessionmaker() as session:
        ids = [row.id for row in await repository.pending_before(session, limit_at)]
        await session.rollback()
    for cid in ids:
        try:
            await catalogue.release(cid, "expiration")
        except Problem:
            log.warning("catalogue injoignable : expiration reportée")
            return expired
        async with database.sessionmaker() as session, session.begin():
            fresh = await repository.get(session, cid)
            if fresh is None or not rules.is_open(fresh) or fresh.statut == "ACCEPTEE":
                continue
            day = max(today(), fresh.date_candidature)
            await records.transition(session, principal=SYSTEM, row=fresh, statut="EXPIREE", day=day)
            expired += 1
    return expired


async def expiry_loop(app: FastAPI) -> None:
    settings = settings_of(app, ParcoursSettings)
    while True:
        count = await sweep_once(app)
        if count:
            log.info("candidatures expirées", extra={"nombre": count})
        await asyncio.sleep(settings.expiration_intervalle_s)
