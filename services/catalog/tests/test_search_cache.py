"""The places search answers from memory only while the offer is unchanged, whoever changes it."""

import asyncio
import re
import uuid

import asyncpg
import httpx
import pytest

from catalog.db import metadata
from servicekit.db import driver_dsn, is_postgres

pytestmark = pytest.mark.asyncio

# Tables whose writes cannot change a search answer: the event feed and the idempotency answers.
NOT_OFFER = {"outbox_event", "idempotence"}


async def _cache_count(api, outcome: str) -> int:
    text = (await api.client.get("/metrics")).text
    found = re.search(rf'^catalog_search_cache_total\{{outcome="{outcome}"\}} ([0-9.]+)$', text, re.M)
    return int(float(found.group(1))) if found else 0


async def _available(api, session_id: str) -> int:
    resp = await api.client.get("/v1/sessions", params={"q": "electricien"})
    assert resp.status_code == 200, resp.text
    return next(i["places_disponibles"] for i in resp.json()["items"] if i["id"] == session_id)


async def _listening(api) -> None:
    """PostgreSQL: the cache serves once the LISTEN connection is up (a background task starts it)."""
    for _ in range(100):
        if api.app.state.offer_cache.usable:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("le catalogue n'écoute pas les changements de l'offre")


def _dsn(api) -> str:
    return driver_dsn(api.app.state.database.url)


async def _elsewhere(api, sql: str, *args):
    """A statement on a connection of its own: another worker, a replica or an operator."""
    other = await asyncpg.connect(_dsn(api))
    try:
        return await other.fetchval(sql.format(schema=api.app.state.database.schema), *args)
    finally:
        await other.close()


async def _asked_twice_while_unchanged(api, sid: str, places: int) -> None:
    """The second of two identical searches comes from memory. A notification of the offer's own
    creation may still arrive late (it empties the cache, rightly): then the pair is asked again."""
    cache = api.app.state.offer_cache
    for _ in range(20):
        generation, hits = cache.generation, await _cache_count(api, "hit")
        assert await _available(api, sid) == places
        assert await _available(api, sid) == places
        if cache.generation == generation:
            assert await _cache_count(api, "hit") == hits + 1
            return
    raise AssertionError("l'offre n'a jamais cessé de changer")


SET_PLACES = 'UPDATE "{schema}".session_formation SET places_ouvertes = $2 WHERE id = $1'


async def test_a_repeated_search_is_served_again_and_a_hold_shows_at_once(catalog):
    async with catalog() as api:
        sid = (await api.offer(places=4))["session"]["id"]
        await _listening(api)
        await _asked_twice_while_unchanged(api, sid, 4)
        hold = {"session_id": sid, "candidature_id": str(uuid.uuid4())}
        resp = await api.client.post("/v1/reservations", json=hold, headers=api.service)
        assert resp.status_code == 201, resp.text
        assert await _available(api, sid) == 3  # the hold's commit emptied the cache
        metrics = (await api.client.get("/metrics")).text
    # Answers from memory are still counted under the route's template.
    assert 'route="/v1/sessions",status="200"' in metrics


async def test_the_same_question_asked_at_once_is_computed_once(catalog):
    async with catalog() as api:
        await api.offer(places=4)
        await _listening(api)
        misses, hits = await _cache_count(api, "miss"), await _cache_count(api, "hit")
        same = await asyncio.gather(
            *(api.client.get("/v1/sessions", params={"q": "electricien"}) for _ in range(10))
        )
        assert await _cache_count(api, "miss") == misses + 1
        assert await _cache_count(api, "hit") == hits + 9
        # A question that fails is not shared: each caller gets its own answer naming the field.
        malformed = await asyncio.gather(
            *(api.client.get("/v1/sessions", params={"rome": "%"}) for _ in range(4))
        )
    assert {r.status_code for r in same} == {200} and len({r.content for r in same}) == 1
    assert {r.status_code for r in malformed} == {422}
    assert all("/rome" in r.text for r in malformed)


async def test_without_a_cache_the_answers_are_the_same(catalog):
    async with catalog(search_cache_entries=0) as api:
        sid = (await api.offer(places=4))["session"]["id"]
        first = await _available(api, sid)
        second = await _available(api, sid)
        assert await _cache_count(api, "hit") == 0
        assert await _cache_count(api, "bypass") == 2
    assert first == second == 4


async def test_a_write_by_another_process_reaches_the_search(catalog):
    async with catalog() as api:
        database = api.app.state.database
        if not is_postgres(database):
            pytest.skip("SQLite : un seul processus écrit dans le fichier du catalogue")
        sid = (await api.offer(places=4))["session"]["id"]
        await _listening(api)
        assert await _available(api, sid) == 4
        assert await _available(api, sid) == 4
        await _elsewhere(api, SET_PLACES, uuid.UUID(sid), 9)  # a write this process never executed
        seen = await _poll_until(api, sid, 9)
    assert seen == 9


async def test_a_lost_listener_is_replaced_and_nothing_stale_is_served(catalog):
    async with catalog() as api:
        database = api.app.state.database
        if not is_postgres(database):
            pytest.skip("SQLite : pas d'écoute PostgreSQL")
        sid = (await api.offer(places=4))["session"]["id"]
        await _listening(api)
        assert await _available(api, sid) == 4
        killed = await _elsewhere(
            api,
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = left($1, 63)",
            f"prf-catalog-offre {database.schema}",
        )
        await _elsewhere(api, SET_PLACES, uuid.UUID(sid), 6)
        seen = await _poll_until(api, sid, 6)
    assert killed == 1
    assert seen == 6


async def test_every_offer_table_tells_the_listeners(catalog):
    async with catalog() as api:
        database = api.app.state.database
        if not is_postgres(database):
            pytest.skip("déclencheurs PostgreSQL")
        tables = await _elsewhere(
            api,
            "SELECT array_agg(c.relname::text) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE t.tgname = 'offre_modifiee' AND n.nspname = $1",
            database.schema,
        )
    assert set(tables) == set(metadata.tables) - NOT_OFFER


async def _poll_until(api, sid: str, expected: int) -> int:
    """The notification arrives a moment after the commit: wait for it, 10 s at most."""
    value = await _available(api, sid)
    for _ in range(200):
        if value == expected:
            break
        await asyncio.sleep(0.05)
        value = await _available(api, sid)
    return value


async def test_an_answer_computed_while_the_offer_changed_is_not_served_again():
    """The race the generation guards against, made deterministic: a commit lands mid-computation."""
    from fastapi import FastAPI
    from prometheus_client import CollectorRegistry
    from starlette.responses import PlainTextResponse

    from catalog.search.cache import OfferCache, SearchCacheMiddleware

    state = FastAPI()
    state.state.offer_cache = cache = OfferCache(10, trusted=True)
    versions = iter(["avant", "après"])  # a third call would fail: it must come from the cache

    async def search(scope, receive, send):
        answer = next(versions)
        if answer == "avant":
            cache.bump()  # a hold commits while this older answer is being computed
        await PlainTextResponse(answer)(scope, receive, send)

    app = SearchCacheMiddleware(search, fastapi_app=state, path="/v1/sessions", registry=CollectorRegistry())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://catalogue") as client:
        answers = [(await client.get("/v1/sessions?q=x")).text for _ in range(3)]
    assert answers == ["avant", "après", "après"]
    assert len(cache) == 1
