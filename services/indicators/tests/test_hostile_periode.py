"""A period from another era (issue 17): `0000`, `9999`, `9999-T4`, `9999-12` are 422 naming `periode`,
not a 500 from a year the calendar cannot hold."""

import pytest

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("periode", ["0000", "9999", "9999-T4", "9999-12", "1999", "2101-01", "0000-T1"])
async def test_a_year_out_of_plausible_bounds_is_a_422_naming_periode(harness, periode):
    async with harness() as h:
        resp = await h.client.get(
            "/v1/indicateurs/entrees", params={"periode": periode}, headers=h.headers("financeur")
        )
        assert resp.status_code == 422, resp.text
        body = resp.json()
        assert body["code"] == "periode_invalide" and body["errors"][0]["pointer"] == "/periode"
        assert "2000" in body["errors"][0]["message"]


async def test_bounds_of_the_plausible_years_are_answered(harness):
    async with harness() as h:
        for periode in ("2000", "2100-T4", "2100-12"):
            resp = await h.client.get(
                "/v1/indicateurs/entrees", params={"periode": periode}, headers=h.headers("financeur")
            )
            assert resp.status_code == 200, (periode, resp.text)
