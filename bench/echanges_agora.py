"""AGORA backfill bench: 1 000 000 dossiers exported as one streamed JSON Lines file (PostgreSQL).

    uv run python -m bench.echanges_agora --dossiers 1000000

Fills the echanges tables with SQL (`generate_series`: one session per 10 dossiers, one in twenty
sessions in an excluded dispositif, an ENTREE per dossier, a SORTIE + SOLDE for half), then, through a
real HTTP server (uvicorn on a free port, so the response is really streamed), times
`POST /v1/agora/exports {depuis}` and the download of `GET …/fichier`, sampling the process's RSS while
the file streams: a flat line means the file is never held in memory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import tempfile
import time
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from echanges.app import create_app
from echanges.settings import EchangesSettings
from servicekit.testing import ISSUER, TestKeys, bearer

SCHEMA = "bench_echanges"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


FILL = """
INSERT INTO "{s}".session_scope
SELECT 'S' || g, '44278000000018', CASE WHEN g % 20 = 0 THEN 'PSAD' ELSE 'VISA_METIERS' END, 'VISA'
FROM generate_series(0, :n / 10) g;
INSERT INTO "{s}".agora_dossier
SELECT 'P' || g, 'C' || g, 'S' || (g / 10), DATE '2017-01-01' + (g % 2900)
FROM generate_series(1, :n) g;
INSERT INTO "{s}".agora_evenement (dossier_id, type, date, source_id, data)
SELECT 'P' || g, 'ENTREE', DATE '2017-01-01' + (g % 2900), 'e' || g, '{{"heures_prevues": 400}}'::json
FROM generate_series(1, :n) g;
INSERT INTO "{s}".agora_evenement (dossier_id, type, date, source_id, data)
SELECT 'P' || g, 'SORTIE', DATE '2017-06-01' + (g % 2900), 's' || g,
       '{{"type_sortie": "TERME", "motif": null, "certification": "OBTENUE"}}'::json
FROM generate_series(1, :n, 2) g;
ANALYZE "{s}".agora_evenement; ANALYZE "{s}".agora_dossier; ANALYZE "{s}".session_scope;
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def run(args: argparse.Namespace) -> None:
    engine = create_async_engine(args.database_url)
    async with engine.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
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
        poll_enabled=False,
        gateway_url="http://gateway.bench",
    )
    app = create_app(settings)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 (uvicorn exposes a flag, not an event)
        await asyncio.sleep(0.05)
    t = time.perf_counter()
    async with engine.begin() as conn:
        for statement in FILL.format(s=SCHEMA).split(";"):
            if statement.strip():
                await conn.execute(text(statement), {"n": args.dossiers})
    print(f"filled {args.dossiers:,} dossiers in {time.perf_counter() - t:.0f} s", flush=True)
    await engine.dispose()
    headers = bearer(keys.mint(role="region"))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
        t0 = time.perf_counter()
        resp = await client.post("/v1/agora/exports", json={"depuis": "2017-01-01"}, headers=headers)
        assert resp.status_code == 201, resp.text
        export = resp.json()
        t1 = time.perf_counter()
        lines = size = chunks = 0
        samples = [rss_mb()]
        async with client.stream(
            "GET", f"/v1/agora/exports/{export['id']}/fichier", headers=headers
        ) as stream:
            async for chunk in stream.aiter_bytes():
                lines += chunk.count(b"\n")
                size += len(chunk)
                chunks += 1
                if chunks % 100 == 0:
                    samples.append(rss_mb())
        t2 = time.perf_counter()
    server.should_exit = True
    await task
    print(f"export: {export['nb_evenements']:,} events counted in {t1 - t0:.1f} s")
    print(
        f"file: {lines:,} lines, {size / 1e6:,.0f} MB streamed in {t2 - t1:.1f} s "
        f"({lines / (t2 - t1):,.0f} lines/s); total {t2 - t0:.1f} s"
    )
    print(
        f"RSS during the download (MB): start {samples[0]:.0f}, min {min(samples):.0f}, "
        f"max {max(samples):.0f}, end {samples[-1]:.0f} ({len(samples)} samples)"
    )
    assert lines == export["nb_evenements"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"),
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
