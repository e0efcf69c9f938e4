"""End to end through the gateway: demo offer, public search, OF ownership, holds by the parcours client."""

import uuid
from datetime import date

import pytest

from servicekit.dates import region_today
from servicekit.settings import DEMO_INTERNAL_SECRET
from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio

OF1, OF2 = "44278000000018", "49109000000028"


async def test_demo_programme_is_loaded_and_publicly_searchable(gateway_stack, gateway_token):
    async with gateway_stack(demo=True) as client:
        region = bearer(await gateway_token(client, "demo-region"))
        feed = (await client.get("/api/catalog/v1/events", params={"limit": 5000}, headers=region)).json()
        lots = (await client.get("/api/catalog/v1/lots", params={"limit": 100})).json()
        organismes = (await client.get("/api/catalog/v1/organismes", params={"limit": 100})).json()
        every = (await client.get("/api/catalog/v1/sessions", params={"inclure_terminees": "true"})).json()
        cuisine = (
            await client.get("/api/catalog/v1/sessions", params={"q": "cuisinier", "departement": "49"})
        ).json()
        of1 = (await client.get("/api/catalog/v1/lots", params={"organisme": OF1})).json()
        of2 = (await client.get("/api/catalog/v1/lots", params={"organisme": OF2})).json()
        marches = (await client.get("/api/catalog/v1/marches")).json()
        year = date.today().year
        history = {}
        for past in range(year - 3, year):
            params = {"inclure_terminees": "true", "debut_min": f"{past}-01-01", "debut_max": f"{past}-12-31"}
            found = (await client.get("/api/catalog/v1/sessions", params={**params, "limit": 100})).json()
            history[past] = found
    # A history on the same lots: ended sessions every one of the three previous years, spread over the year.
    for past, found in history.items():
        assert found["total"] >= 20, (past, found["total"])
        assert len({item["debut"][5:7] for item in found["items"]}) >= 6
        assert all(item["fin"] < region_today().isoformat() for item in found["items"])
    assert len({item["lot"]["id"] for found in history.values() for item in found["items"]}) >= 20
    by_numero = {(lot["dispositif"], lot["numero"]): lot for lot in lots["items"]}
    assert lots["total"] >= 20 and organismes["total"] >= 15 and marches["total"] >= 2
    assert every["total"] >= 150
    assert by_numero[("VISA_METIERS", 10)]["intitule"] == "Bâtiment Vendée"
    assert by_numero[("VISA_METIERS", 10)]["organisme_siret"] == OF1
    assert by_numero[("VISA_METIERS", 13)]["intitule"] == "Travaux publics"
    assert len({lot["secteur"] for lot in lots["items"]}) >= 8
    assert {lot["departement"] for lot in of1["items"]} == {"44", "85"} and of1["total"] >= 2
    assert {lot["departement"] for lot in of2["items"]} == {"49", "72"} and of2["total"] >= 2
    assert cuisine["total"] >= 1
    types = [e["type"] for e in feed["items"]]
    assert types.count("lot.cree") == lots["total"] and types.count("session.ouverte") == every["total"]
    assert all(item["formation"]["romes"] == ["G1602"] for item in cuisine["items"])


async def _offer_through_gateway(client, region):
    api = "/api/catalog/v1"
    for siret, name in ((OF1, "Atlantique Compétences"), (OF2, "Anjou Maine Formation")):
        assert (
            await client.post(
                f"{api}/organismes", json={"siret": siret, "raison_sociale": name}, headers=region
            )
        ).status_code == 201
    marche = await client.post(
        f"{api}/marches",
        json={
            "reference": "AC-VISA",
            "intitule": "VISA",
            "dispositif": "VISA_METIERS",
            "debut": "2024-01-01",
            "fin": "2099-12-31",
        },
        headers=region,
    )
    lot = await client.post(
        f"{api}/lots",
        json={
            "marche_id": marche.json()["id"],
            "numero": 10,
            "intitule": "Bâtiment Vendée",
            "secteur": "CONSTRUCTION",
            "departement": "85",
            "organisme_siret": OF1,
        },
        headers=region,
    )
    formation = await client.post(
        f"{api}/formations",
        json={"lot_id": lot.json()["id"], "intitule": "Titre professionnel Plaquiste", "romes": ["F1604"]},
        headers=region,
    )
    lieu = {
        "commune_insee": "85109",
        "commune": "Les Herbiers",
        "departement": "85",
        "latitude": 46.87,
        "longitude": -1.01,
    }
    action = await client.post(
        f"{api}/actions", json={"formation_id": formation.json()["id"], "lieu": lieu}, headers=region
    )
    assert action.status_code == 201, action.text
    return action.json()["id"]


async def test_of_and_parcours_service_through_the_gateway(gateway_stack, gateway_token):
    async with gateway_stack() as client:
        region = bearer(await gateway_token(client, "demo-region"))
        of1 = bearer(await gateway_token(client, "demo-of-1"))
        of2 = bearer(await gateway_token(client, "demo-of-2"))
        parcours = bearer(await gateway_token(client, "prf-parcours", DEMO_INTERNAL_SECRET))
        action_id = await _offer_through_gateway(client, region)
        body = {"action_id": action_id, "debut": "2099-01-05", "fin": "2099-06-30", "places_ouvertes": 1}
        created = await client.post("/api/catalog/v1/sessions", json=body, headers=of1)
        refused = await client.post("/api/catalog/v1/sessions", json=body, headers=of2)
        sid = created.json()["id"]
        hold = {"session_id": sid, "candidature_id": str(uuid.uuid4())}
        as_of = await client.post("/api/catalog/v1/reservations", json=hold, headers=of1)
        held = await client.post("/api/catalog/v1/reservations", json=hold, headers=parcours)
        full = await client.post(
            "/api/catalog/v1/reservations",
            json={**hold, "candidature_id": str(uuid.uuid4())},
            headers=parcours,
        )
        found = (await client.get("/api/catalog/v1/sessions", params={"q": "PLAQUISTE herbiers"})).json()
        feed = await client.get("/api/catalog/v1/events", params={"limit": 5000}, headers=parcours)
    assert created.status_code == 201, created.text
    assert refused.status_code == 403 and refused.json()["code"] == "hors_perimetre"
    assert as_of.status_code == 403
    assert held.status_code == 201 and held.json()["session"]["places_disponibles"] == 0
    assert full.status_code == 409 and full.json()["code"] == "session_complete"
    assert [i["places_disponibles"] for i in found["items"]] == [0]
    types = [e["type"] for e in feed.json()["items"]]
    assert types == ["lot.cree", "session.ouverte", "places.modifiees"]
