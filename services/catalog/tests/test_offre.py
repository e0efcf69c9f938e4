"""The offer through HTTP: the Région builds it, bad input names the field, everyone reads it."""

import pytest

pytestmark = pytest.mark.asyncio


async def test_region_builds_the_whole_offer_and_anyone_reads_it(catalog):
    async with catalog() as api:
        ids = await api.offer()
        lot = (await api.client.get(f"/v1/lots/{ids['lot']['id']}")).json()
        formation = (await api.client.get(f"/v1/formations/{ids['formation']['id']}")).json()
        lots = (await api.client.get("/v1/lots", params={"organisme": api.OF_A})).json()
        none = (await api.client.get("/v1/lots", params={"organisme": api.OF_B})).json()
    assert lot["organisme_siret"] == "44278000000018" and lot["dispositif"] == "VISA_METIERS"
    assert formation["certification"] == {"code_rncp": "RNCP31008", "niveau": "3", "intitule": None}
    assert formation["certifiante"] is True and formation["programme"] == "VISA"
    assert lots["total"] == 1 and none["total"] == 0
    assert ids["session"]["places_disponibles"] == 10


async def test_bad_input_names_each_field_in_french_and_stores_nothing(catalog):
    async with catalog() as api:
        bad_siret = await api.post("/v1/organismes", {"siret": "44278000000019", "raison_sociale": "X"})
        ids = await api.offer()
        before = (await api.client.get("/v1/formations")).json()["total"]
        bad_formation = await api.post(
            "/v1/formations",
            {
                "lot_id": ids["lot"]["id"],
                "intitule": "Plaquiste",
                "romes": ["F1604", "Z999"],
                "certification": {"code_rncp": "ABC"},
            },
        )
        after = (await api.client.get("/v1/formations")).json()["total"]
        bad_lot = await api.post(
            "/v1/lots",
            {
                "marche_id": ids["marche"]["id"],
                "numero": 11,
                "intitule": "X",
                "secteur": "NOPE",
                "departement": "99",
                "organisme_siret": api.OF_B,
            },
        )
        bad_session = await api.post(
            "/v1/sessions",
            {
                "action_id": ids["action"]["id"],
                "debut": api.iso(30),
                "fin": api.iso(10),
                "places_ouvertes": 5,
            },
        )
        negative = await api.post(
            "/v1/sessions",
            {
                "action_id": ids["action"]["id"],
                "debut": api.iso(1),
                "fin": api.iso(10),
                "places_ouvertes": -1,
            },
        )
        lots = (await api.client.get("/v1/lots")).json()["total"]
    assert bad_siret.status_code == 422
    assert bad_siret.headers["content-type"].startswith("application/problem+json")
    assert bad_siret.json()["errors"][0]["pointer"] == "/siret"
    assert "Luhn" in bad_siret.json()["errors"][0]["message"]
    pointers = {e["pointer"] for e in bad_formation.json()["errors"]}
    assert bad_formation.status_code == 422 and pointers == {"/romes/1", "/certification/code_rncp"}
    assert before == after == 1
    lot_pointers = {e["pointer"] for e in bad_lot.json()["errors"]}
    assert lot_pointers == {"/secteur", "/departement", "/organisme_siret"}
    assert lots == 1
    assert bad_session.status_code == 422 and bad_session.json()["errors"][0]["pointer"] == "/fin"
    assert negative.status_code == 422 and negative.json()["errors"][0]["pointer"] == "/places_ouvertes"


async def test_codes_are_normalised_on_input(catalog):
    async with catalog() as api:
        ids = await api.offer()
        bare = await api.ok(
            "/v1/formations",
            {
                "lot_id": ids["lot"]["id"],
                "intitule": "Plaquiste",
                "certification": {"code_rncp": "320", "niveau": "IV"},
                "romes": ["f1604"],
            },
        )
        rs = await api.ok(
            "/v1/formations",
            {
                "lot_id": ids["lot"]["id"],
                "intitule": "CACES",
                "certification": {"code_rncp": "RS5463", "niveau": "INFRA_3"},
            },
        )
        unknown_level = await api.post(
            "/v1/formations", {"lot_id": ids["lot"]["id"], "intitule": "X", "certification": {"niveau": "IX"}}
        )
    assert bare["certification"]["code_rncp"] == "RNCP320" and bare["certification"]["niveau"] == "4"
    assert bare["romes"] == ["F1604"]
    assert rs["certification"]["code_rncp"] == "RS5463"
    assert unknown_level.json()["errors"][0]["pointer"] == "/certification/niveau"


async def test_only_the_region_writes_the_offer(catalog):
    async with catalog() as api:
        anonymous = await api.client.post("/v1/organismes", json={"siret": api.OF_B, "raison_sociale": "X"})
        as_of = await api.post("/v1/organismes", {"siret": api.OF_B, "raison_sociale": "X"}, api.of(api.OF_B))
        as_valideur = await api.post(
            "/v1/organismes", {"siret": api.OF_B, "raison_sociale": "X"}, api.valideur
        )
        public_list = await api.client.get("/v1/organismes")
    assert anonymous.status_code == 401
    assert as_of.status_code == 403 and as_valideur.status_code == 403
    assert public_list.status_code == 200 and public_list.json()["total"] == 0


async def test_an_of_manages_sessions_of_its_own_lots_only(catalog):
    async with catalog() as api:
        ids = await api.offer(siret=api.OF_A)
        await api.organisme(api.OF_B, "Compétences Anjou")
        body = {
            "action_id": ids["action"]["id"],
            "debut": api.iso(40),
            "fin": api.iso(90),
            "places_ouvertes": 8,
        }
        own = await api.post("/v1/sessions", body, api.of(api.OF_A))
        other = await api.post("/v1/sessions", body, api.of(api.OF_B))
        patch_other = await api.client.patch(
            f"/v1/sessions/{ids['session']['id']}", json={"places_ouvertes": 3}, headers=api.of(api.OF_B)
        )
        patch_own = await api.client.patch(
            f"/v1/sessions/{ids['session']['id']}",
            json={"etat_recrutement": "SUSPENDU"},
            headers=api.of(api.OF_A),
        )
        module_other = await api.post(
            "/v1/modules",
            {"action_id": ids["action"]["id"], "type": "SST", "intitule": "SST"},
            api.of(api.OF_B),
        )
        count = (await api.client.get("/v1/sessions", params={"organisme": api.OF_A})).json()["total"]
    assert own.status_code == 201, own.text
    assert other.status_code == 403 and other.json()["code"] == "hors_perimetre"
    assert patch_other.status_code == 403
    assert patch_own.status_code == 200 and patch_own.json()["etat_recrutement"] == "SUSPENDU"
    assert module_other.status_code == 403
    assert count == 2


async def test_groupement_cotraitant_may_manage_sessions(catalog):
    async with catalog() as api:
        await api.organisme(api.OF_B, "Compétences Anjou")
        ids = await api.offer(siret=api.OF_A)
        patched = await api.client.patch(
            f"/v1/lots/{ids['lot']['id']}", json={"cotraitants": [api.OF_B]}, headers=api.region
        )
        body = {
            "action_id": ids["action"]["id"],
            "debut": api.iso(40),
            "fin": api.iso(90),
            "places_ouvertes": 8,
        }
        as_cotraitant = await api.post("/v1/sessions", body, api.of(api.OF_B))
        lots_of_b = (await api.client.get("/v1/lots", params={"organisme": api.OF_B})).json()
    assert patched.status_code == 200 and patched.json()["cotraitants"] == [api.OF_B]
    assert as_cotraitant.status_code == 201
    assert [lot["id"] for lot in lots_of_b["items"]] == [ids["lot"]["id"]]


async def test_lot_by_territoire_takes_its_departement_and_duplicates_conflict(catalog):
    async with catalog() as api:
        ids = await api.offer()
        lot = await api.ok(
            "/v1/lots",
            {
                "marche_id": ids["marche"]["id"],
                "numero": 3,
                "intitule": "PRÉPA 85 Sud",
                "territoire": "85-SUD",
                "organisme_siret": api.OF_A,
            },
        )
        mismatch = await api.post(
            "/v1/lots",
            {
                "marche_id": ids["marche"]["id"],
                "numero": 4,
                "intitule": "X",
                "territoire": "85-SUD",
                "departement": "44",
                "organisme_siret": api.OF_A,
            },
        )
        duplicate = await api.post(
            "/v1/lots",
            {
                "marche_id": ids["marche"]["id"],
                "numero": 3,
                "intitule": "X",
                "departement": "44",
                "organisme_siret": api.OF_A,
            },
        )
        again = await api.post("/v1/organismes", {"siret": api.OF_A, "raison_sociale": "Doublon"})
    assert lot["departement"] == "85" and lot["territoire"] == "85-SUD"
    assert mismatch.status_code == 422 and mismatch.json()["errors"][0]["pointer"] == "/territoire"
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "lot_existant"
    assert again.status_code == 409


async def test_modules_are_proposed_then_decided_by_the_region(catalog):
    async with catalog() as api:
        ids = await api.offer()
        action_id = ids["action"]["id"]
        proposed = await api.ok(
            "/v1/modules",
            {
                "action_id": action_id,
                "type": "REMISE_A_NIVEAU",
                "intitule": "Remise à niveau maths",
                "heures": 70,
            },
            api.of(api.OF_A),
        )
        by_of = await api.post(
            f"/v1/modules/{proposed['id']}/decision", {"decision": "VALIDE"}, api.of(api.OF_A)
        )
        refuse_no_motif = await api.post(f"/v1/modules/{proposed['id']}/decision", {"decision": "REFUSE"})
        validated = await api.ok(f"/v1/modules/{proposed['id']}/decision", {"decision": "VALIDE"})
        twice = await api.post(f"/v1/modules/{proposed['id']}/decision", {"decision": "REFUSE", "motif": "x"})
        withdrawn = await api.ok(
            f"/v1/modules/{proposed['id']}/retrait", {"motif": "plus de formateur"}, api.of(api.OF_A)
        )
        unknown_type = await api.post(
            "/v1/modules", {"action_id": action_id, "type": "YOGA", "intitule": "x"}
        )
        action = (await api.client.get(f"/v1/actions/{action_id}")).json()
    assert proposed["statut"] == "PROPOSE" and proposed["propose_par"] == api.OF_A
    assert by_of.status_code == 403
    assert refuse_no_motif.status_code == 422
    assert validated["statut"] == "VALIDE"
    assert twice.status_code == 409
    assert withdrawn["statut"] == "RETIRE"
    assert unknown_type.json()["errors"][0]["pointer"] == "/type"
    assert [m["statut"] for m in action["modules"]] == ["RETIRE"]


async def test_partner_posts_honour_idempotency_keys(catalog):
    async with catalog() as api:
        ids = await api.offer()
        body = {
            "action_id": ids["action"]["id"],
            "debut": api.iso(40),
            "fin": api.iso(90),
            "places_ouvertes": 8,
        }
        headers = {**api.of(api.OF_A), "Idempotency-Key": "erp-42"}
        first = await api.post("/v1/sessions", body, headers)
        replay = await api.post("/v1/sessions", body, headers)
        other = await api.post("/v1/sessions", {**body, "places_ouvertes": 9}, headers)
        total = (await api.client.get("/v1/sessions")).json()["total"]
    assert first.status_code == 201 and replay.status_code == 201
    assert replay.json() == first.json() and replay.headers["idempotent-replay"] == "true"
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert total == 2
