"""The proxy's two body paths: small known-length answers sent whole, the rest streamed; shards in turn."""

import httpx
import pytest

from gateway.upstreams import ShardedClient

pytestmark = pytest.mark.asyncio

BIG = b"x" * (300 * 1024)  # above the 256 kB sent whole


def _upstream(seen: list[str]) -> httpx.MockTransport:
    async def chunks(*parts: bytes):
        for part in parts:
            yield part

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/petit":
            return httpx.Response(200, content=b'{"ok":true}', headers={"content-type": "application/json"})
        if request.url.path == "/gros":
            # Streamed bodies, as a real connection delivers them (a bytes body would count as read).
            headers = {"content-type": "text/plain", "content-length": str(len(BIG))}
            return httpx.Response(200, content=chunks(BIG[:1000], BIG[1000:]), headers=headers)
        return httpx.Response(
            200, content=chunks(b"a" * 1000, b"b" * 1000), headers={"content-type": "text/csv"}
        )

    return httpx.MockTransport(handler)


async def test_small_bodies_whole_large_and_unknown_streamed_through_every_shard(gateway_stack):
    seen: list[list[str]] = [[] for _ in range(3)]
    shards = [httpx.AsyncClient(transport=_upstream(s), base_url="http://upstream") for s in seen]
    async with gateway_stack() as client:
        client.app.state.upstreams.add("indicators", ShardedClient(shards))
        small = await client.get("/api/indicators/petit")
        big = await client.get("/api/indicators/gros")
        unknown = await client.get("/api/indicators/flux")
    assert small.status_code == 200 and small.json() == {"ok": True}
    assert small.headers["content-length"] == str(len(b'{"ok":true}'))
    assert big.content == BIG and "content-length" not in big.headers
    assert unknown.content == b"a" * 1000 + b"b" * 1000 and unknown.headers["content-type"] == "text/csv"
    assert [len(s) for s in seen] == [1, 1, 1]  # one request per shard, in turn
    assert all(r.headers.get("x-request-id") for r in (small, big, unknown))
