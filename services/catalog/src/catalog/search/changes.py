"""Knowing when the offer changed: this process's own writes, and (PostgreSQL) everyone else's.

Own writes: a statement that writes marks its pooled connection; when the connection goes back to
the pool (after COMMIT or ROLLBACK) the cache's generation moves. Moving it after the commit, not
before, matters: a search that started before the commit then never stores its older answer under
the new generation.

Other processes (uvicorn workers, replicas, an operator's SQL): a statement-level trigger on every
offer table sends `pg_notify(CHANNEL, schema)`, which PostgreSQL delivers at commit. A dedicated
connection LISTENs; while it is not listening, the cache is bypassed.

SQLite is served by a single process per database file, so its own writes are all there is.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import Any

import asyncpg
from fastapi import FastAPI
from sqlalchemy import event

from catalog.search.cache import OfferCache
from catalog.settings import CatalogSettings
from servicekit.db import Database, driver_dsn, is_postgres
from servicekit.settings import settings_of

log = logging.getLogger("prf.catalog.offer")
CHANNEL = "prf_catalog_offre"
WROTE = "prf_offre_ecrite"
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE|MERGE|COPY)\b", re.IGNORECASE)
HEALTH_CHECK_SECONDS = 5.0


def watch_own_writes(database: Database, cache: OfferCache) -> None:
    sync_engine = database.engine.sync_engine

    @event.listens_for(sync_engine, "before_cursor_execute")
    def mark(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if _WRITE.match(statement):
            conn.info[WROTE] = True

    @event.listens_for(sync_engine.pool, "checkin")
    def bump(_dbapi: Any, record: Any) -> None:
        if record is not None and record.info.pop(WROTE, False):
            cache.bump()


async def start_offer_cache(app: FastAPI) -> None:
    database: Database = app.state.database
    cache = OfferCache(
        settings_of(app, CatalogSettings).search_cache_entries, trusted=not is_postgres(database)
    )
    watch_own_writes(database, cache)
    app.state.offer_cache = cache


async def listen_for_other_writers(app: FastAPI) -> None:
    """Background task (PostgreSQL): keep a LISTEN connection; bypass the cache while it is down."""
    database: Database = app.state.database
    cache: OfferCache = app.state.offer_cache
    if not is_postgres(database):
        return
    while True:
        try:
            await _listen(database, cache)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("écoute des changements de l'offre interrompue", extra={"error": type(exc).__name__})
        await asyncio.sleep(1)


async def _listen(database: Database, cache: OfferCache) -> None:
    """Until the connection is lost: every notification for this schema empties the cache."""
    # Named, so that operators (and the tests) can find it in pg_stat_activity.
    name = f"prf-catalog-offre {database.schema}"[:63]
    conn = await asyncpg.connect(driver_dsn(database.url), server_settings={"application_name": name})
    lost = asyncio.Event()

    def changed(_conn: Any, _pid: int, _channel: str, schema: str) -> None:
        if schema == database.schema:
            cache.bump()

    try:
        conn.add_termination_listener(lambda _conn: lost.set())
        await conn.add_listener(CHANNEL, changed)
        # Whatever was committed while nobody listened is unknown: start from an empty cache.
        cache.bump()
        cache.trusted = True
        while not lost.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(lost.wait(), HEALTH_CHECK_SECONDS)
            # A connection that died without a word (network) would silently miss changes.
            await asyncio.wait_for(conn.fetchval("SELECT 1"), HEALTH_CHECK_SECONDS)
    finally:
        cache.trusted = False
        with contextlib.suppress(Exception):
            await conn.close(timeout=2)
