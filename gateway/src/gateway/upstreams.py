"""The services the gateway reaches: in process (embedded) or over TCP.

Each has an httpx client for the gateway's own few calls (readiness, the OpenAPI documents) and a
forwarder for the API traffic it proxies (gateway.forwarding).
"""

from __future__ import annotations

from typing import Any

import httpx

from gateway.forwarding import AiohttpForwarder, Forwarder, HttpxForwarder


class Upstreams:
    def __init__(self) -> None:
        self.clients: dict[str, httpx.AsyncClient] = {}
        self.forwarders: dict[str, Forwarder] = {}

    def add(self, name: str, client: httpx.AsyncClient, forwarder: Forwarder | None = None) -> None:
        self.clients[name] = client
        self.forwarders[name] = forwarder or HttpxForwarder(client)

    async def aclose(self) -> None:
        for forwarder in self.forwarders.values():
            await forwarder.aclose()
        for client in self.clients.values():
            await client.aclose()
        self.clients.clear()
        self.forwarders.clear()


def add_remote(upstreams: Upstreams, name: str, base_url: str, timeout: float) -> None:
    client = httpx.AsyncClient(base_url=base_url, timeout=httpx.Timeout(timeout, connect=3.0))
    upstreams.add(name, client, AiohttpForwarder(base_url, timeout))


def inprocess_client(app: Any) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://upstream")
