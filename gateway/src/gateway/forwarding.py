"""Sending one request on to a service and getting its answer back, over TCP or in process.

Over TCP the gateway uses aiohttp: its C parser and its pool cost about a quarter of what
httpx/httpcore cost per request (bench/catalog_search.py), and the gateway forwards every API call.
In process (embedded mode, tests) the service is an ASGI app reached through httpx's ASGI transport.
Both give the proxy the same `Reply`, and raise `UpstreamTimeout` or `UpstreamUnreachable`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

import aiohttp
import httpx
from yarl import URL

Body = bytes | AsyncIterator[bytes] | None

# RFC 9110 §7.6.1 hop-by-hop headers, plus those the HTTP clients and uvicorn recompute.
HOP_BY_HOP = frozenset(
    {
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
)


class UpstreamTimeout(Exception):
    pass


class UpstreamUnreachable(Exception):
    pass


@dataclass
class Reply:
    status: int
    headers: list[tuple[bytes, bytes]]  # end-to-end headers only
    length: int | None
    read: Callable[[], Awaitable[bytes]]
    chunks: Callable[[], AsyncIterator[bytes]]
    # complete=False drops the connection (the body was not read to its end).
    close: Callable[[bool], Awaitable[None]]


class Forwarder(Protocol):
    async def open(self, method: str, target: str, headers: list[tuple[str, str]], body: Body) -> Reply: ...

    async def aclose(self) -> None: ...


def end_to_end(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    return [(k, v) for k, v in headers if k.decode("latin-1").lower() not in HOP_BY_HOP]


class AiohttpForwarder:
    """TCP: one aiohttp session per service, its own keep-alive pool."""

    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            # Idle connections are dropped before the service's own keep-alive timeout (uvicorn: 5 s):
            # reusing one the service is closing at that instant fails the request.
            connector = aiohttp.TCPConnector(limit=256, keepalive_timeout=2.0)
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=None, connect=3.0, sock_read=self.timeout),
                # The caller's headers go as they are: nothing added, bodies passed through compressed.
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
                auto_decompress=False,
            )
        return self._session

    async def open(self, method: str, target: str, headers: list[tuple[str, str]], body: Body) -> Reply:
        try:
            resp = await self._client().request(
                method,
                URL(self.base_url + target, encoded=True),
                headers=headers,
                data=body,
                allow_redirects=False,
            )
        except TimeoutError as exc:
            raise UpstreamTimeout from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnreachable from exc

        async def read() -> bytes:
            try:
                return await resp.read()
            except TimeoutError as exc:
                raise UpstreamTimeout from exc
            except (aiohttp.ClientError, OSError) as exc:
                raise UpstreamUnreachable from exc

        async def chunks() -> AsyncIterator[bytes]:
            async for chunk in resp.content.iter_any():
                yield chunk

        async def close(complete: bool) -> None:
            if complete:
                resp.release()
            else:
                resp.close()

        return Reply(
            resp.status, end_to_end(list(resp.raw_headers)), resp.content_length, read, chunks, close
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            # Let the transports finish closing before the loop goes (aiohttp's advice).
            await asyncio.sleep(0)


class HttpxForwarder:
    """In process (or any httpx transport): the service's ASGI app behind httpx.ASGITransport."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def open(self, method: str, target: str, headers: list[tuple[str, str]], body: Body) -> Reply:
        request = self.client.build_request(method, target, headers=headers, content=body)
        try:
            resp = await self.client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise UpstreamTimeout from exc
        except httpx.HTTPError as exc:
            raise UpstreamUnreachable from exc

        async def read() -> bytes:
            try:
                return await resp.aread()
            except httpx.TimeoutException as exc:
                raise UpstreamTimeout from exc
            except httpx.HTTPError as exc:
                raise UpstreamUnreachable from exc

        async def close(_complete: bool) -> None:
            await resp.aclose()

        raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.headers.multi_items()]
        length = resp.headers.get("content-length")
        return Reply(
            resp.status_code,
            end_to_end(raw),
            int(length) if length and length.isdigit() else None,
            read,
            resp.aiter_raw,
            close,
        )

    async def aclose(self) -> None:
        await self.client.aclose()
