"""Two gateway replicas on one Redis share the rate limit: the (limit+1)th request, wherever it lands, gets 429."""

from __future__ import annotations

import secrets
import socket

import pytest

pytestmark = pytest.mark.asyncio

REDIS_URL = "redis://127.0.0.1:6379/0"


def _redis_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(
    not _redis_reachable(), reason="Redis n'écoute pas sur 127.0.0.1:6379 : limite partagée non testable"
)
async def test_two_gateways_on_one_redis_share_the_limit(gateway, tmp_path):
    shared = {
        "rate_limit_per_minute": 5,
        "redis_url": REDIS_URL,
        "redis_key_prefix": f"test-{secrets.token_hex(6)}:",
    }
    async with gateway(**shared) as first, gateway(**shared, data_dir=tmp_path / "second") as second:
        answers = [await (first if i % 2 else second).get("/.well-known/jwks.json") for i in range(6)]
    assert [r.status_code for r in answers] == [200] * 5 + [429]
    limited = answers[-1]
    assert limited.headers["content-type"].startswith("application/problem+json")
    assert limited.json()["code"] == "rate_limited"
    assert int(limited.headers["retry-after"]) >= 1


async def test_unreachable_redis_fails_open(gateway, caplog):
    # Port 1 refuses at once: the gateway still answers, and says why in its log.
    async with gateway(rate_limit_per_minute=5, redis_url="redis://127.0.0.1:1/0") as client:
        answers = [await client.get("/.well-known/jwks.json") for _ in range(7)]
    assert {r.status_code for r in answers} == {200}
    assert any("Redis" in record.getMessage() for record in caplog.records)
