"""The catalogue's event payloads keep to the JSON Schemas committed in contracts/catalog/."""

from catalog.contracts import EVENTS, PRODUCER
from servicekit.contracts import drift, repository_root


def test_committed_schemas_match_the_payload_models():
    # On failure: uv run python -m catalog.contracts, then commit contracts/catalog/.
    assert drift(PRODUCER, EVENTS, repository_root()) == []


async def test_every_event_emitted_is_its_contract(catalog):
    async with catalog() as api:
        ids = await api.offer()
        sid = ids["session"]["id"]
        hold = {"session_id": sid, "candidature_id": "22222222-2222-2222-2222-222222222222"}
        assert (await api.post("/v1/reservations", hold, api.service)).status_code == 201
        patched = await api.client.patch(
            f"/v1/sessions/{sid}", json={"etat_recrutement": "FERME"}, headers=api.region
        )
        assert patched.status_code == 200
        lot = await api.client.patch(
            f"/v1/lots/{ids['lot']['id']}", json={"objectif_entrees": 12}, headers=api.region
        )
        assert lot.status_code == 200
        events = await api.events()
    kinds = {e["type"] for e in events}
    assert {"session.ouverte", "places.modifiees", "session.fermee", "lot.cree", "lot.modifie"} <= kinds
    for event in events:
        model = EVENTS[event["type"]]
        # Every key of the contract is there (null at most), and nothing else.
        assert set(event["data"]) == set(model.model_fields), event["type"]
        assert model.model_validate(event["data"]).model_dump(mode="json") == event["data"]
