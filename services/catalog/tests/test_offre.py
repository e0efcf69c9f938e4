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
