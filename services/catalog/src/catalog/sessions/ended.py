"""Sessions whose end date has passed leave the search's partial index (`en_cours = false`)."""

from datetime import date

from sqlalchemy import update

from catalog.sessions.models import SessionFormation
from servicekit.dates import region_today
from servicekit.db import Database


async def mark_ended(database: Database, today: date | None = None) -> int:
    """One statement, run by the periodic sweep; returns how many sessions it marked."""
    day = today or region_today()
    stmt = (
        update(SessionFormation)
        .where(SessionFormation.en_cours, SessionFormation.fin < day)  # type: ignore[arg-type,operator]
        .values(en_cours=False)
    )
    async with database.sessionmaker() as session, session.begin():
        result = await session.execute(stmt)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
