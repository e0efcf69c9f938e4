"""Broker mode against an OpenID Connect provider served on loopback by the test suite."""

from urllib.parse import urlencode

import httpx
import pytest

from servicekit.testing import bearer

from .oidc_provider import LoopbackServer, Provider

pytestmark = pytest.mark.asyncio


def broker_settings(provider: Provider, server: LoopbackServer, **extra):
    return {
        "broker_issuer": server.url,
        "broker_client_id": provider.client_id,
        "broker_client_secret": provider.client_secret,
        "broker_name": "Keycloak de test",
        **extra,
    }


async def broker_login(client, helpers, **extra) -> httpx.Response:
    """SPA → gateway login page → provider (auto-login) → gateway callback → SPA callback."""
    verifier, challenge = helpers.pkce()
    params = helpers.authorize_params(challenge, "etat-spa", **extra)
    page = await client.get("/oauth2/authorize?" + urlencode(params))
    assert "Keycloak de test" in page.text and "/oauth2/broker/start?" in page.text
    start = await client.get("/oauth2/broker/start?" + urlencode(params))
    assert start.status_code == 302, start.text
    async with httpx.AsyncClient() as browser:  # the provider is a real server on 127.0.0.1
        at_provider = await browser.get(start.headers["location"])
    assert at_provider.status_code == 302, at_provider.text
    callback = at_provider.headers["location"]
    assert callback.startswith("http://testserver/oauth2/broker/callback?")
    answer = await client.get(callback.removeprefix("http://testserver"))
    answer.verifier = verifier  # type: ignore[attr-defined]
    return answer


async def test_brokered_login_maps_to_the_account_the_region_created(gateway, helpers):
    provider = Provider()
    async with LoopbackServer(provider.app) as server:
        provider.issuer = server.url
        async with gateway(**broker_settings(provider, server)) as client:
            region = bearer(await helpers.cc_token(client, "demo-region"))
            created = await client.post(
                "/api/admin/comptes",
                headers=region,
                json={
                    "username": "agent@exemple.fr",
                    "nom": "Agent",
                    "type": "valideur",
                    "structure": "CE44001",
                    "reseau": "CAP_EMPLOI",
                },
            )
            assert created.status_code == 201
            answer = await broker_login(client, helpers)
            assert answer.status_code == 302, answer.text
            got = helpers.Login(answer.verifier, "", "etat-spa", answer.headers["location"])
            assert got.location.startswith(helpers.CALLBACK) and got.params["state"] == "etat-spa"
            tokens = (await helpers.exchange(client, got)).json()
            accounts = (await client.get("/api/admin/comptes?limit=100", headers=region)).json()["items"]
    claims = helpers.claims_of(tokens["access_token"])
    assert claims["iss"] == "http://testserver"  # the gateway's own token, not the provider's
    assert (claims["role"], claims["org_id"], claims["org_type"]) == ("valideur", "CE44001", "CAP_EMPLOI")
    agent = next(a for a in accounts if a["username"] == "agent@exemple.fr")
    assert agent["fournisseur_externe"] == server.url and claims["sub"] == agent["id"]


async def test_unknown_person_is_refused_without_auto_provisioning(gateway, helpers):
    provider = Provider()
    provider.person = {
        "sub": "x-9",
        "email": "inconnu@exemple.fr",
        "email_verified": True,
        "prf_role": "region",
        "prf_org_id": "REGION-PDL",
    }
    async with LoopbackServer(provider.app) as server:
        provider.issuer = server.url
        async with gateway(**broker_settings(provider, server)) as client:
            answer = await broker_login(client, helpers)
    assert answer.status_code == 403
    assert "location" not in answer.headers and "pas autorisé" in answer.text


async def test_auto_provisioning_maps_claims_to_a_role(gateway, helpers):
    provider = Provider()
    provider.person = {
        "sub": "of-42",
        "email": "Direction@Forma.fr",
        "given_name": "Anne",
        "usual_name": "Martin",
        "prf_role": "organisme",
        "prf_org_id": "44278000000018",
        "prf_org_type": "OF",
    }
    async with LoopbackServer(provider.app) as server:
        provider.issuer = server.url
        async with gateway(**broker_settings(provider, server, broker_auto_provision=True)) as client:
            first = await broker_login(client, helpers)
            got = helpers.Login(first.verifier, "", "etat-spa", first.headers["location"])
            claims = helpers.claims_of((await helpers.exchange(client, got)).json()["access_token"])
            # The second time, the link (issuer, sub) finds the same account.
            second = await broker_login(client, helpers)
            got2 = helpers.Login(second.verifier, "", "etat-spa", second.headers["location"])
            claims2 = helpers.claims_of((await helpers.exchange(client, got2)).json()["access_token"])
    assert (claims["role"], claims["org_id"]) == ("organisme", "44278000000018")
    assert claims2["sub"] == claims["sub"]


async def test_id_token_for_another_audience_or_replayed_state_is_refused(gateway, helpers):
    provider = Provider()
    async with LoopbackServer(provider.app) as server:
        provider.issuer = server.url
        async with gateway(**broker_settings(provider, server, broker_auto_provision=True)) as client:
            provider.id_token_override = {"aud": "un-autre-client"}
            wrong_aud = await broker_login(client, helpers)
            provider.id_token_override = {"nonce": "rejoue"}
            wrong_nonce = await broker_login(client, helpers)
            provider.id_token_override = {}
            unknown_state = await client.get("/oauth2/broker/callback?code=x&state=inconnu")
    assert wrong_aud.status_code == 403 and "location" not in wrong_aud.headers
    assert wrong_nonce.status_code == 403
    assert unknown_state.status_code == 400


async def test_broker_start_refuses_a_bad_authorization_request(gateway, helpers):
    provider = Provider()
    async with LoopbackServer(provider.app) as server:
        provider.issuer = server.url
        async with gateway(**broker_settings(provider, server)) as client:
            params = helpers.authorize_params(helpers.pkce()[1], "s", redirect_uri="https://evil.example/cb")
            resp = await client.get("/oauth2/broker/start?" + urlencode(params))
    assert resp.status_code == 400 and "location" not in resp.headers
    assert provider.token_requests == 0
