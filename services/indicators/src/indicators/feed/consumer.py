"""The consumer: applies the producers' feeds from their stored cursors, one page at a time."""

from __future__ import annotations

import asyncio

from prometheus_client import CollectorRegistry, Counter
from pydantic import ValidationError

from indicators.feed.pages import FEEDS, PageReader
from indicators.projection import rebuild as rebuilding
from indicators.projection.apply import apply_feed
from indicators.projection.cursors import position
from indicators.projection.payloads import log_rejected
from servicekit.db import Database
from servicekit.outbound import GatewayClient


class Consumer:
    """Reads the producers' feeds through the gateway and applies them page by page.

    An event whose payload does not validate is skipped (the cursor moves past it: the feed is
    append-only, so stopping would stop the indicators for good), logged without its values and counted
    in `indicators_evenements_rejetes_total{source,type}` (/metrics)."""

    def __init__(
        self,
        database: Database,
        gateway: GatewayClient,
        *,
        page_size: int = 1000,
        registry: CollectorRegistry | None = None,
    ) -> None:
        self.database = database
        self.reader = PageReader(gateway, page_size=page_size)
        # One lock for both feeds: a parcours page copies session dimensions that a catalogue page may
        # be changing, so pages are applied one at a time (reads of the feeds could overlap, not needed).
        self.lock = asyncio.Lock()
        self.rejects = Counter(
            "indicators_evenements_rejetes",
            "Événements des flux ignorés car leur contenu ne respecte pas le contrat",
            ["source", "type"],
            registry=registry,
        )

    def rejected(self, source: str, seq: int, kind: str, exc: ValidationError) -> None:
        log_rejected(source, seq, kind, exc)
        self.rejects.labels(source=source, type=kind).inc()

    async def sync(self, source: str) -> int:
        """Applies every event available now on one feed; returns how many were applied."""
        async with self.lock:
            after = await position(self.database, source)
            pages = self.reader.pages(source, after)
            return await apply_feed(self.database, source, pages, self.rejected)

    async def sync_all(self) -> int:
        total = 0
        for source in FEEDS:
            total += await self.sync(source)
        return total

    async def rebuild(self) -> int:
        """Wipes every projection and replays both feeds from sequence 0 (catalogue first), holding the
        apply lock throughout: the pollers wait."""
        async with self.lock:
            return await rebuilding.rebuild(self.database, FEEDS, self.reader.pages, self.rejected)
