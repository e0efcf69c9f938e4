"""The merged OpenAPI documents the problems the gateway's own operations answer (issue 13)."""


def _codes(operation, status):
    schema = operation["responses"][status]["content"]["application/problem+json"]["schema"]
    return set(schema["properties"]["code"]["enum"])


async def test_admin_me_and_userinfo_document_their_problem_answers(gateway):
    async with gateway() as client:
        spec = (await client.get("/api/openapi.json")).json()
    admin = [
        (path, method, op)
        for path, item in spec["paths"].items()
        if path.startswith("/api/admin/")
        for method, op in item.items()
    ]
    assert len(admin) == 13
    for path, method, op in admin:
        assert {"401", "403"} <= set(op["responses"]), f"{method} {path}"
    disable = spec["paths"]["/api/admin/clients/{client_id}/desactivation"]["post"]
    assert _codes(disable, "404") == {"client_introuvable"}
    assert _codes(disable, "409") == {"client_protege", "dernier_administrateur"}
    for path in ("/api/me", "/oauth2/userinfo"):
        assert "401" in spec["paths"][path]["get"]["responses"], path
