from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.db import outbox
from parcours.events.payloads import EVENT_TYPES
from servicekit.outbox import emit


async def publish(session: AsyncSession, event_type: str, aggregate_id: str, payload: BaseModel) -> None:
    """Append the event in the caller's transaction (aggregate = the parcours or candidature id)."""
    assert isinstance(payload, EVENT_TYPES[event_type])
    await emit(session, outbox, event_type, aggregate_id, payload.model_dump(mode="json"))
