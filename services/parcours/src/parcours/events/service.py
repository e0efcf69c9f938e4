"""Every parcours event goes out here: `publish` one, `publish_many` a batch (attendance totals)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache

from pydantic import TypeAdapter
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.db import outbox
from parcours.events.payloads import EVENT_TYPES, Payload
from servicekit.db import is_postgres
from servicekit.models import utcnow
from servicekit.outbox import emit

# PostgreSQL: the whole batch as one JSON array (serialised by pydantic-core in one call), split and
# inserted by one statement; ids drawn there (uuid v4 text, as `emit` draws them), seq in array order.
_MANY_PG = text(
    """
    INSERT INTO outbox_event (id, type, aggregate_id, recorded_at, data)
    SELECT CAST(gen_random_uuid() AS text), :type, a.aggregate_id, :now, e.data
    FROM json_array_elements(CAST(:data AS json)) WITH ORDINALITY AS e(data, n)
    JOIN unnest(CAST(:aggregates AS text[])) WITH ORDINALITY AS a(aggregate_id, n) ON a.n = e.n
    ORDER BY e.n
    """
)


@cache
def _many(model: type[Payload]) -> TypeAdapter[list[Payload]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


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
    first_id, first = events[0]
    await emit(session, outbox, event_type, first_id, _checked(event_type, first))
    rest = events[1:]
    if not rest:
        return
    model = EVENT_TYPES[event_type]
    if any(type(payload) is not model for _, payload in rest):
        raise TypeError(f"{event_type} attend {model.__name__}")
    if is_postgres(session):
        body = _many(model).dump_json([payload for _, payload in rest]).decode()
        binds = {"type": event_type, "now": utcnow(), "data": body, "aggregates": [aid for aid, _ in rest]}
        await session.execute(_MANY_PG, binds)
        return
    now = utcnow()
    values = [
        {
            "id": str(uuid.uuid4()),
            "type": event_type,
            "aggregate_id": aid,
            "recorded_at": now,
            "data": payload.model_dump(mode="json"),
        }
        for aid, payload in rest
    ]
    await session.execute(insert(outbox), values)
