"""Offer events on the outbox feed (contracts.md §4), in commit order, with the session snapshot."""

import uuid

import pytest

pytestmark = pytest.mark.asyncio

SNAPSHOT_KEYS = {
    "session_id", "action_id", "formation_id", "lot_id", "lot_numero", "marche_id", "dispositif", "programme",
    "secteur", "departement", "territoire", "organisme_siret", "certifiante", "debut", "fin", "places_ouvertes",
    "places_disponibles", "etat_recrutement",
}  # fmt: skip
LOT_KEYS = {
    "lot_id", "numero", "intitule", "marche_id", "dispositif", "programme", "secteur", "departement",
    "territoire", "organisme_siret", "objectif_entrees", "debut", "fin",
}  # fmt: skip


async def test_session_lifecycle_and_places_events(catalog):
    async with catalog() as api:
        ids = await api.offer(places=3)
        sid = ids["session"]["id"]
        await api.client.post(
            "/v1/reservations",
            json={"session_id": sid, "candidature_id": str(uuid.uuid4())},
            headers=api.service,
        )
        await api.client.patch(f"/v1/sessions/{sid}", json={"places_ouvertes": 5}, headers=api.region)
        await api.client.patch(f"/v1/sessions/{sid}", json={"etat_recrutement": "FERME"}, headers=api.region)
        await api.client.patch(f"/v1/sessions/{sid}", json={"etat_recrutement": "OUVERT"}, headers=api.region)
        refused = await api.client.patch(
            f"/v1/sessions/{sid}", json={"places_ouvertes": 0}, headers=api.region
        )
        events = await api.events()
        page = (await api.client.get("/v1/events?after=1&limit=2", headers=api.region)).json()
        anonymous = await api.client.get("/v1/events")
    assert refused.status_code == 409
    types = [e["type"] for e in events]
    assert types == [
        "lot.cree", "session.ouverte", "places.modifiees", "session.modifiee", "session.fermee", "session.ouverte",
    ]  # fmt: skip
    session_events = [e for e in events if e["type"] != "lot.cree"]
    assert all(set(e["data"]) == SNAPSHOT_KEYS and e["aggregate_id"] == sid for e in session_events)
    assert [e["data"]["places_disponibles"] for e in session_events] == [3, 2, 4, 4, 4]
    assert session_events[3]["data"]["etat_recrutement"] == "FERME"
    first = session_events[0]["data"]
    assert first["lot_numero"] == 10 and first["organisme_siret"] == api.OF_A and first["certifiante"] is True
    assert first["programme"] == "VISA" and first["departement"] == "44" and first["debut"] == api.iso(10)
    assert set(events[0]["data"]) >= LOT_KEYS and events[0]["data"]["numero"] == 10
    assert [e["seq"] for e in events] == sorted(e["seq"] for e in events)
    assert [e["seq"] for e in page["items"]] == [events[1]["seq"], events[2]["seq"]] and page["has_more"]
    assert anonymous.status_code == 401


async def test_lot_change_is_announced(catalog):
    async with catalog() as api:
        ids = await api.offer()
        resp = await api.client.patch(
            f"/v1/lots/{ids['lot']['id']}", json={"objectif_entrees": 55}, headers=api.region
        )
        events = await api.events()
    assert resp.status_code == 200
    assert events[-1]["type"] == "lot.modifie" and events[-1]["data"]["objectif_entrees"] == 55
