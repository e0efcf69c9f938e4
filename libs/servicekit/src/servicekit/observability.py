"""Access log and Prometheus metrics, labelled by route template (never by raw path)."""

from __future__ import annotations

import logging
import time

from fastapi import FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from servicekit.requestid import current_request_id


def route_template(app: FastAPI, scope: Scope) -> str:
    """The matched route's template (/v1/sessions/{id}), never the raw path (unbounded labels)."""
    route = scope.get("route")
    if route is None and "endpoint" in scope:
        # Plain Starlette routes (openapi.json, /metrics) only leave their endpoint in the scope.
        route = next((r for r in app.routes if getattr(r, "endpoint", None) is scope["endpoint"]), None)
    return str(getattr(route, "path", "<sans route>"))


class ObservabilityMiddleware:
    """Times each request, counts it, and writes one JSON access line with the request id."""

    def __init__(self, app: ASGIApp, *, service: str, registry: CollectorRegistry, router_app: FastAPI):
        self.app = app
        self.service = service
        self.router_app = router_app
        self.log = logging.getLogger(f"prf.{service}.access")
        self.requests = Counter(
            "http_requests_total", "Requêtes HTTP", ["method", "route", "status"], registry=registry
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Durée des requêtes HTTP",
            ["method", "route"],
            registry=registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            elapsed = time.perf_counter() - start
            route = route_template(self.router_app, scope)
            method = scope.get("method", "")
            self.requests.labels(method, route, str(status)).inc()
            self.latency.labels(method, route).observe(elapsed)
            self.log.info(
                "%s %s %s",
                method,
                scope.get("path", ""),
                status,
                extra={
                    "service": self.service,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                    "request_id": current_request_id(),
                },
            )


def metrics_endpoint(registry: CollectorRegistry):  # type: ignore[no-untyped-def]
    async def metrics(_: Request) -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return metrics
