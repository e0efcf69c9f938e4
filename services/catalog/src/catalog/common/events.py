"""The catalogue's outbox events (contracts.md §4), written in the caller's transaction."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.db import outbox
from servicekit.outbox import emit

SESSION_OUVERTE = "session.ouverte"
SESSION_MODIFIEE = "session.modifiee"
SESSION_FERMEE = "session.fermee"
PLACES_MODIFIEES = "places.modifiees"
LOT_CREE = "lot.cree"
LOT_MODIFIE = "lot.modifie"


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


async def record(
    session: AsyncSession, event_type: str, aggregate_id: uuid.UUID, data: dict[str, Any]
) -> None:
    await emit(session, outbox, event_type, str(aggregate_id), {k: _jsonable(v) for k, v in data.items()})
