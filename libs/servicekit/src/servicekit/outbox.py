"""Transactional outbox: events written in the same transaction as the change, served as a cursor feed.

On PostgreSQL every writer takes a transaction-scoped advisory lock before inserting, so sequence
numbers become visible in commit order and a consumer reading `after=<seq>` never skips an event
that commits late. SQLite serialises writers already (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import uuid
import zlib
from datetime import UTC, datetime
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    insert,
    select,
    text,
)
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.auth import Principal, require_scopes
from servicekit.db import SessionDep, is_postgres
from servicekit.problems import AUTHENTICATED, problem_responses

EVENTS_SCOPE = "events:read"


def make_outbox_table(metadata: MetaData) -> Table:
    return Table(
        "outbox_event",
        metadata,
        Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
        Column("id", String(36), nullable=False, unique=True),
        Column("type", String(64), nullable=False),
        Column("aggregate_id", String(64), nullable=False, index=True),
        Column("recorded_at", DateTime(timezone=True), nullable=False),
        Column("data", JSON, nullable=False),
    )


async def emit(
    session: AsyncSession,
    table: Table,
    event_type: str,
    aggregate_id: str,
    data: dict[str, Any],
    *,
    recorded_at: datetime | None = None,
) -> None:
    """Append one event inside the caller's transaction."""
    if is_postgres(session):
        lock_key = zlib.crc32(f"outbox:{table.fullname}".encode())
        await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock_key})
    await session.execute(
        insert(table).values(
            id=str(uuid.uuid4()),
            type=event_type,
            aggregate_id=aggregate_id,
            recorded_at=recorded_at or datetime.now(UTC),
            data=data,
        )
    )


class FeedEvent(BaseModel):
    seq: int
    id: str
    type: str
    aggregate_id: str
    recorded_at: datetime
    data: dict[str, Any]


class FeedPage(BaseModel):
    items: list[FeedEvent]
    next_after: int
    has_more: bool


def feed_router(table: Table, *, tags: list[str | Enum] | None = None) -> APIRouter:
    """GET /v1/events?after=<seq>&limit=<n> — ordered, at-least-once, internal scope."""
    router = APIRouter(tags=tags or ["événements"])

    @router.get(
        "/v1/events",
        response_model=FeedPage,
        summary="Flux d'événements (curseur)",
        responses=problem_responses(*AUTHENTICATED),
    )
    async def events(
        session: SessionDep,
        _: Annotated[Principal, Depends(require_scopes(EVENTS_SCOPE))],
        after: Annotated[
            # <= the largest 64-bit integer: beyond it the driver overflowed (a 500, issue 17).
            int, Query(ge=0, le=2**63 - 1, description="Dernier numéro de séquence déjà lu")
        ] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> FeedPage:
        rows = (
            (
                await session.execute(
                    select(table).where(table.c.seq > after).order_by(table.c.seq).limit(limit + 1)
                )
            )
            .mappings()
            .all()
        )
        items = [FeedEvent(**dict(r)) for r in rows[:limit]]
        for item in items:
            if item.recorded_at.tzinfo is None:
                item.recorded_at = item.recorded_at.replace(tzinfo=UTC)
        return FeedPage(items=items, next_after=items[-1].seq if items else after, has_more=len(rows) > limit)

    return router
