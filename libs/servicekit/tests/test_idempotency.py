"""The Idempotency-Key dependency as a partner sees it: one write per key, the first answer replayed."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import Column, Integer, MetaData, String, Table, func, insert, select

from servicekit.auth import TokenVerifier
from servicekit.db import Database, SessionDep
from servicekit.idempotency import Once, idempotent, make_idempotency_table
from servicekit.problems import Problem, install_problem_handlers
from servicekit.testing import ISSUER, TestKeys, bearer, throwaway_database

metadata = MetaData()
item = Table(
    "item",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("nom", String(40), nullable=False),
)
Idempotent = Annotated[Once, Depends(idempotent(make_idempotency_table(metadata)), scope="function")]


class ItemIn(BaseModel):
    nom: str


class ItemOut(BaseModel):
    id: int
    nom: str


def make_app(database: Database, keys: TestKeys) -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)
    app.state.database = database
    app.state.token_verifier = TokenVerifier(issuer=ISSUER, audience=keys.audience, jwks_file=keys.jwks_file)

    async def add(session: Any, nom: str) -> dict[str, Any]:
        new_id = (await session.execute(insert(item).values(nom=nom).returning(item.c.id))).scalar_one()
        return {"id": new_id, "nom": nom, "interne": "jamais montré"}

    @app.post("/lots/{lot}/items", status_code=201, response_model=ItemOut)
    async def create(lot: int, data: ItemIn, session: SessionDep, once: Idempotent) -> Any:
        if data.nom == "refus":
            await add(session, data.nom)
            raise Problem(409, "Refusé.", code="refus")
        return await once.keep(await add(session, data.nom))

    @app.post("/oubli", status_code=201)
    async def forgets_to_keep(data: ItemIn, session: SessionDep, once: Idempotent) -> Any:
        return await add(session, data.nom)

    @app.get("/count")
    async def count(session: SessionDep) -> int:
        return int((await session.execute(select(func.count()).select_from(item))).scalar_one())

    return app


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, TestKeys]]:
    keys = TestKeys(tmp_path)
    async with throwaway_database(tmp_path, "idem") as (url, schema):
        database = Database(url, schema)
        await database.prepare()
        async with database.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
        transport = httpx.ASGITransport(app=make_app(database, keys), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield client, keys
        await database.dispose()


def _caller(keys: TestKeys, org: str, key: str) -> dict[str, str]:
    return {**bearer(keys.mint(role="organisme", org_id=org)), "Idempotency-Key": key}


async def _count(client: httpx.AsyncClient) -> int:
    return int((await client.get("/count")).json())


async def test_same_key_and_body_replays_the_first_answer_without_writing_again(api):
    client, keys = api
    headers = _caller(keys, "OF1", "k-1")
    first = await client.post("/lots/1/items", json={"nom": "a"}, headers=headers)
    replay = await client.post("/lots/1/items", json={"nom": "a"}, headers=headers)
    assert first.status_code == 201 and "idempotent-replay" not in first.headers
    assert first.json() == {"id": 1, "nom": "a"}  # serialised by the route's response model
    assert replay.status_code == 201 and replay.headers["idempotent-replay"] == "true"
    assert replay.json() == first.json()
    assert await _count(client) == 1


async def test_same_key_for_another_request_is_refused(api):
    client, keys = api
    headers = _caller(keys, "OF1", "k-2")
    await client.post("/lots/1/items", json={"nom": "a"}, headers=headers)
    other_body = await client.post("/lots/1/items", json={"nom": "b"}, headers=headers)
    other_path = await client.post("/lots/2/items", json={"nom": "a"}, headers=headers)
    for resp in (other_body, other_path):
        assert resp.status_code == 422
        assert resp.json()["code"] == "idempotency_key_reused"
    assert await _count(client) == 1


async def test_keys_belong_to_their_caller(api):
    client, keys = api
    mine = await client.post("/lots/1/items", json={"nom": "a"}, headers=_caller(keys, "OF1", "k-3"))
    theirs = await client.post("/lots/1/items", json={"nom": "b"}, headers=_caller(keys, "OF2", "k-3"))
    assert mine.status_code == theirs.status_code == 201
    assert "idempotent-replay" not in theirs.headers and theirs.json()["nom"] == "b"
    assert await _count(client) == 2


async def test_a_refused_request_keeps_nothing_and_leaves_the_key_free(api):
    client, keys = api
    headers = _caller(keys, "OF1", "k-4")
    refused = await client.post("/lots/1/items", json={"nom": "refus"}, headers=headers)
    retried = await client.post("/lots/1/items", json={"nom": "a"}, headers=headers)
    assert refused.status_code == 409
    assert retried.status_code == 201 and "idempotent-replay" not in retried.headers
    assert await _count(client) == 1


async def test_a_route_that_does_not_keep_its_answer_fails_and_writes_nothing(api):
    client, keys = api
    forgotten = await client.post("/oubli", json={"nom": "a"}, headers=_caller(keys, "OF1", "k-5"))
    without_key = await client.post("/oubli", json={"nom": "b"}, headers=bearer(keys.mint(role="organisme")))
    assert forgotten.status_code == 500
    assert without_key.status_code == 201
    assert await _count(client) == 1


async def test_without_a_key_every_call_writes_and_an_overlong_key_is_refused(api):
    client, keys = api
    plain = bearer(keys.mint(role="organisme", org_id="OF1"))
    for _ in range(2):
        assert (await client.post("/lots/1/items", json={"nom": "a"}, headers=plain)).status_code == 201
    long_key = await client.post("/lots/1/items", json={"nom": "a"}, headers=_caller(keys, "OF1", "x" * 201))
    assert long_key.status_code == 422
    assert await _count(client) == 2
