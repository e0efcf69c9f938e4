"""A lean HTTP/1.1 keep-alive GET client for load generation.

On a 2-core machine the load generator shares the CPU with what it measures: httpx costs about
1.5 ms of CPU per request, which the gateway and the service then lack. This client writes the
request line and reads one response (Content-Length or chunked) on its own connection, for a few
tens of microseconds. It is for benchmarks only: no TLS, no redirects, no proxies.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlencode, urlsplit


class HttpError(RuntimeError):
    pass


class KeepAliveClient:
    """One connection, one request at a time, reopened when the server closes it."""

    def __init__(self, base_url: str, timeout: float = 30) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.prefix = parts.path.rstrip("/")
        self.timeout = timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    def target(self, path: str, params: dict[str, object] | None = None) -> bytes:
        """The request bytes for GET path?params (built once per distinct search, then reused)."""
        query = f"?{urlencode(params)}" if params else ""
        return (
            f"GET {self.prefix}{path}{query} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            "Accept: application/json\r\n\r\n"
        ).encode()

    async def send(self, request: bytes) -> tuple[int, bytes]:
        return await asyncio.wait_for(self._exchange(request), self.timeout)

    async def _exchange(self, request: bytes) -> tuple[int, bytes]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        assert self._reader is not None
        self._writer.write(request)
        try:
            head = await self._reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            # The server closed an idle keep-alive connection: once more on a fresh one.
            await self.close()
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
            self._writer.write(request)
            head = await self._reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        headers = head.lower()
        body = await self._body(headers)
        if b"\r\nconnection: close" in headers:
            await self.close()
        return status, body

    async def _body(self, headers: bytes) -> bytes:
        assert self._reader is not None
        marker = headers.find(b"\r\ncontent-length:")
        if marker >= 0:
            end = headers.index(b"\r\n", marker + 2)
            return await self._reader.readexactly(int(headers[marker + 17 : end]))
        if b"\r\ntransfer-encoding: chunked" not in headers:
            raise HttpError("réponse sans longueur ni découpage")
        chunks: list[bytes] = []
        while True:
            size = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
            chunk = await self._reader.readexactly(size + 2)
            if size == 0:
                return b"".join(chunks)
            chunks.append(chunk[:-2])

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._reader = self._writer = None
