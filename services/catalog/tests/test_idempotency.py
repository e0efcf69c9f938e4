"""Idempotency-Key on the catalogue's partner POSTs: one write per caller and key, the first answer replayed."""


async def test_a_key_belongs_to_its_caller_and_a_refused_attempt_leaves_it_free(catalog):
    async with catalog() as api:
        ids = await api.offer()
        body = {
            "action_id": ids["action"]["id"],
            "debut": api.iso(40),
            "fin": api.iso(90),
            "places_ouvertes": 8,
        }
        of_a = {**api.of(api.OF_A), "Idempotency-Key": "erp-7"}
        refused = await api.post("/v1/sessions", {**body, "fin": api.iso(20)}, of_a)
        first = await api.post("/v1/sessions", body, of_a)
        region = await api.post(
            "/v1/sessions", {**body, "places_ouvertes": 3}, {**api.region, "Idempotency-Key": "erp-7"}
        )
        total = (await api.client.get("/v1/sessions")).json()["total"]
    assert refused.status_code == 422 and refused.json()["errors"][0]["pointer"] == "/fin"
    assert first.status_code == 201 and "idempotent-replay" not in first.headers
    assert region.status_code == 201 and "idempotent-replay" not in region.headers
    assert region.json()["places_ouvertes"] == 3
    assert total == 3  # the offer's session, the OF's and the Région's


async def test_module_proposal_and_withdrawal_are_replayed(catalog):
    async with catalog() as api:
        ids = await api.offer()
        headers = {**api.of(api.OF_A), "Idempotency-Key": "erp-module-1"}
        module = {
            "action_id": ids["action"]["id"],
            "type": "REMISE_A_NIVEAU",
            "intitule": "Maths",
            "heures": 35,
        }
        proposed = await api.post("/v1/modules", module, headers)
        again = await api.post("/v1/modules", module, headers)
        path = f"/v1/modules/{proposed.json()['id']}/retrait"
        withdraw = {**api.of(api.OF_A), "Idempotency-Key": "erp-module-2"}
        withdrawn = await api.post(path, {"motif": "plus de formateur"}, withdraw)
        replayed = await api.post(path, {"motif": "plus de formateur"}, withdraw)
        reused = await api.post(path, {"motif": "autre motif"}, withdraw)
        listed = (await api.client.get("/v1/modules", params={"action_id": ids["action"]["id"]})).json()
    assert proposed.status_code == again.status_code == 201
    assert again.headers["idempotent-replay"] == "true" and again.json() == proposed.json()
    assert listed["total"] == 1
    assert withdrawn.status_code == replayed.status_code == 200
    assert replayed.headers["idempotent-replay"] == "true" and replayed.json()["statut"] == "RETIRE"
    assert reused.status_code == 422 and reused.json()["code"] == "idempotency_key_reused"
