"""The catalogue's outbox events (contracts.md §4), written in the caller's transaction, typed."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.contracts import (
    EVENTS,
    LOT_CREE,
    LOT_MODIFIE,
    PLACES_MODIFIEES,
    SESSION_FERMEE,
    SESSION_MODIFIEE,
    SESSION_OUVERTE,
    Payload,
)
from catalog.db import outbox
from servicekit.outbox import emit

__all__ = [
    "LOT_CREE",
    "LOT_MODIFIE",
    "PLACES_MODIFIEES",
    "SESSION_FERMEE",
    "SESSION_MODIFIEE",
    "SESSION_OUVERTE",
    "record",
]


async def record(session: AsyncSession, event_type: str, aggregate_id: uuid.UUID, payload: Payload) -> None:
    """Only the payload model its contract names goes out under an event type (catalog.contracts)."""
    model = EVENTS[event_type]
    if type(payload) is not model:
        raise TypeError(f"{event_type} : {model.__name__} attendu, {type(payload).__name__} reçu")
    await emit(session, outbox, event_type, str(aggregate_id), payload.model_dump(mode="json"))
