"""Places search benchmark: gateway vs service vs the same SQL on asyncpg, 20 000 sessions on PostgreSQL.

    uv run python -m bench.catalog_search [--pg postgresql+asyncpg://postgres@127.0.0.1:5432/test]
        [--sessions 20000] [--clients 32] [--requests 40]

Starts the catalogue (uvicorn, its own PostgreSQL schema, dropped afterwards) and the gateway
(uvicorn, multi-process mode pointing at that catalogue), generates the offer, then fires the same
mix of searches with N concurrent clients at each target and prints a markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import uvloop
from sqlalchemy import insert, text
from sqlalchemy.dialects import postgresql

from bench._http_load import KeepAliveClient
from bench._processes import cpu_ms, drop_schema, pct, postmaster_pid, stop, wait_until_up
from catalog.app import service_spec
from catalog.common.text import codes_text, normalize
from catalog.demo.data import COMMUNES, FORMATIONS
from catalog.demo.loader import luhn_siret
from catalog.formations.models import Action, Formation
from catalog.offre.models import Lot, Marche, Organisme
from catalog.search.query import SearchFilters, bind, shape, statement
from catalog.sessions.models import SessionFormation
from catalog.settings import CatalogSettings
from servicekit.db import Database, driver_dsn
from servicekit.migrations import alembic_config, upgrade_to_head
from servicekit.pagination import PageParams

ROOT = Path(__file__).resolve().parents[1]
TODAY = date.today()
SECTEURS = [
    "CONSTRUCTION",
    "MOBILITES",
    "TOURISME_CULTURE",
    "NUMERIQUE_FINANCE",
    "SANTE",
    "INTER_INDUSTRIE",
    "COMMERCE",
]

# The search mix: what valideurs ask most (a free-text word, a place, a ROME code, a radius).
MIX: list[dict[str, Any]] = [
    {},
    {"q": "plaquiste"},
    {"q": "electricien batiment", "departement": "44"},
    {"rome": "G1602", "places_disponibles_min": 1},
    {"departement": "85", "secteur": "CONSTRUCTION"},
    {"lat": 47.2184, "lon": -1.5536, "rayon_km": 30, "tri": "distance"},
    {"q": "cuisinier", "lat": 47.4784, "lon": -0.5632, "rayon_km": 50},
    {"dispositif": "VISA_METIERS", "debut_min": (TODAY + timedelta(days=30)).isoformat()},
    {"q": "developpeur web", "etat_recrutement": "OUVERT"},
    {"territoire": "72-CENTRE", "page": 2},
]


# ---------------------------------------------------------------- data


def _rows(n_sessions: int, rng: random.Random) -> dict[type, list[dict[str, Any]]]:
    organismes = [
        {"id": uuid.uuid4(), "siret": luhn_siret("7777", i), "raison_sociale": f"Organisme {i} Formation"}
        for i in range(60)
    ]
    marche = {
        "id": uuid.uuid4(),
        "reference": "BENCH-VISA",
        "intitule": "Bench",
        "dispositif": "VISA_METIERS",
        "debut": date(2024, 1, 1),
        "fin": date(2030, 12, 31),
    }
    lots = [
        {"id": uuid.uuid4(), "marche_id": marche["id"], "numero": i + 1, "intitule": f"Lot {i + 1}", "secteur": SECTEURS[i % len(SECTEURS)],
         "departement": ["44", "49", "53", "72", "85"][i % 5], "organisme_id": organismes[i % 60]["id"], "cotraitants": [], "objectif_entrees": 50}
        for i in range(60)
    ]  # fmt: skip
    keys, communes = list(FORMATIONS), list(COMMUNES.values())
    formations, actions, sessions = [], [], []
    for i in range(n_sessions // 10):
        lot = lots[i % len(lots)]
        intitule, certif, niveau, romes, formacodes, hc, he = FORMATIONS[keys[i % len(keys)]]
        holder = next(o for o in organismes if o["id"] == lot["organisme_id"])
        f = {"id": uuid.uuid4(), "lot_id": lot["id"], "organisme_id": lot["organisme_id"], "intitule": intitule, "certifiante": True,
             "certification_code": certif, "niveau": niveau, "formacodes": formacodes, "romes": romes, "formacodes_text": codes_text(formacodes),
             "romes_text": codes_text(romes), "dispositif": "VISA_METIERS", "programme": "VISA", "secteur": lot["secteur"]}  # fmt: skip
        formations.append(f)
        for _ in range(2):
            insee, commune, cp, dep, terr, lat, lon = rng.choice(communes)
            a = {"id": uuid.uuid4(), "formation_id": f["id"], "commune_insee": insee, "commune": commune, "code_postal": cp, "departement": dep,
                 "territoire": terr, "latitude": lat + rng.uniform(-0.05, 0.05), "longitude": lon + rng.uniform(-0.05, 0.05),
                 "modalite": "PRESENTIEL", "temps_plein": True, "entrees_sorties_permanentes": False, "heures_centre": hc, "heures_entreprise": he}  # fmt: skip
            actions.append(a)
            words = (
                " "
                + " ".join(normalize(p) for p in (intitule, certif, holder["raison_sociale"], commune) if p)
                + " "
            )
            # The columns the search filters on, as sessions.search_text.derived would copy them.
            mirror = {"lot_id": lot["id"], "organisme_id": holder["id"], "organisme_siret": holder["siret"], "dispositif": f["dispositif"],
                      "secteur": f["secteur"], "departement": dep, "territoire": terr, "latitude": a["latitude"], "longitude": a["longitude"],
                      "romes_text": f["romes_text"], "formacodes_text": f["formacodes_text"]}  # fmt: skip
            for _ in range(5):
                debut = TODAY + timedelta(days=rng.randint(-300, 300))
                places = rng.choice([8, 10, 12, 15])
                sessions.append({"id": uuid.uuid4(), "action_id": a["id"], "debut": debut, "fin": (fin := debut + timedelta(days=rng.randint(60, 200))),
                                 "places_ouvertes": places, "places_prises": rng.randint(0, places), "en_cours": fin >= TODAY, "etat_recrutement": rng.choice(["OUVERT"] * 4 + ["SUSPENDU", "FERME"]),
                                 "dates_information": [], "search_text": words, **mirror})  # fmt: skip
    return {
        Organisme: organismes,
        Marche: [marche],
        Lot: lots,
        Formation: formations,
        Action: actions,
        SessionFormation: sessions,
    }


async def migrate(url: str, schema: str) -> None:
    """Migrate once here: several uvicorn workers migrating at once would race."""
    spec = service_spec()
    cfg = alembic_config(
        spec.migrations_dir, version_table="alembic_version_catalog", metadata=spec.metadata, schema=None
    )
    database = Database(url, schema)
    await upgrade_to_head(database, cfg)
    await database.dispose()


async def generate(url: str, schema: str, n_sessions: int) -> None:
    database = Database(url, schema)
    now = time.time()
    async with database.sessionmaker() as session:
        stamp = datetime.now(UTC)
        for model, rows in _rows(n_sessions, random.Random(7)).items():
            stamps = [c for c in ("created_at", "updated_at") if c in model.__table__.c]  # type: ignore[attr-defined]
            rows = [{**row, **dict.fromkeys(stamps, stamp)} for row in rows]
            for start in range(0, len(rows), 2000):
                await session.execute(insert(model), rows[start : start + 2000])  # type: ignore[arg-type]
        await session.commit()
    async with database.engine.connect() as raw:
        conn = await raw.execution_options(isolation_level="AUTOCOMMIT")
        # What autovacuum does to a table in service (visibility map for index-only scans, statistics).
        await conn.execute(text("VACUUM ANALYZE"))
        # Flush the generated pages now, not during the first measurement.
        await conn.execute(text("CHECKPOINT"))
    await database.dispose()
    print(f"données générées : {n_sessions} sessions en {time.time() - now:.1f} s", file=sys.stderr)


# ---------------------------------------------------------------- targets


def _filters(params: dict[str, Any]) -> SearchFilters:
    f = SearchFilters(**{k: v for k, v in params.items() if k != "page"})
    f.debut_min = date.fromisoformat(params["debut_min"]) if "debut_min" in params else None
    return f


def raw_sql(params: dict[str, Any]) -> str:
    """The service's own statement for these filters (total + page + joined rows), values inlined."""
    f = _filters(params)
    page = PageParams(page=int(params.get("page", 1)), limit=20)
    values = bind(f, TODAY)
    stmt = statement(shape(values), f.by_distance)
    keys = {**values, "limit": page.limit, "offset": page.offset}
    bound = stmt.params({k: v for k, v in keys.items() if k in stmt.compile().params})
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    return str(bound.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


async def run_load(
    call: Callable[[int, dict[str, Any]], Awaitable[None]], clients: int, per_client: int
) -> tuple[list[float], list[str]]:
    """(latencies in ms of the successful calls, errors)."""
    latencies: list[float] = []
    errors: list[str] = []

    async def worker(index: int) -> None:
        for i in range(per_client):
            params = MIX[(index + i) % len(MIX)]
            start = time.perf_counter()
            try:
                await call(index, params)
            except Exception as exc:  # counted and reported, never hidden
                errors.append(f"{type(exc).__name__}: {exc}"[:160])
                continue
            latencies.append((time.perf_counter() - start) * 1000)

    await asyncio.gather(*(worker(i) for i in range(clients)))
    return latencies, errors


async def run_paced(
    call: Callable[[int, dict[str, Any]], Awaitable[None]], clients: int, rate: float, count: int
) -> tuple[list[float], list[str]]:
    """Open loop: `count` searches started at `rate` per second whatever the answers' pace.

    Latency runs from the planned start, so waiting for a free connection counts (no coordinated
    omission). This is the latency a user sees at that traffic, not at saturation.
    """
    free: asyncio.Queue[int] = asyncio.Queue()
    for index in range(clients):
        free.put_nowait(index)
    latencies: list[float] = []
    errors: list[str] = []
    origin = time.perf_counter()

    async def one(i: int) -> None:
        planned = origin + i / rate
        await asyncio.sleep(max(0.0, planned - time.perf_counter()))
        index = await free.get()
        try:
            await call(index, MIX[i % len(MIX)])
            latencies.append((time.perf_counter() - planned) * 1000)
        except Exception as exc:  # counted and reported, never hidden
            errors.append(f"{type(exc).__name__}: {exc}"[:160])
        finally:
            free.put_nowait(index)

    await asyncio.gather(*(one(i) for i in range(count)))
    return latencies, errors


def http_call(clients: list[KeepAliveClient], path: str) -> Callable[[int, dict[str, Any]], Awaitable[None]]:
    """Each simulated user has its own connection, as separate browsers would."""
    requests = {id(params): clients[0].target(path, params) for params in MIX}

    async def call(index: int, params: dict[str, Any]) -> None:
        status, body = await clients[index].send(requests[id(params)])
        if status != 200:
            raise RuntimeError(f"{path} → {status} {body[:200]!r}")

    return call


def sql_call(pool: asyncpg.Pool) -> Callable[[int, dict[str, Any]], Awaitable[None]]:
    compiled = {id(p): raw_sql(p) for p in MIX}

    async def call(_index: int, params: dict[str, Any]) -> None:
        async with pool.acquire() as conn:
            await conn.fetch(compiled[id(params)])

    return call


async def write_places(pool: asyncpg.Pool, per_second: float, stop: asyncio.Event) -> int:
    """Holds and releases as another process commits them: each write empties the search caches."""
    ids = [r["id"] for r in await pool.fetch("SELECT id FROM session_formation WHERE en_cours LIMIT 2000")]
    rng = random.Random(11)
    written = 0
    while not stop.is_set():
        await pool.execute(
            "UPDATE session_formation SET places_prises = CASE WHEN places_prises < places_ouvertes "
            "THEN places_prises + 1 ELSE 0 END WHERE id = $1",
            rng.choice(ids),
        )
        written += 1
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1 / per_second)
    return written


# ---------------------------------------------------------------- processes


def start_processes(
    pg: str, schema: str, data_dir: str, base_port: int, workers: int, cache_entries: int
) -> list[subprocess.Popen[bytes]]:
    gw, cat = base_port, base_port + 1
    env = dict(os.environ)
    env.update(
        {
            "CATALOG_DATABASE_URL": pg, "CATALOG_DB_SCHEMA": schema, "CATALOG_MIGRATE_ON_START": "false", "CATALOG_DEMO": "false", "CATALOG_LOG_LEVEL": "WARNING",
            "CATALOG_DATA_DIR": data_dir, "CATALOG_SEARCH_CACHE_ENTRIES": str(cache_entries), "CATALOG_JWKS_URL": f"http://127.0.0.1:{gw}/.well-known/jwks.json",
            "GATEWAY_PORT": str(gw), "GATEWAY_DATA_DIR": data_dir, "GATEWAY_DEMO": "false", "GATEWAY_LOG_LEVEL": "WARNING",
            "GATEWAY_CATALOG_URL": f"http://127.0.0.1:{cat}", "GATEWAY_RATE_LIMIT_PER_MINUTE": "10000000",
            # As in docker-compose, the gateway is only a gateway: parcours and indicators (whose feed
            # pollers would share its CPU) are not started; their routes answer 503.
            "GATEWAY_PARCOURS_URL": f"http://127.0.0.1:{gw + 2}", "GATEWAY_INDICATORS_URL": f"http://127.0.0.1:{gw + 3}",
            "PARCOURS_DEMO": "false", "INDICATORS_DEMO": "false",
        }
    )  # fmt: skip
    quiet = (
        {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        if not os.environ.get("BENCH_VERBOSE")
        else {}
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
    catalog = [*uvicorn, "--port", str(cat), "--workers", str(workers), "catalog.app:create_app"]
    procs = [subprocess.Popen([sys.executable, *catalog], env=env, cwd=ROOT, **quiet)]  # type: ignore[call-overload]
    wait_until_up(f"http://127.0.0.1:{cat}/readyz")
    procs.append(subprocess.Popen([sys.executable, "-m", "gateway"], env=env, cwd=ROOT, **quiet))  # type: ignore[call-overload]
    wait_until_up(f"http://127.0.0.1:{gw}/healthz")
    return procs


Result = tuple[str, list[float], list[str], float, str]


async def measure(args: argparse.Namespace, schema: str, pids: list[int]) -> list[Result]:
    gw, cat = args.port, args.port + 1
    results = []
    pool = await asyncpg.create_pool(
        driver_dsn(args.pg),
        min_size=10,
        max_size=10,
        # The catalogue's own connection settings (planner costs), so both run the same plan.
        server_settings={**CatalogSettings().db_server_settings, "search_path": schema},
    )
    pids = [*pids, postmaster_pid() or 0]
    via_gateway = [KeepAliveClient(f"http://127.0.0.1:{gw}") for _ in range(args.clients)]
    direct = [KeepAliveClient(f"http://127.0.0.1:{cat}") for _ in range(args.clients)]
    targets = [
        ("passerelle → service (HTTP)", http_call(via_gateway, "/api/catalog/v1/sessions")),
        ("service en direct (HTTP)", http_call(direct, "/v1/sessions")),
        ("SQL brut (asyncpg, pool de 10)", sql_call(pool)),
    ]
    for name, call in targets:
        await run_load(call, args.clients, 3)  # warm-up
        stop_writes = asyncio.Event()
        writer = asyncio.create_task(write_places(pool, args.writes, stop_writes)) if args.writes else None
        before = [cpu_ms(pid) for pid in pids] + [time.process_time() * 1000]
        start = time.perf_counter()
        latencies, errors = await run_load(call, args.clients, args.requests)
        stop_writes.set()
        if writer is not None:
            await writer
        rate = len(latencies) / (time.perf_counter() - start)
        after = [cpu_ms(pid) for pid in pids] + [time.process_time() * 1000]
        # CPU per search in each process: what saturates the 2 cores, whatever else is running.
        catalog, gateway, postgres, bench = (
            (a - b) / max(len(latencies), 1) for a, b in zip(after, before, strict=True)
        )
        cpu = (
            f"{gateway:.1f} · {catalog:.1f} · {postgres:.1f} · {bench:.1f}"
            if "SQL" not in name
            else f"— · — · {postgres:.1f} · {bench:.1f}"
        )
        results.append((name, latencies, errors, rate, cpu))
    if args.rate:
        for name, call in targets[:2]:
            count = int(args.rate * args.paced_seconds)
            latencies, errors = await run_paced(call, args.clients, args.rate, count)
            label = f"{name}, {args.rate:g} recherches/s imposées"
            results.append((label, latencies, errors, args.rate, "—"))
    for client in [*via_gateway, *direct]:
        await client.close()
    await pool.close()
    return results


def table(results: list[Result], args: argparse.Namespace) -> str:
    sql_p95 = pct(next(r[1] for r in results if "SQL" in r[0]), 95)
    lines = [
        f"{args.sessions} sessions, {args.clients} clients concurrents, {args.clients * args.requests} recherches "
        f"par cible (mélange de {len(MIX)} requêtes types), catalogue sur {args.workers} processus uvicorn, "
        f"passerelle sur 1, PostgreSQL local, machine à {os.cpu_count()} cœurs, "
        f"cache de recherche : {f'{args.cache_entries} réponses par processus' if args.cache_entries else 'aucun'}, "
        f"écritures de places : {f'{args.writes:g}/s' if args.writes else 'aucune'} "
        f"(charge moyenne pendant la mesure : {os.getloadavg()[0]:.1f}).",
        "",
        "| cible | p50 (ms) | p95 (ms) | p99 (ms) | p95 / SQL brut | requêtes/s | erreurs "
        "| CPU ms / recherche : passerelle · catalogue · PostgreSQL · client |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, values, errors, rate, cpu in results:
        p95 = pct(values, 95)
        lines.append(
            f"| {name} | {pct(values, 50):.1f} | {p95:.1f} | {pct(values, 99):.1f} | {p95 / sql_p95:.1f}× "
            f"| {rate:.0f} | {len(errors)} | {cpu} |"
        )
    for name, _values, errors, _rate, _cpu in results:
        if errors:
            lines.append(f"\n{name} — première erreur : {errors[0]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pg",
        default=os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"),
    )
    parser.add_argument("--sessions", type=int, default=20000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=40, help="recherches par client et par cible")
    parser.add_argument(
        "--rate", type=float, default=0, help="en plus : recherches/s imposées (boucle ouverte), 0 = non"
    )
    parser.add_argument("--paced-seconds", type=float, default=20, help="durée de la mesure à débit imposé")
    parser.add_argument(
        "--cache-entries",
        type=int,
        default=CatalogSettings().search_cache_entries,
        help="réponses gardées par processus du catalogue (0 = sans cache : chaque recherche va en base)",
    )
    parser.add_argument(
        "--writes",
        type=float,
        default=0,
        help="écritures de places par seconde pendant les mesures (0 = aucune)",
    )
    parser.add_argument("--port", type=int, default=18700)
    parser.add_argument("--workers", type=int, default=2, help="processus uvicorn du catalogue")
    args = parser.parse_args()
    schema = f"bench_catalog_{uuid.uuid4().hex[:8]}"
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as data_dir:
        try:
            asyncio.run(migrate(args.pg, schema))
            asyncio.run(generate(args.pg, schema, args.sessions))
            procs = start_processes(args.pg, schema, data_dir, args.port, args.workers, args.cache_entries)
            print(table(uvloop.run(measure(args, schema, [p.pid for p in procs])), args))
        finally:
            stop(procs)
            asyncio.run(drop_schema(args.pg, schema))


if __name__ == "__main__":
    main()
