"""The HTTP clients the gateway reaches each service with: in process (embedded) or over TCP."""

from __future__ import annotations

import itertools
from typing import Any, Protocol

import httpx


class UpstreamClient(Protocol):
    def build_request(self, method: str, url: str, **kwargs: Any) -> httpx.Request: ...

    async def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response: ...

    async def get(self, url: str, **kwargs: Any) -> httpx.Response: ...

    async def aclose(self) -> None: ...


class ShardedClient:
    """Several httpx clients used in turn, each with a small connection pool.

    httpcore walks every pooled connection (a readability poll per idle socket) each time a request
    starts or ends, so one pool of 32 busy connections cost the gateway 9 ms of CPU per request
    against 4 ms at 4 connections (bench/catalog_search.py). Small pools keep that walk short.
    """

    def __init__(self, clients: list[httpx.AsyncClient]) -> None:
        self.clients = clients
        self._turn = itertools.cycle(clients)

    def build_request(self, method: str, url: str, **kwargs: Any) -> httpx.Request:
        return self.clients[0].build_request(method, url, **kwargs)

    async def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        return await next(self._turn).send(request, stream=stream)

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await next(self._turn).get(url, **kwargs)

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()


class Upstreams:
    """name → client (an in-process ASGI transport in embedded mode, TCP otherwise)."""

    def __init__(self) -> None:
        self.clients: dict[str, UpstreamClient] = {}

    def add(self, name: str, client: UpstreamClient) -> None:
        self.clients[name] = client

    async def aclose(self) -> None:
        for client in self.clients.values():
            await client.aclose()
        self.clients.clear()


SHARDS = 8
CONNECTIONS_PER_SHARD = 25


def remote_client(base_url: str, timeout: float) -> ShardedClient:
    # Idle connections are dropped before the service's own keep-alive timeout (uvicorn: 5 s): reusing
    # one the service is closing at that instant fails the request (seen as ReadError under load).
    limits = httpx.Limits(
        max_connections=CONNECTIONS_PER_SHARD, max_keepalive_connections=8, keepalive_expiry=2.0
    )
    return ShardedClient(
        [
            httpx.AsyncClient(base_url=base_url, timeout=httpx.Timeout(timeout, connect=3.0), limits=limits)
            for _ in range(SHARDS)
        ]
    )


def inprocess_client(app: Any) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://upstream")
