"""The public places search: every filter, accent-insensitive words, distance, exact availability."""

import pytest

from servicekit.dates import region_today
from servicekit.db import is_postgres

pytestmark = pytest.mark.asyncio

NANTES = ("44109", "Nantes", "44", 47.2184, -1.5536)
ANGERS = ("49007", "Angers", "49", 47.4784, -0.5632)
LA_ROCHE = ("85191", "La Roche-sur-Yon", "85", 46.6705, -1.4260)


async def _three_offers(api):
    a = await api.offer(
        intitule="Électricien d'équipement du bâtiment", commune=NANTES, romes=["F1602"], debut=20
    )
    await api.organisme(api.OF_B, "Compétences Anjou")
    b = await api.offer(
        siret=api.OF_B,
        intitule="Cuisinier",
        commune=ANGERS,
        romes=["G1602"],
        debut=5,
        dispositif="VISA_METIERS_PLUS",
        secteur="TOURISME_CULTURE",
    )
    c = await api.offer(intitule="Plaquiste", commune=LA_ROCHE, romes=["F1604"], debut=60, places=2)
    return a, b, c


async def _ids(api, **params):
    resp = await api.client.get("/v1/sessions", params=params)
    assert resp.status_code == 200, resp.text
    return [item["id"] for item in resp.json()["items"]]


async def test_text_search_ignores_case_and_accents_and_needs_every_word(catalog):
    async with catalog() as api:
        a, b, c = await _three_offers(api)
        electricien = await _ids(api, q="electricien")
        upper = await _ids(api, q="ÉLECTRICIEN batiment")
        by_commune = await _ids(api, q="roche yon")
        by_of = await _ids(api, q="competences anjou")
        by_certif = await _ids(api, q="rncp31008 plaquiste")
        missing_word = await _ids(api, q="electricien cuisinier")
    assert electricien == upper == [a["session"]["id"]]
    assert by_commune == [c["session"]["id"]]
    assert by_of == [b["session"]["id"]]
    assert by_certif == [c["session"]["id"]]
    assert missing_word == []


async def test_every_filter_narrows_the_list(catalog):
    async with catalog() as api:
        a, b, c = await _three_offers(api)
        sa, sb, sc = a["session"]["id"], b["session"]["id"], c["session"]["id"]
        checks = {
            "rome": (await _ids(api, rome="F1604"), [sc]),
            "formacode": (await _ids(api, formacode="22403"), [sb, sa, sc]),
            "secteur": (await _ids(api, secteur="TOURISME_CULTURE"), [sb]),
            "dispositif": (await _ids(api, dispositif="VISA_METIERS"), [sa, sc]),
            "departement": (await _ids(api, departement="85"), [sc]),
            "organisme siret": (await _ids(api, organisme=api.OF_B), [sb]),
            "organisme id": (await _ids(api, organisme=b["lot"]["organisme"]["id"]), [sb]),
            "lot": (await _ids(api, lot=a["lot"]["id"]), [sa]),
            "debut_min": (await _ids(api, debut_min=api.iso(10)), [sa, sc]),
            "debut_max": (await _ids(api, debut_max=api.iso(10)), [sb]),
            "places": (await _ids(api, places_disponibles_min=5), [sb, sa]),
            "etat": (await _ids(api, etat_recrutement="FERME"), []),
        }
    for name, (got, expected) in checks.items():
        assert got == expected, name


async def test_distance_filter_and_sort(catalog):
    async with catalog() as api:
        a, b, c = await _three_offers(api)
        near_nantes = await api.client.get(
            "/v1/sessions", params={"lat": 47.2184, "lon": -1.5536, "rayon_km": 90}
        )
        by_distance = await _ids(api, lat=47.47, lon=-0.55, rayon_km=200, tri="distance")
        missing_point = await api.client.get("/v1/sessions", params={"rayon_km": 10})
        small = await api.client.get("/v1/sessions", params={"lat": 47.2184, "lon": -1.5536, "rayon_km": 30})
    items = near_nantes.json()["items"]
    # Angers is ~80 km from Nantes, La Roche-sur-Yon ~62 km: both in, sorted by start date.
    assert [i["id"] for i in items] == [b["session"]["id"], a["session"]["id"], c["session"]["id"]]
    assert items[1]["distance_km"] == 0.0 and 75 < items[0]["distance_km"] < 85
    assert by_distance == [b["session"]["id"], a["session"]["id"], c["session"]["id"]]
    assert missing_point.status_code == 422 and missing_point.json()["errors"][0]["pointer"] == "/lat"
    assert [i["lieu"]["commune"] for i in small.json()["items"]] == ["Nantes"]


async def test_ended_sessions_are_left_out_unless_asked(catalog):
    async with catalog() as api:
        past = await api.offer(debut=-200, fin=-10)
        current = await api.offer(debut=-5, fin=30)
        default = await _ids(api)
        everything = await _ids(api, inclure_terminees="true")
    assert default == [current["session"]["id"]]
    assert everything == [past["session"]["id"], current["session"]["id"]]


async def test_pagination_and_item_shape(catalog):
    async with catalog() as api:
        ids = await api.offer()
        for days in (30, 40, 50):
            await api.ok(
                "/v1/sessions",
                {
                    "action_id": ids["action"]["id"],
                    "debut": api.iso(days),
                    "fin": api.iso(days + 60),
                    "places_ouvertes": 4,
                },
            )
        page2 = (await api.client.get("/v1/sessions", params={"page": 2, "limit": 3})).json()
        too_big = await api.client.get("/v1/sessions", params={"limit": 101})
    assert page2["total"] == 4 and page2["page"] == 2 and page2["limit"] == 3 and len(page2["items"]) == 1
    item = page2["items"][0]
    assert item["debut"] == api.iso(50)
    assert item["lieu"]["commune_insee"] == "44109" and item["organisme"]["siret"] == api.OF_A
    assert item["dispositif"] == {"code": "VISA_METIERS", "libelle": "VISA Métiers"}
    assert item["lot"]["numero"] == 10 and item["formation"]["certification"]["code_rncp"] == "RNCP31008"
    assert too_big.status_code == 422


async def test_renaming_an_organisme_updates_the_search(catalog):
    async with catalog() as api:
        ids = await api.offer()
        renamed = await api.client.patch(
            f"/v1/organismes/{api.OF_A}", json={"raison_sociale": "Greta Côte d'Amour"}, headers=api.region
        )
        found = await _ids(api, q="greta cote")
    assert renamed.status_code == 200
    assert found == [ids["session"]["id"]]


async def test_malformed_codes_in_the_search_are_named(catalog):
    async with catalog() as api:
        rome = await api.client.get("/v1/sessions", params={"rome": "F16%"})
        formacode = await api.client.get("/v1/sessions", params={"formacode": "224_3"})
        lower = await api.client.get("/v1/sessions", params={"rome": " f1602 "})
    assert rome.status_code == 422 and rome.json()["errors"][0]["pointer"] == "/rome"
    assert "ROME" in rome.json()["errors"][0]["message"]
    assert formacode.status_code == 422 and formacode.json()["errors"][0]["pointer"] == "/formacode"
    assert lower.status_code == 200


async def test_a_session_moved_back_into_the_future_is_found_again(catalog):
    """`en_cours` (the search's index hint) follows `fin` on every write, not only on the sweep."""
    async with catalog() as api:
        ended = await api.offer(debut=-90, fin=-3)
        session_id = ended["session"]["id"]
        before = await _ids(api)
        patched = await api.client.patch(
            f"/v1/sessions/{session_id}", json={"fin": api.iso(30)}, headers=api.region
        )
        after = await _ids(api)
    assert before == []
    assert patched.status_code == 200, patched.text
    assert after == [session_id]


async def test_the_sweep_marks_ended_sessions_and_the_history_keeps_them(catalog):
    from datetime import timedelta

    from catalog.sessions.ended import mark_ended

    async with catalog() as api:
        first = await api.offer(debut=-30, fin=2)
        second = await api.offer(debut=-20, fin=20)
        database = api.app.state.database
        nothing_yet = await mark_ended(database)
        # Five days on, the first session has ended: the sweep marks it, and only it.
        marked = await mark_ended(database, region_today() + timedelta(days=5))
        again = await mark_ended(database, region_today() + timedelta(days=5))
        history = await _ids(api, inclure_terminees="true")
    assert (nothing_yet, marked, again) == (0, 1, 0)
    assert history == [first["session"]["id"], second["session"]["id"]]


async def test_catalogue_connections_carry_their_settings_on_postgresql(catalog):
    """The planner costs the search's plans rely on; SQLite has no such settings."""
    from sqlalchemy import text

    async with catalog(db_server_settings={"random_page_cost": "1.1", "work_mem": "8MB"}) as api:
        database = api.app.state.database
        if not is_postgres(database):
            pytest.skip("paramètres de connexion PostgreSQL")
        async with database.engine.connect() as conn:
            cost = (await conn.execute(text("SHOW random_page_cost"))).scalar_one()
            work_mem = (await conn.execute(text("SHOW work_mem"))).scalar_one()
            path = (await conn.execute(text("SHOW search_path"))).scalar_one()
    assert (cost, work_mem) == ("1.1", "8MB")
    assert database.schema in path  # the service's schema still comes first
