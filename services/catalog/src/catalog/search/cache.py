"""Answers of the places search kept in memory until the offer changes.

Valideurs ask the same few searches all day (a département, a secteur, the first page), while the
offer changes a few times an hour (a hold, an entry, a session edited). So a page, once computed,
is answered again as long as nothing in the catalogue has been written since.

Every committed write bumps a generation number (catalog.search.changes): writes made by
this process as soon as their connection returns to the pool, writes made by any other process as
soon as PostgreSQL delivers their notification. An answer is kept only if no write was seen while it
was computed, and served only under the generation it was computed in. When the process cannot
vouch for that (PostgreSQL notifications not being received), the cache is bypassed.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from prometheus_client import CollectorRegistry, Counter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from servicekit.dates import region_today


@dataclass(frozen=True)
class CachedAnswer:
    generation: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class OfferCache:
    """LRU of search answers, emptied whenever the offer's generation moves."""

    def __init__(self, max_entries: int, *, trusted: bool) -> None:
        self.max_entries = max_entries
        self.generation = 0
        # False while writes by other processes might go unseen (PostgreSQL listener down).
        self.trusted = trusted
        self._entries: OrderedDict[Any, CachedAnswer] = OrderedDict()

    @property
    def usable(self) -> bool:
        return self.trusted and self.max_entries > 0

    def bump(self) -> None:
        self.generation += 1
        self._entries.clear()

    def get(self, key: Any) -> CachedAnswer | None:
        found = self._entries.get(key)
        if found is None or found.generation != self.generation:
            return None
        self._entries.move_to_end(key)
        return found

    def put(self, key: Any, answer: CachedAnswer) -> None:
        if answer.generation != self.generation or not self.usable:
            return  # the offer changed while this answer was computed: it may be stale already
        self._entries[key] = answer
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class SearchCacheMiddleware:
    """Serves GET `path` from the OfferCache (innermost: request id and metrics still apply)."""

    def __init__(self, app: ASGIApp, *, fastapi_app: FastAPI, path: str, registry: CollectorRegistry) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self.path = path
        # The matched route, replayed on hits so that metrics keep labelling them by template.
        self.route: Any = None
        # Answers being computed, by (question, generation): the same question waits for them.
        self.pending: dict[Any, asyncio.Future[CachedAnswer | None]] = {}
        self.outcomes = Counter(
            "catalog_search_cache_total",
            "Recherches de places : servies par le cache (hit), calculées (miss), cache écarté (bypass)",
            ["outcome"],
            registry=registry,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        cache: OfferCache | None = getattr(self.fastapi_app.state, "offer_cache", None)
        if cache is None or not cache.usable:
            self.outcomes.labels("bypass").inc()
            await self.app(scope, receive, send)
            return
        # "Today" is part of the question: sessions ended yesterday leave the answer at midnight.
        key = (scope["query_string"], region_today())
        found = cache.get(key)
        if found is not None:
            self.outcomes.labels("hit").inc()
            await self._replay(found, scope, send)
            return
        generation = cache.generation
        token = (key, generation)
        pending = self.pending.get(token)
        if pending is not None:
            # The same question is being computed (typically just after a change emptied the cache):
            # wait for that answer rather than asking the database again.
            shared = await asyncio.shield(pending)
            if shared is not None:
                self.outcomes.labels("hit").inc()
                await self._replay(shared, scope, send)
            else:  # that computation failed or was not a 200: answer this one on its own
                self.outcomes.labels("miss").inc()
                await self.app(scope, receive, send)
            return
        self.outcomes.labels("miss").inc()
        flight: asyncio.Future[CachedAnswer | None] = asyncio.get_running_loop().create_future()
        self.pending[token] = flight
        kept: CachedAnswer | None = None
        try:
            kept = await self._compute(scope, receive, send, generation)
            if kept is not None:
                cache.put(key, kept)
        finally:
            del self.pending[token]
            flight.set_result(kept)

    async def _compute(
        self, scope: Scope, receive: Receive, send: Send, generation: int
    ) -> CachedAnswer | None:
        """Answers the request; returns what may be kept (a complete 200), else None."""
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        if start is None or start["status"] != 200:
            return None
        self.route = scope.get("route", self.route)
        return CachedAnswer(generation, list(start.get("headers", [])), b"".join(chunks))

    async def _replay(self, answer: CachedAnswer, scope: Scope, send: Send) -> None:
        if self.route is not None:
            scope["route"] = self.route
        await send({"type": "http.response.start", "status": 200, "headers": answer.headers})
        await send({"type": "http.response.body", "body": answer.body})
