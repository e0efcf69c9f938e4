"""What the proxy passes on, in process and over TCP: bodies whole or streamed, path, query, headers."""

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from gateway.forwarding import HttpxForwarder

pytestmark = pytest.mark.asyncio

BIG = b"x" * (300 * 1024)  # above the 256 kB sent whole


async def _chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


def _mock_upstream() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/petit":
            return httpx.Response(200, content=b'{"ok":true}', headers={"content-type": "application/json"})
        if request.url.path == "/gros":
            # Streamed bodies, as a real connection delivers them (a bytes body would count as read).
            headers = {"content-type": "text/plain", "content-length": str(len(BIG))}
            return httpx.Response(200, content=_chunks(BIG[:1000], BIG[1000:]), headers=headers)
        return httpx.Response(
            200, content=_chunks(b"a" * 1000, b"b" * 1000), headers={"content-type": "text/csv"}
        )

    return httpx.MockTransport(handler)


async def test_in_process_small_bodies_whole_large_and_unknown_streamed(gateway_stack):
    client_for_mock = httpx.AsyncClient(transport=_mock_upstream(), base_url="http://upstream")
    async with gateway_stack() as client:
        client.app.state.upstreams.add("indicators", client_for_mock, HttpxForwarder(client_for_mock))
        small = await client.get("/api/indicators/petit")
        big = await client.get("/api/indicators/gros")
        unknown = await client.get("/api/indicators/flux")
    assert small.status_code == 200 and small.json() == {"ok": True}
    assert small.headers["content-length"] == str(len(b'{"ok":true}'))
    assert big.content == BIG and "content-length" not in big.headers
    assert unknown.content == b"a" * 1000 + b"b" * 1000 and unknown.headers["content-type"] == "text/csv"
    assert all(r.headers.get("x-request-id") for r in (small, big, unknown))


# ---------------------------------------------------------------- over TCP (aiohttp)


async def _echo(request: Request) -> Response:
    body = await request.body()
    return JSONResponse(
        {
            "method": request.method,
            "raw_path": request.scope["raw_path"].decode(),
            "query": request.scope["query_string"].decode(),
            "headers": {k: v for k, v in request.headers.items()},
            "length": len(body),
            "body_ok": body in (b"", BIG, b'{"a":1}'),
        }
    )


async def _big(_: Request) -> Response:
    return Response(BIG, media_type="text/plain")


async def _small(_: Request) -> Response:
    return JSONResponse({"ok": True})


async def _stream(_: Request) -> Response:
    return StreamingResponse(_chunks(b"a" * 1000, b"b" * 1000), media_type="text/csv")


UPSTREAM = Starlette(
    routes=[
        Route("/echo/{rest:path}", _echo, methods=["GET", "POST"]),
        Route("/gros", _big),
        Route("/petit", _small),
        Route("/flux", _stream),
    ]
)


@asynccontextmanager
async def _tcp_upstream() -> AsyncIterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(UPSTREAM, host="127.0.0.1", port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    for _ in range(500):
        if server.started:
            break
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def test_over_tcp_path_query_headers_and_bodies_pass_intact(gateway_stack):
    async with _tcp_upstream() as url, gateway_stack(indicators_url=url) as client:
        get = await client.get(
            "/api/indicators/echo/a%2Fb/%C3%A9?q=%C3%A9lec+tricien&x=a%2Fb&x=2",
            headers={
                "x-request-id": "essai-123",
                "accept": "text/csv",
                "authorization": "Bearer jeton-opaque",
            },
        )
        posted = await client.post(
            "/api/indicators/echo/x", content=b'{"a":1}', headers={"content-type": "application/json"}
        )
        uploaded = await client.post("/api/indicators/echo/upload", content=_chunks(BIG[:5000], BIG[5000:]))
        big = await client.get("/api/indicators/gros")
        unknown = await client.get("/api/indicators/flux")
        head = await client.head("/api/indicators/petit")
    seen = get.json()
    assert get.status_code == 200 and get.headers["content-length"] == str(len(get.content))
    assert seen["raw_path"] == "/echo/a%2Fb/%C3%A9"  # encoded as the caller sent it
    assert seen["query"] == "q=%C3%A9lec+tricien&x=a%2Fb&x=2"
    assert seen["headers"]["x-request-id"] == "essai-123"
    assert seen["headers"]["accept"] == "text/csv"
    assert seen["headers"]["authorization"] == "Bearer jeton-opaque"  # the service checks it itself
    # Nothing added or changed on the way (aiohttp would add its own Accept-Encoding and User-Agent).
    assert seen["headers"].get("accept-encoding") == get.request.headers.get("accept-encoding")
    assert seen["headers"].get("user-agent") == get.request.headers.get("user-agent")
    assert seen["headers"]["x-forwarded-proto"] == "http" and "x-forwarded-for" in seen["headers"]
    assert posted.json()["length"] == 7 and posted.json()["body_ok"]
    assert posted.json()["headers"]["content-type"] == "application/json"
    assert uploaded.json()["length"] == len(BIG) and uploaded.json()["body_ok"]
    assert big.content == BIG and big.headers["content-type"].startswith("text/plain")
    assert "content-length" not in big.headers  # streamed on, not buffered
    assert unknown.content == b"a" * 1000 + b"b" * 1000
    assert get.headers["x-request-id"] == "essai-123"
    # HEAD: no body, and the length a GET would have.
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(b'{"ok":true}'))
