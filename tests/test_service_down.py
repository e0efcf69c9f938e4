"""One service stopped: the gateway answers 503 problem+json for it, the others still answer."""

import socket

import pytest

from servicekit.testing import bearer, token_for

pytestmark = pytest.mark.asyncio


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_stopped_service_gives_503_and_others_answer(gateway_stack):
    # Parcours "runs" on a port where nobody listens; catalog and indicators stay embedded.
    async with gateway_stack(parcours_url=f"http://127.0.0.1:{_closed_port()}") as client:
        token = await token_for(client, "demo-region")
        down = await client.get("/api/parcours/v1/events", headers=bearer(token))
        catalog = await client.get("/api/catalog/v1/referentiels/departements")
        indicators = await client.get("/api/indicators/v1/indicateurs")
        ready = await client.get("/readyz")
        openapi = await client.get("/api/openapi.json")
    assert down.status_code == 503
    assert down.headers["content-type"].startswith("application/problem+json")
    assert down.json()["code"] == "service_unavailable"
    assert "Parcours" in down.json()["detail"]
    assert catalog.status_code == 200
    assert indicators.status_code == 200
    assert ready.status_code == 503
    assert openapi.status_code == 200
    assert openapi.json()["info"]["x-services-indisponibles"] == ["parcours"]


async def test_slow_service_gives_504(gateway_stack):
    # A listener that accepts but never answers: the gateway's timeout turns it into a 504.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        port = sock.getsockname()[1]
        async with gateway_stack(indicators_url=f"http://127.0.0.1:{port}", upstream_timeout=0.5) as client:
            resp = await client.get("/api/indicators/v1/indicateurs")
    assert resp.status_code == 504
    assert resp.json()["code"] == "upstream_timeout"
