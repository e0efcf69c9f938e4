"""The flows driven by an independent OAuth client implementation, as a partner's software would:
authlib's httpx client (a separate codebase from its server classes used by the gateway)."""

import httpx
import pytest
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc7523 import PrivateKeyJWT
from joserfc.jwk import RSAKey

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio

BASE = "http://testserver"


def partner(app, **kwargs) -> AsyncOAuth2Client:
    return AsyncOAuth2Client(transport=httpx.ASGITransport(app=app), base_url=BASE, **kwargs)


async def test_client_credentials_with_basic_and_post(gateway):
    async with gateway() as client:
        metadata = (await client.get("/.well-known/oauth-authorization-server")).json()
        for method in ("client_secret_basic", "client_secret_post"):
            async with partner(
                client.app,
                client_id="demo-of-1",
                client_secret="demo-secret",
                token_endpoint_auth_method=method,
            ) as oauth:
                token = await oauth.fetch_token(metadata["token_endpoint"], grant_type="client_credentials")
                me = await oauth.get("/api/me")
            assert token["token_type"] == "Bearer" and token["expires_in"] == 600
            assert me.status_code == 200 and me.json()["org_id"] == "44278000000018", method


async def test_client_credentials_with_private_key_jwt(gateway, helpers):
    key = RSAKey.generate_key(2048, parameters={"kid": "erp-cle-1"})
    async with gateway() as client:
        region = await helpers.cc_token(client, "demo-region")
        created = await client.post(
            "/api/admin/clients",
            headers=bearer(region),
            json={
                "nom": "Logiciel FT",
                "type": "valideur",
                "structure": "FT72001",
                "reseau": "FRANCE_TRAVAIL",
                "methode_authentification": "private_key_jwt",
                "jwks": {"keys": [key.as_dict(private=False)]},
            },
        )
        client_id = created.json()["client_id"]
        token_url = f"{BASE}/oauth2/token"
        async with partner(
            client.app, client_id=client_id, client_secret=key, token_endpoint_auth_method="private_key_jwt"
        ) as oauth:
            oauth.register_client_auth_method(PrivateKeyJWT(token_url))
            token = await oauth.fetch_token(token_url, grant_type="client_credentials")
            me = await oauth.get("/api/me")
    assert token["access_token"]
    assert me.json()["role"] == "valideur" and me.json()["org_id"] == "FT72001"


async def test_authorization_code_with_pkce_then_refresh(gateway, helpers):
    async with gateway() as client:
        metadata = (await client.get("/.well-known/openid-configuration")).json()
        async with partner(
            client.app,
            client_id="prf-spa",
            redirect_uri=helpers.CALLBACK,
            scope="openid profile",
            code_challenge_method="S256",
            token_endpoint_auth_method="none",
        ) as oauth:
            verifier = helpers.pkce()[0]
            url, state = oauth.create_authorization_url(
                metadata["authorization_endpoint"], code_verifier=verifier
            )
            # The person, in a browser: the login page, then the form.
            page = await client.get(url)
            assert page.status_code == 200
            answer = await client.post(
                url,
                data={
                    "username": "conseiller@demo.fr",
                    "password": "demo",
                    "csrf_token": helpers.csrf_of(page.text),
                },
            )
            assert answer.status_code == 302
            callback = answer.headers["location"]
            token = await oauth.fetch_token(
                metadata["token_endpoint"],
                authorization_response=callback,
                code_verifier=verifier,
                state=state,
            )
            me = await oauth.get("/api/me")
            refreshed = await oauth.refresh_token(metadata["token_endpoint"])
            await oauth.revoke_token(
                metadata["revocation_endpoint"], refreshed["refresh_token"], token_type_hint="refresh_token"
            )
            with pytest.raises(Exception):  # noqa: B017 — authlib raises its OAuthError
                await oauth.refresh_token(
                    metadata["token_endpoint"], refresh_token=refreshed["refresh_token"]
                )
    assert helpers.query_of(callback)["state"] == state
    assert token["refresh_token"] and token["id_token"]
    assert me.json()["role"] == "valideur" and me.json()["org_id"] == "FT44001"
    assert refreshed["refresh_token"] != token["refresh_token"]


async def test_the_library_sees_a_refusal_for_a_wrong_verifier(gateway, helpers):
    async with (
        gateway() as client,
        partner(
            client.app,
            client_id="prf-spa",
            redirect_uri=helpers.CALLBACK,
            code_challenge_method="S256",
            token_endpoint_auth_method="none",
        ) as oauth,
    ):
        verifier = helpers.pkce()[0]
        url, _ = oauth.create_authorization_url(f"{BASE}/oauth2/authorize", code_verifier=verifier)
        page = await client.get(url)
        answer = await client.post(
            url,
            data={
                "username": "of1@demo.fr",
                "password": "demo",
                "csrf_token": helpers.csrf_of(page.text),
            },
        )
        with pytest.raises(Exception) as caught:  # noqa: B017
            await oauth.fetch_token(
                f"{BASE}/oauth2/token",
                authorization_response=answer.headers["location"],
                code_verifier=helpers.pkce()[0],
            )
    assert "invalid_grant" in str(caught.value)
