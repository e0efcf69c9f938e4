"""Client credentials for partner software: client_secret_basic, client_secret_post, private_key_jwt."""

import time
import uuid

import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio

TOKEN_URL = "http://testserver/oauth2/token"


def assertion(key: RSAKey, client_id: str, **override) -> str:
    now = int(time.time())
    claims = {
        "iss": client_id,
        "sub": client_id,
        "aud": TOKEN_URL,
        "iat": now,
        "exp": now + 120,
        "jti": uuid.uuid4().hex,
    }
    claims.update(override)
    return jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)


async def pkjwt_client(client, helpers, key: RSAKey) -> str:
    region = await helpers.cc_token(client, "demo-region")
    created = await client.post(
        "/api/admin/clients",
        headers=bearer(region),
        json={
            "nom": "ERP Forma'Ouest",
            "type": "organisme",
            "siret": "44278000000018",
            "methode_authentification": "private_key_jwt",
            "jwks": {"keys": [key.as_dict(private=False)]},
        },
    )
    assert created.status_code == 201, created.text
    assert "client_secret" not in created.json()
    return created.json()["client_id"]


async def test_basic_and_post_give_the_contract_claims(gateway, helpers):
    async with gateway() as client:
        basic = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=("demo-of-2", "demo-secret")
        )
        post = await client.post(
            "/oauth2/token",
            data={
                "grant_type": "client_credentials",
                "client_id": "demo-of-2",
                "client_secret": "demo-secret",
            },
        )
        narrowed = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "catalog:read"},
            auth=("demo-of-2", "demo-secret"),
        )
        me = await client.get("/api/me", headers=bearer(basic.json()["access_token"]))
    for resp in (basic, post):
        assert resp.status_code == 200, resp.text
        assert resp.headers["cache-control"] == "no-store"
        body = resp.json()
        assert "refresh_token" not in body
        claims = helpers.claims_of(body["access_token"])
        assert claims["sub"] == claims["client_id"] == "demo-of-2"
        assert claims["role"] == "organisme" and claims["org_id"] == "49109000000028"
        assert claims["org_type"] == "OF" and claims["aud"] == "prf-api"
        assert claims["exp"] - claims["iat"] == 600
    assert narrowed.json()["scope"] == "catalog:read"
    assert me.json()["client_id"] == "demo-of-2"


async def test_client_authentication_failures(gateway, helpers):
    async with gateway() as client:
        wrong = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=("demo-of-1", "pas-le-secret")
        )
        unknown = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=("inconnu", "x")
        )
        none = await client.post("/oauth2/token", data={"grant_type": "client_credentials"})
        public = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials", "client_id": "prf-spa"}
        )
        password = await client.post(
            "/oauth2/token",
            data={"grant_type": "password", "username": "of1@demo.fr", "password": "demo"},
            auth=("demo-of-1", "demo-secret"),
        )
        missing = await client.post("/oauth2/token", data={}, auth=("demo-of-1", "demo-secret"))
        not_for_partner = await client.post(
            "/oauth2/token",
            data={"grant_type": "authorization_code", "code": "x"},
            auth=("demo-of-1", "demo-secret"),
        )
        bad_scope = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "catalog:write"},
            auth=("demo-of-1", "demo-secret"),
        )
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    assert "www-authenticate" in wrong.headers
    assert unknown.status_code == 401 and unknown.json()["error"] == "invalid_client"
    assert none.json()["error"] == "invalid_client"
    assert public.json()["error"] == "invalid_client"
    assert password.status_code == 400 and password.json()["error"] == "unsupported_grant_type"
    assert missing.json()["error"] == "unsupported_grant_type"
    assert not_for_partner.json()["error"] == "unauthorized_client"
    assert bad_scope.json()["error"] == "invalid_scope"
    for resp in (wrong, password):
        assert resp.headers["content-type"].startswith("application/json")
        assert set(resp.json()) <= {"error", "error_description"}


async def test_private_key_jwt(gateway, helpers):
    key = RSAKey.generate_key(2048, parameters={"kid": "erp-1"})
    async with gateway() as client:
        client_id = await pkjwt_client(client, helpers, key)
        form = {
            "grant_type": "client_credentials",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        }
        good_assertion = assertion(key, client_id)
        ok = await client.post("/oauth2/token", data={**form, "client_assertion": good_assertion})
        replay = await client.post("/oauth2/token", data={**form, "client_assertion": good_assertion})
        other_key = RSAKey.generate_key(2048, parameters={"kid": "erp-1"})
        forged = await client.post(
            "/oauth2/token", data={**form, "client_assertion": assertion(other_key, client_id)}
        )
        wrong_aud = await client.post(
            "/oauth2/token",
            data={
                **form,
                "client_assertion": assertion(key, client_id, aud="https://ailleurs.example/token"),
            },
        )
        expired = await client.post(
            "/oauth2/token",
            data={
                **form,
                "client_assertion": assertion(
                    key, client_id, iat=int(time.time()) - 900, exp=int(time.time()) - 600
                ),
            },
        )
        too_long = await client.post(
            "/oauth2/token",
            data={**form, "client_assertion": assertion(key, client_id, exp=int(time.time()) + 86400)},
        )
        secret_instead = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(client_id, "quelconque")
        )
    assert ok.status_code == 200, ok.text
    claims = helpers.claims_of(ok.json()["access_token"])
    assert claims["org_id"] == "44278000000018" and claims["role"] == "organisme"
    for resp in (replay, forged, wrong_aud, expired, too_long, secret_instead):
        assert resp.json()["error"] == "invalid_client", resp.text


async def test_disabled_client_is_refused(gateway, helpers):
    async with gateway() as client:
        region = await helpers.cc_token(client, "demo-region")
        created = (
            await client.post(
                "/api/admin/clients",
                headers=bearer(region),
                json={
                    "nom": "Logiciel ML",
                    "type": "valideur",
                    "structure": "ML44002",
                    "reseau": "MISSION_LOCALE",
                },
            )
        ).json()
        cid, secret = created["client_id"], created["client_secret"]
        before = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(cid, secret)
        )
        off = await client.post(f"/api/admin/clients/{cid}/desactivation", headers=bearer(region))
        after = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(cid, secret)
        )
        on = await client.post(f"/api/admin/clients/{cid}/reactivation", headers=bearer(region))
        again = await client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(cid, secret)
        )
    assert before.status_code == 200
    claims = helpers.claims_of(before.json()["access_token"])
    assert (claims["role"], claims["org_id"], claims["org_type"]) == ("valideur", "ML44002", "MISSION_LOCALE")
    assert off.json()["actif"] is False
    assert after.status_code == 401 and after.json()["error"] == "invalid_client"
    assert on.json()["actif"] is True and again.status_code == 200


async def test_discovery_lists_the_real_grants_and_methods(gateway):
    async with gateway() as client:
        for path in ("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"):
            doc = (await client.get(path)).json()
            assert doc["issuer"] == "http://testserver"
            assert doc["token_endpoint"] == "http://testserver/oauth2/token"
            assert doc["authorization_endpoint"] == "http://testserver/oauth2/authorize"
            assert doc["revocation_endpoint"] == "http://testserver/oauth2/revoke"
            assert sorted(doc["grant_types_supported"]) == [
                "authorization_code",
                "client_credentials",
                "refresh_token",
            ]
            assert doc["response_types_supported"] == ["code"]
            assert doc["code_challenge_methods_supported"] == ["S256"]
            assert set(doc["token_endpoint_auth_methods_supported"]) == {
                "client_secret_basic",
                "client_secret_post",
                "private_key_jwt",
                "none",
            }
            assert (
                "implicit" not in doc["grant_types_supported"]
                and "password" not in doc["grant_types_supported"]
            )
        jwks = (await client.get("/.well-known/jwks.json")).json()
    assert jwks["keys"] and all("d" not in k and k["use"] == "sig" for k in jwks["keys"])
