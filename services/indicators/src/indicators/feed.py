"""Feed consumption: a poller per producer, stored cursors, catch-up, and the full rebuild."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.finish import finish
from indicators.models import FeedCursor
from indicators.projection import Pipeline, RebuildCache, apply_events, wipe
from servicekit.db import Database
from servicekit.outbound import GatewayClient

log = logging.getLogger("indicators.feed")

FEEDS: dict[str, str] = {
    "catalog": "/api/catalog/v1/events",
    "parcours": "/api/parcours/v1/events",
}


# During a rebuild (automatic garbage collection off): a young-generation collection every so many pages.
GC_EVERY = 20


class FeedError(RuntimeError):
    pass


class Consumer:
    """Reads the producers' feeds through the gateway and applies them page by page."""

    def __init__(self, database: Database, gateway: GatewayClient, *, page_size: int = 1000) -> None:
        self.database = database
        self.gateway = gateway
        self.page_size = page_size
        # One lock for both feeds: a parcours page copies session dimensions that a catalogue page may
        # be changing, so pages are applied one at a time (reads of the feeds could overlap, not needed).
        self.lock = asyncio.Lock()

    async def position(self, source: str) -> int:
        async with self.database.sessionmaker() as session:
            cursor = await session.get(FeedCursor, source)
            return cursor.position if cursor else 0

    async def fetch(self, source: str, after: int) -> dict[str, Any]:
        resp = await self.gateway.request(
            "GET", FEEDS[source], params={"after": after, "limit": self.page_size}
        )
        if resp.status_code != 200:
            raise FeedError(f"flux {source} : HTTP {resp.status_code}")
        body: dict[str, Any] = resp.json()
        return body

    async def sync(self, source: str) -> int:
        """Applies every event available now on one feed; returns how many were applied."""
        async with self.lock:
            return await self._sync(source, bulk=False)

    async def _pages(self, source: str, after: int) -> AsyncGenerator[list[dict[str, Any]], None]:
        """The feed's pages after `after`; the next page is read while the caller applies this one
        (reading is mostly waiting on the producer and decoding JSON, applying on the database)."""
        pending = asyncio.ensure_future(self.fetch(source, after))
        try:
            while True:
                page = await pending
                items = page.get("items") or []
                more = bool(page.get("has_more")) and bool(items)
                if more:
                    pending = asyncio.ensure_future(self.fetch(source, max(int(e["seq"]) for e in items)))
                if items:
                    yield items
                if not more:
                    return
        finally:
            if not pending.done():
                pending.cancel()

    async def _sync(self, source: str, *, bulk: bool, cache: RebuildCache | None = None) -> int:
        if cache is not None:
            return await self._replay(source, cache)
        applied = 0
        async with aclosing(self._pages(source, await self.position(source))) as pages:
            async for items in pages:
                async with self.database.sessionmaker() as session, session.begin():
                    applied += await apply_events(session, source, items, bulk=bulk)
        return applied

    async def _page(
        self, source: str, items: list[dict[str, Any]], cache: RebuildCache, step: Pipeline, ready: Any
    ) -> int:
        async with self.database.sessionmaker() as session, session.begin():
            return await apply_events(
                session, source, items, bulk=True, cache=cache, pipeline=step, applied=ready
            )

    async def _replay(self, source: str, cache: RebuildCache) -> int:
        """A rebuild's pages, pipelined: page N+1 is read and applied in memory (Python) while page N is
        written and committed (the database): one transaction per page still, committed in order, at
        most two pages not yet committed."""
        async with self.database.sessionmaker() as session:
            cursor = await session.get(FeedCursor, source)
        step = Pipeline(cursor.position if cursor else 0, cursor.donnees_au if cursor else None)
        writing: list[asyncio.Future[int]] = []
        applied = count = 0
        try:
            async with aclosing(self._pages(source, step.position)) as pages:
                async for items in pages:
                    count += 1
                    if count % GC_EVERY == 0:
                        gc.collect(0)  # the cycles of the last pages (sessions, tasks): see rebuild()
                    while len(writing) >= 2:
                        applied += await writing.pop(0)
                    step = Pipeline(step.position, step.donnees_au, writing[-1] if writing else None)
                    ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                    writing.append(asyncio.ensure_future(self._page(source, items, cache, step, ready)))
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

    async def sync_all(self) -> int:
        total = 0
        for source in FEEDS:
            total += await self.sync(source)
        return total

    async def rebuild(self) -> int:
        """Wipes every projection and replays both feeds from sequence 0 (catalogue first).

        Holds the apply lock throughout: the pollers wait. On PostgreSQL parcours and candidatures are
        replayed into their history only and their current and cohort tables derived at the end."""
        bulk = not self.database.sqlite
        # The cache holds ~10⁵ states: each automatic full collection would walk them all again (a sixth
        # of the replay's time at 100 000 parcours). The replay's own garbage is freed by reference
        # counting; the few cycles of a page are collected from the young generation every GC_EVERY pages.
        collecting = gc.isenabled()
        async with self.lock:
            try:
                if bulk:
                    gc.disable()
                async with self.database.sessionmaker() as session, session.begin():
                    await wipe(session)
                applied = 0
                cache = RebuildCache() if bulk else None
                for source in FEEDS:
                    applied += await self._sync(source, bulk=bulk, cache=cache)
                del cache
            finally:
                if collecting:
                    gc.enable()
            if bulk:
                await finish(self.database)
        return applied


async def donnees_au(session: AsyncSession) -> Any:
    rows = (await session.execute(select(FeedCursor.donnees_au))).scalars().all()  # type: ignore[call-overload]
    known = [r for r in rows if r is not None]
    return max(known) if known else None


async def start_consumer(app: FastAPI) -> None:
    settings = app.state.settings
    app.state.consumer = Consumer(app.state.database, app.state.gateway, page_size=settings.feed_page_size)


def poller(source: str):  # type: ignore[no-untyped-def]
    async def loop(app: FastAPI) -> None:
        settings = app.state.settings
        if not settings.poll_enabled:
            return
        consumer: Consumer = app.state.consumer
        delay = settings.poll_interval
        while True:
            try:
                await consumer.sync(source)
                delay = settings.poll_interval
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # producer not up yet, gateway restarting…
                log.warning("lecture du flux %s impossible : %s", source, exc)
                delay = min(max(delay * 2, settings.poll_interval), 10.0)
            await asyncio.sleep(delay)

    loop.__name__ = f"poll_{source}"
    return loop
