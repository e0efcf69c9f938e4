"""Hostile input on the catalogue (issue 17): out-of-range numbers and dates, strings for numbers,
control characters — each a 422 naming the field, nothing stored, and the LHÉO export stays valid."""

import pytest

pytestmark = pytest.mark.asyncio

HUGE = "100000000000000000000"


def pointers(resp) -> list[str]:
    assert resp.status_code == 422, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    return [e["pointer"] for e in resp.json()["errors"]]


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("places_disponibles_min", HUGE),
        ("places_disponibles_min", "-1"),
        ("debut_min", "0001-01-01"),
        ("debut_max", "9999-12-31"),
    ],
)
async def test_search_bounds_each_number_and_date(catalog, param, value):
    async with catalog() as api:
        await api.offer()
        resp = await api.client.get("/v1/sessions", params={param: value})
        assert pointers(resp) == [f"/{param}"]


async def test_session_and_marche_dates_from_another_era_are_refused(catalog):
    async with catalog() as api:
        ids = await api.offer()
        before = (await api.client.get("/v1/sessions")).json()["total"]
        body = {
            "action_id": ids["action"]["id"],
            "debut": "0999-06-01",
            "fin": api.iso(30),
            "places_ouvertes": 5,
        }
        assert pointers(await api.post("/v1/sessions", body)) == ["/debut"]
        late = {**body, "debut": api.iso(1), "fin": "9999-12-31"}
        assert pointers(await api.post("/v1/sessions", late)) == ["/fin"]
        patch = await api.client.patch(
            f"/v1/sessions/{ids['session']['id']}", json={"debut": "0999-06-01"}, headers=api.region
        )
        assert pointers(patch) == ["/debut"]
        marche = {"reference": "M-ERA", "intitule": "X", "dispositif": "VISA_METIERS"}
        resp = await api.post("/v1/marches", {**marche, "debut": "0001-01-01", "fin": "9999-12-31"})
        assert sorted(pointers(resp)) == ["/debut", "/fin"]
        assert (await api.client.get("/v1/sessions")).json()["total"] == before
        lheo = (await api.client.get("/v1/exports/lheo")).text
        assert "<date-debut>0999" not in lheo and "9990601" not in lheo


@pytest.mark.parametrize("places", ["5", True, 5.5])
async def test_places_are_json_numbers_only(catalog, places):
    async with catalog() as api:
        ids = await api.offer()
        body = {
            "action_id": ids["action"]["id"],
            "debut": api.iso(1),
            "fin": api.iso(30),
            "places_ouvertes": places,
        }
        assert pointers(await api.post("/v1/sessions", body)) == ["/places_ouvertes"]


async def test_control_characters_in_names_are_refused(catalog):
    async with catalog() as api:
        resp = await api.post("/v1/organismes", {"siret": api.OF_B, "raison_sociale": "Forma\x00tion"})
        assert pointers(resp) == ["/raison_sociale"]
        assert (await api.client.get(f"/v1/organismes/{api.OF_B}")).status_code == 404
        ids = await api.offer()
        lot = await api.client.patch(
            f"/v1/lots/{ids['lot']['id']}", json={"intitule": "Bâ\x07timent"}, headers=api.region
        )
        assert pointers(lot) == ["/intitule"]
