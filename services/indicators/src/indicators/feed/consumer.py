"""The consumer: applies the producers' feeds from their stored cursors, one page at a time."""

from __future__ import annotations

import asyncio

from indicators.feed.pages import FEEDS, PageReader
from indicators.projection import rebuild as rebuilding
from indicators.projection.apply import apply_feed
from indicators.projection.cursors import position
from servicekit.db import Database
from servicekit.outbound import GatewayClient


class Consumer:
    """Reads the producers' feeds through the gateway and applies them page by page."""

    def __init__(self, database: Database, gateway: GatewayClient, *, page_size: int = 1000) -> None:
        self.database = database
        self.reader = PageReader(gateway, page_size=page_size)
        # One lock for both feeds: a parcours page copies session dimensions that a catalogue page may
        # be changing, so pages are applied one at a time (reads of the feeds could overlap, not needed).
        self.lock = asyncio.Lock()

    async def sync(self, source: str) -> int:
        """Applies every event available now on one feed; returns how many were applied."""
        async with self.lock:
            after = await position(self.database, source)
            return await apply_feed(self.database, source, self.reader.pages(source, after))

    async def sync_all(self) -> int:
        total = 0
        for source in FEEDS:
            total += await self.sync(source)
        return total

    async def rebuild(self) -> int:
        """Wipes every projection and replays both feeds from sequence 0 (catalogue first), holding the
        apply lock throughout: the pollers wait."""
        async with self.lock:
            return await rebuilding.rebuild(self.database, FEEDS, self.reader.pages)
