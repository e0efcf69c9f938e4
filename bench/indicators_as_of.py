"""Indicators bench: `as_of` latency on a large history (PostgreSQL), facts inserted directly in SQL.

    uv run python -m bench.indicators_as_of --parcours 1000000

Builds the schema through the app (migrations), fills the fact histories with `generate_series` (10
parcours per session, 3 versions per parcours: entry, exit, 6-month follow-up, each recorded on its day),
computes `valid_to` as a rebuild does, then times every indicator with two breakdown dimensions and
`as_of` (p50/p95 over the queries), with the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bench.indicators_rebuild import _dims
from indicators.app import create_app
from indicators.definitions import DEFINITIONS
from indicators.models import FACTS
from indicators.projection.validity import close_all_versions_pg
from indicators.settings import IndicatorsSettings
from servicekit.testing import ISSUER, TestKeys, app_client, bearer

SCHEMA = "bench_indicators_as_of"
DISPOSITIFS = "ARRAY['PREPA_AVENIR','PREPA_CLES','VISA_METIERS','VISA_METIERS_PLUS','ACCES_EMPLOI']"
PROGRAMMES = "ARRAY['PREPA','PREPA','VISA','VISA','ACCES']"

FILL = [
    # Lots: 200.
    f"""INSERT INTO f_lot_hist (lot_id, numero, intitule, dispositif, programme, secteur, departement,
        territoire, organisme, objectif_entrees, debut, fin, seq, recorded_at)
      SELECT 'L' || l, 'N' || l, 'Lot ' || l, ({DISPOSITIFS})[1 + l % 5], ({PROGRAMMES})[1 + l % 5],
        'S' || (l % 7), (ARRAY['44','49','53','72','85'])[1 + l % 5], 'T' || (l % 12), 'O' || (l % 40),
        500, DATE '2019-01-01', DATE '2026-12-31', l, TIMESTAMPTZ '2018-12-01'
      FROM generate_series(1, 200) l""",
    # Sessions: one per 10 parcours, starting over 2019-2024.
    f"""INSERT INTO f_session_hist (session_id, lot_id, dispositif, programme, secteur, departement,
        territoire, organisme, certifiante, debut, fin, places_ouvertes, seq, recorded_at)
      SELECT 'S' || s, 'L' || (s % 200), ({DISPOSITIFS})[1 + s % 200 % 5], ({PROGRAMMES})[1 + s % 200 % 5],
        'S' || (s % 7), (ARRAY['44','49','53','72','85'])[1 + s % 5], 'T' || (s % 12), 'O' || (s % 40),
        s % 200 % 5 IN (2, 3), DATE '2019-01-01' + (s * 2190 / :sessions), 
        DATE '2019-01-01' + (s * 2190 / :sessions) + 120, 12, 1000 + s,
        (DATE '2019-01-01' + (s * 2190 / :sessions) - 30)::timestamptz
      FROM generate_series(0, :sessions - 1) s""",
    # Parcours, version 1: entry.
    """INSERT INTO f_parcours_hist (parcours_id, candidature_id, session_id, stagiaire_id, sexe, age,
        tranche_age, niveau, deld, rqth, rsa, qpv, reseau, date_candidature, date_entree, delai_jours,
        heures_prevues, statut, suivi6_connu, emploi_6m, durable_6m, seq, recorded_at)
      SELECT 'P' || p, 'C' || p, 'S' || (p / 10), 'X' || p, (ARRAY['F','H'])[1 + p % 2], 18 + p % 40,
        (ARRAY['MOINS_26','26_44','45_PLUS'])[1 + p % 3], (ARRAY['INFRA_3','3','4','5'])[1 + p % 4],
        p % 3 = 0, p % 11 = 0, p % 7 = 0, p % 5 = 0, 'R' || (p % 4),
        DATE '2019-01-01' + (p / 10 * 2190 / :sessions) - 20, DATE '2019-01-01' + (p / 10 * 2190 / :sessions),
        20, 400, 'EN_FORMATION', false, false, false, 10000000 + p,
        (DATE '2019-01-01' + (p / 10 * 2190 / :sessions))::timestamptz
      FROM generate_series(0, :parcours - 1) p""",
    # Version 2: exit, 90 to 150 days later (a fifth abandon).
    """INSERT INTO f_parcours_hist (parcours_id, candidature_id, session_id, stagiaire_id, sexe, age,
        tranche_age, niveau, deld, rqth, rsa, qpv, reseau, date_candidature, date_entree, delai_jours,
        heures_prevues, statut, date_sortie, type_sortie, motif, heures_realisees, duree_jours, date_6m,
        date_9m, suivi6_connu, emploi_6m, durable_6m, seq, recorded_at)
      SELECT parcours_id, candidature_id, session_id, stagiaire_id, sexe, age, tranche_age, niveau, deld,
        rqth, rsa, qpv, reseau, date_candidature, date_entree, delai_jours, heures_prevues, 'SORTI',
        date_entree + 90 + (seq % 60)::int, CASE WHEN seq % 5 = 0 THEN 'ABANDON' ELSE 'TERME' END,
        CASE WHEN seq % 5 = 0 THEN (ARRAY['EMPLOI','SANTE','AUTRE'])[1 + seq % 3] END, 350,
        90 + (seq % 60)::int, date_entree + 270 + (seq % 60)::int, date_entree + 360 + (seq % 60)::int,
        false, false, false, seq + 20000000, (date_entree + 90 + (seq % 60)::int)::timestamptz
      FROM f_parcours_hist WHERE seq < 20000000""",
    # Version 3: 6-month follow-up, recorded 6 months after the exit.
    """INSERT INTO f_parcours_hist (parcours_id, candidature_id, session_id, stagiaire_id, sexe, age,
        tranche_age, niveau, deld, rqth, rsa, qpv, reseau, date_candidature, date_entree, delai_jours,
        heures_prevues, statut, date_sortie, type_sortie, motif, heures_realisees, duree_jours, date_6m,
        date_9m, suivi6_situation, suivi6_contrat, suivi6_connu, emploi_6m, durable_6m, seq, recorded_at)
      SELECT parcours_id, candidature_id, session_id, stagiaire_id, sexe, age, tranche_age, niveau, deld,
        rqth, rsa, qpv, reseau, date_candidature, date_entree, delai_jours, heures_prevues, statut,
        date_sortie, type_sortie, motif, heures_realisees, duree_jours, date_6m, date_9m,
        CASE WHEN seq % 2 = 0 THEN 'EMPLOI' ELSE 'RECHERCHE' END, CASE WHEN seq % 2 = 0 THEN 'CDI' END,
        true, seq % 2 = 0, seq % 4 = 0, seq + 20000000, (date_sortie + 182)::timestamptz
      FROM f_parcours_hist WHERE seq >= 20000000""",
    # Candidatures: one version each (accepted, entered).
    """INSERT INTO f_candidature_hist (candidature_id, session_id, date_candidature, statut, entree,
        date_entree, stagiaire_id, sexe, age, tranche_age, niveau, deld, rqth, rsa, qpv, reseau, seq,
        recorded_at)
      SELECT candidature_id, session_id, date_candidature, 'ACCEPTEE', true, date_entree, stagiaire_id,
        sexe, age, tranche_age, niveau, deld, rqth, rsa, qpv, reseau, seq - 5000000,
        date_candidature::timestamptz
      FROM f_parcours_hist WHERE seq < 20000000""",
]


def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]


async def fill(url: str, parcours: int) -> None:
    engine = create_async_engine(url, connect_args={"server_settings": {"search_path": SCHEMA}})
    binds = {"parcours": parcours, "sessions": max(1, parcours // 10)}
    t0 = time.perf_counter()
    async with engine.begin() as conn:
        await conn.execute(text("SET LOCAL synchronous_commit = off"))
        for statement in FILL:
            used = {k: v for k, v in binds.items() if f":{k}" in statement}
            await conn.execute(text(statement), used)
    for fact in FACTS:
        async with engine.begin() as conn:
            await conn.execute(text("SET LOCAL work_mem = '256MB'"))
            await conn.execute(text(close_all_versions_pg(fact)))
    async with engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        for _t, hist, _k in FACTS.values():
            await auto.execute(text(f"VACUUM ANALYZE {hist.name}"))
    await engine.dispose()
    print(f"filled {parcours:,} parcours (x3 versions) in {time.perf_counter() - t0:.0f} s", flush=True)


async def run(args: argparse.Namespace) -> None:
    url = args.database_url
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
    await engine.dispose()
    tmp = Path(tempfile.mkdtemp())
    keys = TestKeys(tmp)
    settings = IndicatorsSettings(
        env="test",
        data_dir=tmp,
        database_url=url,
        db_schema=SCHEMA,
        jwks_file=keys.jwks_file,
        token_issuer=ISSUER,
        demo=False,
        poll_enabled=False,
        gateway_url="http://gateway.bench",
    )
    app = create_app(settings)
    async with app_client(app) as client:
        await fill(url, args.parcours)
        headers = bearer(keys.mint(role="region", scopes=["indicators:read"]))
        periods = ["2020", "2021", "2022-T2", "2023", "2023-03", "2024"]
        as_ofs = ["2021-06-30", "2023-06-30", "2025-12-31"]
        load = os.getloadavg()
        print(f"\nas_of, {args.parcours:,} parcours, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        print("| indicator | par | p50 ms | p95 ms | rows |")
        print("| --- | --- | ---: | ---: | ---: |")
        for d in DEFINITIONS:
            times, rows = [], 0
            for n in range(args.queries):
                params = {
                    "periode": periods[n % len(periods)],
                    "par": _dims(d.code),
                    "as_of": as_ofs[n % len(as_ofs)],
                }
                t = time.perf_counter()
                resp = await client.get(f"/v1/indicateurs/{d.code}", params=params, headers=headers)
                times.append((time.perf_counter() - t) * 1000)
                assert resp.status_code == 200, resp.text
                rows = max(rows, len(resp.json()["valeurs"]))
            print(
                f"| {d.code} | {_dims(d.code)} | {statistics.median(times):.0f} | {_p95(times):.0f} | {rows} |"
            )
        load = os.getloadavg()
        print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--parcours", type=int, default=int(os.environ.get("BENCH_PARCOURS", 1_000_000)))
    parser.add_argument("--queries", type=int, default=20, help="queries per indicator")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL")
        or os.environ.get("TEST_DATABASE_URL")
        or "postgresql+asyncpg://postgres@127.0.0.1:5432/test",
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
