"""Event contracts as data: the committed JSON Schemas match the payload models; what is emitted fits them."""

import json

import pytest

from parcours.events import contracts
from parcours.events.payloads import EVENT_TYPES


def test_committed_schemas_match_the_models():
    assert contracts.drift() == [], "régénérer : uv run python -m parcours.events.contracts"
    assert {p.stem for p in contracts.FOLDER.glob("*.json")} == set(EVENT_TYPES)


def test_a_changed_model_is_seen_as_drift(tmp_path):
    contracts.write(tmp_path)
    assert contracts.drift(tmp_path) == []
    folder = tmp_path / "contracts" / "parcours"
    path = folder / "suivi.enregistre.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["properties"]["duree_contrat_mois"] = {"type": "integer"}
    path.write_text(json.dumps(schema), "utf-8")
    (folder / "parcours.oublie.json").write_text("{}", "utf-8")
    assert contracts.drift(tmp_path) == [
        "parcours/parcours.oublie.json : aucun modèle ne le produit",
        "parcours/suivi.enregistre.json : diffère du modèle",
    ]


@pytest.mark.asyncio
async def test_every_emitted_event_validates_against_its_committed_schema(api):
    sid = api.catalogue.add_session()
    p = await api.parcours(sid)
    day = {"parcours_id": p["id"], "date": api.iso(-3), "heures_presence": 7, "heures_absence": 0}
    await api.client.post("/v1/presences", json={"presences": [day]}, headers=api.of1)
    url = f"/v1/parcours/{p['id']}/sortie"
    await api.client.post(
        url, json={"date_sortie": api.iso(0), "type": "ABANDON", "motif": "SANTE"}, headers=api.of1
    )
    events = await api.events()
    assert {
        "candidature.transmise",
        "candidature.acceptee",
        "parcours.entree",
        "parcours.heures",
        "parcours.sortie",
    } <= {e["type"] for e in events}
    for event in events:
        schema = json.loads((contracts.FOLDER / f"{event['type']}.json").read_text("utf-8"))
        assert set(schema["required"]) <= set(event["data"]) <= set(schema["properties"]), event["type"]
        EVENT_TYPES[event["type"]].model_validate(event["data"])  # the model the schema is drawn from


@pytest.mark.asyncio
async def test_a_catalogue_session_that_does_not_fit_its_model_stores_nothing(api):
    sid = api.catalogue.add_session()
    del api.catalogue.sessions[sid]["organisme"]  # the OF's SIRET is what scopes the candidature
    resp = await api.candidature(sid)
    assert resp.status_code == 503 and resp.json()["code"] == "catalogue_indisponible"
    assert api.catalogue.holds == {}
    assert (await api.client.get("/v1/candidatures", headers=api.region)).json()["total"] == 0
