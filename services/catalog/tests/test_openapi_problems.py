"""The OpenAPI tells a partner every problem an operation answers, and the answers keep to it."""

PROBLEM = "application/problem+json"


def _codes(spec, method: str, path: str, status: str) -> list[str]:
    answer = spec["paths"][path][method]["responses"][status]
    return answer["content"][PROBLEM]["schema"]["properties"]["code"]["enum"]


async def test_every_operation_documents_its_problem_answers(catalog):
    async with catalog() as api:
        spec = (await api.client.get("/openapi.json")).json()
    bare = [
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        if path.startswith("/v1/")
        for method, operation in item.items()
        if not any(PROBLEM in r.get("content", {}) for s, r in operation["responses"].items() if s[0] == "4")
    ]
    assert bare == []
    # FastAPI's own 422 shape is not what the service answers: it is replaced everywhere.
    assert "HTTPValidationError" not in spec.get("components", {}).get("schemas", {})


async def test_a_refused_answer_carries_a_code_its_operation_declares(catalog):
    async with catalog() as api:
        spec = (await api.client.get("/openapi.json")).json()
        ids = await api.offer()
        body = {
            "action_id": ids["action"]["id"],
            "debut": api.iso(40),
            "fin": api.iso(90),
            "places_ouvertes": 8,
        }
        other_of = await api.post("/v1/sessions", body, api.of(api.OF_B))
        headers = {**api.of(api.OF_A), "Idempotency-Key": "k"}
        await api.post("/v1/sessions", body, headers)
        reused = await api.post("/v1/sessions", {**body, "places_ouvertes": 2}, headers)
        sid = ids["session"]["id"]
        hold = {"session_id": sid, "candidature_id": "11111111-1111-1111-1111-111111111111"}
        assert (await api.post("/v1/reservations", hold, api.service)).status_code == 201
        lowered = await api.client.patch(
            f"/v1/sessions/{sid}", json={"places_ouvertes": 0}, headers=api.region
        )
        missing = await api.client.get("/v1/lots/00000000-0000-0000-0000-000000000000")
    assert other_of.status_code == 403 and other_of.json()["code"] == "hors_perimetre"
    assert "hors_perimetre" in _codes(spec, "post", "/v1/sessions", "403")
    assert reused.json()["code"] in _codes(spec, "post", "/v1/sessions", "422")
    assert lowered.status_code == 409
    assert lowered.json()["code"] in _codes(spec, "patch", "/v1/sessions/{session_id}", "409")
    assert missing.json()["code"] in _codes(spec, "get", "/v1/lots/{lot_id}", "404")
