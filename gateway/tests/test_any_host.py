"""Embedded mode answers on whatever host name reaches it (localhost, 127.0.0.1, a LAN name): the SPA
served there logs in same-origin, while every token keeps one issuer. A configured public URL wins."""

import httpx
import pytest

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio

ISSUER = "http://localhost:8000"


def at(client, origin: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=client.app), base_url=origin)


@pytest.mark.parametrize("origin", ["http://127.0.0.1:8000", "http://poste-formation.lan:8000"])
async def test_the_spa_logs_in_from_any_host_name_with_one_issuer(gateway, helpers, origin):
    async with gateway(public_url="", port=8000) as plain, at(plain, origin) as client:
        meta = (await client.get("/.well-known/oauth-authorization-server")).json()
        callback = f"{origin}/auth/callback"
        got = await helpers.login(client, redirect_uri=callback)
        tokens = await helpers.exchange(client, got, redirect_uri=callback)
        assert tokens.status_code == 200, tokens.text
        me = await client.get("/api/me", headers=bearer(tokens.json()["access_token"]))
        renewed = await helpers.refresh(client, tokens.json()["refresh_token"])
        out = await client.get(
            "/oauth2/logout",
            params={"id_token_hint": tokens.json()["id_token"], "post_logout_redirect_uri": f"{origin}/"},
        )
    # Same-origin endpoints for the SPA, one stable issuer for the tokens.
    assert meta["issuer"] == ISSUER
    assert meta["authorization_endpoint"] == f"{origin}/oauth2/authorize"
    assert meta["token_endpoint"] == f"{origin}/oauth2/token"
    assert meta["end_session_endpoint"] == f"{origin}/oauth2/logout"
    assert meta["jwks_uri"] == f"{origin}/.well-known/jwks.json"
    assert got.location.startswith(callback + "?") and got.params["iss"] == ISSUER
    access = helpers.claims_of(tokens.json()["access_token"])
    assert access["iss"] == ISSUER and helpers.claims_of(tokens.json()["id_token"])["iss"] == ISSUER
    assert me.status_code == 200 and me.json()["role"] == "organisme"
    assert renewed.status_code == 200
    assert out.status_code == 302 and out.headers["location"] == f"{origin}/"


async def test_only_the_callback_of_the_host_itself_is_accepted(gateway, helpers):
    async with gateway(public_url="", port=8000) as plain, at(plain, "http://poste.lan:8000") as client:
        page = await client.get(
            "/oauth2/authorize",
            params=helpers.authorize_params(
                helpers.pkce()[1], "s", redirect_uri="http://evil.example/auth/callback"
            ),
        )
        other_path = await client.get(
            "/oauth2/authorize",
            params=helpers.authorize_params(
                helpers.pkce()[1], "s", redirect_uri="http://poste.lan:8000/ailleurs"
            ),
        )
    for resp in (page, other_path):
        assert resp.status_code == 400 and "location" not in resp.headers


async def test_a_configured_public_url_is_the_only_address(gateway, helpers):
    async with (
        gateway(public_url="https://prf.region.fr") as plain,
        at(plain, "http://127.0.0.1:8000") as client,
    ):
        meta = (await client.get("/.well-known/openid-configuration")).json()
        page = await client.get(
            "/oauth2/authorize",
            params=helpers.authorize_params(
                helpers.pkce()[1], "s", redirect_uri="http://poste.lan:8000/auth/callback"
            ),
        )
    assert meta["issuer"] == "https://prf.region.fr"
    assert meta["token_endpoint"] == "https://prf.region.fr/oauth2/token"
    assert page.status_code == 400
