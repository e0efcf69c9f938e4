"""Edge protections of the gateway: security headers, CORS, rate limiting per principal, body-size limits.

Installed innermost (after servicekit's request-id and metrics middleware), so refusals carry a request id
and are counted. Order, outer to inner: security headers → CORS → rate limit → body limit → proxy → app.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.auth.tokens import decode_own_token
from gateway.proxy import ProxyMiddleware
from gateway.settings import GatewaySettings
from gateway.shared_limit import RedisRateLimiter
from servicekit.problems import Problem, problem_response

API_CSP = "default-src 'none'; frame-ancestors 'none'"
# Rate-limited paths (static SPA files and probes are not).
LIMITED_PREFIXES = ("/api/", "/oauth2/", "/.well-known/")
BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, settings: GatewaySettings) -> None:
        self.app = app
        self.spa_csp = settings.spa_csp
        self.hsts = (
            f"max-age={settings.hsts_max_age}; includeSubDomains" if settings.env == "production" else None
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                html = ctype.startswith(b"text/html")
                wanted: list[tuple[bytes, bytes]] = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"content-security-policy", (self.spa_csp if html else API_CSP).encode()),
                ]
                if html:
                    wanted.append((b"cross-origin-opener-policy", b"same-origin"))
                if self.hsts:
                    wanted.append((b"strict-transport-security", self.hsts.encode()))
                headers.extend((k, v) for k, v in wanted if k not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RateLimiter:
    """Token bucket per key: `per_minute` requests, refilled continuously. `clock` is injectable."""

    MAX_KEYS = 50_000

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def hit(self, key: str) -> float:
        """0 when the request may pass, else the seconds to wait."""
        now = self.clock()
        tokens, last = self.buckets.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + max(0.0, now - last) * self.rate)
        if tokens >= 1.0:
            self.buckets[key] = (tokens - 1.0, now)
            wait = 0.0
        else:
            self.buckets[key] = (tokens, now)
            wait = (1.0 - tokens) / self.rate
        while len(self.buckets) > self.MAX_KEYS:
            self.buckets.popitem(last=False)
        return wait

    async def check(self, key: str) -> float:
        """The same as `hit`, with the interface of the shared (Redis) limiter."""
        return self.hit(key)


class RateLimitMiddleware:
    """Per principal: the subject of a valid token signed by this gateway, else the client's IP."""

    _CACHE = 10_000
    # PRF's own services (role "service") are not limited: their calls carry users' requests.
    EXEMPT = ""

    def __init__(self, app: ASGIApp, settings: GatewaySettings, fastapi_app: FastAPI) -> None:
        self.app = app
        self.settings = settings
        self.fastapi_app = fastapi_app
        self._subjects: OrderedDict[str, str | None] = OrderedDict()

    def _subject(self, token: str) -> str | None:
        """'sub:<sub>' for a valid token of this gateway, EXEMPT for a service, None otherwise."""
        if token in self._subjects:
            self._subjects.move_to_end(token)
            return self._subjects[token]
        ring = getattr(self.fastapi_app.state, "keyring", None)
        claims = decode_own_token(ring, token, issuer=self.settings.issuer()) if ring is not None else None
        key: str | None = None
        if claims and claims.get("sub"):
            key = self.EXEMPT if claims.get("role") == "service" else f"sub:{claims['sub']}"
        self._subjects[token] = key
        while len(self._subjects) > self._CACHE:
            self._subjects.popitem(last=False)
        return key

    def principal(self, scope: Scope) -> str:
        auth = _header(scope, b"authorization") or ""
        kind, _, token = auth.partition(" ")
        if kind.lower() == "bearer" and token:
            key = self._subject(token.strip())
            if key is not None:
                return key
        client = scope.get("client")
        return f"ip:{client[0] if client else 'inconnue'}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limiter = self.fastapi_app.state.rate_limiter
        if scope["type"] != "http" or limiter is None or not scope["path"].startswith(LIMITED_PREFIXES):
            await self.app(scope, receive, send)
            return
        principal = self.principal(scope)
        if principal == self.EXEMPT:
            await self.app(scope, receive, send)
            return
        wait = await limiter.check(principal)
        if wait > 0:
            retry = max(1, math.ceil(wait))
            response = problem_response(
                429,
                f"Trop de requêtes : limite de {self.settings.rate_limit_per_minute} par minute atteinte. "
                f"Réessayez dans {retry} s.",
                code="rate_limited",
                headers={"Retry-After": str(retry)},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


class BodyLimitMiddleware:
    """413 problem+json beyond the configured size (declared Content-Length, or counted when chunked)."""

    def __init__(self, app: ASGIApp, settings: GatewaySettings) -> None:
        self.app = app
        self.settings = settings

    def limit_for(self, path: str) -> int:
        if path.startswith("/oauth2/"):
            return self.settings.max_auth_body_bytes
        if path in self.settings.upload_paths:
            return self.settings.max_upload_bytes
        return self.settings.max_body_bytes

    def _too_large(self, path: str, limit: int) -> Any:
        detail = f"Corps de requête trop volumineux (maximum {limit} octets)."
        if path.startswith("/oauth2/"):
            # OAuth clients read RFC 6749's `error`, not a problem: the same shape as every token error.
            body = {"error": "invalid_request", "error_description": detail}
            return JSONResponse(body, 413, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})
        return problem_response(
            413, f"{detail} Découpez l'envoi en plusieurs requêtes.", code="payload_too_large"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = limit + 1
            if size > limit:
                await self._too_large(scope["path"], limit)(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        # No declared length (chunked): read up to the limit, then replay what was read.
        chunks: list[bytes] = []
        total = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            total += len(body)
            if total > limit:
                await self._too_large(scope["path"], limit)(scope, receive, send)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class MetricsGuardMiddleware:
    """The gateway's /metrics is on the public port: only for a token with `gateway:admin` (a scraper
    uses a Région client's client_credentials, which Prometheus' `oauth2` scrape option does)."""

    SCOPE = "gateway:admin"

    def __init__(self, app: ASGIApp, fastapi_app: FastAPI) -> None:
        self.app = app
        self.fastapi_app = fastapi_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].rstrip("/") != "/metrics":
            await self.app(scope, receive, send)
            return
        kind, _, token = (_header(scope, b"authorization") or "").partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            answer = problem_response(
                401,
                "Mesures réservées : présentez un jeton d'administration (portée gateway:admin).",
                code="unauthorized",
                headers={"WWW-Authenticate": "Bearer"},
            )
            await answer(scope, receive, send)
            return
        try:
            claims = await self.fastapi_app.state.token_verifier.verify(token.strip())
        except Problem as problem:
            await problem_response(
                problem.status, problem.detail, code=problem.code, headers=problem.headers
            )(scope, receive, send)
            return
        if self.SCOPE not in str(claims.get("scope", "")).split():
            await problem_response(
                403,
                f"Votre accès ne permet pas de lire les mesures (portée requise : {self.SCOPE}).",
                code="insufficient_scope",
            )(scope, receive, send)
            return
        await self.app(scope, receive, send)


def install_edge_middleware(app: FastAPI, settings: GatewaySettings) -> None:
    """Append (innermost, in this order) the gateway's protections to the app's middleware."""
    stack = [Middleware(SecurityHeadersMiddleware, settings=settings)]
    if settings.cors_origins:
        stack.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.cors_origins,
                allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type", "Accept", "Idempotency-Key", "X-Request-ID"],
                expose_headers=["Retry-After", "X-Request-ID", "Location", "Content-Disposition"],
                allow_credentials=False,
                max_age=600,
            )
        )
    # On app.state so that tests (and operators, from a shell) can inspect it or swap its clock.
    limit = settings.rate_limit_per_minute
    app.state.rate_limiter = _rate_limiter(settings) if limit > 0 else None
    stack.append(Middleware(RateLimitMiddleware, settings=settings, fastapi_app=app))
    stack.append(Middleware(BodyLimitMiddleware, settings=settings))
    stack.append(Middleware(MetricsGuardMiddleware, fastapi_app=app))
    stack.append(Middleware(ProxyMiddleware, fastapi_app=app))
    app.user_middleware.extend(stack)


def _rate_limiter(settings: GatewaySettings) -> RateLimiter | RedisRateLimiter:
    """Shared across replicas through Redis when configured, else in this process (embedded default)."""
    if settings.redis_url:
        return RedisRateLimiter(settings.rate_limit_per_minute, settings.redis_url, settings.redis_key_prefix)
    return RateLimiter(settings.rate_limit_per_minute)
