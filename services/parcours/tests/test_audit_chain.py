"""The audit log is a hash chain: an entry edited or removed in the database is named by the verification."""

import uuid
from typing import Any

import pytest
from sqlalchemy import Uuid, bindparam, text

pytestmark = pytest.mark.asyncio


async def _verification(api: Any) -> dict[str, Any]:
    resp = await api.client.get("/v1/audit/verification", headers=api.region)
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


async def _sql(api: Any, statement: str, entry_id: str) -> None:
    """Tamper with one row behind the service's back (ids bound as UUIDs: SQLite stores them as hex)."""
    stmt = text(statement).bindparams(bindparam("id", type_=Uuid()))
    async with api.app.state.database.sessionmaker() as session, session.begin():
        await session.execute(stmt, {"id": uuid.UUID(entry_id)})


async def _entries(api: Any) -> list[dict[str, Any]]:
    resp = await api.client.get("/v1/audit?limit=100", headers=api.region)
    return list(reversed(resp.json()["items"]))


async def test_normal_flow_verifies(api):
    await api.parcours(api.catalogue.add_session())
    body = await _verification(api)
    assert body["valide"] is True and body["premiere_rupture"] is None
    assert body["entrees"] == len(await _entries(api)) >= 3


async def test_an_edited_row_is_named(api):
    await api.parcours(api.catalogue.add_session())
    target = (await _entries(api))[1]
    await _sql(api, "UPDATE audit SET acteur = 'quelqu-un' WHERE id = :id", target["id"])
    body = await _verification(api)
    assert body["valide"] is False
    assert body["premiere_rupture"]["id"] == target["id"]
    assert body["premiere_rupture"]["position"] == 2 and body["premiere_rupture"]["raison"]


async def test_a_deleted_row_is_named(api):
    await api.parcours(api.catalogue.add_session())
    entries = await _entries(api)
    await _sql(api, "DELETE FROM audit WHERE id = :id", entries[1]["id"])
    body = await _verification(api)
    assert body["valide"] is False
    # The gap shows at the entry that followed the removed one.
    assert body["premiere_rupture"]["id"] == entries[2]["id"]
    assert body["premiere_rupture"]["position"] == 3


async def test_only_the_region_verifies(api):
    for who in (api.of1, api.ft):
        assert (await api.client.get("/v1/audit/verification", headers=who)).status_code == 403
