"""Webhook fan-out bench: 10 000 events to 50 subscribers, one of them dead (PostgreSQL).

    uv run python -m bench.echanges_webhooks --events 10000 --subscribers 50 --rate 500

The echanges app runs with its real pollers and dispatcher; the parcours feed is served from memory
(MockTransport) and each event is "committed" (appended, `recorded_at` = now) at `--rate` per second,
spread over the 50 OFs' sessions. Each subscriber is a real HTTP server on a free port; the dead one
accepts connections and never answers. Latency = arrival at the receiver − `recorded_at`.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from echanges.app import create_app
from echanges.settings import EchangesSettings
from servicekit.testing import ISSUER, TestKeys, app_client, bearer
from servicekit.testing_http import Receiver

SCHEMA = "bench_echanges_webhooks"


class Feed:
    def __init__(self) -> None:
        self.events: dict[str, list[dict[str, Any]]] = {"catalog": [], "parcours": []}

    def add(self, source: str, kind: str, data: dict[str, Any]) -> None:
        seq = len(self.events["catalog"]) + len(self.events["parcours"]) + 1
        self.events[source].append(
            {
                "seq": seq,
                "id": str(uuid.uuid4()),
                "type": kind,
                "aggregate_id": "x",
                "recorded_at": datetime.now(UTC).isoformat(),
                "data": data,
            }
        )

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
        events = self.events[request.url.path.split("/")[2]]
        after, limit = int(request.url.params["after"]), int(request.url.params["limit"])
        start = bisect.bisect_right([e["seq"] for e in events], after)  # fine at a bench's sizes
        items = events[start : start + limit + 1]
        return httpx.Response(
            200, json={"items": items[:limit], "next_after": 0, "has_more": len(items) > limit}
        )


async def dead_server() -> asyncio.Server:
    async def never(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            writer.close()

    return await asyncio.start_server(never, "127.0.0.1", 0)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p * len(values))) - 1))]


async def run(args: argparse.Namespace) -> None:
    engine = create_async_engine(args.database_url)
    async with engine.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
    await engine.dispose()
    tmp = Path(tempfile.mkdtemp())
    keys = TestKeys(tmp)
    settings = EchangesSettings(
        env="test",
        data_dir=tmp,
        database_url=args.database_url,
        db_schema=SCHEMA,
        jwks_file=keys.jwks_file,
        token_issuer=ISSUER,
        demo=False,
        gateway_url="http://gateway.bench",
        http_autorise=True,
        poll_interval=0.05,
        livraison_intervalle=0.05,
        livraison_timeout=2.0,
        log_level="WARNING",
    )
    feed = Feed()
    app = create_app(settings)
    app.state.outbound_transport = httpx.MockTransport(feed.handler)
    receivers = [Receiver() for _ in range(args.subscribers - 1)]
    for r in receivers:
        await r.__aenter__()
    dead = await dead_server()
    dead_url = f"http://127.0.0.1:{dead.sockets[0].getsockname()[1]}/hook"
    sirets = [f"{44278000000000 + i:014d}" for i in range(args.subscribers)]
    async with app_client(app) as client:
        urls = [r.url for r in receivers] + [dead_url]
        for siret, url in zip(sirets, urls, strict=True):
            resp = await client.post(
                "/v1/abonnements",
                json={"url": url, "evenements": ["candidature.transmise"]},
                headers=bearer(keys.mint(role="organisme", org_id=siret, client_id=f"of-{siret}")),
            )
            assert resp.status_code == 201, resp.text
        for siret in sirets:
            feed.add(
                "catalog",
                "session.ouverte",
                {
                    "session_id": f"S{siret}",
                    "organisme_siret": siret,
                    "dispositif": "VISA_METIERS",
                    "programme": "VISA",
                },
            )
        await asyncio.sleep(0.5)
        t0 = time.perf_counter()
        for i in range(args.events):
            siret = sirets[i % len(sirets)]
            feed.add(
                "parcours",
                "candidature.transmise",
                {
                    "candidature_id": f"C{i}",
                    "session_id": f"S{siret}",
                    "date_candidature": "2026-12-01",
                    "valideur_org_id": "FT44001",
                    "profil": {},
                },
            )
            if i % 50 == 49:
                await asyncio.sleep(max(0.0, t0 + (i + 1) / args.rate - time.perf_counter()))
        emitted = time.perf_counter() - t0
        expected = sum(1 for i in range(args.events) if i % len(sirets) != len(sirets) - 1)
        deadline = time.perf_counter() + 120
        while sum(len(r.received) for r in receivers) < expected and time.perf_counter() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        total = time.perf_counter() - t0
        latencies = []
        for r in receivers:
            for (_, body), at in zip(r.received, r.arrivals, strict=True):
                recorded = datetime.fromisoformat(json.loads(body)["date"]).timestamp()
                latencies.append(at - recorded)
        print(
            f"{args.events:,} events emitted in {emitted:.1f} s ({args.events / emitted:,.0f}/s) to "
            f"{args.subscribers} subscribers, one dead"
        )
        print(f"delivered to the live ones: {len(latencies):,} / {expected:,} in {total:.1f} s")
        print(
            f"commit → delivery: p50 {statistics.median(latencies):.2f} s, p95 {pct(latencies, 0.95):.2f} s, "
            f"p99 {pct(latencies, 0.99):.2f} s, max {max(latencies):.2f} s"
        )
        async with app.state.database.engine.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT a.url = :dead, l.statut, count(*), sum(l.tentatives) FROM livraison l "
                        "JOIN abonnement a ON a.id = l.abonnement_id GROUP BY 1, 2"
                    ),
                    {"dead": dead_url},
                )
            ).all()
        for is_dead, statut, n, attempts in rows:
            print(
                f"  {'dead' if is_dead else 'live'} subscriber(s): {statut} {n:,} deliveries, {attempts:,} attempts"
            )
    for r in receivers:
        await r.__aexit__()
    dead.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--subscribers", type=int, default=50)
    parser.add_argument("--rate", type=float, default=500.0, help="events committed per second")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"),
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
