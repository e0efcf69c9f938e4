"""Walking skeleton, through the gateway: public read, token checks, request id, unknown routes."""

import logging
import time

import pytest
from authlib.jose import JsonWebKey, jwt

from servicekit.testing import bearer, token_for

pytestmark = pytest.mark.asyncio


async def test_reference_data_is_public(gateway_stack):
    async with gateway_stack() as client:
        deps = await client.get("/api/catalog/v1/referentiels/departements")
        terrs = await client.get("/api/catalog/v1/referentiels/territoires")
    assert deps.status_code == 200
    assert [d["code"] for d in deps.json()["items"]] == ["44", "49", "53", "72", "85"]
    territoires = terrs.json()["items"]
    assert len(territoires) == 18
    assert {t["departement"] for t in territoires} == {"44", "49", "53", "72", "85"}


async def test_event_feed_requires_a_token_with_the_scope(gateway_stack):
    async with gateway_stack() as client:
        anonymous = await client.get("/api/parcours/v1/events")
        of_token = await token_for(client, "demo-of-1")
        as_of = await client.get("/api/parcours/v1/events", headers=bearer(of_token))
        region_token = await token_for(client, "demo-region")
        as_region = await client.get("/api/parcours/v1/events", headers=bearer(region_token))
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"].startswith("application/problem+json")
    assert anonymous.json()["code"] == "unauthorized"
    assert as_of.status_code == 403
    assert as_of.json()["code"] == "insufficient_scope"
    assert as_region.status_code == 200
    assert as_region.json() == {"items": [], "next_after": 0, "has_more": False}


async def test_forged_and_expired_tokens_are_refused(gateway_stack):
    async with gateway_stack() as client:
        good = await token_for(client, "demo-region")
        # Same claims, signed by a key the gateway never published.
        forger = JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": "forged"})
        claims = jwt.decode(good, client.app.state.keyring.private)
        forged = jwt.encode({"alg": "RS256", "kid": "forged"}, dict(claims), forger).decode()
        # A real key, but expired an hour ago.
        stale = dict(claims, exp=int(time.time()) - 3600, iat=int(time.time()) - 4000)
        expired = jwt.encode(
            {"alg": "RS256", "kid": client.app.state.keyring.signing.kid},
            stale,
            client.app.state.keyring.private,
        ).decode()
        # The signature broken by one character.
        tampered = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
        answers = [
            await client.get("/api/parcours/v1/events", headers=bearer(t))
            for t in (forged, expired, tampered)
        ]
    for resp in answers:
        assert resp.status_code == 401, resp.text
        assert resp.json()["status"] == 401 and resp.json()["code"] == "invalid_token"
        assert resp.headers["content-type"].startswith("application/problem+json")
        assert resp.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert "clé inconnue" in answers[0].json()["detail"]
    assert "expired" in answers[1].json()["detail"] or "expir" in answers[1].json()["detail"]


async def test_me_describes_the_caller(gateway_stack):
    async with gateway_stack() as client:
        token = await token_for(client, "demo-of-2")
        me = await client.get("/api/me", headers=bearer(token))
    body = me.json()
    assert body["role"] == "organisme"
    assert body["client_id"] == "demo-of-2"
    assert body["org_id"] == "49109000000028"
    assert "parcours:declare" in body["scopes"]


async def test_unknown_prefix_is_404_never_proxied(gateway_stack):
    async with gateway_stack() as client:
        resp = await client.get("/api/elsewhere/v1/anything")
        unknown_in_service = await client.get("/api/catalog/v1/nothing-here")
        bare_api = await client.get("/api/")
    assert resp.status_code == 404
    assert resp.json()["code"] == "unknown_route"
    assert "/api/elsewhere/" in resp.json()["detail"]
    assert unknown_in_service.status_code == 404
    assert unknown_in_service.headers["content-type"].startswith("application/problem+json")
    assert unknown_in_service.json()["status"] == 404
    assert bare_api.status_code == 404
    assert bare_api.headers["content-type"].startswith("application/problem+json")


async def test_request_id_reaches_the_upstream_log(gateway_stack, caplog):
    caplog.set_level(logging.INFO, logger="prf.catalog.access")
    async with gateway_stack() as client:
        resp = await client.get(
            "/api/catalog/v1/referentiels/secteurs", headers={"X-Request-ID": "essai-rid-42"}
        )
    assert resp.headers["x-request-id"] == "essai-rid-42"
    upstream = [r for r in caplog.records if r.name == "prf.catalog.access"]
    assert any(
        getattr(r, "request_id", None) == "essai-rid-42" or _rid(r) == "essai-rid-42" for r in upstream
    )


def _rid(record: logging.LogRecord) -> str | None:
    import json

    from servicekit.logs import JsonFormatter

    return json.loads(JsonFormatter().format(record)).get("request_id")


async def test_merged_openapi_lists_every_service(gateway_stack):
    async with gateway_stack() as client:
        doc = (await client.get("/api/openapi.json")).json()
    paths = doc["paths"]
    assert "/api/catalog/v1/referentiels/{kind}" in paths
    assert "/api/parcours/v1/events" in paths
    assert "/api/indicators/v1/indicateurs" in paths
    assert "/oauth2/token" in paths
    assert "x-services-indisponibles" not in doc["info"]


async def test_spa_placeholder_is_served_at_root(gateway_stack):
    async with gateway_stack() as client:
        resp = await client.get("/")
        deep = await client.get("/valideur/sessions")
    assert resp.status_code == 200 and "PRF" in resp.text
    assert resp.headers["content-type"].startswith("text/html")
    # A deep link of the SPA gets the same page (client-side routing), not a 404.
    assert deep.status_code == 200 and deep.text == resp.text


async def test_gateway_readiness_aggregates_the_services(gateway_stack):
    async with gateway_stack() as client:
        ready = await client.get("/readyz")
        alive = await client.get("/healthz")
    assert alive.status_code == 200 and alive.json() == {"status": "ok", "service": "gateway"}
    assert ready.status_code == 200, ready.text
    assert ready.json()["status"] == "ready" and ready.json()["service"] == "gateway"


async def test_services_operations_endpoints_are_not_published(gateway_stack):
    async with gateway_stack() as client:
        answers = [await client.get(f"/api/catalog/{p}") for p in ("metrics", "healthz", "readyz/")]
        api = await client.get("/api/catalog/v1/referentiels/niveaux")
    assert [a.status_code for a in answers] == [404, 404, 404]
    assert all(a.json()["code"] == "unknown_route" for a in answers)
    assert api.status_code == 200 and api.json()["items"]
