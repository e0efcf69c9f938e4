"""The end of a PostgreSQL rebuild: derive the current and cohort tables from the replayed history.

During the replay parcours and candidatures were only appended to their history (projection.BULK_FACTS).
Their current row is the history version with the highest `seq`, with the session's dimensions as they
are now (what the live apply's restamp maintains); the cohort tables follow in cohort-date order. Then
ANALYZE (VACUUM for the cohort tables): statistics for the planner, visibility map for index-only scans.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import text

from indicators.cohorts import refresh
from indicators.models import COHORTS, FACTS, SESSION_DIM_NAMES, dim_code
from indicators.projection import BULK_FACTS
from servicekit.db import Database

log = logging.getLogger("indicators.finish")


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


async def _maintain(database: Database, statements: list[str]) -> None:
    async with database.engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        for statement in statements:
            await auto.execute(text(statement))


async def finish(database: Database) -> None:
    # Statistics first: the planner must know the history is millions of rows, not empty.
    await _maintain(database, [f"ANALYZE {FACTS[f][1].name}" for f in BULK_FACTS])
    indexes = [ix for f in BULK_FACTS for t in (FACTS[f][0], COHORTS[f]) for ix in t.indexes]
    async with database.sessionmaker() as db, db.begin():
        conn = await db.connection()
        # Sorting and hashing a million keys: give this one transaction the memory to do it in RAM.
        await db.execute(text("SET LOCAL work_mem = '256MB'"))
        await db.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
        await db.execute(text("SET LOCAL synchronous_commit = off"))
        # Indexes are built once at the end (a sort) rather than maintained row by row.
        for ix in indexes:
            await conn.run_sync(ix.drop)
        for fact in BULK_FACTS:
            started = time.perf_counter()
            await db.execute(text(f"DELETE FROM {FACTS[fact][0].name}"))
            await db.execute(text(current_from_history(fact)))
            built = time.perf_counter()
            await refresh(db, fact, None)
            log.info(
                "reconstruction : %s courants en %.1f s, cohorte en %.1f s",
                fact,
                built - started,
                time.perf_counter() - built,
            )
        started = time.perf_counter()
        for ix in indexes:
            await conn.run_sync(ix.create)
        log.info("reconstruction : index en %.1f s", time.perf_counter() - started)
    # VACUUM the (narrow) cohort tables for their visibility map; ANALYZE the rest.
    await _maintain(
        database,
        [
            *(f"VACUUM ANALYZE {t.name}" for t in COHORTS.values()),
            *(f"ANALYZE {FACTS[f][0].name}" for f in BULK_FACTS),
            f"ANALYZE {dim_code.name}",
        ],
    )
