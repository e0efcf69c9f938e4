"""Reading a producer's feed through the gateway, page by page (contracts.md §4): shared by every
consumer service (indicators, echanges)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

from servicekit.outbound import GatewayClient

PRODUCER_FEEDS: dict[str, str] = {
    "catalog": "/api/catalog/v1/events",
    "parcours": "/api/parcours/v1/events",
}


class FeedError(RuntimeError):
    pass


class PageReader:
    def __init__(
        self, gateway: GatewayClient, *, page_size: int = 1000, feeds: dict[str, str] | None = None
    ) -> None:
        self.gateway = gateway
        self.page_size = page_size
        self.feeds = feeds or PRODUCER_FEEDS

    async def fetch(self, source: str, after: int) -> dict[str, Any]:
        resp = await self.gateway.request(
            "GET", self.feeds[source], params={"after": after, "limit": self.page_size}
        )
        if resp.status_code != 200:
            raise FeedError(f"flux {source} : HTTP {resp.status_code}")
        body: dict[str, Any] = resp.json()
        return body

    async def pages(self, source: str, after: int) -> AsyncGenerator[list[dict[str, Any]], None]:
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


async def poll_forever(
    sync: Callable[[], Awaitable[object]], interval: float, source: str, log: logging.Logger
) -> None:
    """Read a feed every `interval` seconds; on failure (producer not up yet, gateway restarting…) back off
    up to 10 s and retry, never giving up."""
    delay = interval
    while True:
        try:
            await sync()
            delay = interval
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("lecture du flux %s impossible : %s", source, exc)
            delay = min(max(delay * 2, interval), 10.0)
        await asyncio.sleep(delay)
