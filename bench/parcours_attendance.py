"""Attendance ingestion benchmark on PostgreSQL: bulk JSON through the gateway, CSV upload, COPY; CSV memory.

    uv run python -m bench.parcours_attendance [--pg postgresql+asyncpg://postgres@127.0.0.1:5432/test]
        [--parcours 2000] [--rows 100000] [--batch 500] [--clients 4] [--big-rows 1000000]

Starts the parcours service (uvicorn, its own PostgreSQL schema, dropped afterwards) and the gateway
(uvicorn, multi-process mode pointing at it), seeds the parcours directly in PostgreSQL (setup only),
then measures in one run, on the same 100 000 (parcours, day) rows:
  1. POST /api/parcours/v1/presences through the gateway, batches of 500, N concurrent clients;
  2. POST /api/parcours/v1/presences/import, one 100 000-line CSV (streamed by the client);
  3. PostgreSQL COPY of the same rows into a copy of the presence table (the floor);
and the parcours process's peak RSS (VmHWM) before and after a 1 000 000-line CSV upload.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from bench._processes import cpu_ms, drop_schema, postmaster_pid, stop, wait_until_up
from servicekit.db import driver_dsn

ROOT = Path(__file__).resolve().parents[1]
OF_SIRET = "44278000000018"
TODAY = date.today()


def start(pg: str, schema: str, data_dir: str, port: int) -> list[subprocess.Popen[bytes]]:
    gw, svc = port, port + 1
    env = dict(os.environ)
    env.update(
        {
            "PARCOURS_DATABASE_URL": pg, "PARCOURS_DB_SCHEMA": schema, "PARCOURS_DEMO": "false",
            "PARCOURS_LOG_LEVEL": "WARNING", "PARCOURS_DATA_DIR": data_dir,
            "PARCOURS_JWKS_URL": f"http://127.0.0.1:{gw}/.well-known/jwks.json",
            "PARCOURS_TOKEN_ISSUER": f"http://127.0.0.1:{gw}", "PARCOURS_GATEWAY_URL": f"http://127.0.0.1:{gw}",
            "GATEWAY_PORT": str(gw), "GATEWAY_DATA_DIR": data_dir, "GATEWAY_DEMO": "false",
            "GATEWAY_PUBLIC_URL": f"http://127.0.0.1:{gw}", "GATEWAY_LOG_LEVEL": "WARNING",
            "GATEWAY_PARCOURS_URL": f"http://127.0.0.1:{svc}", "GATEWAY_RATE_LIMIT_PER_MINUTE": "10000000",
            # As in docker-compose, the gateway is only a gateway: catalog and indicators (whose feed
            # pollers would project the attendance events on the same 2 cores) are not started.
            "GATEWAY_CATALOG_URL": f"http://127.0.0.1:{gw + 2}", "GATEWAY_INDICATORS_URL": f"http://127.0.0.1:{gw + 3}",
            "GATEWAY_UPSTREAM_TIMEOUT": "1800",
            "GATEWAY_MAX_BODY_BYTES": str(512 * 1024 * 1024), "CATALOG_DEMO": "false", "INDICATORS_DEMO": "false",
        }
    )  # fmt: skip
    quiet: dict[str, Any] = (
        {}
        if os.environ.get("BENCH_VERBOSE")
        else {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    )
    uvicorn = [
        "-m",
        "uvicorn",
        "--factory",
        "--host",
        "127.0.0.1",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, *uvicorn, "--port", str(svc), "parcours.app:create_app"],
            env=env,
            cwd=ROOT,
            **quiet,
        )
    ]
    wait_until_up(f"http://127.0.0.1:{svc}/readyz")
    procs.append(subprocess.Popen([sys.executable, "-m", "gateway"], env=env, cwd=ROOT, **quiet))
    wait_until_up(f"http://127.0.0.1:{gw}/healthz")
    return procs


async def seed(pg: str, schema: str, n: int, entree: date) -> list[uuid.UUID]:
    """Setup only: n stagiaires / candidatures / parcours of OF 1 (the API paths are what is measured)."""
    conn = await asyncpg.connect(driver_dsn(pg), server_settings={"search_path": schema})
    now = datetime.now(UTC)
    people = [(uuid.uuid4(), f"B{i:08d}") for i in range(n)]
    cands = [uuid.uuid4() for _ in range(n)]
    parcours = [uuid.uuid4() for _ in range(n)]
    session_id = uuid.uuid4()
    try:
        await conn.copy_records_to_table("stagiaire", columns=[
            "id", "identifiant_ft", "nom", "prenom", "date_naissance", "sexe", "commune_insee", "qpv", "zrr", "niveau",
            "rqth", "rsa", "clea", "created_at", "updated_at"], records=[
            (pid, ident, "Bench", "Stagiaire", date(1990, 1, 1), "F", "44109", True, False, "3", False, False, False, now, now)
            for pid, ident in people])  # fmt: skip
        await conn.copy_records_to_table("candidature", columns=[
            "id", "session_id", "stagiaire_id", "valideur_org_id", "valideur_reseau", "organisme_siret", "statut",
            "date_candidature", "projet_valide", "session_debut", "session_fin", "dispositif", "certifiante", "profil",
            "recorded_at", "updated_at"], records=[
            (cid, session_id, people[i][0], "FT44001", "FRANCE_TRAVAIL", OF_SIRET, "ACCEPTEE", entree, True, entree,
             TODAY + timedelta(days=365), "VISA_METIERS", True, "{}", now, now) for i, cid in enumerate(cands)])  # fmt: skip
        await conn.copy_records_to_table("parcours", columns=[
            "id", "candidature_id", "session_id", "stagiaire_id", "valideur_org_id", "organisme_siret", "statut",
            "date_candidature", "date_entree", "session_debut", "session_fin", "certifiante", "heures_prevues", "objectif",
            "blocs", "modules", "prerequis_acquis", "heures_realisees", "heures_absence_injustifiee",
            "heures_absence_justifiee", "profil", "recorded_at", "updated_at"], records=[
            (pid, cands[i], session_id, people[i][0], "FT44001", OF_SIRET, "EN_FORMATION", entree, entree, entree,
             TODAY + timedelta(days=365), True, 2000.0, "CERTIFICATION", "[]", "[]", True, 0.0, 0.0, 0.0, "{}", now, now)
            for i, pid in enumerate(parcours)])  # fmt: skip
    finally:
        await conn.close()
    return parcours


def rows(
    parcours: list[uuid.UUID], start: date, total: int
) -> Iterator[tuple[uuid.UUID, date, float, float, str | None]]:
    """`total` distinct (parcours, day) rows: day by day across every parcours, 6.5 h present, 0.5 h absent."""
    per_day = len(parcours)
    for i in range(total):
        yield parcours[i % per_day], start + timedelta(days=i // per_day), 6.5, 0.5, "JUSTIFIEE"


async def token(client: httpx.AsyncClient) -> dict[str, str]:
    resp = await client.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=("demo-of-1", "demo-secret")
    )
    resp.raise_for_status()
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


async def bulk_json(
    client: httpx.AsyncClient, headers: dict[str, str], data: list[Any], batch: int, clients: int
) -> float:
    batches = [data[i : i + batch] for i in range(0, len(data), batch)]
    queue: asyncio.Queue[list[Any]] = asyncio.Queue()
    for b in batches:
        queue.put_nowait(b)

    async def worker() -> None:
        while not queue.empty():
            chunk = queue.get_nowait()
            body = {"presences": [{"parcours_id": str(p), "date": d.isoformat(), "heures_presence": h, "heures_absence": a,
                                   "motif_absence": m} for p, d, h, a, m in chunk]}  # fmt: skip
            resp = await client.post("/api/parcours/v1/presences", json=body, headers=headers)
            assert resp.status_code == 200 and not resp.json()["erreurs"], resp.text[:300]

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return len(data) / (time.perf_counter() - began)


async def csv_body(parcours: list[uuid.UUID], start: date, total: int) -> AsyncIterator[bytes]:
    yield "\ufeffparcours_id;date;heures_presence;heures_absence;motif_absence\n".encode()
    lines: list[str] = []
    for p, d, h, a, m in rows(parcours, start, total):
        lines.append(f"{p};{d.isoformat()};{str(h).replace('.', ',')};{str(a).replace('.', ',')};{m}\n")
        if len(lines) == 2000:
            yield "".join(lines).encode()
            lines = []
    if lines:
        yield "".join(lines).encode()


async def csv_upload(
    client: httpx.AsyncClient, headers: dict[str, str], parcours: list[uuid.UUID], start: date, total: int
) -> float:
    began = time.perf_counter()
    resp = await client.post(
        "/api/parcours/v1/presences/import",
        content=csv_body(parcours, start, total),
        headers={**headers, "content-type": "text/csv"},
        timeout=1800,
    )
    assert resp.status_code == 200 and resp.json()["appliquees"] == total, resp.text[:500]
    return total / (time.perf_counter() - began)


async def copy(pg: str, schema: str, data: list[Any]) -> float:
    conn = await asyncpg.connect(driver_dsn(pg), server_settings={"search_path": schema})
    try:
        await conn.execute("CREATE TABLE presence_copy (LIKE presence INCLUDING ALL)")
        now = datetime.now(UTC)
        records = [(p, d, h, a, m, now) for p, d, h, a, m in data]
        began = time.perf_counter()
        await conn.copy_records_to_table("presence_copy", records=records, columns=[
            "parcours_id", "date", "heures_presence", "heures_absence", "motif_absence", "recorded_at"])  # fmt: skip
        return len(data) / (time.perf_counter() - began)
    finally:
        await conn.close()


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Cpu:
    """CPU ms per 1 000 rows of each process (gateway · parcours · PostgreSQL · client) over one measure."""

    def __init__(self, procs: list[subprocess.Popen[bytes]]) -> None:
        # procs = [parcours, gateway]; the postmaster's children are the backends.
        self.pids = [procs[1].pid, procs[0].pid, postmaster_pid() or 0]

    def snapshot(self) -> list[float]:
        return [cpu_ms(pid) for pid in self.pids] + [time.process_time() * 1000]

    def per_thousand(self, before: list[float], rows: int) -> str:
        spent = [(a - b) * 1000 / rows for a, b in zip(self.snapshot(), before, strict=True)]
        return " · ".join(f"{v:.0f}" for v in spent)


async def measure(args: argparse.Namespace, schema: str, procs: list[subprocess.Popen[bytes]]) -> list[str]:
    days_needed = args.big_rows // args.parcours + args.rows // args.parcours * 2 + 5
    entree = TODAY - timedelta(days=days_needed + 5)
    parcours = await seed(args.pg, schema, args.parcours, entree)
    data = list(rows(parcours, entree, args.rows))
    csv_start = entree + timedelta(days=args.rows // args.parcours + 1)
    big_start = csv_start + timedelta(days=args.rows // args.parcours + 1)
    cpu = Cpu(procs)
    out = [
        f"{args.parcours:,} parcours, machine à {os.cpu_count()} cœurs, PostgreSQL local "
        f"(charge moyenne au départ : {os.getloadavg()[0]:.1f}).",
        "",
        "| mesure | lignes | lignes/s | % de COPY | CPU ms / 1 000 lignes : passerelle · parcours · PostgreSQL · client "
        "| charge moyenne |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    print("\n".join(out), flush=True)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{args.port}", timeout=1800) as client:
        headers = await token(client)
        before = cpu.snapshot()
        json_rate = await bulk_json(client, headers, data, args.batch, args.clients)
        json_cpu, json_load = cpu.per_thousand(before, args.rows), os.getloadavg()[0]
        before = cpu.snapshot()
        csv_rate = await csv_upload(client, headers, parcours, csv_start, args.rows)
        csv_cpu, csv_load = cpu.per_thousand(before, args.rows), os.getloadavg()[0]
        before = cpu.snapshot()
        copy_rate = await copy(args.pg, schema, data)
        copy_cpu, copy_load = cpu.per_thousand(before, args.rows), os.getloadavg()[0]
        lines = [
            f"| JSON en masse via la passerelle (lots de {args.batch}, {args.clients} clients) | {args.rows:,} | {json_rate:,.0f} | {json_rate / copy_rate:.0%} | {json_cpu} | {json_load:.1f} |",
            f"| CSV téléversé via la passerelle | {args.rows:,} | {csv_rate:,.0f} | {csv_rate / copy_rate:.0%} | {csv_cpu} | {csv_load:.1f} |",
            f"| PostgreSQL COPY (asyncpg) | {args.rows:,} | {copy_rate:,.0f} | 100% | {copy_cpu} | {copy_load:.1f} |",
        ]  # fmt: skip
        print("\n".join(lines), flush=True)
        rss_before = peak_rss_mb(procs[0].pid)
        before = cpu.snapshot()
        big_rate = await csv_upload(client, headers, parcours, big_start, args.big_rows)
        big_cpu, big_load = cpu.per_thousand(before, args.big_rows), os.getloadavg()[0]
        rss_after = peak_rss_mb(procs[0].pid)
    last = [
        f"| CSV téléversé via la passerelle | {args.big_rows:,} | {big_rate:,.0f} | {big_rate / copy_rate:.0%} | {big_cpu} | {big_load:.1f} |",
        "",
        f"Pic de mémoire (VmHWM) du processus parcours : {rss_before:.0f} Mo avant le CSV de {args.big_rows:,} lignes, "
        f"{rss_after:.0f} Mo après.",
    ]  # fmt: skip
    return last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pg",
        default=os.environ.get("BENCH_DATABASE_URL")
        or os.environ.get("TEST_DATABASE_URL")
        or "postgresql+asyncpg://postgres@127.0.0.1:5432/test",
    )
    parser.add_argument("--parcours", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big-rows", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--port", type=int, default=18600)
    args = parser.parse_args()
    schema = f"bench_parcours_{uuid.uuid4().hex[:8]}"
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as data_dir:
        try:
            procs = start(args.pg, schema, data_dir, args.port)
            print("\n".join(asyncio.run(measure(args, schema, procs))), flush=True)
        finally:
            stop(procs)
            asyncio.run(drop_schema(args.pg, schema))


if __name__ == "__main__":
    main()
