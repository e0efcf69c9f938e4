"""Reverse proxy to the services: /api/<prefix>/… forwarded as is, problem+json on failure.

An ASGI middleware (innermost), not a FastAPI route: every API call passes here, and FastAPI's
routing and dependency machinery cost the gateway about 0.5 ms of CPU per call for nothing it uses.
The gateway's own /api routes (me, openapi.json) and unknown prefixes go on to the router.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, FastAPI
from fastapi.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.auth.revocation import recalled_bearer
from gateway.forwarding import HOP_BY_HOP, Body, Reply, UpstreamTimeout, UpstreamUnreachable
from gateway.registry import BY_PREFIX, Route
from servicekit.problems import problem_response
from servicekit.requestid import current_request_id

log = logging.getLogger("prf.gateway.proxy")

INTERNAL_PATHS = {"metrics", "healthz", "readyz"}
# Answers of known, modest length are read whole and sent with their length; the rest streams.
SMALL_BODY = 256 * 1024


def _forward_headers(scope: Scope) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    host = prior = ""
    for raw_key, raw_value in scope["headers"]:
        key, value = raw_key.decode("latin-1").lower(), raw_value.decode("latin-1")
        if key == "host":
            host = value
        elif key == "x-forwarded-for":
            prior = value
        if key not in HOP_BY_HOP and key not in ("x-request-id", "x-forwarded-for"):
            headers.append((key, value))
    rid = current_request_id()
    if rid:
        headers.append(("x-request-id", rid))
    client = scope["client"][0] if scope.get("client") else ""
    headers.append(("x-forwarded-for", f"{prior}, {client}" if prior else client))
    headers.append(("x-forwarded-proto", scope.get("scheme", "http")))
    headers.append(("x-forwarded-host", host))
    return headers


async def _request_body(scope: Scope, receive: Receive) -> Body:
    """Whole when small and of known length (sent with Content-Length), else streamed on."""
    length = next((v for k, v in scope["headers"] if k == b"content-length"), None)
    chunked = any(k == b"transfer-encoding" for k, _ in scope["headers"])
    if length is None and not chunked:
        return None
    if length is not None and length.isdigit() and int(length) <= SMALL_BODY:
        parts = []
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            parts.append(message.get("body", b""))
            more = message.get("more_body", False)
        return b"".join(parts)

    async def stream() -> AsyncIterator[bytes]:
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            yield message.get("body", b"")
            more = message.get("more_body", False)

    return stream()


def _public_locations(route: Route, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """A service knows only its internal address: a `Location` it sends (e.g. a trailing-slash 307 to
    `http://upstream/v1/…`) is turned into the public path `/api/<prefix>/v1/…` (proxy_redirect)."""
    if not any(k.lower() == b"location" for k, _ in headers):
        return headers
    rewritten = []
    for key, value in headers:
        if key.lower() == b"location":
            parts = urlsplit(value.decode("latin-1"))
            if parts.path.startswith("/") and not parts.path.startswith(f"/api/{route.prefix}/"):
                target = f"/api/{route.prefix}{parts.path}" + (f"?{parts.query}" if parts.query else "")
                value = target.encode("latin-1")
        rewritten.append((key, value))
    return rewritten


@dataclass(frozen=True)
class MetricsLabel:
    """Stands for a route in the scope, so that metrics count proxied calls per service."""

    path: str


class ProxyMiddleware:
    def __init__(self, app: ASGIApp, *, fastapi_app: FastAPI) -> None:
        self.app = app
        self.fastapi_app = fastapi_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        prefix, slash, _rest = path[len("/api/") :].partition("/")
        route = BY_PREFIX.get(prefix) if scope["type"] == "http" and path.startswith("/api/") else None
        if route is None or not slash:
            await self.app(scope, receive, send)
            return
        await self.forward(route, scope, receive, send)

    async def forward(self, route: Route, scope: Scope, receive: Receive, send: Send) -> None:
        scope["route"] = MetricsLabel(f"/api/{route.prefix}/{{path}}")
        raw_path: bytes = scope.get("raw_path") or quote(scope["path"]).encode("ascii")
        target = raw_path[len(b"/api/") + len(route.prefix) :].decode("latin-1")
        if target.strip("/") in INTERNAL_PATHS:
            # Operations endpoints are scraped on each process directly, never published through the API.
            await problem_response(404, "Cette adresse n'existe pas.", code="unknown_route")(
                scope, receive, send
            )
            return
        if recalled_bearer(scope["headers"], self.fastapi_app.state.revocations):
            await problem_response(
                401,
                "Jeton révoqué : demandez-en un nouveau.",
                code="invalid_token",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )(scope, receive, send)
            return
        forwarder = self.fastapi_app.state.upstreams.forwarders.get(route.service)
        if forwarder is None:
            answer = problem_response(
                503, f"Le service {route.title} n'est pas démarré.", code="service_unavailable"
            )
            await answer(scope, receive, send)
            return
        if scope["query_string"]:
            target += "?" + scope["query_string"].decode("latin-1")
        try:
            reply = await forwarder.open(
                scope["method"], target, _forward_headers(scope), await _request_body(scope, receive)
            )
        except UpstreamTimeout:
            await _failed(route, 504, scope, receive, send)
            return
        except UpstreamUnreachable:
            await _failed(route, 503, scope, receive, send)
            return
        reply.headers = _public_locations(route, reply.headers)
        if reply.length is not None and reply.length <= SMALL_BODY:
            await self._send_whole(route, reply, scope, receive, send)
        else:
            await self._send_streamed(reply, send)

    async def _send_whole(
        self, route: Route, reply: Reply, scope: Scope, receive: Receive, send: Send
    ) -> None:
        complete = False
        try:
            body = await reply.read()
            complete = True
        except (UpstreamTimeout, UpstreamUnreachable) as exc:
            status = 504 if isinstance(exc, UpstreamTimeout) else 503
            await _failed(route, status, scope, receive, send, what="réponse interrompue")
            return
        finally:
            await reply.close(complete)
        # A HEAD answer has no body but announces the length a GET would have.
        length = reply.length if scope["method"] == "HEAD" and reply.length is not None else len(body)
        headers = [*reply.headers, (b"content-length", str(length).encode())]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _send_streamed(self, reply: Reply, send: Send) -> None:
        complete = False
        try:
            await send({"type": "http.response.start", "status": reply.status, "headers": reply.headers})
            async for chunk in reply.chunks():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            complete = True
        finally:
            await reply.close(complete)


async def _failed(
    route: Route, status: int, scope: Scope, receive: Receive, send: Send, what: str = ""
) -> None:
    if status == 504:
        log.warning(what or "délai dépassé", extra={"upstream": route.service})
        answer = problem_response(
            504, f"Le service {route.title} n'a pas répondu à temps.", code="upstream_timeout"
        )
    else:
        log.warning(what or "service injoignable", extra={"upstream": route.service})
        answer = problem_response(
            503, f"Le service {route.title} est injoignable.", code="service_unavailable"
        )
    await answer(scope, receive, send)


router = APIRouter(include_in_schema=False)


@router.api_route(
    "/api/{prefix}/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
)
async def unknown_prefix(prefix: str) -> Response:
    """Reached only for prefixes no service is published under (ProxyMiddleware took the others)."""
    return problem_response(404, f"Aucun service n'est publié sous /api/{prefix}/.", code="unknown_route")
