"""Reverse proxy to the services: one shared httpx client per upstream, streamed, problem+json on failure."""

from __future__ import annotations

import logging

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from starlette.background import BackgroundTask

from gateway.registry import BY_PREFIX
from gateway.upstreams import Upstreams
from servicekit.problems import problem_response
from servicekit.requestid import current_request_id

log = logging.getLogger("prf.gateway.proxy")

# RFC 9110 §7.6.1 hop-by-hop headers, plus those httpx/uvicorn recompute.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "trailers",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


def _forward_headers(request: Request) -> dict[str, str]:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    rid = current_request_id()
    if rid:
        headers["x-request-id"] = rid
    client = request.client.host if request.client else ""
    prior = request.headers.get("x-forwarded-for")
    headers["x-forwarded-for"] = f"{prior}, {client}" if prior else client
    headers["x-forwarded-proto"] = request.url.scheme
    headers["x-forwarded-host"] = request.headers.get("host", "")
    return headers


INTERNAL_PATHS = {"metrics", "healthz", "readyz"}

router = APIRouter(include_in_schema=False)


@router.api_route(
    "/api/{prefix}/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
)
async def proxy(prefix: str, path: str, request: Request) -> Response:
    route = BY_PREFIX.get(prefix)
    if route is None:
        return problem_response(404, f"Aucun service n'est publié sous /api/{prefix}/.", code="unknown_route")
    if path.strip("/") in INTERNAL_PATHS:
        # Operations endpoints are scraped on each process directly, never published through the API.
        return problem_response(404, "Cette adresse n'existe pas.", code="unknown_route")
    upstreams: Upstreams = request.app.state.upstreams
    client = upstreams.clients.get(route.service)
    if client is None:
        return problem_response(
            503, f"Le service {route.title} n'est pas démarré.", code="service_unavailable"
        )
    upstream_request = client.build_request(
        request.method,
        "/" + path,
        params=list(request.query_params.multi_items()),  # type: ignore[arg-type]
        headers=_forward_headers(request),
        content=request.stream(),
    )
    try:
        upstream = await client.send(upstream_request, stream=True)
    except httpx.TimeoutException:
        log.warning("délai dépassé", extra={"upstream": route.service})
        return problem_response(
            504, f"Le service {route.title} n'a pas répondu à temps.", code="upstream_timeout"
        )
    except httpx.HTTPError as exc:
        log.warning("service injoignable", extra={"upstream": route.service, "error": type(exc).__name__})
        return problem_response(503, f"Le service {route.title} est injoignable.", code="service_unavailable")
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in upstream.headers.multi_items()]
    headers = [(k, v) for k, v in headers if k.decode("latin-1").lower() not in HOP_BY_HOP]
    if _small(upstream):
        # Most answers (a page of results, an object) are small: one body, no chunked streaming.
        try:
            body = await upstream.aread()
        except httpx.HTTPError as exc:
            log.warning("réponse interrompue", extra={"upstream": route.service, "error": type(exc).__name__})
            return problem_response(
                503, f"Le service {route.title} est injoignable.", code="service_unavailable"
            )
        finally:
            await upstream.aclose()
        response = Response(body, status_code=upstream.status_code)
        response.raw_headers = [*headers, (b"content-length", str(len(body)).encode())]
        return response
    streamed = StreamingResponse(
        upstream.aiter_raw(), status_code=upstream.status_code, background=BackgroundTask(upstream.aclose)
    )
    streamed.raw_headers = headers
    return streamed


SMALL_BODY = 256 * 1024


def _small(upstream: httpx.Response) -> bool:
    """A body of known, modest length (exports, CSV and event pages of unknown length stream)."""
    length = upstream.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= SMALL_BODY
