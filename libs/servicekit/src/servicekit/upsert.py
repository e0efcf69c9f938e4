"""INSERT … ON CONFLICT for PostgreSQL and SQLite alike (both dialects spell it the same way)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from servicekit.db import is_postgres


async def upsert(
    conn: AsyncConnection,
    table: Table,
    row: dict[str, Any],
    keys: Sequence[str],
    *,
    update_columns: Sequence[str] | None = None,
) -> None:
    """Insert `row`, or on a key conflict update `update_columns` (default: every non-key column;
    `[]`: keep the existing row, which makes a replayed event a no-op)."""
    insert = postgresql.insert if is_postgres(conn) else sqlite.insert
    stmt = insert(table).values(**row)
    columns = [c for c in row if c not in keys] if update_columns is None else list(update_columns)
    if columns:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: stmt.excluded[c] for c in columns}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    await conn.execute(stmt)


async def insert_new(
    conn: AsyncConnection, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]
) -> None:
    """Insert many rows at once, skipping those whose key already exists."""
    insert = postgresql.insert if is_postgres(conn) else sqlite.insert
    await conn.execute(insert(table).on_conflict_do_nothing(index_elements=list(keys)), list(rows))
