"""The feed cursors: how far each producer's feed is applied, and up to when the data goes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.models import FeedCursor
from servicekit.db import Database


async def cursor_of(session: AsyncSession, source: str) -> FeedCursor:
    cursor = await session.get(FeedCursor, source)
    if cursor is None:
        cursor = FeedCursor(source=source, position=0)
        session.add(cursor)
    return cursor


def advance(cursor: FeedCursor, position: int, latest: datetime | None) -> None:
    cursor.position = position
    cursor.donnees_au = latest
    cursor.updated_at = datetime.now(UTC)


async def position(database: Database, source: str) -> int:
    async with database.sessionmaker() as session:
        cursor = await session.get(FeedCursor, source)
        return cursor.position if cursor else 0


async def donnees_au(session: AsyncSession) -> Any:
    rows = (await session.execute(select(FeedCursor.donnees_au))).scalars().all()  # type: ignore[call-overload]
    known = [r for r in rows if r is not None]
    return max(known) if known else None
