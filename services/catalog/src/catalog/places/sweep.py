"""The periodic sweep: expires holds left without a decision, marks ended sessions (background task)."""

import asyncio
import logging
from datetime import datetime

from fastapi import FastAPI

from catalog.places import repository as repo
from catalog.places import service
from catalog.sessions.ended import mark_ended
from catalog.settings import CatalogSettings
from servicekit.db import Database
from servicekit.models import utcnow
from servicekit.settings import settings_of

log = logging.getLogger("prf.catalog.sweep")


async def sweep_once(database: Database, *, now: datetime | None = None) -> int:
    """Expire every lapsed hold; one short transaction per session. Returns how many expired."""
    moment = now or utcnow()
    async with database.sessionmaker() as session:
        session_ids = await repo.sessions_with_lapsed_holds(session, moment)
    expired = 0
    for session_id in session_ids:
        async with database.sessionmaker() as session, session.begin():
            expired += await service.expire_for_session(session, session_id=session_id, now=moment)
    if expired:
        log.info("réservations expirées", extra={"count": expired})
    return expired


async def sweep_forever(app: FastAPI) -> None:
    interval = settings_of(app, CatalogSettings).sweep_interval_seconds
    database: Database = app.state.database
    while True:
        try:
            await sweep_once(database)
            await mark_ended(database)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("balayage des réservations en échec")
        await asyncio.sleep(interval)
