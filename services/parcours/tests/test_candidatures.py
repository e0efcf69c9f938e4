"""Candidatures and their holds: created only with a hold, 409/503 passed on, nothing half-written."""

import asyncio

import pytest

pytestmark = pytest.mark.asyncio


async def test_candidature_created_with_hold_and_event(api):
    sid = api.catalogue.add_session()
    resp = await api.candidature(sid, date_candidature=api.iso(-3))
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["statut"] == "TRANSMISE" and body["date_candidature"] == api.iso(-3)
    assert api.catalogue.holds[body["id"]]["statut"] == "ACTIVE"
    [event] = await api.events("candidature.transmise")
    profil = event["data"]["profil"]
    assert profil["niveau"] == "3" and profil["qpv"] is True and profil["deld"] is True
    assert profil["reseau"] == "FRANCE_TRAVAIL"
    assert "nom" not in profil and "identifiant_ft" not in json_text(event)


def json_text(event):
    import json

    return json.dumps(event)


async def test_full_session_answers_409_and_stores_nothing(api):
    sid = api.catalogue.add_session(places=1)
    assert (await api.candidature(sid)).status_code == 201
    full = await api.candidature(sid)
    assert full.status_code == 409
    assert full.json()["code"] == "session_complete"
    listing = await api.client.get("/v1/candidatures", headers=api.region)
    assert listing.json()["total"] == 1


async def test_concurrent_candidatures_never_exceed_places(api):
    sid = api.catalogue.add_session(places=5)
    answers = await asyncio.gather(*(api.candidature(sid) for _ in range(20)))
    codes = sorted(r.status_code for r in answers)
    assert codes.count(201) == 5 and codes.count(409) == 15
    assert (await api.client.get("/v1/candidatures", headers=api.region)).json()["total"] == 5


async def test_catalogue_down_gives_503_and_nothing_stored(api):
    sid = api.catalogue.add_session()
    api.catalogue.down = True
    resp = await api.candidature(sid)
    assert resp.status_code == 503
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert resp.json()["code"] == "catalogue_indisponible"
    api.catalogue.down = False
    assert (await api.client.get("/v1/candidatures", headers=api.region)).json()["total"] == 0
    assert api.catalogue.holds == {}


async def test_hold_released_when_storing_fails(api):
    sid = api.catalogue.add_session(places=3)
    # Same identifier, different person data is fine; a date of birth in the future breaks nothing here,
    # so force a store failure: a session unknown to the database is not enough — use a duplicate id.
    first = await api.candidature(sid)
    assert first.status_code == 201
    import uuid

    from parcours.candidatures import service as candidatures

    original = candidatures.create

    async def broken(*args, **kwargs):
        await original(*args, **kwargs)
        raise RuntimeError("panne de base simulée")

    candidatures.create = broken
    try:
        resp = await api.candidature(sid)
    finally:
        candidatures.create = original
    assert resp.status_code == 500
    released = [h for h in api.catalogue.holds.values() if h["statut"] == "LIBEREE"]
    assert len(released) == 1
    assert (await api.client.get("/v1/candidatures", headers=api.region)).json()["total"] == 1
    assert uuid.UUID(first.json()["id"])


async def test_unknown_session_and_bad_input(api):
    resp = await api.candidature("7b1c1e9e-0000-4000-8000-000000000000")
    assert resp.status_code == 422 and resp.json()["code"] == "session_introuvable"
    sid = api.catalogue.add_session()
    bad = await api.candidature(sid, stagiaire=api.stagiaire(sexe="X"))
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["pointer"] == "/stagiaire/sexe"
    future = await api.candidature(sid, date_candidature=api.iso(2))
    assert future.status_code == 422 and future.json()["errors"][0]["pointer"] == "/date_candidature"
    assert api.catalogue.holds == {}


async def test_stagiaire_deduplicated_and_no_nir_in_clear(api):
    sid = api.catalogue.add_session()
    person = api.stagiaire(nir="295047512345678")
    a = await api.candidature(sid, stagiaire=person)
    b = await api.candidature(sid, stagiaire={**person, "commune_insee": "49007"}, who=api.ml)
    assert a.status_code == b.status_code == 201
    assert a.json()["stagiaire"]["id"] == b.json()["stagiaire"]["id"]
    assert b.json()["stagiaire"]["commune_insee"] == "49007"
    assert "nir" not in a.json()["stagiaire"]
    from sqlalchemy import text

    async with api.app.state.database.engine.connect() as conn:
        dump = str((await conn.execute(text("SELECT * FROM stagiaire"))).all())
    assert "295047512345678" not in dump


async def test_refusal_needs_motif_and_message_then_rework(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    url = f"/v1/candidatures/{cid}/decision"
    no_motif = await api.client.post(url, json={"decision": "REFUSEE", "message": "x"}, headers=api.of1)
    assert no_motif.status_code == 422 and no_motif.json()["errors"][0]["pointer"] == "/motif"
    no_msg = await api.client.post(url, json={"decision": "REFUSEE", "motif": "PREREQUIS"}, headers=api.of1)
    assert no_msg.status_code == 422 and no_msg.json()["errors"][0]["pointer"] == "/message"
    ok = await api.client.post(
        url, json={"decision": "REFUSEE", "motif": "PREREQUIS", "message": "Niveau en maths"}, headers=api.of1
    )
    assert ok.status_code == 200 and ok.json()["statut"] == "REFUSEE"
    assert api.catalogue.holds[cid]["statut"] == "LIBEREE"
    seen = await api.client.get(f"/v1/candidatures/{cid}", headers=api.ft)
    assert seen.json()["message_refus"] == "Niveau en maths"
    again = await api.client.post(url, json={"decision": "ACCEPTEE"}, headers=api.of1)
    assert again.status_code == 409 and again.json()["code"] == "transition_interdite"
    rework = await api.client.post(
        f"/v1/candidatures/{cid}/retravail", json={"message": "Remise à niveau faite"}, headers=api.ft
    )
    assert rework.status_code == 201, rework.text
    assert rework.json()["origine_id"] == cid and rework.json()["statut"] == "TRANSMISE"
    first = await api.client.get(f"/v1/candidatures/{cid}", headers=api.ft)
    assert first.json()["suite_id"] == rework.json()["id"]
    [refused] = await api.events("candidature.refusee")
    assert refused["data"]["motif"] == "PREREQUIS"


async def test_positionnement_and_cancellation(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    pos = await api.client.post(f"/v1/candidatures/{cid}/positionnement", json={}, headers=api.of1)
    assert pos.status_code == 200 and pos.json()["statut"] == "EN_POSITIONNEMENT"
    other = await api.client.post(f"/v1/candidatures/{cid}/annulation", json={}, headers=api.ml)
    assert other.status_code == 404
    cancel = await api.client.post(
        f"/v1/candidatures/{cid}/annulation", json={"message": "Désistement"}, headers=api.ft
    )
    assert cancel.status_code == 200 and cancel.json()["statut"] == "ANNULEE"
    assert api.catalogue.holds[cid]["statut"] == "LIBEREE"
    statuts = [h["statut"] for h in cancel.json()["historique"]]
    assert statuts == ["TRANSMISE", "EN_POSITIONNEMENT", "ANNULEE"]


async def test_idempotency_key_on_candidature(api):
    sid = api.catalogue.add_session()
    body = {"session_id": sid, "stagiaire": api.stagiaire()}
    headers = {**api.ft, "Idempotency-Key": "k-1"}
    first = await api.client.post("/v1/candidatures", json=body, headers=headers)
    replay = await api.client.post("/v1/candidatures", json=body, headers=headers)
    assert first.status_code == replay.status_code == 201
    assert first.json()["id"] == replay.json()["id"]
    other = await api.client.post("/v1/candidatures", json={**body, "message": "autre"}, headers=headers)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert len(api.catalogue.holds) == 1


async def test_ended_session_admits_a_candidature_dated_within_its_period(api):
    sid = api.catalogue.add_session(places=2, debut=-120, fin=-20)
    dated = await api.candidature(sid, date_candidature=api.iso(-130))
    undated = await api.candidature(sid)
    after_end = await api.candidature(sid, date_candidature=api.iso(-10))
    assert dated.status_code == 201, dated.text
    body = dated.json()
    assert body["date_candidature"] == api.iso(-130) and api.catalogue.taken(sid) == 1
    assert undated.status_code == 422 and undated.json()["errors"][0]["pointer"] == "/date_candidature"
    assert after_end.status_code == 422 and after_end.json()["errors"][0]["pointer"] == "/date_candidature"
    hold_bodies = [c for c in api.catalogue.calls if c == ("POST", "/api/catalog/v1/reservations")]
    assert len(hold_bodies) == 1  # the refused ones never reached the catalogue


async def test_acceptance_makes_the_hold_permanent_and_needs_the_catalogue(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    api.catalogue.down = True
    down = await api.client.post(
        f"/v1/candidatures/{cid}/decision", json={"decision": "ACCEPTEE"}, headers=api.of1
    )
    api.catalogue.down = False
    unchanged = (await api.client.get(f"/v1/candidatures/{cid}", headers=api.region)).json()["statut"]
    assert api.catalogue.holds[cid]["expire_le"] is not None
    done = await api.client.post(
        f"/v1/candidatures/{cid}/decision", json={"decision": "ACCEPTEE"}, headers=api.of1
    )
    assert down.status_code == 503 and down.json()["code"] == "catalogue_indisponible"
    assert unchanged == "TRANSMISE"
    assert done.status_code == 200 and done.json()["statut"] == "ACCEPTEE"
    assert api.catalogue.holds[cid]["statut"] == "ACTIVE" and api.catalogue.holds[cid]["expire_le"] is None
    assert ("POST", f"/api/catalog/v1/reservations/{cid}/acceptation") in api.catalogue.calls


async def test_the_of_lists_what_it_must_act_on_first(api):
    sid, other = api.catalogue.add_session(places=9), api.catalogue.add_session(places=9)
    ids = {}
    for days in (-3, -9, -6):
        resp = await api.candidature(sid, date_candidature=api.iso(days))
        ids[days] = resp.json()["id"]
    await api.candidature(other, date_candidature=api.iso(-20))
    accepted = await api.client.post(
        f"/v1/candidatures/{ids[-9]}/decision", json={"decision": "ACCEPTEE"}, headers=api.of1
    )
    assert accepted.status_code == 200
    url = f"/v1/candidatures?session_id={sid}&tri=a_traiter"
    page = (await api.client.get(url, headers=api.of1)).json()
    assert [i["id"] for i in page["items"]] == [ids[-6], ids[-3], ids[-9]]
    assert [i["statut"] for i in page["items"]] == ["TRANSMISE", "TRANSMISE", "ACCEPTEE"]
    first = page["items"][0]
    assert first["date_candidature"] == api.iso(-6) and first["enregistree_le"].startswith(api.iso(0))
    oldest = (await api.client.get("/v1/candidatures?tri=date_candidature", headers=api.of1)).json()
    assert [i["date_candidature"] for i in oldest["items"]] == [api.iso(d) for d in (-20, -9, -6, -3)]
    bad = await api.client.get("/v1/candidatures?tri=hasard", headers=api.of1)
    assert bad.status_code == 422 and bad.json()["errors"][0]["pointer"] == "/tri"


async def test_decision_and_cancellation_date_is_documented(api):
    schemas = (await api.client.get("/openapi.json")).json()["components"]["schemas"]
    for name in ("DecisionIn", "AnnulationIn", "PositionnementIn"):
        assert "Date effective" in schemas[name]["properties"]["date"]["description"], name
    assert "précéder la décision" in schemas["DecisionIn"]["properties"]["date"]["description"]
