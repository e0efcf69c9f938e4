"""Audit log (changes and others' reads), event schemas, expiry of undecided candidatures."""

import asyncio

import pytest

pytestmark = pytest.mark.asyncio


async def test_reads_by_others_and_changes_are_audited(api):
    sid = api.catalogue.add_session()
    cid = (await api.candidature(sid)).json()["id"]
    await api.client.get(f"/v1/candidatures/{cid}", headers=api.ft)  # prescriber: not logged
    await api.client.get(f"/v1/candidatures/{cid}", headers=api.of1)  # its OF: not logged
    await api.client.get(f"/v1/candidatures/{cid}", headers=api.region)  # someone else: logged
    resp = await api.client.get(f"/v1/audit?objet_id={cid}", headers=api.region)
    assert resp.status_code == 200
    entries = resp.json()["items"]
    actions = sorted(e["action"] for e in entries)
    assert actions == ["CANDIDATURE_TRANSMISE", "LECTURE"]
    read = next(e for e in entries if e["action"] == "LECTURE")
    assert read["acteur_role"] == "region" and read["acteur_org"] == "REGION-PDL" and read["at"]
    stagiaire_id = read["stagiaire_id"]
    by_person = await api.client.get(f"/v1/audit?stagiaire_id={stagiaire_id}", headers=api.region)
    assert {e["action"] for e in by_person.json()["items"]} >= {"STAGIAIRE_CREE", "LECTURE"}
    assert (await api.client.get("/v1/audit", headers=api.of1)).status_code == 403


async def test_event_schemas_published_and_payloads_match(api):
    schemas = (await api.client.get("/v1/events/schemas")).json()
    assert set(schemas) >= {
        "candidature.transmise",
        "parcours.entree",
        "parcours.sortie",
        "parcours.heures",
        "suivi.enregistre",
        "alerte.levee",
    }
    sid = api.catalogue.add_session()
    await api.parcours(sid)
    for event in await api.events():
        required = schemas[event["type"]]["required"]
        assert set(required) <= set(event["data"]), event["type"]
        assert event["data"]["session_id"] == sid


async def test_undecided_candidature_expires_and_releases_its_hold(start_parcours):
    async with start_parcours(expiration_jours=0, expiration_intervalle_s=0.05) as api:
        sid = api.catalogue.add_session()
        cid = (await api.candidature(sid)).json()["id"]
        statut = "TRANSMISE"
        for _ in range(200):
            statut = (await api.client.get(f"/v1/candidatures/{cid}", headers=api.ft)).json()["statut"]
            if statut == "EXPIREE":
                break
            await asyncio.sleep(0.02)
        assert statut == "EXPIREE"
        assert api.catalogue.holds[cid]["statut"] == "LIBEREE"
        assert [e["data"]["candidature_id"] for e in await api.events("candidature.expiree")] == [cid]
