"""Demo data: generated through the use cases once the catalogue has sessions, calibrated on the seeds."""

import asyncio

import pytest

pytestmark = pytest.mark.asyncio


async def _wait_done(api):
    status = {}
    for _ in range(3000):
        status = (await api.client.get("/v1/demo", headers=api.region)).json()
        if status["etat"] in ("TERMINEE", "CATALOGUE_VIDE", "DEJA_PRESENTE"):
            break
        await asyncio.sleep(0.1)
    return status


async def test_demo_population_is_calibrated(start_parcours):
    async with start_parcours(demo=True, demo_max_sessions=10) as api:
        for n in range(10):
            api.catalogue.add_session(
                places=12, debut=-700 + n * 10, fin=-670 + n * 10, certifiante=n % 3 != 0
            )
        status = await _wait_done(api)
        assert status["etat"] == "TERMINEE", status
        stats = status["statistiques"]
        assert 0.80 <= stats["entrees"] / stats["places"] <= 0.96
        exits = stats["ruptures"] + stats["termes"]
        assert exits == stats["entrees"]  # every session has ended
        assert 0.16 <= stats["ruptures"] / exits <= 0.30
        assert 0.47 <= stats["emploi_6_mois"] / stats["suivis_6_mois"] <= 0.71
        # Everything went through the API's rules: the records are there, holds were taken and released.
        parcours = (await api.client.get("/v1/parcours?statut=SORTI&limit=1", headers=api.region)).json()
        assert parcours["total"] == exits
        assert len(await api.events("parcours.entree")) == stats["entrees"]
        assert all(h["statut"] == "LIBEREE" for h in api.catalogue.holds.values())
        alerts = (await api.client.get("/v1/alertes?limit=1", headers=api.region)).json()
        assert alerts["total"] > 0


async def test_no_demo_when_disabled(api):
    assert (await api.client.get("/v1/demo", headers=api.region)).json() == {"etat": "DESACTIVEE"}


async def test_not_ready_until_the_demo_is_written(start_parcours):
    async with start_parcours(demo=True, demo_max_sessions=3) as api:
        waiting = await api.client.get("/readyz")
        assert waiting.status_code == 503
        assert "démonstration" in waiting.json()["detail"]
        for n in range(3):
            api.catalogue.add_session(places=10, debut=-400 + n * 10, fin=-370 + n * 10, certifiante=True)
        assert (await _wait_done(api))["etat"] == "TERMINEE"
        assert (await api.client.get("/readyz")).status_code == 200


async def test_places_are_held_while_a_session_runs(start_parcours):
    async with start_parcours(demo=True, demo_max_sessions=2) as api:
        api.catalogue.add_session(places=10, debut=-20, fin=60, certifiante=True)  # running
        api.catalogue.add_session(places=10, debut=20, fin=90, certifiante=True)  # not started
        status = await _wait_done(api)
        assert status["etat"] == "TERMINEE", status
        held = [h["statut"] for h in api.catalogue.holds.values()]
        # Every candidature asked for a place; entries occupy theirs, accepted future candidates keep theirs.
        assert len(held) == status["statistiques"]["candidatures"]
        assert held.count("CONFIRMEE") > 0 and held.count("ACTIVE") > 0
