"""Async database access: one engine per service, SQLite (WAL, FK) or PostgreSQL (own schema)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def is_postgres(
    where: str | Database | AsyncEngine | AsyncConnection | AsyncSession | Connection | Engine,
) -> bool:
    """The one way to ask "is this PostgreSQL?" (else SQLite, the only other backend): of a URL,
    a `Database`, an engine, a connection or a session (unbound: False)."""
    if isinstance(where, str):
        return make_url(where).get_backend_name() == "postgresql"
    if isinstance(where, Database):
        return where.postgres
    if isinstance(where, AsyncSession):
        bind = where.bind
        return bind is not None and bind.dialect.name == "postgresql"
    return where.dialect.name == "postgresql"


def is_sqlite(url: str) -> bool:
    """Kept for existing callers: `not is_postgres(url)`."""
    return not is_postgres(url)


def driver_dsn(url: str) -> str:
    """postgresql+asyncpg://… → postgresql://…, for a connection opened with asyncpg itself."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Database:
    """Engine + session factory. On PostgreSQL every connection's search_path is the service schema."""

    def __init__(
        self,
        url: str,
        schema: str,
        *,
        echo: bool = False,
        pool_size: int = 20,
        server_settings: dict[str, str] | None = None,
    ) -> None:
        self.url = url
        self.schema = schema
        self.postgres = is_postgres(url)
        self.sqlite = not self.postgres  # kept for existing callers; ask is_postgres(database)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.sqlite:
            path = make_url(url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs["connect_args"] = {"server_settings": {**(server_settings or {}), "search_path": schema}}
            # Connections beyond pool_size are closed when returned: a pool smaller than the usual
            # concurrency opens a PostgreSQL backend every few requests (1 in 6 at 32 clients, 10 + 20).
            kwargs["pool_size"] = pool_size
            kwargs["max_overflow"] = 10
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin_immediate)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    async def prepare(self) -> None:
        """Create the service schema on PostgreSQL (idempotent)."""
        if self.sqlite:
            return
        async with self.engine.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    async def dispose(self) -> None:
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_begin_immediate) so writers serialise cleanly.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # BEGIN IMMEDIATE takes the write lock up front: no lost updates, no deadlock on upgrade.
    # Read connections (AUTOCOMMIT) take no transaction at all: each statement reads a snapshot.
    if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def get_database(request: Request) -> Database:
    db: Database = request.app.state.database
    return db


DatabaseDep = Annotated[Database, Depends(get_database)]


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """Request-scoped session: commits when the handler succeeds, rolls back otherwise."""
    database: Database = request.app.state.database
    async with database.sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


# The commit must happen before the response is sent, so a failed commit never answers 2xx.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def get_read_connection(request: Request) -> AsyncIterator[AsyncConnection]:
    """A connection in autocommit for read endpoints answered by one statement.

    No BEGIN / COMMIT round trips and, on SQLite, no write lock: a statement is its own snapshot.
    """
    database: Database = request.app.state.database
    async with database.engine.connect() as conn:
        yield await conn.execution_options(isolation_level="AUTOCOMMIT")


ReadConnectionDep = Annotated[AsyncConnection, Depends(get_read_connection, scope="function")]
