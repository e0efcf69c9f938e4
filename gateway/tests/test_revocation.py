"""A deactivated client or account, a revoked token, a replay and a logout stop the access tokens concerned
at once: at the gateway (/api/me, /api/admin, userinfo, every proxied call) and at the services themselves
(called directly, behind the gateway's back)."""

from contextlib import asynccontextmanager

import httpx
import pytest

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio

PARCOURS = "/api/parcours/v1/parcours"


@asynccontextmanager
async def direct(client, service: str = "parcours"):
    """A client to the embedded service itself, bypassing the gateway's proxy."""
    app = client.app.state.embedded_apps[service]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://svc") as svc:
        yield svc


async def refused_everywhere(client, token: str) -> None:
    """The token is refused by the gateway's own routes, by the proxy and by the service directly."""
    me = await client.get("/api/me", headers=bearer(token))
    info = await client.get("/oauth2/userinfo", headers=bearer(token))
    proxied = await client.get(PARCOURS, headers=bearer(token))
    async with direct(client) as svc:
        at_service = await svc.get("/v1/parcours", headers=bearer(token))
    for resp in (me, info, proxied, at_service):
        assert resp.status_code == 401, (resp.request.url, resp.text)
        assert resp.headers["content-type"].startswith("application/problem+json")
        assert resp.json()["code"] == "invalid_token"
        assert "révoqué" in resp.json()["detail"]


async def accepted_everywhere(client, token: str) -> None:
    me = await client.get("/api/me", headers=bearer(token))
    proxied = await client.get(PARCOURS, headers=bearer(token))
    async with direct(client) as svc:
        at_service = await svc.get("/v1/parcours", headers=bearer(token))
    assert me.status_code == 200, me.text
    assert proxied.status_code == 200, proxied.text
    assert at_service.status_code == 200, at_service.text


async def new_region_client(client, helpers, region: str, client_id: str) -> tuple[str, str]:
    created = await client.post(
        "/api/admin/clients",
        headers=bearer(region),
        json={"nom": "Outil Région", "type": "region", "client_id": client_id},
    )
    assert created.status_code == 201, created.text
    secret = created.json()["client_secret"]
    return secret, await helpers.cc_token(client, client_id, secret)


async def test_a_disabled_admin_client_cannot_reenable_itself_nor_act(gateway_stack, helpers):
    async with gateway_stack() as client:
        region = await helpers.cc_token(client, "demo-region")
        secret, held = await new_region_client(client, helpers, region, "test-region-c")
        await accepted_everywhere(client, held)
        off = await client.post("/api/admin/clients/test-region-c/desactivation", headers=bearer(region))
        assert off.status_code == 200 and off.json()["actif"] is False
        reenable = await client.post("/api/admin/clients/test-region-c/reactivation", headers=bearer(held))
        rotate = await client.post(
            "/api/admin/clients/test-region-c/secret", headers=bearer(held), json={"confirmer": True}
        )
        create = await client.post(
            "/api/admin/clients",
            headers=bearer(held),
            json={"nom": "Second admin", "type": "region", "client_id": "test-region-d"},
        )
        await refused_everywhere(client, held)
        # Nothing happened: still disabled, no second client.
        still = await client.get("/api/admin/clients/test-region-c", headers=bearer(region))
        second = await client.get("/api/admin/clients/test-region-d", headers=bearer(region))
        # Reactivation does not revive the tokens issued before the deactivation; new ones work.
        on = await client.post("/api/admin/clients/test-region-c/reactivation", headers=bearer(region))
        assert on.status_code == 200 and on.json()["actif"] is True
        await refused_everywhere(client, held)
        fresh = await helpers.cc_token(client, "test-region-c", secret)
        await accepted_everywhere(client, fresh)
    for resp in (reenable, rotate, create):
        assert resp.status_code == 401, resp.text
        assert resp.json()["code"] == "invalid_token"
    assert still.json()["actif"] is False
    assert second.status_code == 404


async def test_a_disabled_of_client_stops_posting_at_once(gateway_stack, helpers):
    async with gateway_stack() as client:
        region = await helpers.cc_token(client, "demo-region")
        held = await helpers.cc_token(client, "demo-of-2")
        await accepted_everywhere(client, held)
        off = await client.post("/api/admin/clients/demo-of-2/desactivation", headers=bearer(region))
        assert off.status_code == 200
        await refused_everywhere(client, held)
        other = await helpers.cc_token(client, "demo-of-1")
        await accepted_everywhere(client, other)


async def test_a_disabled_account_stops_at_once_and_reactivation_does_not_revive(gateway_stack, helpers):
    async with gateway_stack() as client:
        tokens = (await helpers.exchange(client, await helpers.login(client, "of2@demo.fr"))).json()
        held = tokens["access_token"]
        await accepted_everywhere(client, held)
        region = await helpers.cc_token(client, "demo-region")
        accounts = (await client.get("/api/admin/comptes?limit=100", headers=bearer(region))).json()["items"]
        of2 = next(a for a in accounts if a["username"] == "of2@demo.fr")
        off = await client.post(f"/api/admin/comptes/{of2['id']}/desactivation", headers=bearer(region))
        assert off.status_code == 200
        await refused_everywhere(client, held)
        on = await client.post(f"/api/admin/comptes/{of2['id']}/reactivation", headers=bearer(region))
        assert on.status_code == 200
        await refused_everywhere(client, held)
        again = (await helpers.exchange(client, await helpers.login(client, "of2@demo.fr"))).json()
        await accepted_everywhere(client, again["access_token"])


async def test_revoking_an_access_token_stops_it(gateway_stack, helpers):
    async with gateway_stack() as client:
        held = await helpers.cc_token(client, "demo-of-1")
        other = await helpers.cc_token(client, "demo-of-1")
        revoked = await client.post(
            "/oauth2/revoke",
            data={"token": held, "token_type_hint": "access_token"},
            auth=("demo-of-1", "demo-secret"),
        )
        assert revoked.status_code == 200
        await refused_everywhere(client, held)
        # Only that token: the client's other token goes on.
        await accepted_everywhere(client, other)


async def test_revoking_a_refresh_token_stops_the_access_tokens_of_its_session(gateway_stack, helpers):
    async with gateway_stack() as client:
        tokens = (await helpers.exchange(client, await helpers.login(client))).json()
        other = (await helpers.exchange(client, await helpers.login(client))).json()
        revoked = await client.post(
            "/oauth2/revoke",
            data={
                "token": tokens["refresh_token"],
                "token_type_hint": "refresh_token",
                "client_id": "prf-spa",
            },
        )
        assert revoked.status_code == 200
        await refused_everywhere(client, tokens["access_token"])
        # Another login session of the same person is not concerned.
        await accepted_everywhere(client, other["access_token"])


async def test_a_refresh_replay_stops_every_access_token_of_the_family(gateway_stack, helpers):
    async with gateway_stack() as client:
        first = (await helpers.exchange(client, await helpers.login(client))).json()
        rotated = (await helpers.refresh(client, first["refresh_token"])).json()
        await accepted_everywhere(client, rotated["access_token"])
        replay = await helpers.refresh(client, first["refresh_token"])
        assert replay.json()["error"] == "invalid_grant"
        await refused_everywhere(client, first["access_token"])
        await refused_everywhere(client, rotated["access_token"])


async def test_a_code_replay_stops_the_access_token_it_gave(gateway_stack, helpers):
    async with gateway_stack() as client:
        got = await helpers.login(client)
        first = (await helpers.exchange(client, got)).json()
        await accepted_everywhere(client, first["access_token"])
        second = await helpers.exchange(client, got)
        assert second.json()["error"] == "invalid_grant"
        await refused_everywhere(client, first["access_token"])


async def test_logout_stops_the_access_token(gateway_stack, helpers):
    async with gateway_stack() as client:
        tokens = (await helpers.exchange(client, await helpers.login(client))).json()
        out = await client.get("/oauth2/logout", params={"id_token_hint": tokens["id_token"]})
        assert out.status_code == 200
        await refused_everywhere(client, tokens["access_token"])


async def test_recalls_are_stored_and_reach_a_fresh_process(gateway, helpers):
    """What another gateway process (or this one before a restart) recalled is read from the database."""
    from gateway.auth.revocation import load_revocations
    from servicekit.revocation import RevocationList

    async with gateway() as client:
        held = await helpers.cc_token(client, "demo-of-1")
        region = await helpers.cc_token(client, "demo-region")
        await client.post("/api/admin/clients/demo-of-1/desactivation", headers=bearer(region))
        await client.post("/api/admin/clients/demo-of-1/reactivation", headers=bearer(region))
        # A process that has seen nothing but the database.
        client.app.state.revocations = fresh = RevocationList()
        client.app.state.token_verifier.revocations.revocations = fresh
        accepted = await client.get("/api/me", headers=bearer(held))
        await load_revocations(client.app)
        refused = await client.get("/api/me", headers=bearer(held))
    assert accepted.status_code == 200
    assert refused.status_code == 401 and refused.json()["code"] == "invalid_token"


async def test_the_last_active_admin_cannot_deactivate_itself(gateway, helpers):
    async with gateway() as client:
        region = await helpers.cc_token(client, "demo-region")
        listing = (await client.get("/api/admin/clients?role=region", headers=bearer(region))).json()
        accounts = (await client.get("/api/admin/comptes?limit=100", headers=bearer(region))).json()["items"]
        admins = [a for a in accounts if a["role"] == "region"]
        # Leave demo-region the only active Région administrator.
        for other in listing["items"]:
            if other["client_id"] != "demo-region":
                await client.post(
                    f"/api/admin/clients/{other['client_id']}/desactivation", headers=bearer(region)
                )
        for account in admins:
            off = await client.post(
                f"/api/admin/comptes/{account['id']}/desactivation", headers=bearer(region)
            )
            assert off.status_code == 200, off.text
        alone = await client.post("/api/admin/clients/demo-region/desactivation", headers=bearer(region))
        still = await client.get("/api/me", headers=bearer(region))
        # With another administrator active, it may.
        await client.post(f"/api/admin/comptes/{admins[0]['id']}/reactivation", headers=bearer(region))
        allowed = await client.post("/api/admin/clients/demo-region/desactivation", headers=bearer(region))
    assert alone.status_code == 409, alone.text
    assert alone.headers["content-type"].startswith("application/problem+json")
    assert alone.json()["code"] == "dernier_administrateur"
    assert "dernier administrateur" in alone.json()["detail"]
    assert still.status_code == 200
    assert allowed.status_code == 200 and allowed.json()["actif"] is False


async def test_rotating_ones_own_secret_needs_a_confirmation(gateway, helpers):
    async with gateway() as client:
        region = await helpers.cc_token(client, "demo-region")
        secret, own = await new_region_client(client, helpers, region, "test-region-r")
        unconfirmed = await client.post("/api/admin/clients/test-region-r/secret", headers=bearer(own))
        refused = await client.post(
            "/api/admin/clients/test-region-r/secret", headers=bearer(own), json={"confirmer": False}
        )
        old_still_works = await helpers.cc_token(client, "test-region-r", secret)
        confirmed = await client.post(
            "/api/admin/clients/test-region-r/secret", headers=bearer(own), json={"confirmer": True}
        )
        # Another administrator rotating it needs no confirmation.
        by_other = await client.post("/api/admin/clients/test-region-r/secret", headers=bearer(region))
    assert unconfirmed.status_code == 409, unconfirmed.text
    assert unconfirmed.json()["code"] == "confirmation_requise"
    assert unconfirmed.json()["errors"][0]["pointer"] == "/confirmer"
    assert refused.status_code == 409
    assert old_still_works
    assert confirmed.status_code == 200 and confirmed.json()["client_secret"] != secret
    assert by_other.status_code == 200
