"""Indicators bench: rebuild throughput and query latency on a generated history (PostgreSQL).

    uv run python -m bench.indicators_rebuild --parcours 1000000

Generates the catalog and parcours feeds directly in the feed format of contracts.md §4 (served to the
indicators app through an httpx MockTransport, JSON-encoded like the real feed), rebuilds the projections
from sequence 0 (events/s), then times every indicator with two breakdown dimensions (p50/p95).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from indicators.app import create_app
from indicators.definitions import DEFINITIONS
from indicators.settings import IndicatorsSettings
from servicekit.testing import ISSUER, TestKeys, app_client, bearer

SCHEMA = "bench_indicators"
DISPOSITIFS = [
    ("PREPA_AVENIR", "PREPA", False),
    ("PREPA_CLES", "PREPA", False),
    ("VISA_METIERS", "VISA", True),
    ("VISA_METIERS_PLUS", "VISA", True),
    ("VISA_SANITAIRE_SOCIAL", "VISA", True),
    ("ACCES_EMPLOI", "ACCES", False),
]
DEPTS = ["44", "49", "53", "72", "85"]
SECTEURS = ["INTER_INDUSTRIE", "MOBILITES", "CONSTRUCTION", "SERVICES", "SANTE", "COMMERCE", "NUMERIQUE"]
MOTIFS = ["EMPLOI", "FORMATION", "SANTE", "FAMILLE", "FINANCIER", "MOBILITE", "INADAPTATION", "AUTRE"]
RESEAUX = ["FRANCE_TRAVAIL", "MISSION_LOCALE", "CAP_EMPLOI", "CONSEIL_DEPARTEMENTAL"]
NIVEAUX = ["INFRA_3", "3", "3", "4", "4", "5", "6"]
START = date(2019, 1, 1)
DAYS = 6 * 365  # entries spread over 2019-2024, exits and follow-ups run into 2025-2026


def _uid(kind: int, i: int) -> str:
    return str(uuid.UUID(int=(kind << 96) | i))


class History:
    """A deterministic history: catalog events first, then parcours events interleaved in waves."""

    def __init__(self, parcours: int, per_session: int = 10, wave: int = 2000) -> None:
        self.n = parcours
        self.sessions = max(1, parcours // per_session)
        self.lots = max(1, self.sessions // 200)
        self.wave = wave
        self.clock = datetime(2019, 1, 1, tzinfo=UTC)
        self.count = {"catalog": 0, "parcours": 0}

    def _ts(self) -> str:
        self.clock += timedelta(milliseconds=37)
        return self.clock.isoformat()

    def session_of(self, i: int) -> int:
        return i % self.sessions

    def session_debut(self, s: int) -> date:
        return START + timedelta(days=(s * 7919) % DAYS)

    def earlier(self, i: int) -> int | None:
        """A parcours of a session that started 60 to 420 days before parcours i's (None: none)."""
        pick = random.Random(-i - 1)
        target = (self.session_of(i) * 7919) % DAYS - pick.randint(60, 420)
        if target < 0:
            return None
        # The sessions starting on that day: s * 7919 ≡ target (mod DAYS).
        first = (target * pow(7919, -1, DAYS)) % DAYS
        if first >= self.sessions:
            return None
        s = first + DAYS * pick.randrange((self.sessions - first + DAYS - 1) // DAYS)
        rounds = (self.n - s + self.sessions - 1) // self.sessions
        return s + self.sessions * pick.randrange(rounds)

    def catalog(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for lot in range(self.lots):
            disp, prog, _cert = DISPOSITIFS[lot % len(DISPOSITIFS)]
            yield (
                "lot.cree",
                _uid(1, lot),
                {
                    "lot_id": _uid(1, lot),
                    "numero": str(lot + 1),
                    "intitule": f"Lot {lot + 1}",
                    "marche_id": _uid(2, lot // 20),
                    "dispositif": disp,
                    "programme": prog,
                    "secteur": SECTEURS[lot % len(SECTEURS)],
                    "departement": DEPTS[lot % len(DEPTS)],
                    "territoire": None,
                    "organisme_siret": f"{44278000000000 + lot % 97:014d}",
                    "objectif_entrees": 1000,
                    "debut": "2019-01-01",
                    "fin": "2024-12-31",
                },
            )
        for s in range(self.sessions):
            lot = s % self.lots
            disp, prog, cert = DISPOSITIFS[lot % len(DISPOSITIFS)]
            debut = self.session_debut(s)
            yield (
                "session.ouverte",
                _uid(3, s),
                {
                    "session_id": _uid(3, s),
                    "action_id": _uid(4, s // 4),
                    "formation_id": _uid(5, s // 8),
                    "lot_id": _uid(1, lot),
                    "lot_numero": str(lot + 1),
                    "marche_id": _uid(2, lot // 20),
                    "dispositif": disp,
                    "programme": prog,
                    "secteur": SECTEURS[lot % len(SECTEURS)],
                    "departement": DEPTS[lot % len(DEPTS)],
                    "territoire": f"{DEPTS[lot % len(DEPTS)]} Centre",
                    "organisme_siret": f"{44278000000000 + lot % 97:014d}",
                    "certifiante": cert,
                    "debut": debut.isoformat(),
                    "fin": (debut + timedelta(days=150)).isoformat(),
                    "places_ouvertes": 12,
                    "places_disponibles": 2,
                    "etat_recrutement": "OUVERT",
                },
            )

    def _phases(self, i: int) -> list[tuple[str, str, dict[str, Any]]]:
        rnd = random.Random(i)
        s = self.session_of(i)
        sid = _uid(3, s)
        entree = self.session_debut(s) + timedelta(days=rnd.randint(0, 20))
        cand = entree - timedelta(days=rnd.randint(3, 40))
        pid, cid = _uid(6, i), _uid(7, i)
        # One in five comes back: the person of a parcours in a session that started 2 to 14 months
        # earlier (any lot: PRÉPA → VISA within 9 months of the exit happens, and after it too).
        back = rnd.random() >= 0.8 and i > 3 * self.sessions
        person = (self.earlier(i) if back else None) or i
        profil = {
            "stagiaire_id": _uid(8, person),
            "sexe": "F" if rnd.random() < 0.48 else "M",
            "age": rnd.randint(17, 62),
            "niveau": rnd.choice(NIVEAUX),
            "deld": rnd.random() < 0.4,
            "rqth": rnd.random() < 0.12,
            "rsa": rnd.random() < 0.2,
            "qpv": rnd.random() < 0.15,
            "clea": False,
            "reseau": rnd.choice(RESERVED_RESEAUX),
        }
        base = {"session_id": sid}
        out: list[tuple[str, str, dict[str, Any]]] = [
            (
                "candidature.transmise",
                cid,
                {
                    **base,
                    "candidature_id": cid,
                    "date_candidature": cand.isoformat(),
                    "valideur_org_id": "FT44001",
                    "profil": profil,
                },
            ),
            (
                "parcours.entree",
                pid,
                {
                    **base,
                    "parcours_id": pid,
                    "candidature_id": cid,
                    "date_entree": entree.isoformat(),
                    "date_candidature": cand.isoformat(),
                    "heures_prevues": 400,
                    "profil": profil,
                },
            ),
            (
                "parcours.heures",
                pid,
                {
                    **base,
                    "parcours_id": pid,
                    "heures_realisees": 120.0,
                    "heures_absence_injustifiee": rnd.randint(0, 20),
                },
            ),
        ]
        abandon = rnd.random() < 0.23
        sortie = entree + timedelta(days=rnd.randint(20, 60) if abandon else 150)
        out.append(
            (
                "parcours.sortie",
                pid,
                {
                    **base,
                    "parcours_id": pid,
                    "date_entree": entree.isoformat(),
                    "date_sortie": sortie.isoformat(),
                    "type": "ABANDON" if abandon else "TERME",
                    "motif": rnd.choice(MOTIFS) if abandon else None,
                    "contrat": None,
                    "certification": None
                    if abandon
                    else rnd.choice(
                        ["OBTENUE_TOTALE", "OBTENUE_TOTALE", "OBTENUE_PARTIELLE", "ECHEC", "NON_PRESENTE"]
                    ),
                    "heures_realisees": float(rnd.randint(50, 120) if abandon else rnd.randint(300, 400)),
                },
            )
        )
        if rnd.random() < 0.7:
            situation = rnd.choice(["EMPLOI", "EMPLOI", "EMPLOI", "RECHERCHE", "FORMATION", "INCONNU"])
            out.append(
                (
                    "suivi.enregistre",
                    pid,
                    {
                        **base,
                        "parcours_id": pid,
                        "horizon_mois": 6,
                        "date": (sortie + timedelta(days=183)).isoformat(),
                        "situation": situation,
                        "contrat": rnd.choice(["CDI", "CDD", "INTERIM", "CREATION"])
                        if situation == "EMPLOI"
                        else None,
                        "duree_contrat_mois": rnd.randint(1, 12),
                        "duree_emploi_mois": rnd.randint(1, 6) if situation == "EMPLOI" else 0,
                        "en_lien_formation": True,
                        "source": "ENQUETE",
                    },
                )
            )
        return out

    def parcours(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Wave w's phase k comes out at step w + k: every page mixes parcours at different stages."""
        waves = (self.n + self.wave - 1) // self.wave
        pending: dict[int, list[list[tuple[str, str, dict[str, Any]]]]] = {}
        for step in range(waves + 5):
            if step < waves:
                lo, hi = step * self.wave, min(self.n, (step + 1) * self.wave)
                pending[step] = [self._phases(i) for i in range(lo, hi)]
            for w in sorted(pending):
                k = step - w
                for phases in pending[w]:
                    if k < len(phases):
                        yield phases[k]
                if k >= 4:
                    del pending[w]


RESERVED_RESEAUX = RESEAUX


class Feed:
    """One generated feed, encoded in advance page by page, served as the producers' /v1/events would.

    Pre-encoding keeps the producer's cost (building and serialising events) out of the measured
    rebuild: in production the producer runs in another process.
    """

    def __init__(
        self, events: Iterator[tuple[str, str, dict[str, Any]]], history: History, limit: int
    ) -> None:
        self.pages: dict[int, bytes] = {}
        self.seq = 0
        batch: list[dict[str, Any]] = []
        after = 0
        for kind, agg, data in events:
            self.seq += 1
            batch.append(
                {
                    "seq": self.seq,
                    "id": str(uuid.UUID(int=self.seq)),
                    "type": kind,
                    "aggregate_id": agg,
                    "recorded_at": history._ts(),
                    "data": data,
                }
            )
            if len(batch) == limit:
                self._close(after, batch, has_more=True)
                after, batch = self.seq, []
        self._close(after, batch, has_more=False)
        self.last_after = after

    def _close(self, after: int, batch: list[dict[str, Any]], *, has_more: bool) -> None:
        body = {"items": batch, "next_after": batch[-1]["seq"] if batch else after, "has_more": has_more}
        self.pages[after] = json.dumps(body).encode()

    def page(self, after: int) -> bytes:
        if after == self.seq:
            return json.dumps({"items": [], "next_after": after, "has_more": False}).encode()
        return self.pages[after]


def transport(history: History, limit: int) -> tuple[httpx.MockTransport, dict[str, Feed]]:
    feeds = {
        "catalog": Feed(history.catalog(), history, limit),
        "parcours": Feed(history.parcours(), history, limit),
    }
    paths = {"/api/catalog/v1/events": "catalog", "/api/parcours/v1/events": "parcours"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "bench", "expires_in": 3600})
        feed = feeds[paths[request.url.path]]
        body = feed.page(int(request.url.params["after"]))
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler), feeds


def _dims(code: str) -> str:
    if code in ("places_ouvertes", "taux_remplissage", "entrees_vs_objectif"):
        return "dispositif,departement"
    return "dispositif,sexe"


async def run(args: argparse.Namespace) -> None:
    url = args.database_url
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
    await engine.dispose()
    history = History(args.parcours)
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
        feed_page_size=args.page_size,
    )
    app = create_app(settings)
    t_gen = time.perf_counter()
    mock, feeds = transport(history, args.page_size)
    print(f"generated the feeds in {time.perf_counter() - t_gen:.0f} s", flush=True)
    app.state.outbound_transport = mock
    async with app_client(app) as client:
        t0 = time.perf_counter()
        applied = await app.state.consumer.rebuild()
        elapsed = time.perf_counter() - t0
        print(
            f"history: {args.parcours:,} parcours, {history.sessions:,} sessions, {history.lots} lots; "
            f"{feeds['catalog'].seq:,} catalog + {feeds['parcours'].seq:,} parcours events"
        )
        print(f"rebuild: {applied:,} events in {elapsed:.1f} s = {applied / elapsed:,.0f} events/s\n")
        engine = create_async_engine(url)
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    f'ANALYZE "{SCHEMA}".f_parcours, "{SCHEMA}".f_session, '
                    f'"{SCHEMA}".f_candidature, "{SCHEMA}".f_lot'
                )
            )
        await engine.dispose()
        headers = bearer(keys.mint(role="region", scopes=["indicators:read"]))
        periods = ["2020", "2021", "2022-T2", "2023", "2023-03", "2024"]
        print("| indicator | par | p50 ms | p95 ms | rows |")
        print("| --- | --- | ---: | ---: | ---: |")
        for d in DEFINITIONS:
            times, rows = [], 0
            for n in range(args.queries):
                params = {"periode": periods[n % len(periods)], "par": _dims(d.code)}
                t = time.perf_counter()
                resp = await client.get(f"/v1/indicateurs/{d.code}", params=params, headers=headers)
                times.append((time.perf_counter() - t) * 1000)
                assert resp.status_code == 200, resp.text
                rows = max(rows, len(resp.json()["valeurs"]))
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            print(f"| {d.code} | {_dims(d.code)} | {statistics.median(times):.0f} | {p95:.0f} | {rows} |")
        if args.as_of:
            times = []
            for n in range(args.queries):
                params = {
                    "periode": periods[n % len(periods)],
                    "par": "dispositif,sexe",
                    "as_of": "2023-06-30",
                }
                t = time.perf_counter()
                resp = await client.get("/v1/indicateurs/taux_rupture", params=params, headers=headers)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            print(
                f"| taux_rupture with as_of | dispositif,sexe | {statistics.median(times):.0f} | "
                f"{times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]:.0f} | |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--parcours", type=int, default=int(os.environ.get("BENCH_PARCOURS", 1_000_000)))
    parser.add_argument("--queries", type=int, default=20, help="queries per indicator")
    parser.add_argument("--page-size", type=int, default=5000)
    parser.add_argument("--as-of", action="store_true", help="also time an as_of query (reads the history)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL")
        or os.environ.get("TEST_DATABASE_URL")
        or "postgresql+asyncpg://postgres@127.0.0.1:5432/test",
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
