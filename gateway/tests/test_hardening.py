"""Edge hardening: redirects never leak the internal upstream, a failed PKCE check burns the code, the
gateway's metrics need an administrator's token."""

import pytest

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio


async def test_a_trailing_slash_redirects_to_the_public_path(gateway_stack):
    async with gateway_stack() as client:
        slash = await client.get("/api/catalog/v1/referentiels/territoires/?page=1")
        followed = await client.get(slash.headers["location"])
    assert slash.status_code == 307
    assert slash.headers["location"] == "/api/catalog/v1/referentiels/territoires?page=1"
    assert "upstream" not in slash.text
    assert followed.status_code == 200 and len(followed.json()["items"]) == 18


async def test_a_failed_pkce_check_consumes_the_code(gateway, helpers):
    """RFC 9700 §2.1.1: whoever guessed wrong once cannot try again, nor can the legitimate client."""
    async with gateway() as client:
        got = await helpers.login(client)
        other, _ = helpers.pkce()
        wrong = await helpers.exchange(client, got, code_verifier=other)
        right = await helpers.exchange(client, got)
        fresh = await helpers.login(client)
        works = await helpers.exchange(client, fresh)
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    assert right.status_code == 400 and right.json()["error"] == "invalid_grant"
    assert "access_token" not in right.json()
    assert works.status_code == 200 and works.json()["access_token"]


async def test_gateway_metrics_need_an_administrator_token(gateway, helpers):
    async with gateway() as client:
        anonymous = await client.get("/metrics")
        of1 = await helpers.cc_token(client, "demo-of-1")
        as_of = await client.get("/metrics", headers=bearer(of1))
        region = await helpers.cc_token(client, "demo-region")
        as_region = await client.get("/metrics", headers=bearer(region))
        health = await client.get("/healthz")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"].startswith("application/problem+json")
    assert as_of.status_code == 403 and as_of.json()["code"] == "insufficient_scope"
    assert as_region.status_code == 200
    assert "http_requests_total" in as_region.text
    assert health.status_code == 200  # probes stay open
