"""The whole platform in process: offer and parcours created through their APIs, read back as indicators."""

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest

from servicekit.dates import region_today
from servicekit.testing import bearer

pytestmark = pytest.mark.asyncio
OF_1 = "44278000000018"
TODAY = region_today()  # the Région's day, as parcours dates entries


def iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


async def _token(client: httpx.AsyncClient, client_id: str) -> dict[str, str]:
    resp = await client.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(client_id, "demo-secret")
    )
    assert resp.status_code == 200, resp.text
    return bearer(resp.json()["access_token"])


async def _ok(client: httpx.AsyncClient, path: str, body: Any, headers: dict[str, str]) -> dict[str, Any]:
    resp = await client.post(path, json=body, headers=headers)
    assert resp.status_code in (200, 201), f"{path}: {resp.text}"
    data: dict[str, Any] = resp.json()
    return data


async def _offer(client: httpx.AsyncClient, region: dict[str, str]) -> dict[str, Any]:
    cat = "/api/catalog/v1"
    if (await client.get(f"{cat}/organismes/{OF_1}", headers=region)).status_code != 200:
        await _ok(
            client, f"{cat}/organismes", {"siret": OF_1, "raison_sociale": "Formation Atlantique"}, region
        )
    marche = await _ok(
        client,
        f"{cat}/marches",
        {
            "reference": f"M-{uuid.uuid4().hex[:6]}",
            "intitule": "VISA",
            "dispositif": "VISA_METIERS",
            "debut": iso(-300),
            "fin": iso(300),
        },
        region,
    )
    lot = await _ok(
        client,
        f"{cat}/lots",
        {
            "marche_id": marche["id"],
            "numero": 10,
            "intitule": "Bâtiment Vendée",
            "secteur": "CONSTRUCTION",
            "departement": "85",
            "organisme_siret": OF_1,
            "objectif_entrees": 40,
        },
        region,
    )
    formation = await _ok(
        client,
        f"{cat}/formations",
        {
            "lot_id": lot["id"],
            "intitule": "Maçon",
            "certification": {"code_rncp": "RNCP31008", "niveau": "3"},
            "formacodes": ["22403"],
            "romes": ["F1703"],
        },
        region,
    )
    action = await _ok(
        client,
        f"{cat}/actions",
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
            "heures_entreprise": 100,
        },
        region,
    )
    session = await _ok(
        client,
        f"{cat}/sessions",
        {"action_id": action["id"], "debut": iso(-60), "fin": iso(120), "places_ouvertes": 8},
        region,
    )
    return {"lot": lot, "session": session}


async def _wait_for(
    client: httpx.AsyncClient, path: str, params: dict[str, str], headers: dict[str, str], ok: Any
) -> dict[str, Any]:
    """The indicators follow the feeds by themselves: poll the public answer until it shows (≤ 10 s)."""
    body: dict[str, Any] = {}
    for _ in range(100):
        resp = await client.get(path, params=params, headers=headers)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        if ok(body):
            return body
        await asyncio.sleep(0.1)
    raise AssertionError(f"indicateur pas à jour : {body}")


async def test_parcours_created_through_the_apis_show_in_the_indicators(gateway_stack):
    async with gateway_stack() as client:
        region = await _token(client, "demo-region")
        ft = await _token(client, "demo-france-travail")
        of1 = await _token(client, "demo-of-1")
        offer = await _offer(client, region)
        sid = offer["session"]["id"]
        pids = []
        for i, sexe in enumerate(["F", "F", "M"]):
            stagiaire = {
                "identifiant_ft": f"FT{uuid.uuid4().int % 10**7:07d}",
                "nom": "Martin",
                "prenom": "Léa",
                "date_naissance": "1999-04-12" if i else "1970-01-01",
                "sexe": sexe,
                "commune_insee": "85191",
                "niveau": "V",
                "date_inscription_de": iso(-700),
                "rqth": i == 2,
                "rsa": False,
            }
            cand = await _ok(
                client,
                "/api/parcours/v1/candidatures",
                {
                    "session_id": sid,
                    "stagiaire": stagiaire,
                    "message": "Projet validé.",
                    "date_candidature": iso(-58),
                },
                ft,
            )
            await _ok(
                client,
                f"/api/parcours/v1/candidatures/{cand['id']}/decision",
                {"decision": "ACCEPTEE", "date": iso(-56)},
                of1,
            )
            parcours = await _ok(
                client,
                f"/api/parcours/v1/candidatures/{cand['id']}/entree",
                {"date_entree": iso(-50), "heures_prevues": 400},
                of1,
            )
            pids.append(parcours["id"])
        await _ok(
            client,
            f"/api/parcours/v1/parcours/{pids[0]}/sortie",
            {"date_sortie": iso(-10), "type": "ABANDON", "motif": "SANTE"},
            of1,
        )

        year = iso(-50)[:4]
        path = "/api/indicators/v1/indicateurs/taux_rupture"
        body = await _wait_for(
            client,
            path,
            {"periode": year},
            region,
            lambda b: b["valeurs"] and b["valeurs"][0]["numerateur"] == 1,
        )
        row = body["valeurs"][0]
        # 3 entries through the real APIs, 1 abandon for health.
        assert (row["numerateur"], row["denominateur"], row["secret"]) == (1, 3, False)
        assert body["donnees_au"] is not None
        entrees = await client.get(
            "/api/indicators/v1/indicateurs/entrees",
            params={"periode": year, "par": "sexe,lot"},
            headers=region,
        )
        by_sexe = {r["dimensions"]["sexe"]: r["valeur"] for r in entrees.json()["valeurs"]}
        assert by_sexe == {"F": 2, "M": 1}
        assert {r["dimensions"]["lot"] for r in entrees.json()["valeurs"]} == {offer["lot"]["id"]}
        # A valideur sees the same cohort of 3 suppressed (under the threshold of 5).
        hidden = (await client.get(path, params={"periode": year}, headers=ft)).json()["valeurs"][0]
        assert hidden["secret"] is True and hidden["valeur"] is None
        # The offer side comes from the catalogue's feed.
        places = await _wait_for(
            client,
            "/api/indicators/v1/indicateurs/places_ouvertes",
            {"periode": iso(-60)[:4]},
            region,
            lambda b: bool(b["valeurs"]),
        )
        assert places["valeurs"][0]["valeur"] == 8
        bilan = await client.get(
            f"/api/indicators/v1/lots/{offer['lot']['id']}/bilan", params={"periode": year}, headers=region
        )
        assert bilan.status_code == 200, bilan.text
        assert {i["code"]: i["lot"]["valeur"] for i in bilan.json()["indicateurs"]}["entrees"] == 3
