"""Rate limiting, body-size limits, CORS, security headers, production refusal of demo identities."""

from urllib.parse import urlencode

import httpx
import pytest

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio


async def test_rate_limit_per_principal_answers_429_with_retry_after(gateway, helpers):
    async with gateway(rate_limit_per_minute=5) as client:
        client.app.state.rate_limiter.clock = lambda: 1000.0  # frozen: no refill during the test
        region = await helpers.cc_token(client, "demo-region")  # IP bucket: 1
        of1 = await helpers.cc_token(client, "demo-of-1")  # IP bucket: 2
        service = await helpers.cc_token(client, "prf-parcours", "internal-demo-secret")  # IP bucket: 3
        as_region = [await client.get("/api/me", headers=bearer(region)) for _ in range(6)]
        as_of1 = await client.get("/api/me", headers=bearer(of1))
        anonymous = [await client.get("/.well-known/jwks.json") for _ in range(4)]
        forged = await client.get("/api/me", headers=bearer("pas.un.jeton"))  # counted against the IP
        spa_page = await client.get("/")  # the SPA's files are not limited
        as_service = [await client.get("/api/me", headers=bearer(service)) for _ in range(8)]
    assert [r.status_code for r in as_region] == [200] * 5 + [429]
    limited = as_region[-1]
    assert limited.headers["content-type"].startswith("application/problem+json")
    assert limited.json()["code"] == "rate_limited" and limited.json()["status"] == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert as_of1.status_code == 200  # another principal, another bucket
    assert [r.status_code for r in anonymous] == [200, 200, 429, 429]
    assert forged.status_code == 429
    assert spa_page.status_code == 200
    assert {r.status_code for r in as_service} == {200}  # PRF's own services are not limited


async def test_default_rate_limit_is_at_least_600_per_minute(gateway):
    async with gateway() as client:
        assert client.app.state.settings.rate_limit_per_minute >= 600
        assert client.app.state.rate_limiter.capacity >= 600


async def test_body_size_limits(gateway, helpers):
    async def chunks():
        for _ in range(4):
            yield b"x" * 500

    async with gateway(max_body_bytes=1000, max_upload_bytes=1500) as client:
        # File uploads have their own, larger limit: 1 200 bytes pass, 2 100 do not.
        upload_within = await client.post(
            "/api/catalog/v1/imports/lheo",
            content=b"<lheo/>" * 170,
            headers={"content-type": "application/xml"},
        )
        declared = await client.post(
            "/api/catalog/v1/imports/lheo",
            content=b"<lheo/>" * 300,
            headers={"content-type": "application/xml"},
        )
        chunked = await client.post("/api/parcours/v1/presences", content=chunks())
        small = await client.post("/api/parcours/v1/presences", json={"presences": []})
        token_form = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials", "x": "y" * 70_000}
        )
    # Within the limits, the request reaches the proxy, which answers for the service that is down here.
    for passed in (upload_within, small):
        assert passed.status_code == 503, passed.text
        assert passed.json()["code"] == "service_unavailable"
    assert declared.status_code == 413
    assert declared.headers["content-type"].startswith("application/problem+json")
    assert declared.json()["code"] == "payload_too_large"
    assert "volumineux" in declared.json()["detail"]
    assert chunked.status_code == 413, chunked.text
    assert chunked.json()["code"] == "payload_too_large"
    assert "1000 octets" in chunked.json()["detail"]
    # The OAuth endpoints have their own, smaller limit, and answer as RFC 6749 does (clients parse
    # `error`, not a problem): `invalid_request`, no caching.
    assert token_form.status_code == 413, token_form.text
    assert token_form.headers["content-type"].startswith("application/json")
    assert token_form.headers["cache-control"] == "no-store"
    assert token_form.json()["error"] == "invalid_request"
    assert str(64 * 1024) in token_form.json()["error_description"]


async def test_default_limit_lets_a_bulk_csv_import_through(gateway):
    csv = (
        "parcours_id;date;heures_presence;heures_absence;motif_absence\n" + "x;2025-01-01;7;0;\n" * 250_000
    ).encode()
    assert len(csv) > 4 * 1024 * 1024
    async with gateway() as client:
        resp = await client.post(
            "/api/parcours/v1/presences/import", content=csv, headers={"content-type": "text/csv"}
        )
    # Not refused for its size: it reaches the proxy, which answers for the service that is down here.
    assert resp.status_code == 503, resp.text
    assert resp.json()["code"] == "service_unavailable"


async def test_cors_only_for_configured_origins(gateway):
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}
    async with gateway(cors_origins=["http://localhost:5173"]) as client:
        allowed = await client.options(
            "/oauth2/token", headers={"Origin": "http://localhost:5173", **preflight}
        )
        refused = await client.options(
            "/oauth2/token", headers={"Origin": "https://evil.example", **preflight}
        )
        simple_ok = await client.get("/.well-known/jwks.json", headers={"Origin": "http://localhost:5173"})
        simple_evil = await client.get("/.well-known/jwks.json", headers={"Origin": "https://evil.example"})
    async with gateway() as client:
        unconfigured = await client.get("/.well-known/jwks.json", headers={"Origin": "http://localhost:5173"})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:5173"
    assert "authorization" in allowed.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-origin" not in refused.headers
    assert simple_ok.headers["access-control-allow-origin"] == "http://localhost:5173"
    assert "access-control-allow-credentials" not in simple_ok.headers
    assert "access-control-allow-origin" not in simple_evil.headers
    assert "access-control-allow-origin" not in unconfigured.headers


async def test_security_headers(gateway):
    async with gateway() as client:
        spa = await client.get("/")
        api = await client.get("/.well-known/openid-configuration")
        problem = await client.get("/api/me")
    csp = spa.headers["content-security-policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert script_src.strip() == "script-src 'self'" and "frame-ancestors 'none'" in csp
    assert "default-src 'self'" in csp
    for resp in (spa, api, problem):
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
        assert "strict-transport-security" not in resp.headers  # HSTS only in production
    assert api.headers["content-security-policy"].startswith("default-src 'none'")


async def test_production_refuses_demo_identities_and_sends_hsts(gateway, helpers):
    production = {
        "env": "production",
        "internal_secret": "un-vrai-secret-interne-de-production",
        "public_url": "https://testserver",
    }
    async with gateway(**production) as plain:
        # Over https, as in production (the login form's CSRF cookie is Secure).
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=plain.app), base_url="https://testserver"
        )
        demo_client = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=("demo-region", "demo-secret")
        )
        internal = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=("prf-catalog", "un-vrai-secret-interne-de-production"),
        )
        url = "/oauth2/authorize?" + urlencode(helpers.authorize_params(helpers.pkce()[1], "st"))
        page = await client.get(url)
        demo_user = await client.post(
            url,
            data={"username": "region@demo.fr", "password": "demo", "csrf_token": helpers.csrf_of(page.text)},
        )
        await client.aclose()
    assert demo_client.status_code == 401 and demo_client.json()["error"] == "invalid_client"
    assert internal.status_code == 200
    assert page.status_code == 200 and "demo.fr" not in page.text  # no demo hint either
    assert demo_user.status_code == 400 and "location" not in demo_user.headers
    assert "mot de passe incorrect" in demo_user.text  # refused as a login, not as a CSRF failure
    assert page.headers["strict-transport-security"].startswith("max-age=")
    assert "includeSubDomains" in demo_client.headers["strict-transport-security"]


async def test_production_refuses_the_demo_internal_secret():
    from gateway.app import create_app
    from gateway.settings import GatewaySettings

    with pytest.raises(ValueError):
        create_app(GatewaySettings(env="production", public_url="https://prf.example"))
    with pytest.raises(ValueError, match="https"):
        create_app(
            GatewaySettings(env="production", internal_secret="x" * 32, public_url="http://prf.example")
        )
