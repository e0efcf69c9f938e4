"""A refused token (issue 17, found by schemathesis): a write with a forged or revoked bearer answers
401 `invalid_token`, and the OpenAPI declares that code (it listed `unauthorized` only)."""

import pytest

pytestmark = pytest.mark.asyncio
PROBLEM = "application/problem+json"


@pytest.mark.parametrize(("method", "path"), [("post", "/v1/sessions"), ("patch", "/v1/lots/{lot_id}")])
async def test_a_forged_token_is_a_declared_401_invalid_token(catalog, method, path):
    async with catalog() as api:
        spec = (await api.client.get("/openapi.json")).json()
        resp = await api.client.request(
            method.upper(),
            path,
            json={} if method == "post" else None,
            headers={"Authorization": "Bearer x.y.z"},
        )
        assert resp.status_code == 401 and resp.json()["code"] == "invalid_token"
        declared = spec["paths"][path][method]["responses"]["401"]["content"][PROBLEM]["schema"]
        assert "invalid_token" in declared["properties"]["code"]["enum"]
