"""Entry with the contrat individuel, suspension/reprise, exit rules, follow-ups once their horizon is reached."""

import pytest

pytestmark = pytest.mark.asyncio


async def _enter(api, cid, **body):
    payload = {"date_entree": api.iso(-10), "heures_prevues": 400, **body}
    return await api.client.post(f"/v1/candidatures/{cid}/entree", json=payload, headers=api.of1)


async def test_entry_confirms_hold_and_emits(api):
    sid = api.catalogue.add_session()
    cid = await api.accepted(sid, date_candidature=api.iso(-15))
    resp = await _enter(api, cid, modules=["m-sst"], heures_hebdomadaires=20, temps_partiel=True)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["statut"] == "EN_FORMATION" and body["heures_hebdomadaires"] == 20
    assert body["modules"][0]["type"] == "SST"
    assert api.catalogue.holds[cid]["statut"] == "CONFIRMEE"
    [event] = await api.events("parcours.entree")
    assert event["data"]["date_entree"] == api.iso(-10) and event["data"]["heures_prevues"] == 400
    again = await _enter(api, cid)
    assert again.status_code == 409 and again.json()["code"] == "deja_entree"
    assert len(await api.events("parcours.entree")) == 1  # the refused second entry emitted nothing
    listed = (await api.client.get(f"/v1/parcours?session_id={sid}", headers=api.of1)).json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == body["id"]


async def test_entry_contract_rules(api):
    sid = api.catalogue.add_session(debut=-30)
    cid = await api.accepted(sid, date_candidature=api.iso(-40))
    unvalidated = await _enter(api, cid, modules=["m-caces"])
    assert unvalidated.status_code == 422 and unvalidated.json()["errors"][0]["pointer"] == "/modules/0"
    missing_ran = await _enter(api, cid, prerequis_acquis=False)
    assert missing_ran.status_code == 422 and missing_ran.json()["errors"][0]["pointer"] == "/modules"
    blocs = await _enter(api, cid, objectif="BLOCS")
    assert blocs.status_code == 422 and blocs.json()["errors"][0]["pointer"] == "/blocs"
    partiel = await _enter(api, cid, temps_partiel=True)
    assert partiel.status_code == 422 and partiel.json()["errors"][0]["pointer"] == "/heures_hebdomadaires"
    before = await _enter(api, cid, date_entree=api.iso(-35))
    assert before.status_code == 422 and before.json()["errors"][0]["pointer"] == "/date_entree"
    future = await _enter(api, cid, date_entree=api.iso(1))
    assert future.status_code == 422 and future.json()["errors"][0]["pointer"] == "/date_entree"
    assert api.catalogue.holds[cid]["statut"] == "ACTIVE"  # nothing confirmed by refused entries
    assert await api.events("parcours.entree") == []
    ok = await _enter(api, cid, prerequis_acquis=False, modules=[{"id": "m-ran", "heures": 120}])
    assert ok.status_code == 201, ok.text
    [module] = ok.json()["modules"]
    assert (module["id"], module["type"], module["heures"]) == ("m-ran", "REMISE_A_NIVEAU", 120)
    assert api.catalogue.holds[cid]["statut"] == "CONFIRMEE"


async def test_clea_holder_needs_no_remise_a_niveau(api):
    sid = api.catalogue.add_session()
    cid = await api.accepted(sid, date_candidature=api.iso(-15), stagiaire=api.stagiaire(clea=True))
    resp = await _enter(api, cid, prerequis_acquis=False)
    assert resp.status_code == 201, resp.text
    assert resp.json()["statut"] == "EN_FORMATION" and resp.json()["modules"] == []


async def test_entry_needs_accepted_candidature(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    resp = await _enter(api, cid)
    assert resp.status_code == 409 and resp.json()["code"] == "transition_interdite"
    assert "TRANSMISE" in resp.json()["detail"]
    assert api.catalogue.holds[cid]["statut"] == "ACTIVE" and await api.events("parcours.entree") == []


async def test_suspension_reprise_and_exit(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid, entree=-20)
    url = f"/v1/parcours/{p['id']}"
    bad = await api.client.post(f"{url}/suspension", json={"date": api.iso(-25)}, headers=api.of1)
    assert bad.status_code == 422 and bad.json()["errors"][0]["pointer"] == "/date"
    assert (
        await api.client.post(
            f"{url}/suspension", json={"date": api.iso(-10), "motif": "CDD court"}, headers=api.of1
        )
    ).json()["statut"] == "SUSPENDU"
    twice = await api.client.post(f"{url}/suspension", json={"date": api.iso(-9)}, headers=api.of1)
    assert twice.status_code == 409 and twice.json()["code"] == "transition_interdite"
    early = await api.client.post(f"{url}/reprise", json={"date": api.iso(-12)}, headers=api.of1)
    assert early.status_code == 422 and early.json()["errors"][0]["pointer"] == "/date"
    resumed = await api.client.post(f"{url}/reprise", json={"date": api.iso(-5)}, headers=api.of1)
    assert resumed.status_code == 200 and resumed.json()["statut"] == "EN_FORMATION"
    no_motif = await api.client.post(
        f"{url}/sortie", json={"date_sortie": api.iso(-1), "type": "ABANDON"}, headers=api.of1
    )
    assert no_motif.status_code == 422 and no_motif.json()["errors"][0]["pointer"] == "/motif"
    no_contract = await api.client.post(
        f"{url}/sortie",
        json={"date_sortie": api.iso(-1), "type": "ABANDON", "motif": "EMPLOI"},
        headers=api.of1,
    )
    assert no_contract.status_code == 422 and no_contract.json()["errors"][0]["pointer"] == "/contrat"
    before_entry = await api.client.post(
        f"{url}/sortie",
        json={"date_sortie": api.iso(-30), "type": "ABANDON", "motif": "SANTE"},
        headers=api.of1,
    )
    assert before_entry.status_code == 422 and before_entry.json()["errors"][0]["pointer"] == "/date_sortie"
    ok = await api.client.post(
        f"{url}/sortie",
        json={"date_sortie": api.iso(-1), "type": "ABANDON", "motif": "EMPLOI", "contrat": "CDI"},
        headers=api.of1,
    )
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["statut"] == "SORTI" and body["sortie"]["motif"] == "EMPLOI"
    assert [h["statut"] for h in body["historique"]] == ["EN_FORMATION", "SUSPENDU", "EN_FORMATION", "SORTI"]
    assert all("enregistre_le" in h and "date_effet" in h for h in body["historique"])
    assert api.catalogue.holds[p["candidature_id"]]["statut"] == "LIBEREE"
    kinds = [e["type"] for e in await api.events() if e["aggregate_id"] == p["id"]]
    assert kinds == ["parcours.entree", "parcours.suspendu", "parcours.repris", "parcours.sortie"]


async def test_terme_requires_certification_on_certifying(api):
    sid = api.catalogue.add_session(certifiante=True)
    p = await api.parcours(sid)
    url = f"/v1/parcours/{p['id']}/sortie"
    missing = await api.client.post(url, json={"date_sortie": api.iso(0), "type": "TERME"}, headers=api.of1)
    assert missing.status_code == 422 and missing.json()["errors"][0]["pointer"] == "/certification"
    ok = await api.client.post(
        url,
        json={"date_sortie": api.iso(0), "type": "TERME", "certification": "OBTENUE_PARTIELLE"},
        headers=api.of1,
    )
    assert ok.status_code == 200 and ok.json()["sortie"]["certification"] == "OBTENUE_PARTIELLE"
    non_cert = api.catalogue.add_session(certifiante=False)
    q = await api.parcours(non_cert)
    ok2 = await api.client.post(
        f"/v1/parcours/{q['id']}/sortie", json={"date_sortie": api.iso(0), "type": "TERME"}, headers=api.of1
    )
    assert ok2.status_code == 200 and ok2.json()["sortie"]["certification"] == "SANS_OBJET"
    exits = {e["data"]["parcours_id"]: e["data"] for e in await api.events("parcours.sortie")}
    assert exits[p["id"]]["certification"] == "OBTENUE_PARTIELLE"
    assert exits[q["id"]]["certification"] == "SANS_OBJET" and exits[q["id"]]["type"] == "TERME"


async def test_follow_ups_only_once_horizon_reached(api):
    sid = api.catalogue.add_session(debut=-400, fin=30)
    p = await api.parcours(sid, entree=-380)
    url = f"/v1/parcours/{p['id']}"
    early = await api.client.post(
        f"{url}/suivis",
        json={
            "horizon_mois": 3,
            "date": api.iso(-100),
            "situation": "EMPLOI",
            "contrat": "CDI",
            "source": "OF",
        },
        headers=api.of1,
    )
    assert early.status_code == 409 and early.json()["code"] == "transition_interdite"  # not exited yet
    left = await api.client.post(
        f"{url}/sortie",
        json={"date_sortie": api.iso(-200), "type": "TERME", "certification": "OBTENUE_TOTALE"},
        headers=api.of1,
    )
    assert left.status_code == 200 and left.json()["statut"] == "SORTI"
    too_soon = await api.client.post(
        f"{url}/suivis",
        json={"horizon_mois": 6, "date": api.iso(-100), "situation": "RECHERCHE", "source": "OF"},
        headers=api.of1,
    )
    assert too_soon.status_code == 422 and too_soon.json()["errors"][0]["pointer"] == "/date"
    twelve = await api.client.post(
        f"{url}/suivis",
        json={"horizon_mois": 12, "date": api.iso(0), "situation": "RECHERCHE", "source": "OF"},
        headers=api.of1,
    )
    assert twelve.status_code == 409 and twelve.json()["code"] == "horizon_non_atteint"
    cdd = await api.client.post(
        f"{url}/suivis",
        json={
            "horizon_mois": 6,
            "date": api.iso(-5),
            "situation": "EMPLOI",
            "contrat": "CDD",
            "source": "VALIDEUR",
        },
        headers=api.ft,
    )
    assert cdd.status_code == 422 and cdd.json()["errors"][0]["pointer"] == "/duree_contrat_mois"
    ok = await api.client.post(
        f"{url}/suivis",
        json={
            "horizon_mois": 6,
            "date": api.iso(-5),
            "situation": "EMPLOI",
            "contrat": "CDD",
            "duree_contrat_mois": 6,
            "duree_emploi_mois": 4,
            "en_lien_formation": True,
            "source": "VALIDEUR",
        },
        headers=api.ft,
    )
    assert ok.status_code == 201, ok.text
    suivi = ok.json()
    assert (suivi["horizon_mois"], suivi["contrat"], suivi["duree_contrat_mois"], suivi["source"]) == (
        6,
        "CDD",
        6,
        "VALIDEUR",
    )
    detail = (await api.client.get(url, headers=api.of1)).json()
    assert [s["horizon_mois"] for s in detail["suivis"]] == [6]
    assert detail["suivis"][0]["duree_emploi_mois"] == 4 and detail["suivis"][0]["en_lien_formation"] is True
    [event] = await api.events("suivi.enregistre")
    assert event["data"]["situation"] == "EMPLOI" and event["data"]["duree_emploi_mois"] == 4


async def test_idempotency_key_on_exit(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid)
    url, headers = f"/v1/parcours/{p['id']}/sortie", {**api.of1, "Idempotency-Key": "sortie-1"}
    body = {"date_sortie": api.iso(0), "type": "ABANDON", "motif": "SANTE"}
    first = await api.client.post(url, json=body, headers=headers)
    replay = await api.client.post(url, json=body, headers=headers)
    assert first.status_code == replay.status_code == 200
    assert first.json() == replay.json()
    assert replay.headers.get("idempotent-replay") == "true"
    other = await api.client.post(url, json={**body, "motif": "FAMILLE"}, headers=headers)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert len(await api.events("parcours.sortie")) == 1


async def test_follow_up_months_may_be_decimal(api):
    sid = api.catalogue.add_session(debut=-400, fin=30)
    p = await api.parcours(sid, entree=-380)
    url = f"/v1/parcours/{p['id']}"
    left = await api.client.post(
        f"{url}/sortie",
        json={"date_sortie": api.iso(-200), "type": "ABANDON", "motif": "EMPLOI", "contrat": "INTERIM"},
        headers=api.of1,
    )
    assert left.status_code == 200, left.text
    body = {
        "horizon_mois": 3,
        "date": api.iso(-5),
        "situation": "EMPLOI",
        "contrat": "INTERIM",
        "duree_contrat_mois": 0.5,  # a two-week mission
        "duree_emploi_mois": 2.75,
        "source": "OF",
    }
    resp = await api.client.post(f"{url}/suivis", json=body, headers=api.of1)
    assert resp.status_code == 201, resp.text
    assert (resp.json()["duree_contrat_mois"], resp.json()["duree_emploi_mois"]) == (0.5, 2.75)
    [stored] = (await api.client.get(url, headers=api.of1)).json()["suivis"]
    assert (stored["duree_contrat_mois"], stored["duree_emploi_mois"]) == (0.5, 2.75)
    [event] = await api.events("suivi.enregistre")
    assert (event["data"]["duree_contrat_mois"], event["data"]["duree_emploi_mois"]) == (0.5, 2.75)
    over = await api.client.post(f"{url}/suivis", json={**body, "duree_emploi_mois": 3.25}, headers=api.of1)
    assert over.status_code == 422 and over.json()["errors"][0]["pointer"] == "/duree_emploi_mois"


async def test_entry_before_an_undated_decision_says_the_decision_can_be_dated(api):
    sid = api.catalogue.add_session(debut=-30)
    resp = await api.candidature(sid, date_candidature=api.iso(-20))
    cid = resp.json()["id"]
    decided = await api.client.post(
        f"/v1/candidatures/{cid}/decision", json={"decision": "ACCEPTEE"}, headers=api.of1
    )
    assert decided.json()["date_decision"] == api.iso(0)  # no date: today
    early = await _enter(api, cid, date_entree=api.iso(-10))
    assert early.status_code == 422 and early.json()["errors"][0]["pointer"] == "/date_entree"
    assert "date effective" in early.json()["errors"][0]["message"]
    assert "« date »" in early.json()["errors"][0]["message"]
