"""Authorization code + PKCE S256 for the SPA, refresh-token rotation, revocation."""

from urllib.parse import urlencode

import pytest

from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio


async def test_login_page_is_french_dsfr_with_the_contract_fields(gateway, helpers):
    _, challenge = helpers.pkce()
    async with gateway() as client:
        page = await client.get("/oauth2/authorize?" + urlencode(helpers.authorize_params(challenge, "xyz")))
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="fr">' in html
    assert 'name="username"' in html and 'name="password"' in html
    assert "Se connecter" in html and "Mot de passe" in html
    assert "--bleu-france:#000091" in html  # the DSFR look, inline, no CDN
    assert "http" not in html.split("<style>")[1].split("</style>")[0]
    csp = page.headers["content-security-policy"]
    assert "style-src 'sha256-" in csp and "frame-ancestors 'none'" in csp
    assert "script-src" not in csp  # default-src 'none': no script at all
    assert page.headers["cache-control"] == "no-store"


async def test_code_pkce_happy_path_gives_the_contract_claims(gateway_stack, helpers):
    async with gateway_stack() as client:
        got = await helpers.login(client, "of1@demo.fr", "demo")
        assert got.location.startswith(helpers.CALLBACK + "?")
        assert got.params["state"] == got.state
        assert got.params["iss"] == "http://testserver"
        resp = await helpers.exchange(client, got)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        me = await client.get("/api/me", headers=bearer(body["access_token"]))
        events = await client.get("/api/parcours/v1/events", headers=bearer(body["access_token"]))
    assert resp.headers["cache-control"] == "no-store"
    assert body["token_type"] == "Bearer" and body["expires_in"] == 600
    assert body["refresh_token"] and body["id_token"]
    claims = helpers.claims_of(body["access_token"])
    assert helpers.header_of(body["access_token"])["typ"] == "at+jwt"
    assert claims["aud"] == "prf-api" and claims["iss"] == "http://testserver"
    assert claims["exp"] - claims["iat"] == 600
    assert claims["client_id"] == "prf-spa"
    assert claims["role"] == "organisme"
    assert claims["org_id"] == "44278000000018" and claims["org_type"] == "OF"
    assert "parcours:declare" in claims["scope"].split()
    assert me.status_code == 200 and me.json()["sub"] == claims["sub"]
    assert me.json()["role"] == "organisme"
    assert events.status_code == 403  # an OF has no events:read
    id_claims = helpers.claims_of(body["id_token"])
    assert id_claims["aud"] == "prf-spa" and id_claims["sub"] == claims["sub"]
    assert id_claims["preferred_username"] == "of1@demo.fr"


async def test_every_demo_user_logs_in_with_the_role_of_api_md(gateway, helpers):
    expected = {
        "region@demo.fr": ("region", "REGION-PDL"),
        "conseiller@demo.fr": ("valideur", "FT44001"),
        "mission-locale@demo.fr": ("valideur", "ML49001"),
        "of1@demo.fr": ("organisme", "44278000000018"),
        "of2@demo.fr": ("organisme", "49109000000028"),
    }
    async with gateway() as client:
        for username, (role, org_id) in expected.items():
            got = await helpers.login(client, username, "demo")
            token = (await helpers.exchange(client, got)).json()["access_token"]
            claims = helpers.claims_of(token)
            assert (claims["role"], claims["org_id"]) == (role, org_id), username


async def test_nonce_is_echoed_in_the_id_token(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client, nonce="n-0S6_WzA2Mj")
        body = (await helpers.exchange(client, got)).json()
    assert helpers.claims_of(body["id_token"])["nonce"] == "n-0S6_WzA2Mj"


async def test_wrong_or_missing_pkce_verifier_is_refused_and_burns_the_code(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        other, _ = helpers.pkce()
        wrong = await helpers.exchange(client, got, code_verifier=other)
        got2 = await helpers.login(client)
        missing = await helpers.exchange(client, got2, code_verifier="")
        after_missing = await helpers.exchange(client, got2)
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_request"
    # RFC 9700: the code is consumed by the failed attempt (see also test_hardening.py).
    assert after_missing.status_code == 400 and after_missing.json()["error"] == "invalid_grant"


async def test_reused_code_is_refused_and_revokes_what_it_gave(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        first = await helpers.exchange(client, got)
        second = await helpers.exchange(client, got)
        after = await helpers.refresh(client, first.json()["refresh_token"])
    assert first.status_code == 200 and first.json()["access_token"]
    assert second.status_code == 400 and second.json()["error"] == "invalid_grant"
    assert "access_token" not in second.json()
    assert after.status_code == 400 and after.json()["error"] == "invalid_grant"


async def test_code_is_bound_to_its_redirect_uri_and_client(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        other_uri = await helpers.exchange(client, got, redirect_uri="http://127.0.0.1:8000/auth/callback")
        other_client = await helpers.exchange(client, got, client_id="demo-of-1")
        unknown_code = await helpers.exchange(client, got, code="pas-un-code")
    assert other_uri.status_code == 400 and other_uri.json()["error"] == "invalid_grant"
    assert other_client.status_code == 401 and other_client.json()["error"] == "invalid_client"
    assert unknown_code.status_code == 400 and unknown_code.json()["error"] == "invalid_grant"
    for refused in (other_uri, other_client, unknown_code):
        assert "access_token" not in refused.json()


async def test_refused_authorization_requests_never_get_a_code(gateway, helpers):
    _, challenge = helpers.pkce()
    cases = {
        "no_pkce": helpers.authorize_params(None, "s1"),
        "plain_pkce": helpers.authorize_params(challenge, "s2", code_challenge_method="plain"),
        "implicit": helpers.authorize_params(challenge, "s3", response_type="token"),
        "unknown_client": helpers.authorize_params(challenge, "s4", client_id="inconnu"),
        "bad_redirect": helpers.authorize_params(challenge, "s5", redirect_uri="https://evil.example/cb"),
        "near_redirect": helpers.authorize_params(challenge, "s6", redirect_uri=helpers.CALLBACK + "/"),
        "no_redirect": helpers.authorize_params(challenge, "s7", redirect_uri=""),
        "partner_client": helpers.authorize_params(challenge, "s8", client_id="demo-of-1"),
        "bad_scope": helpers.authorize_params(challenge, "s9", scope="admin:tout"),
    }
    async with gateway() as client:
        answers = {name: await client.get("/oauth2/authorize?" + urlencode(p)) for name, p in cases.items()}
        # Posting credentials to a refused request does not help either.
        posted = await client.post(
            "/oauth2/authorize?" + urlencode(cases["no_pkce"]),
            data={"username": "of1@demo.fr", "password": "demo", "csrf_token": "x" * 43},
        )
    for name in ("no_pkce", "plain_pkce", "implicit", "bad_scope"):
        resp = answers[name]
        assert resp.status_code == 302, name
        params = helpers.query_of(resp.headers["location"])
        assert resp.headers["location"].startswith(helpers.CALLBACK), name
        assert "code" not in params and params["error"], name
        assert params["state"] == cases[name]["state"]
    assert helpers.query_of(answers["no_pkce"].headers["location"])["error"] == "invalid_request"
    assert helpers.query_of(answers["implicit"].headers["location"])["error"] == "unsupported_response_type"
    assert helpers.query_of(answers["bad_scope"].headers["location"])["error"] == "invalid_scope"
    for name in ("unknown_client", "bad_redirect", "near_redirect", "no_redirect", "partner_client"):
        resp = answers[name]
        assert resp.status_code == 400, name
        assert "location" not in resp.headers
        assert "autorisation refusée" in resp.text
    assert posted.status_code == 302 and "code=" not in posted.headers["location"]


async def test_127_redirect_uri_and_configured_extra_uri_are_registered(gateway, helpers):
    extra = "http://localhost:5173/auth/callback"
    async with gateway(spa_extra_redirect_uris=[extra]) as client:
        for uri in ("http://127.0.0.1:8000/auth/callback", extra):
            got = await helpers.login(client, redirect_uri=uri)
            assert got.location.startswith(uri + "?")
            tokens = await helpers.exchange(client, got, redirect_uri=uri)
            assert tokens.status_code == 200, tokens.text
            claims = helpers.claims_of(tokens.json()["access_token"])
            assert claims["client_id"] == "prf-spa" and claims["role"] == "organisme"


async def test_wrong_password_then_throttling_per_user(gateway, helpers):
    _, challenge = helpers.pkce()
    url = "/oauth2/authorize?" + urlencode(helpers.authorize_params(challenge, "st"))
    async with gateway(login_max_failures_per_user=3) as client:
        page = await client.get(url)
        csrf = helpers.csrf_of(page.text)
        bad = [
            await client.post(url, data={"username": "of2@demo.fr", "password": "faux", "csrf_token": csrf})
            for _ in range(3)
        ]
        locked = await client.post(
            url, data={"username": "of2@demo.fr", "password": "demo", "csrf_token": csrf}
        )
        other_user = await client.post(
            url, data={"username": "of1@demo.fr", "password": "demo", "csrf_token": csrf}
        )
    assert bad[0].status_code == 400 and "mot de passe incorrect" in bad[0].text
    assert bad[-1].status_code == 429
    assert locked.status_code == 429 and "Trop de tentatives" in locked.text
    assert int(locked.headers["retry-after"]) > 0
    assert "location" not in locked.headers
    assert other_user.status_code == 302  # the lock is per username


async def test_throttling_per_ip_across_usernames(gateway, helpers):
    _, challenge = helpers.pkce()
    url = "/oauth2/authorize?" + urlencode(helpers.authorize_params(challenge, "st"))
    async with gateway(login_max_failures_per_ip=4) as client:
        csrf = helpers.csrf_of((await client.get(url)).text)
        for i in range(4):
            await client.post(url, data={"username": f"x{i}@demo.fr", "password": "faux", "csrf_token": csrf})
        blocked = await client.post(
            url, data={"username": "of1@demo.fr", "password": "demo", "csrf_token": csrf}
        )
    assert blocked.status_code == 429


async def test_login_form_needs_its_csrf_token(gateway, helpers):
    _, challenge = helpers.pkce()
    url = "/oauth2/authorize?" + urlencode(helpers.authorize_params(challenge, "st"))
    async with gateway() as client:
        await client.get(url)
        resp = await client.post(
            url, data={"username": "of1@demo.fr", "password": "demo", "csrf_token": "faux"}
        )
    assert resp.status_code == 400 and "location" not in resp.headers


async def test_refresh_rotates_and_a_replay_revokes_the_family(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        first = (await helpers.exchange(client, got)).json()
        second = await helpers.refresh(client, first["refresh_token"])
        assert second.status_code == 200, second.text
        rotated = second.json()
        assert rotated["refresh_token"] != first["refresh_token"]
        assert (
            helpers.claims_of(rotated["access_token"])["sub"]
            == helpers.claims_of(first["access_token"])["sub"]
        )
        replay = await helpers.refresh(client, first["refresh_token"])
        # The thief's replay ended the session: the legitimate newest token is dead too.
        newest = await helpers.refresh(client, rotated["refresh_token"])
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    assert newest.status_code == 400 and newest.json()["error"] == "invalid_grant"


async def test_refresh_token_is_bound_to_its_client_and_scope(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        first = (await helpers.exchange(client, got)).json()
        by_other = await client.post(
            "/oauth2/token",
            data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]},
            auth=("demo-of-1", "demo-secret"),
        )
        wider = await client.post(
            "/oauth2/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": first["refresh_token"],
                "client_id": "prf-spa",
                "scope": "catalog:write",
            },
        )
    assert by_other.json()["error"] in ("unauthorized_client", "invalid_grant")
    assert wider.json()["error"] == "invalid_scope"


async def test_revocation_of_refresh_and_access_tokens(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        first = (await helpers.exchange(client, got)).json()
        revoked = await client.post(
            "/oauth2/revoke",
            data={
                "token": first["refresh_token"],
                "token_type_hint": "refresh_token",
                "client_id": "prf-spa",
            },
        )
        after = await helpers.refresh(client, first["refresh_token"])
        # Revoking an access token ends its login session (family) too.
        got2 = await helpers.login(client)
        second = (await helpers.exchange(client, got2)).json()
        by_access = await client.post(
            "/oauth2/revoke", data={"token": second["access_token"], "client_id": "prf-spa"}
        )
        after2 = await helpers.refresh(client, second["refresh_token"])
        unknown = await client.post("/oauth2/revoke", data={"token": "inconnu", "client_id": "prf-spa"})
        not_yours = await client.post(
            "/oauth2/revoke", data={"token": second["refresh_token"]}, auth=("demo-of-1", "demo-secret")
        )
        bad_hint = await client.post(
            "/oauth2/revoke", data={"token": "x", "token_type_hint": "autre", "client_id": "prf-spa"}
        )
        anonymous = await client.post("/oauth2/revoke", data={"token": second["refresh_token"]})
    assert revoked.status_code == 200
    assert after.status_code == 400 and after.json()["error"] == "invalid_grant"
    assert by_access.status_code == 200
    assert after2.status_code == 400 and after2.json()["error"] == "invalid_grant"
    assert unknown.status_code == 200  # RFC 7009 §2.2
    assert not_yours.status_code == 400 and not_yours.json()["error"] == "invalid_grant"
    assert bad_hint.json()["error"] == "unsupported_token_type"
    assert anonymous.status_code in (400, 401) and anonymous.json()["error"] == "invalid_client"


async def test_disabled_account_cannot_refresh(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client, "of2@demo.fr")
        tokens = (await helpers.exchange(client, got)).json()
        region = await helpers.cc_token(client, "demo-region")
        accounts = (await client.get("/api/admin/comptes?limit=100", headers=bearer(region))).json()["items"]
        of2 = next(a for a in accounts if a["username"] == "of2@demo.fr")
        off = await client.post(f"/api/admin/comptes/{of2['id']}/desactivation", headers=bearer(region))
        after = await helpers.refresh(client, tokens["refresh_token"])
        relogin_page = await client.get(
            "/oauth2/authorize?" + urlencode(helpers.authorize_params(helpers.pkce()[1], "s"))
        )
        relogin = await client.post(
            "/oauth2/authorize?" + urlencode(helpers.authorize_params(helpers.pkce()[1], "s")),
            data={
                "username": "of2@demo.fr",
                "password": "demo",
                "csrf_token": helpers.csrf_of(relogin_page.text),
            },
        )
    assert off.status_code == 200 and off.json()["actif"] is False
    assert after.status_code == 400 and after.json()["error"] == "invalid_grant"
    assert relogin.status_code == 400 and "location" not in relogin.headers
    assert "mot de passe incorrect" in relogin.text  # refused as any wrong login: nothing disclosed


async def test_expired_code_and_expired_refresh_token_are_invalid_grant(gateway, helpers):
    async with gateway(authorization_code_ttl=0) as client:
        got = await helpers.login(client)
        stale_code = await helpers.exchange(client, got)
    async with gateway(refresh_token_ttl=0) as client:
        got = await helpers.login(client)
        tokens = (await helpers.exchange(client, got)).json()
        stale_refresh = await helpers.refresh(client, tokens["refresh_token"])
    assert stale_code.status_code == 400 and stale_code.json()["error"] == "invalid_grant"
    assert stale_refresh.status_code == 400 and stale_refresh.json()["error"] == "invalid_grant"


async def test_logout_ends_the_session_and_returns_to_the_spa(gateway, helpers):
    async with gateway() as client:
        got = await helpers.login(client)
        tokens = (await helpers.exchange(client, got)).json()
        back = await client.get(
            "/oauth2/logout",
            params={
                "id_token_hint": tokens["id_token"],
                "post_logout_redirect_uri": "http://localhost:8000/",
                "state": "fin",
            },
        )
        after = await helpers.refresh(client, tokens["refresh_token"])
        elsewhere = await client.get(
            "/oauth2/logout",
            params={"client_id": "prf-spa", "post_logout_redirect_uri": "https://evil.example/"},
        )
    assert back.status_code == 302 and back.headers["location"] == "http://localhost:8000/?state=fin"
    assert after.status_code == 400 and after.json()["error"] == "invalid_grant"
    assert elsewhere.status_code == 200 and "déconnecté" in elsewhere.text
