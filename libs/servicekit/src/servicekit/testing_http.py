"""A real HTTP receiver for tests of outgoing calls (webhooks): an asyncio server on a free port."""

from __future__ import annotations

import asyncio
import time
from typing import Any


class Receiver:
    """A minimal HTTP/1.1 server: records (headers, body) of each POST, answers `status`."""

    def __init__(self, status: int = 204, delay: float = 0.0) -> None:
        self.status, self.delay = status, delay
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.arrivals: list[float] = []  # time.time() of each request, for latency benches
        self.server: asyncio.Server | None = None
        self.arrived = asyncio.Event()
        self.writers: set[asyncio.StreamWriter] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode().split("\r\n")
                headers = {
                    k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", 0)))
                if self.delay:
                    await asyncio.sleep(self.delay)
                self.received.append((headers, body))
                self.arrivals.append(time.time())
                self.arrived.set()
                writer.write(f"HTTP/1.1 {self.status} X\r\ncontent-length: 0\r\n\r\n".encode())
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self.writers.discard(writer)
            writer.close()

    async def __aenter__(self) -> Receiver:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        assert self.server is not None
        self.server.close()
        for writer in list(self.writers):
            writer.close()
        await self.server.wait_closed()

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/hook"
