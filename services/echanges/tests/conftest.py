"""A fake catalogue + parcours feed served through a MockTransport, and a real HTTP receiver
(asyncio server on a free port) that records the webhook deliveries it gets."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from echanges.app import create_app
from echanges.settings import EchangesSettings
from servicekit.testing import ISSUER, TestKeys, app_client, bearer, throwaway_database

OF_A, OF_B = "44278000000018", "55278000000019"
VAL_A, VAL_B = "FT44001", "FT49001"


class Feeds:
    def __init__(self) -> None:
        self.events: dict[str, list[dict[str, Any]]] = {"catalog": [], "parcours": []}
        self.clock = datetime(2025, 1, 1, 8, tzinfo=UTC)
        self.seq = itertools.count(1)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
        source = request.url.path.split("/")[2]
        after = int(request.url.params.get("after", 0))
        limit = int(request.url.params.get("limit", 500))
        items = [e for e in self.events[source] if e["seq"] > after]
        return httpx.Response(
            200, json={"items": items[:limit], "next_after": 0, "has_more": len(items) > limit}
        )

    def emit(self, source: str, kind: str, aggregate: str, data: dict[str, Any]) -> None:
        self.clock += timedelta(minutes=1)
        self.events[source].append(
            {
                "seq": next(self.seq),
                "id": str(uuid.uuid4()),
                "type": kind,
                "aggregate_id": aggregate,
                "recorded_at": self.clock.isoformat(),
                "data": data,
            }
        )

    def session(self, organisme: str = OF_A, dispositif: str = "VISA_METIERS") -> str:
        sid = str(uuid.uuid4())
        data = {
            "session_id": sid,
            "organisme_siret": organisme,
            "dispositif": dispositif,
            "programme": "VISA",
        }
        self.emit("catalog", "session.ouverte", sid, data)
        return sid

    def candidature(self, session_id: str, valideur: str = VAL_A) -> str:
        cid = str(uuid.uuid4())
        data = {
            "candidature_id": cid,
            "session_id": session_id,
            "date_candidature": "2025-01-02",
            "valideur_org_id": valideur,
            "profil": {"sexe": "F", "age": 30},
        }
        self.emit("parcours", "candidature.transmise", cid, data)
        return cid

    def entree(self, session_id: str, cid: str, day: str = "2025-01-10") -> str:
        pid = str(uuid.uuid4())
        self.emit(
            "parcours",
            "candidature.acceptee",
            cid,
            {"candidature_id": cid, "session_id": session_id, "date": day},
        )
        data = {
            "parcours_id": pid,
            "candidature_id": cid,
            "session_id": session_id,
            "date_entree": day,
            "date_candidature": "2025-01-02",
            "heures_prevues": 400,
            "profil": {"sexe": "F"},
        }
        self.emit("parcours", "parcours.entree", pid, data)
        return pid

    def parcours(self, kind: str, session_id: str, pid: str, **extra: Any) -> None:
        self.emit("parcours", kind, pid, {"parcours_id": pid, "session_id": session_id, **extra})


class Harness:
    def __init__(self, client: httpx.AsyncClient, feeds: Feeds, keys: TestKeys, app: Any) -> None:
        self.client, self.feeds, self.keys, self.app = client, feeds, keys, app

    def h(self, role: str = "region", org_id: str = "", client_id: str | None = None) -> dict[str, str]:
        return bearer(self.keys.mint(role=role, org_id=org_id, client_id=client_id or f"{role}-{org_id}"))

    async def sync(self) -> None:
        await self.app.state.consumer.sync_all()

    async def deliver(self) -> None:
        """Runs the dispatcher until nothing due is left to start."""
        dispatcher = self.app.state.dispatcher
        while await dispatcher.tick():
            await dispatcher.drain()
        await dispatcher.drain()


@pytest.fixture
def harness(tmp_path: Any, keys: TestKeys) -> Any:
    @asynccontextmanager
    async def start(**overrides: Any) -> AsyncIterator[Harness]:
        feeds = Feeds()
        async with throwaway_database(tmp_path, "echanges") as (url, schema):
            base: dict[str, Any] = {
                "env": "test",
                "data_dir": tmp_path,
                "database_url": url,
                "db_schema": schema,
                "jwks_file": keys.jwks_file,
                "token_issuer": ISSUER,
                "demo": False,
                "poll_enabled": False,
                "gateway_url": "http://gateway.test",
                "http_autorise": True,
            }
            settings = EchangesSettings(**{**base, **overrides})
            app = create_app(settings)
            app.state.outbound_transport = httpx.MockTransport(feeds.handler)
            async with app_client(app) as client:
                yield Harness(client, feeds, keys, app)

    return start
