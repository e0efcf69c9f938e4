"""Every parcours event goes out here: `publish` one, `publish_many` a batch (attendance totals)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.db import outbox
from parcours.events.payloads import EVENT_TYPES, Payload
from servicekit.models import utcnow
from servicekit.outbox import emit


def _checked(event_type: str, payload: Payload) -> dict[str, object]:
    expected = EVENT_TYPES[event_type]
    if type(payload) is not expected:
        raise TypeError(f"{event_type} attend {expected.__name__}, reçu {type(payload).__name__}")
    return payload.model_dump(mode="json")


async def publish(session: AsyncSession, event_type: str, aggregate_id: str, payload: Payload) -> None:
    """Append the event in the caller's transaction (aggregate = the parcours or candidature id)."""
    await emit(session, outbox, event_type, aggregate_id, _checked(event_type, payload))


async def publish_many(session: AsyncSession, event_type: str, events: Sequence[tuple[str, Payload]]) -> None:
    """(aggregate id, payload) pairs of one type: the first through `emit` (it takes the outbox's
    ordering lock), the rest in one multi-row insert inside the same lock."""
    if not events:
        return
    rows = [(aggregate_id, _checked(event_type, payload)) for aggregate_id, payload in events]
    await emit(session, outbox, event_type, rows[0][0], rows[0][1])
    if len(rows) > 1:
        now = utcnow()
        values = [
            {
                "id": str(uuid.uuid4()),
                "type": event_type,
                "aggregate_id": aid,
                "recorded_at": now,
                "data": data,
            }
            for aid, data in rows[1:]
        ]
        await session.execute(insert(outbox), values)
