"""System test, parcours + catalogue through the gateway: places held for real, never oversold."""

import asyncio
import uuid
from datetime import timedelta

import pytest

from catalog.places.sweep import sweep_once
from servicekit.dates import region_today
from servicekit.models import utcnow
from servicekit.testing import token_for

pytestmark = pytest.mark.asyncio
OF_1 = "44278000000018"


def iso(days):
    # The Région's calendar day (Europe/Paris), as the services date decisions and entries.
    return (region_today() + timedelta(days=days)).isoformat()


async def _token(client, client_id):
    resp = await client.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(client_id, "demo-secret")
    )
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


async def _ok(client, path, body, headers, status=201):
    resp = await client.post(f"/api/catalog/v1{path}", json=body, headers=headers)
    assert resp.status_code == status, resp.text
    return resp.json()


async def _offer(client, region, *, places, debut=-20, fin=120):
    found = await client.get(f"/api/catalog/v1/organismes/{OF_1}")
    if found.status_code != 200:
        await _ok(client, "/organismes", {"siret": OF_1, "raison_sociale": "Forma'Ouest"}, region)
    marche = await _ok(
        client,
        "/marches",
        {
            "reference": f"M-{uuid.uuid4().hex[:6]}",
            "intitule": "VISA",
            "dispositif": "VISA_METIERS",
            "debut": iso(-800),
            "fin": iso(900),
        },
        region,
    )
    lot = await _ok(
        client,
        "/lots",
        {
            "marche_id": marche["id"],
            "numero": 10,
            "intitule": "Bâtiment",
            "secteur": "CONSTRUCTION",
            "departement": "85",
            "organisme_siret": OF_1,
            "objectif_entrees": 40,
        },
        region,
    )
    formation = await _ok(
        client,
        "/formations",
        {
            "lot_id": lot["id"],
            "intitule": "Maçon",
            "certification": {"code_rncp": "RNCP31008", "niveau": "V"},
            "formacodes": ["22403"],
            "romes": ["F1703"],
        },
        region,
    )
    action = await _ok(
        client,
        "/actions",
        {
            "formation_id": formation["id"],
            "lieu": {
                "commune_insee": "85191",
                "commune": "La Roche-sur-Yon",
                "departement": "85",
                "latitude": 46.67,
                "longitude": -1.43,
            },
            "entrees_sorties_permanentes": False,
            "heures_centre": 400,
            "heures_entreprise": 140,
        },
        region,
    )
    session = await _ok(
        client,
        "/sessions",
        {"action_id": action["id"], "debut": iso(debut), "fin": iso(fin), "places_ouvertes": places},
        region,
    )
    return action, session


def _candidature(sid, n):
    return {
        "session_id": sid,
        "message": "Projet validé",
        "stagiaire": {
            "identifiant_ft": f"E2E{n:06d}",
            "nom": "Durand",
            "prenom": "Sam",
            "date_naissance": "2001-02-03",
            "sexe": "M",
            "commune_insee": "85191",
            "niveau": "INFRA_3",
            "date_inscription_de": iso(-400),
        },
    }


async def _places(client, sid):
    return (await client.get(f"/api/catalog/v1/sessions/{sid}")).json()["places_disponibles"]


async def test_fifty_concurrent_candidatures_on_five_places(gateway_stack):
    async with gateway_stack() as client:
        region, ft = await _token(client, "demo-region"), await _token(client, "demo-france-travail")
        _, session = await _offer(client, region, places=5)
        sid = session["id"]
        answers = await asyncio.gather(
            *(
                client.post("/api/parcours/v1/candidatures", json=_candidature(sid, n), headers=ft)
                for n in range(50)
            )
        )
        codes = [r.status_code for r in answers]
        assert codes.count(201) == 5 and codes.count(409) == 45, codes
        assert {r.json()["code"] for r in answers if r.status_code == 409} == {"session_complete"}
        assert await _places(client, sid) == 0
        listing = await client.get(f"/api/parcours/v1/candidatures?session_id={sid}", headers=region)
        assert listing.json()["total"] == 5
        created = {r.json()["id"] for r in answers if r.status_code == 201}
        assert {c["id"] for c in listing.json()["items"]} == created


async def test_happy_path_through_the_gateway(gateway_stack):
    async with gateway_stack() as client:
        region, ft = await _token(client, "demo-region"), await _token(client, "demo-france-travail")
        of1 = await _token(client, "demo-of-1")
        action, session = await _offer(client, region, places=3)
        sid = session["id"]
        module = await _ok(
            client,
            "/modules",
            {
                "action_id": action["id"],
                "type": "REMISE_A_NIVEAU",
                "intitule": "Remise à niveau maths",
                "heures": 70,
            },
            of1,
        )
        validated = await _ok(
            client, f"/modules/{module['id']}/decision", {"decision": "VALIDE"}, region, status=200
        )
        assert validated["statut"] == "VALIDE", validated
        api = "/api/parcours/v1"
        created = await client.post(
            f"{api}/candidatures", json={**_candidature(sid, 999), "date_candidature": iso(-25)}, headers=ft
        )
        assert created.status_code == 201, created.text
        assert created.json()["statut"] == "TRANSMISE"
        assert created.json()["date_candidature"] == iso(-25)
        cid = created.json()["id"]
        assert await _places(client, sid) == 2
        decided = await client.post(
            f"{api}/candidatures/{cid}/decision", json={"decision": "ACCEPTEE", "date": iso(-22)}, headers=of1
        )
        assert decided.status_code == 200, decided.text
        assert decided.json()["statut"] == "ACCEPTEE" and decided.json()["date_decision"] == iso(-22)
        entry = await client.post(
            f"{api}/candidatures/{cid}/entree",
            headers=of1,
            json={
                "date_entree": iso(-15),
                "heures_prevues": 540,
                "prerequis_acquis": False,
                "modules": [module["id"]],
            },
        )
        assert entry.status_code == 201, entry.text
        assert entry.json()["candidature_id"] == cid and entry.json()["date_entree"] == iso(-15)
        assert [m["id"] for m in entry.json()["modules"]] == [module["id"]]
        pid = entry.json()["id"]
        assert await _places(client, sid) == 2
        rows = [{"parcours_id": pid, "date": iso(-d), "heures_presence": 7} for d in range(1, 6)]
        bulk = await client.post(f"{api}/presences", json={"presences": rows}, headers=of1)
        assert bulk.json() == {"appliquees": 5, "erreurs": []}
        out = await client.post(
            f"{api}/parcours/{pid}/sortie",
            headers=of1,
            json={"date_sortie": iso(0), "type": "ABANDON", "motif": "EMPLOI", "contrat": "CDD"},
        )
        assert out.status_code == 200, out.text
        assert out.json()["heures_realisees"] == 35
        assert out.json()["sortie"]["type"] == "ABANDON" and out.json()["sortie"]["date_sortie"] == iso(0)
        # Not a session with permanent entries: the place stays occupied after the exit (DOMAIN.md).
        assert await _places(client, sid) == 2
        feed = (await client.get(f"{api}/events?limit=100", headers=region)).json()["items"]
        kinds = [e["type"] for e in feed]
        assert kinds == [
            "candidature.transmise",
            "candidature.acceptee",
            "parcours.entree",
            "parcours.heures",
            "parcours.sortie",
        ]


async def test_history_candidature_on_an_ended_session(gateway_stack):
    """A late declaration dated inside an ended session's period holds a place and runs to the exit."""
    async with gateway_stack() as client:
        region = await _token(client, "demo-region")
        ft = {"Authorization": f"Bearer {await token_for(client, 'demo-france-travail')}"}
        of1 = {"Authorization": f"Bearer {await token_for(client, 'demo-of-1')}"}
        _, session = await _offer(client, region, places=1, debut=-200, fin=-30)
        sid, api = session["id"], "/api/parcours/v1"
        late = await client.post(
            f"{api}/candidatures", json={**_candidature(sid, 1), "date_candidature": iso(-10)}, headers=ft
        )
        created = await client.post(
            f"{api}/candidatures", json={**_candidature(sid, 2), "date_candidature": iso(-210)}, headers=ft
        )
        assert created.status_code == 201, created.text
        full = await client.post(
            f"{api}/candidatures", json={**_candidature(sid, 3), "date_candidature": iso(-205)}, headers=ft
        )
        places = await _places(client, sid)
        cid = created.json()["id"]
        decided = await client.post(
            f"{api}/candidatures/{cid}/decision",
            json={"decision": "ACCEPTEE", "date": iso(-203)},
            headers=of1,
        )
        entry = await client.post(
            f"{api}/candidatures/{cid}/entree",
            json={"date_entree": iso(-200), "heures_prevues": 400},
            headers=of1,
        )
        assert entry.status_code == 201, entry.text
        out = await client.post(
            f"{api}/parcours/{entry.json()['id']}/sortie",
            json={"date_sortie": iso(-30), "type": "TERME", "certification": "OBTENUE_TOTALE"},
            headers=of1,
        )
    assert late.status_code == 422, late.text
    assert late.json()["errors"][0]["pointer"] == "/date_candidature"
    assert full.status_code == 409 and full.json()["code"] == "session_complete"
    assert places == 0
    assert decided.status_code == 200, decided.text
    assert decided.json()["statut"] == "ACCEPTEE"
    assert out.status_code == 200, out.text
    assert out.json()["sortie"]["type"] == "TERME"
    assert out.json()["sortie"]["certification"] == "OBTENUE_TOTALE"


async def test_accepted_candidature_keeps_its_place_through_the_sweep(gateway_stack):
    async with gateway_stack() as client:
        region = await _token(client, "demo-region")
        ft = {"Authorization": f"Bearer {await token_for(client, 'demo-france-travail')}"}
        of1 = {"Authorization": f"Bearer {await token_for(client, 'demo-of-1')}"}
        _, session = await _offer(client, region, places=3)
        sid, api = session["id"], "/api/parcours/v1"
        ids = []
        for n in (1, 2):
            resp = await client.post(f"{api}/candidatures", json=_candidature(sid, n), headers=ft)
            assert resp.status_code == 201, resp.text
            ids.append(resp.json()["id"])
        accepted, pending = ids
        decided = await client.post(
            f"{api}/candidatures/{accepted}/decision", json={"decision": "ACCEPTEE"}, headers=of1
        )
        assert decided.status_code == 200, decided.text
        before = await _places(client, sid)
        catalog_db = client.app.state.embedded_apps["catalog"].state.database
        expired = await sweep_once(catalog_db, now=utcnow() + timedelta(days=40))
        after = await _places(client, sid)
        entry = await client.post(
            f"{api}/candidatures/{accepted}/entree",
            json={"date_entree": iso(0), "heures_prevues": 400},
            headers=of1,
        )
        refused_entry = await client.post(
            f"{api}/candidatures/{pending}/decision", json={"decision": "ACCEPTEE"}, headers=of1
        )
    assert before == 1 and expired == 1 and after == 2
    assert entry.status_code == 201, entry.text
    assert entry.json()["candidature_id"] == accepted
    assert refused_entry.status_code == 409 and refused_entry.json()["code"] == "reservation_inactive"
