"""Webhooks through the admin API, delivered to a real HTTP receiver; signatures checked here with
the Standard Webhooks recipe written out independently of the service's code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from echanges.db import livraison_t
from servicekit.testing_http import Receiver

OF_A, OF_B = "44278000000018", "55278000000019"
VAL_A = "FT44001"
Harness = Any

pytestmark = pytest.mark.asyncio


def verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(part == f"v1,{expected}" for part in headers["webhook-signature"].split(" "))


async def subscribe(
    h: Harness, url: str, role: str, org: str, events: list[str] | None = None
) -> dict[str, Any]:
    resp = await h.client.post(
        "/v1/abonnements",
        json={
            "url": url,
            "evenements": events or ["candidature.transmise", "parcours.entree"],
            "description": "SI",
        },
        headers=h.h(role, org),
    )
    assert resp.status_code == 201, resp.text
    body: dict[str, Any] = resp.json()
    return body


async def test_each_subscriber_gets_only_its_own_signed_events(harness: Any) -> None:
    async with harness() as h, Receiver() as of_a, Receiver() as of_b, Receiver() as val_a:
        sub_a = await subscribe(h, of_a.url, "organisme", OF_A)
        sub_b = await subscribe(h, of_b.url, "organisme", OF_B)
        sub_v = await subscribe(h, val_a.url, "valideur", VAL_A, ["parcours.entree"])
        assert sub_a["secret"].startswith("whsec_")
        mine = h.feeds.session(OF_A)
        cid = h.feeds.candidature(mine, VAL_A)
        pid = h.feeds.entree(mine, cid)
        await h.sync()
        await h.deliver()

        assert len(of_a.received) == 2 and of_b.received == []
        for headers, body in of_a.received:
            assert verify(sub_a["secret"], headers, body)
            assert not verify(sub_b["secret"], headers, body)
        types = [json.loads(b)["type"] for _, b in of_a.received]
        assert types == ["candidature.transmise", "parcours.entree"]
        entree = json.loads(of_a.received[1][1])
        assert entree["data"]["parcours_id"] == pid and "profil" not in entree["data"]
        assert [json.loads(b)["type"] for _, b in val_a.received] == ["parcours.entree"]
        assert verify(sub_v["secret"], *val_a.received[0])

        log = (
            await h.client.get(f"/v1/abonnements/{sub_a['id']}/livraisons", headers=h.h("organisme", OF_A))
        ).json()
        assert {(d["statut"], d["tentatives"], d["dernier_statut_http"]) for d in log} == {("LIVREE", 1, 204)}
        # Another OF's subscription is not visible, its log neither.
        other = await h.client.get(
            f"/v1/abonnements/{sub_a['id']}/livraisons", headers=h.h("organisme", OF_B)
        )
        assert other.status_code == 404
        listed = (await h.client.get("/v1/abonnements", headers=h.h("organisme", OF_B))).json()
        assert [s["id"] for s in listed] == [sub_b["id"]] and "secret" not in listed[0]
        assert len((await h.client.get("/v1/abonnements", headers=h.h())).json()) == 3


async def test_a_failing_receiver_is_retried_with_backoff_then_replayed(harness: Any) -> None:
    async with harness(retry_base_s=0.0) as h, Receiver(status=500) as down:
        sub = await subscribe(h, down.url, "organisme", OF_A, ["candidature.transmise"])
        h.feeds.candidature(h.feeds.session(OF_A))
        await h.sync()
        dispatcher = h.app.state.dispatcher
        await dispatcher.tick()
        await dispatcher.drain()
        log = (
            await h.client.get(f"/v1/abonnements/{sub['id']}/livraisons", headers=h.h("organisme", OF_A))
        ).json()
        assert log[0]["statut"] == "EN_ATTENTE" and log[0]["tentatives"] == 1
        assert log[0]["dernier_statut_http"] == 500 and log[0]["prochaine_tentative"] is not None
        # Past the 24 h window the delivery gives up.
        async with h.app.state.database.engine.begin() as conn:
            await conn.execute(update(livraison_t).values(created_at=datetime.now(UTC) - timedelta(days=2)))
        await dispatcher.tick()
        await dispatcher.drain()
        log = (
            await h.client.get(f"/v1/abonnements/{sub['id']}/livraisons", headers=h.h("organisme", OF_A))
        ).json()
        assert log[0]["statut"] == "ECHEC" and log[0]["tentatives"] == 2
        # The receiver is back: a manual replay delivers, with the same webhook-id.
        down.status = 200
        replay = await h.client.post(f"/v1/livraisons/{log[0]['id']}/rejouer", headers=h.h("organisme", OF_A))
        assert replay.status_code == 202
        foreign = await h.client.post(
            f"/v1/livraisons/{log[0]['id']}/rejouer", headers=h.h("organisme", OF_B)
        )
        assert foreign.status_code == 404
        await h.deliver()
        assert [hd["webhook-id"] for hd, _ in down.received] == [log[0]["id"]] * 3
        log = (
            await h.client.get(f"/v1/abonnements/{sub['id']}/livraisons", headers=h.h("organisme", OF_A))
        ).json()
        assert log[0]["statut"] == "LIVREE"


async def test_a_rotated_secret_signs_with_both_during_the_overlap(harness: Any) -> None:
    async with harness() as h, Receiver() as rx:
        sub = await subscribe(h, rx.url, "organisme", OF_A, ["candidature.transmise"])
        rotated = await h.client.post(f"/v1/abonnements/{sub['id']}/rotation", headers=h.h("organisme", OF_A))
        assert rotated.status_code == 200
        new = rotated.json()
        assert new["secret"] != sub["secret"] and new["rotation_en_cours_jusqu_a"]
        h.feeds.candidature(h.feeds.session(OF_A))
        await h.sync()
        await h.deliver()
        headers, body = rx.received[0]
        assert verify(new["secret"], headers, body) and verify(sub["secret"], headers, body)


async def test_a_slow_receiver_times_out_and_does_not_hold_the_others(harness: Any) -> None:
    async with harness(livraison_timeout=0.3) as h, Receiver(delay=2.0) as slow, Receiver() as fast:
        s = await subscribe(h, slow.url, "region", "", ["candidature.transmise"])
        await subscribe(h, fast.url, "region", "", ["candidature.transmise"])
        h.feeds.candidature(h.feeds.session(OF_A))
        await h.sync()
        await h.deliver()
        assert len(fast.received) == 1
        log = (await h.client.get(f"/v1/abonnements/{s['id']}/livraisons", headers=h.h())).json()
        assert log[0]["statut"] == "EN_ATTENTE" and log[0]["derniere_erreur"] == "ReadTimeout"


@pytest.mark.parametrize(
    ("body", "pointer", "code"),
    [
        ({"url": "ftp://x.example/h", "evenements": ["parcours.entree"]}, "/url", "url_refusee"),
        (
            {"url": "https://x.example/h", "evenements": ["parcours.inconnu"]},
            "/evenements/0",
            "evenement_inconnu",
        ),
        ({"url": "https://x.example/h", "evenements": []}, "/evenements", "validation_error"),
    ],
)
async def test_bad_subscriptions_are_refused_in_french(
    harness: Any, body: dict[str, Any], pointer: str, code: str
) -> None:
    async with harness() as h:
        resp = await h.client.post("/v1/abonnements", json=body, headers=h.h("organisme", OF_A))
        assert resp.status_code == 422, resp.text
        problem = resp.json()
        assert problem["code"] == code, problem
        assert pointer in [e["pointer"] for e in problem["errors"]]


async def test_http_and_private_addresses_are_refused_in_production(harness: Any) -> None:
    async with harness(http_autorise=False, env="production", client_secret="not-the-demo") as h:
        for url, message in [
            ("http://hooks.example.org/x", "https"),
            ("https://127.0.0.1/x", "privé"),
            ("https://10.1.2.3/x", "privé"),
        ]:
            resp = await h.client.post(
                "/v1/abonnements",
                json={"url": url, "evenements": ["parcours.entree"]},
                headers=h.h("organisme", OF_A),
            )
            assert resp.status_code == 422 and message in resp.json()["errors"][0]["message"], resp.text


async def test_only_the_region_subscribes_for_another_scope(harness: Any) -> None:
    async with harness() as h, Receiver() as rx:
        body = {"url": rx.url, "evenements": ["parcours.entree"], "role": "organisme", "org_id": OF_B}
        assert (
            await h.client.post("/v1/abonnements", json=body, headers=h.h("organisme", OF_A))
        ).status_code == 403
        assert (await h.client.post("/v1/abonnements", json=body, headers=h.h())).status_code == 201
        sid = h.feeds.session(OF_A)
        h.feeds.entree(sid, h.feeds.candidature(sid))
        await h.sync()
        await h.deliver()
        assert rx.received == []  # the subscription has OF B's scope: OF A's entries never reach it
