"""Session events on the outbox, with the session snapshot as data. Emit after the row writes."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.events import PLACES_MODIFIEES, SESSION_FERMEE, SESSION_MODIFIEE, SESSION_OUVERTE, record
from catalog.sessions.repository import snapshot, views

__all__ = [
    "PLACES_MODIFIEES",
    "SESSION_FERMEE",
    "SESSION_MODIFIEE",
    "SESSION_OUVERTE",
    "emit_many",
    "emit_one",
]


async def emit_many(session: AsyncSession, *, session_ids: list[uuid.UUID], event_type: str) -> None:
    await session.flush()
    for v in await views(session, session_ids):
        await record(session, event_type, v.session.id, snapshot(v))


async def emit_one(session: AsyncSession, *, session_id: uuid.UUID, event_type: str) -> None:
    await emit_many(session, session_ids=[session_id], event_type=event_type)


def state_event(before: str | None, after: str) -> str:
    """session.ouverte / session.fermee when the recruitment state moves there, else session.modifiee."""
    if after != before and after == "OUVERT":
        return SESSION_OUVERTE
    if after != before and after == "FERME":
        return SESSION_FERMEE
    return SESSION_MODIFIEE
