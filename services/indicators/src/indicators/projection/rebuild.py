"""The full rebuild: wipe every projection and cursor, replay both feeds from sequence 0.

On SQLite it is the live path page by page (`apply.apply_feed`). On PostgreSQL it has its own path:
candidatures and parcours are written to their history only (their current and cohort tables are derived
once at the end, `finish.py`), their recent states kept in memory (`RebuildCache`), and pages are
pipelined (`Pipeline`): page N+1 is read and applied in memory while page N is written and committed.
"""

from __future__ import annotations

import asyncio
import gc
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, delete
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.models import COHORTS, FACTS, FeedCursor, dim_code
from indicators.projection.apply import (
    Event,
    Pages,
    after,
    apply_feed,
    apply_page,
    load_page,
    relax_commit,
    write_page,
)
from indicators.projection.batch import Batch
from indicators.projection.cursors import cursor_of
from indicators.projection.finish import BULK_FACTS, finish
from indicators.projection.payloads import Rejected, decode
from indicators.projection.transitions import State
from servicekit.db import Database, is_postgres

# A young-generation collection every so many pages (automatic garbage collection is off, see rebuild()).
GC_EVERY = 20
# How many candidatures and parcours (each) a rebuild keeps in memory, ~1.5 kB a parcours: a fact's
# later events (exit, follow-up months later) then rarely need its state read back from the history.
CACHE_SIZE = 200_000


class RebuildCache:
    """During a PostgreSQL rebuild: the state of the candidatures and parcours written recently (least
    recently written dropped first; the very dicts a page mutates, so a hit costs no copy) and a hash of
    every key written. A page reads back from the history only the facts written before and dropped
    since, and nothing for new ones. A failed page fails the rebuild, and the cache goes with it."""

    def __init__(self, size: int | None = None) -> None:
        self.size = CACHE_SIZE if size is None else size
        self.states: dict[str, OrderedDict[str, State]] = {f: OrderedDict() for f in BULK_FACTS}
        # hash(key): a collision only costs a history read that finds nothing.
        self.seen: dict[str, set[int]] = {f: set() for f in BULK_FACTS}

    def put(self, fact: str, states: dict[str, State], keys: Iterable[str]) -> None:
        """The facts a page wrote, after it was written."""
        cache, seen = self.states[fact], self.seen[fact]
        for key in keys:
            cache[key] = states[key]
            cache.move_to_end(key)
            seen.add(hash(key))
        while len(cache) > self.size:
            cache.popitem(last=False)


@dataclass
class Pipeline:
    """One page of a rebuild's pipeline: page N+1 is applied in memory while page N is written and
    committed in its own transaction. The cursor is followed in memory (`position`, `donnees_au`: before
    the page, then after it once applied); the page reads the database (states dropped from the cache,
    sessions, lots) and writes only once the `previous` page has committed."""

    position: int
    donnees_au: datetime | None
    previous: asyncio.Future[int] | None = None

    async def settled(self) -> None:
        if self.previous is not None:
            await self.previous


class ReplayBatch(Batch):
    """A PostgreSQL rebuild's batch: candidatures and parcours come from the cache (or, dropped from it,
    from their latest history version; never written: new, nothing to read) and go to their history
    only; reads and writes wait for the previous page's commit."""

    def __init__(self, session: AsyncSession, cache: RebuildCache, pipeline: Pipeline) -> None:
        super().__init__(session)
        self.cache = cache
        self.pipeline = pipeline

    async def load(self, fact: str, keys: Iterable[str | None]) -> None:
        wanted = self.wanted(fact, keys)
        if not wanted:
            return
        if fact not in BULK_FACTS:
            await self.pipeline.settled()
            await self.read_current(fact, wanted)
            return
        cached, seen, states = self.cache.states[fact], self.cache.seen[fact], self.states[fact]
        missing = []
        for k in wanted:
            hit = cached.get(k)
            if hit is not None:
                states[k] = hit
            elif hash(k) in seen:
                missing.append(k)
        if not missing:
            return
        await self.pipeline.settled()
        table, hist, key = FACTS[fact]
        # The state of a fact is its latest history version (index on key, seq).
        cols = ", ".join(f"h.{c.name}" for c in table.columns if c.name in hist.c)
        pg = await self.pg()
        rows = await pg.fetch(
            f"SELECT {cols} FROM unnest($1::varchar[]) AS k(id) CROSS JOIN LATERAL "
            f"(SELECT * FROM {hist.name} WHERE {key} = k.id ORDER BY seq DESC LIMIT 1) AS h",
            missing,
        )
        for record in rows:
            states[record[key]] = dict(record)

    def stamp(self, fact: str, state: State) -> None:
        """Nothing: the current rows (and their session's dimensions) are derived at the end."""

    def current_keys(self, fact: str) -> list[str]:
        return [] if fact in BULK_FACTS else super().current_keys(fact)

    def closed_keys(self, fact: str) -> list[str]:
        """None: every history's valid_to is computed in one pass at the end (finish)."""
        return []


async def apply_replay_page(
    session: AsyncSession,
    source: str,
    events: Sequence[Event],
    cache: RebuildCache,
    step: Pipeline,
    applied: asyncio.Future[None],
    rejected: Rejected | None = None,
) -> int:
    """One page of a PostgreSQL rebuild: applied in memory (then `applied` is set: the next page may
    start), written and committed with its cursor once the previous page has committed."""
    try:
        fresh = decode(source, after(events, step.position), rejected)
        if not fresh:
            return 0
        batch = ReplayBatch(session, cache, step)
        await relax_commit(batch)
        await load_page(batch, source, fresh, sessions=False)
        latest = apply_page(batch, fresh, step.donnees_au)
        for fact in BULK_FACTS:
            cache.put(fact, batch.states[fact], batch.touched[fact])
        step.position, step.donnees_au = fresh[-1].seq, latest
        applied.set_result(None)
        await step.settled()
        await write_page(batch, await cursor_of(session, source), fresh, latest)
        return len(fresh)
    finally:
        if not applied.done():
            applied.set_result(None)


async def _replay_page(
    database: Database,
    source: str,
    items: list[Event],
    cache: RebuildCache,
    step: Pipeline,
    ready: asyncio.Future[None],
    rejected: Rejected | None,
) -> int:
    async with database.sessionmaker() as session, session.begin():
        return await apply_replay_page(session, source, items, cache, step, ready, rejected)


async def replay(
    database: Database, source: str, pages: Pages, cache: RebuildCache, rejected: Rejected | None = None
) -> int:
    """A PostgreSQL rebuild's pages, pipelined: page N+1 is read and applied in memory (Python) while
    page N is written and committed (the database): one transaction per page still, committed in order,
    at most two pages not yet committed."""
    async with database.sessionmaker() as session:
        cursor = await session.get(FeedCursor, source)
    step = Pipeline(cursor.position if cursor else 0, cursor.donnees_au if cursor else None)
    writing: list[asyncio.Future[int]] = []
    applied = count = 0
    try:
        async with aclosing(pages(source, step.position)) as reading:  # type: ignore[type-var]
            async for items in reading:
                count += 1
                if count % GC_EVERY == 0:
                    gc.collect(0)  # the cycles of the last pages (sessions, tasks): see rebuild()
                while len(writing) >= 2:
                    applied += await writing.pop(0)
                step = Pipeline(step.position, step.donnees_au, writing[-1] if writing else None)
                ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                writing.append(
                    asyncio.ensure_future(_replay_page(database, source, items, cache, step, ready, rejected))
                )
                await ready  # applied in memory: `step` holds the cursor after this page
                if writing[-1].done() and writing[-1].exception() is not None:
                    raise writing[-1].exception()  # type: ignore[misc]
        while writing:
            applied += await writing.pop(0)
        return applied
    finally:
        for task in writing:
            task.cancel()
        if writing:
            await asyncio.gather(*writing, return_exceptions=True)


async def wipe(session: AsyncSession) -> None:
    """Empties every projection and cursor (the first step of a rebuild)."""
    tables: list[Table] = []
    for table, hist, _key in FACTS.values():
        tables += [table, hist]
    tables += [*COHORTS.values(), dim_code]
    for table in tables:
        await session.execute(delete(table))
    await session.execute(delete(FeedCursor.__table__))  # type: ignore[arg-type]


async def rebuild(
    database: Database, sources: Iterable[str], pages: Pages, rejected: Rejected | None = None
) -> int:
    """Wipes every projection and replays the feeds from sequence 0, in `sources` order (catalogue
    first). The caller holds the apply lock."""
    async with database.sessionmaker() as session, session.begin():
        await wipe(session)
    if not is_postgres(database):
        applied = 0
        for source in sources:
            applied += await apply_feed(database, source, pages(source, 0), rejected)
        return applied
    # The cache holds ~10⁵ states: each automatic full collection would walk them all again (a sixth
    # of the replay's time at 100 000 parcours). The replay's own garbage is freed by reference
    # counting; the few cycles of a page are collected from the young generation every GC_EVERY pages.
    collecting = gc.isenabled()
    try:
        gc.disable()
        applied = 0
        cache = RebuildCache()
        for source in sources:
            applied += await replay(database, source, pages, cache, rejected)
        del cache
    finally:
        if collecting:
            gc.enable()
    await finish(database)
    return applied
