"""Paging bounds (issue 17): a page number beyond any list is a 422 naming `page`, not a driver overflow."""

import pytest

pytestmark = pytest.mark.asyncio

HUGE = "100000000000000000000"


@pytest.mark.parametrize("path", ["/v1/sessions", "/v1/formations"])
async def test_huge_page_is_a_422_naming_page(catalog, path):
    async with catalog() as api:
        resp = await api.client.get(f"{path}?page={HUGE}", headers=api.valideur)
        assert resp.status_code == 422, resp.text
        assert resp.headers["content-type"].startswith("application/problem+json")
        assert [e["pointer"] for e in resp.json()["errors"]] == ["/page"]
