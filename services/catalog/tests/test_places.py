"""Place holds (contracts.md §3): never more holds + occupants than places, idempotent, expiring."""

import asyncio
import uuid
from datetime import timedelta

import pytest

from catalog.places.sweep import sweep_once
from servicekit.models import utcnow

pytestmark = pytest.mark.asyncio


async def _hold(api, session_id, candidature_id=None):
    body = {"session_id": session_id, "candidature_id": str(candidature_id or uuid.uuid4())}
    return await api.client.post("/v1/reservations", json=body, headers=api.service)


async def _available(api, session_id):
    return (await api.client.get(f"/v1/sessions/{session_id}")).json()["places_disponibles"]


async def test_fifty_concurrent_holds_on_five_places(catalog):
    async with catalog() as api:
        ids = await api.offer(places=5)
        sid = ids["session"]["id"]
        answers = await asyncio.gather(*(_hold(api, sid) for _ in range(50)))
        available = await _available(api, sid)
        searched = (await api.client.get("/v1/sessions", params={"places_disponibles_min": 1})).json()
    codes = sorted(r.status_code for r in answers)
    assert codes.count(201) == 5 and codes.count(409) == 45, codes
    assert {r.json()["code"] for r in answers if r.status_code == 409} == {"session_complete"}
    assert available == 0
    assert searched["total"] == 0


async def test_hold_is_idempotent_per_candidature_and_carries_the_snapshot(catalog):
    async with catalog() as api:
        ids = await api.offer(places=3)
        sid = ids["session"]["id"]
        cid = uuid.uuid4()
        first = await _hold(api, sid, cid)
        again = await _hold(api, sid, cid)
        read = await api.client.get(f"/v1/reservations/{cid}", headers=api.service)
        available = await _available(api, sid)
        as_valideur = await api.client.post(
            "/v1/reservations",
            json={"session_id": sid, "candidature_id": str(uuid.uuid4())},
            headers=api.valideur,
        )
    assert first.status_code == 201 and again.status_code == 200
    assert first.json()["id"] == again.json()["id"] == read.json()["id"]
    body = first.json()
    assert body["statut"] == "ACTIVE"
    assert body["session"]["places_disponibles"] == 2 and body["session"]["lot_numero"] == 10
    assert body["session"]["organisme_siret"] == api.OF_A and body["session"]["dispositif"] == "VISA_METIERS"
    assert available == 2
    assert as_valideur.status_code == 403


async def test_closed_ended_and_unknown_sessions(catalog):
    async with catalog() as api:
        ids = await api.offer()
        sid = ids["session"]["id"]
        await api.client.patch(
            f"/v1/sessions/{sid}", json={"etat_recrutement": "SUSPENDU"}, headers=api.region
        )
        suspended = await _hold(api, sid)
        ended = await api.offer(debut=-100, fin=-1)
        after_end = await _hold(api, ended["session"]["id"])
        unknown = await _hold(api, str(uuid.uuid4()))
        missing = await api.client.get(f"/v1/reservations/{uuid.uuid4()}", headers=api.service)
    assert suspended.status_code == 409 and suspended.json()["code"] == "session_fermee"
    assert after_end.status_code == 409 and after_end.json()["code"] == "session_fermee"
    assert unknown.status_code == 404 and unknown.json()["code"] == "session_introuvable"
    assert missing.status_code == 404


async def test_confirm_then_release_frees_only_while_entries_are_open(catalog):
    async with catalog() as api:
        fixed = await api.offer(places=2, esp=False)
        esp = await api.offer(places=2, esp=True)
        results = {}
        for name, ids in (("fixed", fixed), ("esp", esp)):
            sid = ids["session"]["id"]
            cid = uuid.uuid4()
            await _hold(api, sid, cid)
            confirmed = await api.client.post(f"/v1/reservations/{cid}/confirmation", headers=api.service)
            released = await api.client.post(
                f"/v1/reservations/{cid}/liberation", json={"raison": "sortie"}, headers=api.service
            )
            twice = await api.client.post(f"/v1/reservations/{cid}/liberation", json={}, headers=api.service)
            results[name] = (
                confirmed.json()["statut"],
                released.json()["statut"],
                twice.status_code,
                await _available(api, sid),
            )
    assert results["fixed"] == ("CONFIRMEE", "LIBEREE", 200, 1)
    assert results["esp"] == ("CONFIRMEE", "LIBEREE", 200, 2)


async def test_released_hold_gives_the_place_back_and_cannot_be_confirmed(catalog):
    async with catalog() as api:
        ids = await api.offer(places=1)
        sid = ids["session"]["id"]
        cid = uuid.uuid4()
        await _hold(api, sid, cid)
        full = await _hold(api, sid)
        await api.client.post(
            f"/v1/reservations/{cid}/liberation", json={"raison": "refus"}, headers=api.service
        )
        confirm = await api.client.post(f"/v1/reservations/{cid}/confirmation", headers=api.service)
        second = await _hold(api, sid)
    assert full.status_code == 409 and full.json()["code"] == "session_complete"
    assert confirm.status_code == 409 and confirm.json()["code"] == "reservation_inactive"
    assert second.status_code == 201


async def test_holds_expire_after_the_delay(catalog):
    async with catalog(hold_ttl_days=15) as api:
        ids = await api.offer(places=2)
        sid = ids["session"]["id"]
        old, confirmed = uuid.uuid4(), uuid.uuid4()
        created = (await _hold(api, sid, old)).json()
        await _hold(api, sid, confirmed)
        await api.client.post(f"/v1/reservations/{confirmed}/confirmation", headers=api.service)
        database = api.app.state.database
        too_early = await sweep_once(database, now=utcnow() + timedelta(days=14))
        expired = await sweep_once(database, now=utcnow() + timedelta(days=15, minutes=1))
        status = (await api.client.get(f"/v1/reservations/{old}", headers=api.service)).json()["statut"]
        available = await _available(api, sid)
        types = [e["type"] for e in await api.events()]
    assert created["expire_le"][:10] == (utcnow() + timedelta(days=15)).date().isoformat()
    assert too_early == 0 and expired == 1
    assert status == "EXPIREE" and available == 1
    assert types[-1] == "places.modifiees"


async def test_lowering_places_below_occupancy_is_refused(catalog):
    async with catalog() as api:
        ids = await api.offer(places=4)
        sid = ids["session"]["id"]
        for _ in range(3):
            await _hold(api, sid)
        refused = await api.client.patch(
            f"/v1/sessions/{sid}", json={"places_ouvertes": 2}, headers=api.region
        )
        allowed = await api.client.patch(
            f"/v1/sessions/{sid}", json={"places_ouvertes": 3}, headers=api.region
        )
    assert refused.status_code == 409
    body = refused.json()
    assert body["code"] == "places_insuffisantes" and body["errors"][0]["pointer"] == "/places_ouvertes"
    assert "3 place(s)" in body["detail"]
    assert allowed.status_code == 200 and allowed.json()["places_disponibles"] == 0


async def test_ended_session_is_held_for_a_candidature_dated_within_its_period(catalog):
    async with catalog() as api:
        ended = await api.offer(places=1, debut=-100, fin=-10)
        sid = ended["session"]["id"]
        fin = (await api.client.get(f"/v1/sessions/{sid}")).json()["fin"]

        def body(day: object, cid: object = None) -> dict[str, object]:
            return {"session_id": sid, "candidature_id": str(cid or uuid.uuid4()), "date_candidature": day}

        after_end = await api.client.post(
            "/v1/reservations",
            json=body((utcnow() - timedelta(days=5)).date().isoformat()),
            headers=api.service,
        )
        too_old = await api.client.post(
            "/v1/reservations",
            json=body((utcnow() - timedelta(days=500)).date().isoformat()),
            headers=api.service,
        )
        cid = uuid.uuid4()
        within = await api.client.post("/v1/reservations", json=body(fin, cid), headers=api.service)
        again = await api.client.post("/v1/reservations", json=body(fin, cid), headers=api.service)
        full = await api.client.post("/v1/reservations", json=body(fin), headers=api.service)
        available = await _available(api, sid)
    assert after_end.status_code == 422, after_end.text
    assert after_end.json()["errors"][0]["pointer"] == "/date_candidature"
    assert too_old.status_code == 422 and too_old.json()["errors"][0]["pointer"] == "/date_candidature"
    assert within.status_code == 201 and within.json()["statut"] == "ACTIVE"
    assert again.status_code == 200
    assert full.status_code == 409 and full.json()["code"] == "session_complete"
    assert available == 0


async def test_accepted_hold_survives_the_sweep_while_a_pending_one_expires(catalog):
    async with catalog(hold_ttl_days=15) as api:
        ids = await api.offer(places=3)
        sid = ids["session"]["id"]
        pending, accepted = uuid.uuid4(), uuid.uuid4()
        await _hold(api, sid, pending)
        await _hold(api, sid, accepted)
        first = await api.client.post(f"/v1/reservations/{accepted}/acceptation", headers=api.service)
        twice = await api.client.post(f"/v1/reservations/{accepted}/acceptation", headers=api.service)
        unknown = await api.client.post(f"/v1/reservations/{uuid.uuid4()}/acceptation", headers=api.service)
        as_valideur = await api.client.post(f"/v1/reservations/{pending}/acceptation", headers=api.valideur)
        expired = await sweep_once(api.app.state.database, now=utcnow() + timedelta(days=30))
        states = {
            name: (await api.client.get(f"/v1/reservations/{cid}", headers=api.service)).json()["statut"]
            for name, cid in (("pending", pending), ("accepted", accepted))
        }
        late = await api.client.post(f"/v1/reservations/{pending}/acceptation", headers=api.service)
        confirmed = await api.client.post(f"/v1/reservations/{accepted}/confirmation", headers=api.service)
        available = await _available(api, sid)
    assert (
        first.status_code == 200 and first.json()["statut"] == "ACTIVE" and first.json()["expire_le"] is None
    )
    assert twice.status_code == 200 and twice.json()["expire_le"] is None
    assert unknown.status_code == 404 and as_valideur.status_code == 403
    assert expired == 1
    assert states == {"pending": "EXPIREE", "accepted": "ACTIVE"}
    assert late.status_code == 409 and late.json()["code"] == "reservation_inactive"
    assert confirmed.json()["statut"] == "CONFIRMEE"
    assert available == 2
