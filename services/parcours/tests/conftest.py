"""Parcours test helpers: a small fake catalogue (contracts.md §3) and a running parcours with role tokens."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest

from parcours.app import create_app
from parcours.common.dates import today
from parcours.settings import ParcoursSettings
from servicekit.testing import TestKeys, bearer

OF_1, OF_2 = "44278000000018", "49109000000028"
TODAY = today()  # the Région's calendar day, as the service dates decisions
_ids = itertools.count(1)


def iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


class FakeCatalogue:
    """Sessions and holds in memory, answering like the catalogue through the gateway."""

    def __init__(self) -> None:
        self.sessions: dict[str, dict[str, Any]] = {}
        self.holds: dict[str, dict[str, Any]] = {}
        self.modules: dict[str, list[dict[str, Any]]] = {}
        self.down = False
        self.calls: list[tuple[str, str]] = []

    def add_session(
        self,
        *,
        places: int = 5,
        organisme: str = OF_1,
        certifiante: bool = True,
        debut: int = -30,
        fin: int = 90,
        etat: str = "OUVERT",
        modules: list[Any] | None = None,
    ) -> str:
        sid, action = str(uuid.uuid4()), str(uuid.uuid4())
        self.modules[action] = (
            modules
            if modules is not None
            else [
                {"id": "m-ran", "type": "REMISE_A_NIVEAU", "intitule": "Remise à niveau", "statut": "VALIDE"},
                {"id": "m-sst", "type": "SST", "intitule": "SST", "statut": "VALIDE"},
                {"id": "m-caces", "type": "CACES", "intitule": "CACES", "statut": "PROPOSE"},
            ]
        )
        self.sessions[sid] = {
            "id": sid,
            "action_id": action,
            "debut": iso(debut),
            "fin": iso(fin),
            "places_ouvertes": places,
            "etat_recrutement": etat,
            "dispositif": {"code": "VISA_METIERS" if certifiante else "PREPA_AVENIR"},
            "formation": {"certifiante": certifiante},
            "organisme": {"siret": organisme},
            "entrees_sorties_permanentes": False,
        }
        return sid

    def taken(self, sid: str) -> int:
        return sum(
            1
            for h in self.holds.values()
            if h["session_id"] == sid and h["statut"] in ("ACTIVE", "CONFIRMEE")
        )

    def handler(self, request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        self.calls.append((method, path))
        if self.down:
            raise httpx.ConnectError("catalogue arrêté", request=request)
        if path == "/oauth2/token":
            return httpx.Response(200, json={"access_token": "service-token", "expires_in": 300})
        parts = path.removeprefix("/api/catalog/v1/").split("/")
        if parts == ["sessions"] and method == "GET":
            items = [
                {**s, "places_disponibles": s["places_ouvertes"] - self.taken(s["id"])}
                for s in self.sessions.values()
            ]
            return httpx.Response(200, json={"items": items, "total": len(items), "page": 1, "limit": 100})
        if parts[0] == "sessions" and method == "GET":
            found = self.sessions.get(parts[1])
            return httpx.Response(200, json=found) if found else _problem(404, "session_introuvable")
        if parts[0] == "modules" and method == "GET":
            wanted = request.url.params.get("statut")
            items = [
                m for m in self.modules.get(request.url.params["action_id"], []) if m["statut"] == wanted
            ]
            return httpx.Response(200, json={"items": items, "total": len(items), "page": 1, "limit": 100})
        if parts[0] == "reservations":
            return self._reservations(method, parts[1:], request)
        return _problem(404, "not_found")

    def _reservations(self, method: str, rest: list[str], request: httpx.Request) -> httpx.Response:
        if method == "POST" and not rest:
            body = json.loads(request.content)
            sid, cid = body["session_id"], body["candidature_id"]
            if cid in self.holds:
                return httpx.Response(200, json=self.holds[cid])
            session = self.sessions.get(sid)
            if session is None:
                return _problem(404, "session_introuvable")
            dated = body.get("date_candidature")
            if dated and dated > session["fin"]:
                return _problem(422, "validation_error", pointer="/date_candidature")
            ended = session["fin"] < TODAY.isoformat()
            if (session["etat_recrutement"] != "OUVERT" or ended) and not (
                dated and (ended or session["etat_recrutement"] == "FERME")
            ):
                return _problem(409, "session_fermee")
            if self.taken(sid) >= session["places_ouvertes"]:
                return _problem(409, "session_complete")
            self.holds[cid] = {
                "id": str(uuid.uuid4()),
                "session_id": sid,
                "candidature_id": cid,
                "statut": "ACTIVE",
                "expire_le": (TODAY + timedelta(days=15)).isoformat() + "T00:00:00Z",
            }
            return httpx.Response(201, json=self.holds[cid])
        hold = self.holds.get(rest[0])
        if hold is None:
            return _problem(404, "reservation_introuvable")
        if len(rest) == 2 and rest[1] == "confirmation":
            hold["statut"] = "CONFIRMEE"
        elif len(rest) == 2 and rest[1] == "acceptation":
            if hold["statut"] not in ("ACTIVE", "CONFIRMEE"):
                return _problem(409, "reservation_inactive")
            hold["expire_le"] = None
        elif len(rest) == 2 and rest[1] == "liberation":
            hold["statut"] = "LIBEREE"
        return httpx.Response(200, json=hold)


def _problem(status: int, code: str, pointer: str | None = None) -> httpx.Response:
    errors = [{"pointer": pointer, "message": code}] if pointer else None
    return httpx.Response(
        status,
        json={"status": status, "code": code, "detail": code, "errors": errors},
        headers={"content-type": "application/problem+json"},
    )


def stagiaire(**overrides: Any) -> dict[str, Any]:
    body = {
        "identifiant_ft": f"FT{next(_ids):07d}",
        "nom": "Martin",
        "prenom": "Léa",
        "date_naissance": "1995-04-12",
        "sexe": "F",
        "commune_insee": "44109",
        "niveau": "V",
        "date_inscription_de": iso(-500),
        "rqth": False,
        "rsa": True,
    }
    body.update(overrides)
    return body


class Api:
    def __init__(self, client: httpx.AsyncClient, keys: TestKeys, catalogue: FakeCatalogue) -> None:
        self.client, self.catalogue = client, catalogue
        mint = keys.mint
        self.region = bearer(
            mint(
                role="region",
                org_id="REGION-PDL",
                org_type="REGION",
                scopes=["parcours:read", "parcours:audit", "events:read"],
            )
        )
        self.ft = bearer(
            mint(
                role="valideur",
                org_id="FT44001",
                org_type="FRANCE_TRAVAIL",
                scopes=["parcours:read", "parcours:prescribe"],
            )
        )
        self.ml = bearer(
            mint(
                role="valideur",
                org_id="ML49001",
                org_type="MISSION_LOCALE",
                scopes=["parcours:read", "parcours:prescribe"],
            )
        )
        self.of1 = bearer(
            mint(role="organisme", org_id=OF_1, org_type="OF", scopes=["parcours:read", "parcours:declare"])
        )
        self.of2 = bearer(
            mint(role="organisme", org_id=OF_2, org_type="OF", scopes=["parcours:read", "parcours:declare"])
        )

    iso = staticmethod(iso)
    stagiaire = staticmethod(stagiaire)

    @property
    def app(self) -> Any:
        return self.client.app  # type: ignore[attr-defined]

    async def candidature(
        self, sid: str, *, who: dict[str, str] | None = None, **extra: Any
    ) -> httpx.Response:
        body = {
            "session_id": sid,
            "stagiaire": extra.pop("stagiaire", None) or stagiaire(),
            "message": "Projet validé.",
        }
        body.update(extra)
        return await self.client.post("/v1/candidatures", json=body, headers=who or self.ft)

    async def accepted(self, sid: str, **extra: Any) -> str:
        resp = await self.candidature(sid, **dict(extra))
        assert resp.status_code == 201, resp.text
        cid = resp.json()["id"]
        decision = {"decision": "ACCEPTEE", "date": extra.get("date_candidature") or iso(0)}
        done = await self.client.post(f"/v1/candidatures/{cid}/decision", json=decision, headers=self.of1)
        assert done.status_code == 200, done.text
        return str(cid)

    async def parcours(
        self, sid: str, *, entree: int = -20, heures: float = 400, **extra: Any
    ) -> dict[str, Any]:
        cid = await self.accepted(sid, date_candidature=iso(entree - 5), **extra)
        resp = await self.client.post(
            f"/v1/candidatures/{cid}/entree",
            json={"date_entree": iso(entree), "heures_prevues": heures},
            headers=self.of1,
        )
        assert resp.status_code == 201, resp.text
        body: dict[str, Any] = resp.json()
        return body

    async def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        resp = await self.client.get("/v1/events?limit=5000", headers=self.region)
        items: list[dict[str, Any]] = resp.json()["items"]
        return [e for e in items if kind is None or e["type"] == kind]


@pytest.fixture
def start_parcours(service_client: Callable[..., Any], keys: TestKeys) -> Callable[..., Any]:
    @asynccontextmanager
    async def start(**overrides: Any) -> AsyncIterator[Api]:
        catalogue = FakeCatalogue()
        demo = bool(overrides.pop("demo", False))

        def build(settings: ParcoursSettings) -> Any:
            app = create_app(settings.model_copy(update={"demo": demo}))
            app.state.outbound_transport = httpx.MockTransport(catalogue.handler)
            return app

        overrides.setdefault("expiration_intervalle_s", 3600.0)
        async with service_client(build, ParcoursSettings, **overrides) as client:
            yield Api(client, keys, catalogue)

    return start


@pytest.fixture
async def api(start_parcours: Callable[..., Any]) -> AsyncIterator[Api]:
    async with start_parcours() as running:
        yield running
