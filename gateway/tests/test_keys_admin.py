"""Signing-key rotation (API and CLI), and the Région's management of clients and accounts."""

import json

import pytest

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio


async def test_rotation_keeps_old_and_new_keys_published_and_the_newest_signs(gateway, helpers):
    async with gateway() as client:
        region = await helpers.cc_token(client, "demo-region")
        old_kid = helpers.header_of(region)["kid"]
        rotated = await client.post("/api/admin/cles/rotation", headers=bearer(region))
        fresh = await helpers.cc_token(client, "demo-of-1")
        jwks = (await client.get("/.well-known/jwks.json")).json()
        on_file = json.loads(client.app.state.settings.public_jwks_file().read_text())
        old_still_valid = await client.get("/api/me", headers=bearer(region))
        new_valid = await client.get("/api/me", headers=bearer(fresh))
        listed = (await client.get("/api/admin/cles", headers=bearer(region))).json()
    assert rotated.status_code == 200, rotated.text
    new_kid = helpers.header_of(fresh)["kid"]
    assert new_kid != old_kid
    kids = [k["kid"] for k in jwks["keys"]]
    assert set(kids) == {old_kid, new_kid}
    assert [k["kid"] for k in on_file["keys"]] == kids  # the file the services read was rewritten
    assert old_still_valid.status_code == 200 and new_valid.status_code == 200
    signing = [k["kid"] for k in listed["items"] if k["signe"]]
    assert signing == [new_kid]


async def test_after_the_window_the_old_key_is_withdrawn(gateway, helpers):
    async with gateway(key_rotation_window=0) as client:
        region = await helpers.cc_token(client, "demo-region")
        await client.post("/api/admin/cles/rotation", headers=bearer(region))
        fresh = await helpers.cc_token(client, "demo-region")
        jwks = (await client.get("/.well-known/jwks.json")).json()
        new_ok = await client.get("/api/me", headers=bearer(fresh))  # makes the verifier reload the file
        old = await client.get("/api/me", headers=bearer(region))
    assert [k["kid"] for k in jwks["keys"]] == [helpers.header_of(fresh)["kid"]]
    assert new_ok.status_code == 200
    assert old.status_code == 401


async def test_cli_rotation_is_picked_up_by_the_running_gateway(gateway, helpers):
    from gateway.auth.maintenance import refresh_keyring
    from gateway.cli import rotate_keys

    async with gateway() as client:
        before = await helpers.cc_token(client, "demo-region")
        ring = await rotate_keys(client.app.state.settings)
        await refresh_keyring(client.app)  # what the 30-second upkeep loop does
        after = await helpers.cc_token(client, "demo-region")
        old_ok = await client.get("/api/me", headers=bearer(before))
    assert helpers.header_of(after)["kid"] == ring.signing.kid != helpers.header_of(before)["kid"]
    assert old_ok.status_code == 200


async def test_expired_tampered_and_wrong_audience_tokens_are_refused(gateway, helpers):
    import time

    from gateway.auth.tokens import Subject, issue_access_token

    async with gateway() as client:
        ring = client.app.state.keyring
        subject = Subject("demo-region", "demo-region", "region", "REGION-PDL", "REGION")

        def mint(**kw):
            args = {
                "issuer": "http://testserver",
                "audience": "prf-api",
                "ttl": 600,
                "subject": subject,
                "scopes": ["gateway:admin"],
            }
            args.update(kw)
            return issue_access_token(ring, **args)

        good = mint()
        expired = mint(ttl=-3600)
        wrong_aud = mint(audience="autre-api")
        wrong_iss = mint(issuer="https://ailleurs.example")
        head, payload, sig = good.split(".")
        tampered_claims = payload[:-2] + ("AA" if not payload.endswith("AA") else "BB")
        answers = {
            name: await client.get("/api/admin/cles", headers=bearer(tok))
            for name, tok in {
                "good": good,
                "expired": expired,
                "wrong_aud": wrong_aud,
                "wrong_iss": wrong_iss,
                "tampered": f"{head}.{tampered_claims}.{sig}",
            }.items()
        }
    assert answers.pop("good").status_code == 200
    for name, resp in answers.items():
        assert resp.status_code == 401, name
        assert resp.json()["code"] == "invalid_token", name
        assert resp.headers["content-type"].startswith("application/problem+json")
    assert time.time()  # (no wall-clock assertion: expiry is relative to the token's own iat)


async def test_client_management_api(gateway, helpers):
    async with gateway() as client:
        region = bearer(await helpers.cc_token(client, "demo-region"))
        anonymous = await client.get("/api/admin/clients")
        as_of = await client.get(
            "/api/admin/clients", headers=bearer(await helpers.cc_token(client, "demo-of-1"))
        )
        bad_siret = await client.post(
            "/api/admin/clients",
            headers=region,
            json={"nom": "OF", "type": "organisme", "siret": "44278000000019"},
        )
        no_network = await client.post(
            "/api/admin/clients", headers=region, json={"nom": "V", "type": "valideur", "structure": "X1"}
        )
        created = await client.post(
            "/api/admin/clients",
            headers=region,
            json={
                "nom": "ERP Atelier",
                "type": "organisme",
                "siret": "4910 9000 0000 28",
                "client_id": "erp-atelier-anjou",
            },
        )
        duplicate = await client.post(
            "/api/admin/clients",
            headers=region,
            json={
                "nom": "ERP",
                "type": "organisme",
                "siret": "49109000000028",
                "client_id": "erp-atelier-anjou",
            },
        )
        body = created.json()
        shown = (await client.get("/api/admin/clients/erp-atelier-anjou", headers=region)).json()
        first = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=("erp-atelier-anjou", body["client_secret"]),
        )
        rotated = await client.post("/api/admin/clients/erp-atelier-anjou/secret", headers=region)
        old_secret = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=("erp-atelier-anjou", body["client_secret"]),
        )
        new_secret = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=("erp-atelier-anjou", rotated.json()["client_secret"]),
        )
        listed = (await client.get("/api/admin/clients?role=organisme", headers=region)).json()
        protected = await client.post("/api/admin/clients/prf-catalog/secret", headers=region)
        spa = await client.post("/api/admin/clients/prf-spa/desactivation", headers=region)
        missing = await client.post("/api/admin/clients/inconnu/desactivation", headers=region)
    assert anonymous.status_code == 401
    assert as_of.status_code == 403 and as_of.json()["code"] == "insufficient_scope"
    assert bad_siret.status_code == 422
    assert bad_siret.headers["content-type"].startswith("application/problem+json")
    assert bad_siret.json()["errors"][0]["pointer"] == "/siret" and "SIRET" in bad_siret.json()["detail"]
    assert no_network.status_code == 422 and no_network.json()["errors"][0]["pointer"] == "/reseau"
    assert created.status_code == 201, created.text
    assert created.headers["location"] == "/api/admin/clients/erp-atelier-anjou"
    assert body["org_id"] == "49109000000028" and body["role"] == "organisme" and body["client_secret"]
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "client_existant"
    assert "client_secret" not in shown  # shown once only
    assert first.status_code == 200
    assert helpers.claims_of(first.json()["access_token"])["org_id"] == "49109000000028"
    assert rotated.status_code == 200 and rotated.json()["client_secret"] != body["client_secret"]
    assert old_secret.status_code == 401 and new_secret.status_code == 200
    assert any(c["client_id"] == "erp-atelier-anjou" for c in listed["items"]) and listed["total"] >= 3
    assert {"items", "total", "page", "limit"} <= set(listed)
    assert protected.status_code == 409 and protected.json()["code"] == "client_protege"
    assert spa.status_code == 409
    assert missing.status_code == 404 and missing.json()["code"] == "client_introuvable"


async def test_account_created_by_the_region_can_log_in(gateway, helpers):
    async with gateway() as client:
        region = bearer(await helpers.cc_token(client, "demo-region"))
        short = await client.post(
            "/api/admin/comptes",
            headers=region,
            json={"username": "a@b.fr", "type": "financeur", "mot_de_passe": "court"},
        )
        created = await client.post(
            "/api/admin/comptes",
            headers=region,
            json={
                "username": "Agent@DREETS.gouv.fr",
                "nom": "Agent DREETS",
                "type": "financeur",
                "structure": "DREETS-PDL",
                "mot_de_passe": "un mot de passe assez long",
            },
        )
        again = await client.post(
            "/api/admin/comptes",
            headers=region,
            json={"username": "agent@dreets.gouv.fr", "type": "financeur"},
        )
        got = await helpers.login(client, "agent@dreets.gouv.fr", "un mot de passe assez long")
        tokens = (await helpers.exchange(client, got)).json()
    assert short.status_code == 422 and short.json()["errors"][0]["pointer"] == "/mot_de_passe"
    assert created.status_code == 201 and created.json()["username"] == "agent@dreets.gouv.fr"
    assert again.status_code == 409
    claims = helpers.claims_of(tokens["access_token"])
    assert claims["role"] == "financeur" and claims["scope"].split()[:2] == [
        "catalog:read",
        "indicators:read",
    ]


async def test_role_scopes_come_from_the_single_mapping(gateway, helpers):
    from gateway.auth.roles import ROLE_SCOPES

    async with gateway() as client:
        for client_id, role in (
            ("demo-region", "region"),
            ("demo-france-travail", "valideur"),
            ("demo-of-1", "organisme"),
        ):
            claims = helpers.claims_of(await helpers.cc_token(client, client_id))
            assert claims["scope"].split() == list(ROLE_SCOPES[role])
        got = await helpers.login(client, "mission-locale@demo.fr", "demo", scope="")
        claims = helpers.claims_of((await helpers.exchange(client, got)).json()["access_token"])
    assert claims["scope"].split() == list(ROLE_SCOPES["valideur"])
    assert "gateway:admin" not in claims["scope"]
