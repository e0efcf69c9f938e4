"""A fake catalog + parcours feed (contracts.md §4) to hand-build cohorts event by event."""

import itertools
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from indicators.app import create_app
from indicators.settings import IndicatorsSettings
from servicekit.testing import ISSUER, TestKeys, app_client, bearer, throwaway_database


class FakeFeeds:
    """In-test event lists served as the producers' feeds, through a MockTransport."""

    def __init__(self) -> None:
        self.events: dict[str, list[dict[str, Any]]] = {"catalog": [], "parcours": []}
        self.clock = datetime(2025, 1, 1, 8, tzinfo=UTC)
        self.redeliver = 0  # serve this many already-read events again (at-least-once delivery)
        self.facts: dict[str, dict[str, Any]] = {}
        self._seq = itertools.count(1)

    # --- transport -------------------------------------------------------------------------
    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
        source = {"/api/catalog/v1/events": "catalog", "/api/parcours/v1/events": "parcours"}.get(
            request.url.path
        )
        if source is None:
            return httpx.Response(404)
        after = max(0, int(request.url.params.get("after", 0)) - self.redeliver)
        limit = int(request.url.params.get("limit", 500))
        items = [e for e in self.events[source] if e["seq"] > after]
        page = items[:limit]
        return httpx.Response(
            200,
            json={
                "items": page,
                "next_after": page[-1]["seq"] if page else after,
                "has_more": len(items) > limit,
            },
        )

    def emit(self, source: str, kind: str, aggregate: str, data: dict[str, Any], at: Any = None) -> None:
        if at is None:
            self.clock += timedelta(minutes=1)
            recorded = self.clock
        elif isinstance(at, datetime):
            recorded = at
        else:
            day = date.fromisoformat(at) if isinstance(at, str) else at
            recorded = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12)
        self.events[source].append(
            {
                "seq": next(self._seq),
                "id": str(uuid.uuid4()),
                "type": kind,
                "aggregate_id": aggregate,
                "recorded_at": recorded.isoformat(),
                "data": data,
            }
        )

    # --- catalog ---------------------------------------------------------------------------
    def lot(
        self, *, objectif: int = 10, debut: str = "2025-01-01", fin: str = "2025-12-31", **kw: Any
    ) -> str:
        lot_id = kw.pop("lot_id", str(uuid.uuid4()))
        data = {
            "lot_id": lot_id,
            "numero": kw.get("numero", "1"),
            "intitule": "Lot de test",
            "marche_id": "m1",
            "dispositif": kw.get("dispositif", "VISA_METIERS"),
            "programme": kw.get("programme", "VISA"),
            "secteur": kw.get("secteur", "CONSTRUCTION"),
            "departement": kw.get("departement", "44"),
            "territoire": None,
            "organisme_siret": kw.get("organisme", "44278000000018"),
            "objectif_entrees": objectif,
            "debut": debut,
            "fin": fin,
        }
        self.emit("catalog", "lot.cree", lot_id, data, kw.get("at"))
        return lot_id

    def session(
        self,
        *,
        debut: str = "2025-01-06",
        places: int = 12,
        programme: str = "VISA",
        certifiante: bool | None = None,
        lot_id: str = "lot-1",
        at: Any = None,
        **kw: Any,
    ) -> str:
        sid = kw.pop("session_id", str(uuid.uuid4()))
        data = {
            "session_id": sid,
            "action_id": "a1",
            "formation_id": "f1",
            "lot_id": lot_id,
            "lot_numero": "1",
            "marche_id": "m1",
            "dispositif": kw.get("dispositif", "VISA_METIERS" if programme == "VISA" else f"{programme}_X"),
            "programme": programme,
            "secteur": kw.get("secteur", "CONSTRUCTION"),
            "departement": kw.get("departement", "44"),
            "territoire": kw.get("territoire", "44 Nord"),
            "organisme_siret": kw.get("organisme", "44278000000018"),
            "certifiante": programme == "VISA" if certifiante is None else certifiante,
            "debut": debut,
            "fin": str(date.fromisoformat(debut) + timedelta(days=180)),
            "places_ouvertes": places,
            "places_disponibles": places,
            "etat_recrutement": "OUVERT",
        }
        self.emit("catalog", kw.get("kind", "session.ouverte"), sid, data, at)
        return sid

    # --- parcours --------------------------------------------------------------------------
    def candidature(
        self, session_id: str, *, date_candidature: str = "2025-01-02", at: Any = None, **profil: Any
    ) -> str:
        cid = str(uuid.uuid4())
        p = {
            "stagiaire_id": profil.pop("stagiaire_id", str(uuid.uuid4())),
            "sexe": "F",
            "age": 30,
            "niveau": "4",
            "deld": False,
            "rqth": False,
            "rsa": False,
            "qpv": False,
            "clea": False,
            "reseau": "FRANCE_TRAVAIL",
        }
        p.update(profil)
        self.facts[cid] = {"session_id": session_id, "profil": p, "date_candidature": date_candidature}
        data = {
            "candidature_id": cid,
            "session_id": session_id,
            "date_candidature": date_candidature,
            "valideur_org_id": "FT44001",
            "profil": p,
        }
        self.emit("parcours", "candidature.transmise", cid, data, at)
        return cid

    def entree(
        self, cid: str, *, date_entree: str = "2025-01-10", heures_prevues: float = 400, at: Any = None
    ) -> str:
        c = self.facts[cid]
        pid = str(uuid.uuid4())
        self.emit(
            "parcours",
            "candidature.acceptee",
            cid,
            {"candidature_id": cid, "session_id": c["session_id"], "date": date_entree},
            at,
        )
        data = {
            "parcours_id": pid,
            "candidature_id": cid,
            "session_id": c["session_id"],
            "date_entree": date_entree,
            "date_candidature": c["date_candidature"],
            "heures_prevues": heures_prevues,
            "profil": c["profil"],
        }
        self.facts[pid] = {"session_id": c["session_id"], "date_entree": date_entree}
        self.emit("parcours", "parcours.entree", pid, data, at)
        return pid

    def inscrit(self, session_id: str, *, date_entree: str = "2025-01-10", at: Any = None, **kw: Any) -> str:
        """Candidature + entry in one go (the candidature dated 8 days before by default)."""
        dc = kw.pop("date_candidature", str(date.fromisoformat(date_entree) - timedelta(days=8)))
        heures = kw.pop("heures_prevues", 400)
        return self.entree(
            self.candidature(session_id, date_candidature=dc, at=at, **kw),
            date_entree=date_entree,
            heures_prevues=heures,
            at=at,
        )

    def _p(self, pid: str, kind: str, extra: dict[str, Any], at: Any) -> None:
        self.emit(
            "parcours",
            kind,
            pid,
            {"parcours_id": pid, "session_id": self.facts[pid]["session_id"], **extra},
            at,
        )

    def suspension(self, pid: str, day: str, at: Any = None) -> None:
        self._p(pid, "parcours.suspendu", {"date": day}, at)

    def reprise(self, pid: str, day: str, at: Any = None) -> None:
        self._p(pid, "parcours.repris", {"date": day}, at)

    def heures(self, pid: str, realisees: float, at: Any = None) -> None:
        self._p(pid, "parcours.heures", {"heures_realisees": realisees, "heures_absence_injustifiee": 0}, at)

    def sortie(
        self,
        pid: str,
        day: str,
        *,
        type: str = "TERME",
        motif: str | None = None,
        certification: str | None = None,
        heures: float | None = None,
        at: Any = None,
    ) -> None:
        extra = {
            "date_entree": self.facts[pid]["date_entree"],
            "date_sortie": day,
            "type": type,
            "motif": motif,
            "contrat": None,
            "certification": certification,
            "heures_realisees": heures,
        }
        self._p(pid, "parcours.sortie", extra, at)

    def suivi(self, pid: str, situation: str, *, horizon: int = 6, at: Any = None, **kw: Any) -> None:
        extra = {
            "horizon_mois": horizon,
            "date": kw.get("date", "2026-01-01"),
            "situation": situation,
            "contrat": kw.get("contrat"),
            "duree_contrat_mois": kw.get("duree_contrat_mois"),
            "duree_emploi_mois": kw.get("duree_emploi_mois"),
            "en_lien_formation": True,
            "source": "OF",
        }
        self._p(pid, "suivi.enregistre", extra, at)


class Harness:
    def __init__(self, client: httpx.AsyncClient, feeds: FakeFeeds, keys: TestKeys, app: Any) -> None:
        self.client = client
        self.feeds = feeds
        self.keys = keys
        self.app = app

    async def sync(self) -> int:
        n: int = await self.app.state.consumer.sync_all()
        return n

    async def rebuild(self) -> int:
        n: int = await self.app.state.consumer.rebuild()
        return n

    def headers(self, role: str = "region") -> dict[str, str]:
        return bearer(self.keys.mint(role=role, scopes=["indicators:read"]))

    async def get(self, code: str, role: str = "region", **params: Any) -> dict[str, Any]:
        resp = await self.client.get(f"/v1/indicateurs/{code}", params=params, headers=self.headers(role))
        assert resp.status_code == 200, resp.text
        body: dict[str, Any] = resp.json()
        return body

    async def one(self, code: str, **params: Any) -> dict[str, Any]:
        """The single row of an indicator asked without breakdown."""
        rows = (await self.get(code, **params))["valeurs"]
        assert len(rows) == 1, rows
        row: dict[str, Any] = rows[0]
        return row


@pytest.fixture
def harness(tmp_path: Any, keys: TestKeys) -> Any:
    @asynccontextmanager
    async def start(**overrides: Any) -> AsyncIterator[Harness]:
        feeds = FakeFeeds()
        async with throwaway_database(tmp_path, "indicators") as (url, schema):
            settings = IndicatorsSettings(
                env="test",
                data_dir=tmp_path,
                database_url=url,
                db_schema=schema,
                jwks_file=keys.jwks_file,
                token_issuer=ISSUER,
                demo=False,
                poll_enabled=False,
                gateway_url="http://gateway.test",
                **overrides,
            )
            app = create_app(settings)
            app.state.outbound_transport = httpx.MockTransport(feeds.handler)
            async with app_client(app) as client:
                yield Harness(client, feeds, keys, app)

    return start
