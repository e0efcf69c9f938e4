"""Calls from one service to another, through the gateway, with the service's own OAuth2 token."""

from __future__ import annotations

import time
from typing import Any

import httpx

from servicekit.settings import ServiceSettings


class ServiceTokens:
    """client_credentials token of this service, cached until shortly before it expires."""

    def __init__(self, http: httpx.AsyncClient, client_id: str, client_secret: str, scope: str = "") -> None:
        self.http = http
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._token = ""
        self._expires = 0.0

    async def token(self) -> str:
        if self._token and time.monotonic() < self._expires - 30:
            return self._token
        data = {"grant_type": "client_credentials"}
        if self.scope:
            data["scope"] = self.scope
        resp = await self.http.post("/oauth2/token", data=data, auth=(self.client_id, self.client_secret))
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires = time.monotonic() + float(body.get("expires_in", 300))
        return self._token


class GatewayClient:
    """HTTP client to the gateway's /api/... routes, authenticated as this service."""

    def __init__(self, settings: ServiceSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.http = httpx.AsyncClient(base_url=settings.gateway_url, transport=transport, timeout=10)
        self.tokens = ServiceTokens(self.http, settings.client_id, settings.client_secret.get_secret_value())

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        headers["Authorization"] = f"Bearer {await self.tokens.token()}"
        from servicekit.requestid import current_request_id

        rid = current_request_id()
        if rid:
            headers.setdefault("X-Request-ID", rid)
        return await self.http.request(method, path, headers=headers, **kwargs)

    async def aclose(self) -> None:
        await self.http.aclose()
