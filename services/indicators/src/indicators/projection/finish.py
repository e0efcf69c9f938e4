"""The end of a PostgreSQL rebuild: derive the current and cohort tables from the replayed history.

During the replay parcours and candidatures were only appended to their history (BULK_FACTS).
Their current row is the history version with the highest `seq`, with the session's dimensions as they
are now (what the live apply's restamp maintains); the cohort tables follow in cohort-date order. Then
ANALYZE (VACUUM for the cohort tables): statistics for the planner, visibility map for index-only scans.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from sqlalchemy import Table, delete, text

from indicators.models import COHORTS, FACTS, SESSION_DIM_NAMES, dim_code
from indicators.projection.cohorts import add_codes, cohort_insert
from indicators.projection.validity import close_all_versions_pg
from servicekit.db import Database

log = logging.getLogger("indicators.finish")

# Facts a PostgreSQL rebuild writes as history only (their current and cohort tables are derived once at
# the end): several events per parcours would otherwise replace its rows several times.
BULK_FACTS = ("candidature", "parcours")


def current_from_history(fact: str) -> str:
    current, hist, key = FACTS[fact]
    cols = [c.name for c in current.columns]
    picked = [f"s.{c}" if c in SESSION_DIM_NAMES else f"h.{c}" for c in cols]
    return (
        f"INSERT INTO {current.name} ({', '.join(cols)}) "
        f"SELECT {', '.join(picked)} FROM {hist.name} h "
        f"JOIN (SELECT {key}, max(seq) AS seq FROM {hist.name} GROUP BY {key}) last "
        f"ON last.{key} = h.{key} AND last.seq = h.seq "
        f"LEFT JOIN f_session s ON s.session_id = h.session_id"
    )


async def _maintain(database: Database, statement: str) -> None:
    async with database.engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await auto.execute(text(statement))


async def _rebuilt(database: Database, table: Table, statements: list[Any]) -> None:
    """Runs the statements that refill `table` in one transaction, its indexes dropped before and built
    once after (a sort) rather than maintained row by row."""
    started = time.perf_counter()
    async with database.sessionmaker() as db, db.begin():
        conn = await db.connection()
        # Sorting and hashing a million keys: give this transaction the memory to do it in RAM.
        await db.execute(text("SET LOCAL work_mem = '256MB'"))
        await db.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
        await db.execute(text("SET LOCAL synchronous_commit = off"))
        for ix in table.indexes:
            await conn.run_sync(ix.drop)
        await db.execute(delete(table))
        for statement in statements:
            await db.execute(statement)
        for ix in table.indexes:
            await conn.run_sync(ix.create)
    log.info("reconstruction : %s en %.1f s", table.name, time.perf_counter() - started)


async def finish(database: Database) -> None:
    # Candidatures and parcours are independent: each step runs for both at once, on two connections
    # (the replay kept one core busy in Python; here the database can use both).
    # valid_to of every history version (the replay appended them without it), then statistics: the
    # planner must know the history is millions of rows, not empty.
    await asyncio.gather(*(_maintain(database, close_all_versions_pg(f)) for f in FACTS))
    await asyncio.gather(*(_maintain(database, f"ANALYZE {FACTS[f][1].name}") for f in FACTS))
    await asyncio.gather(
        *(_rebuilt(database, FACTS[f][0], [text(current_from_history(f))]) for f in BULK_FACTS)
    )
    # Codes in one transaction (both facts share the dictionary), then the cohort rows.
    async with database.sessionmaker() as db, db.begin():
        for fact in BULK_FACTS:
            await add_codes(db, fact, None)
    await asyncio.gather(*(_rebuilt(database, COHORTS[f], [cohort_insert(f, None)]) for f in BULK_FACTS))
    # VACUUM the (narrow) cohort tables for their visibility map (index-only scans); ANALYZE the rest.
    await asyncio.gather(
        *(_maintain(database, f"VACUUM ANALYZE {COHORTS[f].name}") for f in BULK_FACTS),
        *(_maintain(database, f"ANALYZE {FACTS[f][0].name}") for f in BULK_FACTS),
        _maintain(database, f"ANALYZE {dim_code.name}"),
    )
