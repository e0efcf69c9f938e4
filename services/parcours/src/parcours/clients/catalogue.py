"""The catalogue as the parcours service sees it: session detail and place holds (contracts.md §3)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Annotated, Any, Protocol, TypeVar

import httpx
from fastapi import Depends, FastAPI, Request
from pydantic import ValidationError

from parcours.clients.catalogue_payloads import CatalogueModules, CatalogueSession
from parcours.errors import CatalogueIndisponible, SessionComplete, SessionFermee, SessionIntrouvable
from servicekit.problems import Problem

log = logging.getLogger("parcours.catalogue")
BASE = "/api/catalog/v1"
T = TypeVar("T")


def unavailable() -> CatalogueIndisponible:
    return CatalogueIndisponible(
        "Le catalogue est momentanément injoignable : rien n'a été enregistré, réessayez plus tard."
    )


@dataclass(frozen=True)
class Module:
    id: str
    type: str
    valide: bool
    libelle: str = ""


@dataclass(frozen=True)
class SessionInfo:
    """What the parcours rules need from a catalogue session."""

    id: str
    action_id: str | None
    debut: date
    fin: date
    etat_recrutement: str
    organisme_siret: str
    dispositif: str
    certifiante: bool
    entrees_sorties_permanentes: bool
    modules: tuple[Module, ...] = field(default_factory=tuple)

    @property
    def modules_valides(self) -> dict[str, Module]:
        index: dict[str, Module] = {}
        for module in self.modules:
            if module.valide:
                index[module.id] = module
                index.setdefault(module.type, module)
        return index


def session_from_payload(payload: object) -> SessionInfo:
    """A catalogue session (validated against `CatalogueSession`) as the parcours rules need it."""
    read = CatalogueSession.model_validate(payload)
    return SessionInfo(
        id=read.id,
        action_id=read.action_id,
        debut=read.debut,
        fin=read.fin,
        etat_recrutement=read.etat_recrutement,
        organisme_siret=read.organisme.siret,
        dispositif=read.dispositif.code if read.dispositif else "",
        certifiante=read.formation.certifiante,
        entrees_sorties_permanentes=read.entrees_sorties_permanentes,
    )


def _modules(payload: object) -> tuple[Module, ...]:
    items = CatalogueModules.model_validate(payload).items
    return tuple(Module(id=m.id, type=m.type, valide=m.statut == "VALIDE", libelle=m.intitule) for m in items)


def _read(resp: httpx.Response, parse: Callable[[object], T]) -> T:
    """The catalogue's answer through its typed model; one that does not fit is a 503 (logged)."""
    try:
        return parse(resp.json())
    except (ValueError, ValidationError) as exc:
        log.error("réponse du catalogue inattendue", extra={"url": str(resp.request.url), "error": str(exc)})
        raise unavailable() from exc


class CatalogueClient(Protocol):
    """What the use cases ask of the catalogue (a test hands in a fake with these methods)."""

    async def session(self, session_id: uuid.UUID | str) -> SessionInfo: ...
    async def with_modules(self, info: SessionInfo) -> SessionInfo: ...
    async def hold(
        self, session_id: uuid.UUID, candidature_id: uuid.UUID, date_candidature: date | None = None
    ) -> dict[str, Any]: ...
    async def confirm(self, candidature_id: uuid.UUID) -> None: ...
    async def accept(self, candidature_id: uuid.UUID) -> None: ...
    async def release(self, candidature_id: uuid.UUID, raison: str) -> None: ...
    async def release_quietly(self, candidature_id: uuid.UUID, raison: str) -> None: ...


class Catalogue:
    """Calls to the catalogue through the gateway with the service's own token."""

    def __init__(self, app: FastAPI) -> None:
        self.gateway = app.state.gateway

    async def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            resp: httpx.Response = await self.gateway.request(method, BASE + path, **kwargs)
        except (httpx.HTTPError, OSError) as exc:
            log.warning("catalogue injoignable", extra={"path": path, "error": repr(exc)})
            raise unavailable() from exc
        if resp.status_code >= 500:
            raise unavailable()
        return resp

    async def session(self, session_id: uuid.UUID | str) -> SessionInfo:
        resp = await self._call("GET", f"/sessions/{session_id}")
        if resp.status_code == 404:
            message = "Session inconnue du catalogue."
            raise SessionIntrouvable(message, errors=[{"pointer": "/session_id", "message": message}])
        if resp.status_code != 200:
            raise unavailable()
        return _read(resp, session_from_payload)

    async def with_modules(self, info: SessionInfo) -> SessionInfo:
        """The session with the modules the Région validated for its action (GET /modules)."""
        if not info.action_id:
            return info
        resp = await self._call(
            "GET", "/modules", params={"action_id": info.action_id, "statut": "VALIDE", "limit": 100}
        )
        if resp.status_code != 200:
            raise unavailable()
        return replace(info, modules=_read(resp, _modules))

    async def hold(
        self, session_id: uuid.UUID, candidature_id: uuid.UUID, date_candidature: date | None = None
    ) -> dict[str, Any]:
        body = {"session_id": str(session_id), "candidature_id": str(candidature_id)}
        if date_candidature is not None:
            body["date_candidature"] = date_candidature.isoformat()
        resp = await self._call("POST", "/reservations", json=body)
        if resp.status_code in (200, 201):
            data: dict[str, Any] = resp.json()
            return data
        if resp.status_code == 422:
            upstream = _problem_json(resp)
            errors = upstream.get("errors") or [
                {"pointer": "/date_candidature", "message": "Date de candidature refusée par le catalogue."}
            ]
            detail = upstream.get("detail") or errors[0].get("message", "Candidature refusée.")
            raise Problem(422, detail, code=upstream.get("code") or "validation_error", errors=errors)
        if resp.status_code in (404, 409):
            upstream = _problem_json(resp)
            code = upstream.get("code") or ("session_introuvable" if resp.status_code == 404 else "conflict")
            detail = upstream.get("detail") or "La session n'accepte pas de candidature."
            if code == SessionComplete.code:
                raise SessionComplete("Session complète : plus aucune place disponible.")
            if code == SessionFermee.code:
                raise SessionFermee(detail)
            raise Problem(resp.status_code, detail, code=code)  # any other answer of the catalogue, as is
        raise unavailable()

    async def confirm(self, candidature_id: uuid.UUID) -> None:
        resp = await self._call("POST", f"/reservations/{candidature_id}/confirmation")
        if resp.status_code != 200:
            upstream = _problem_json(resp)
            raise Problem(
                409,
                upstream.get("detail") or "La place réservée n'a pas pu être confirmée.",
                code=upstream.get("code") or "reservation_invalide",
            )

    async def accept(self, candidature_id: uuid.UUID) -> None:
        """The OF accepted: the catalogue keeps the place held without expiry (idempotent)."""
        resp = await self._call("POST", f"/reservations/{candidature_id}/acceptation")
        if resp.status_code != 200:
            upstream = _problem_json(resp)
            raise Problem(
                409,
                upstream.get("detail") or "La place réservée n'est plus disponible.",
                code=upstream.get("code") or "reservation_invalide",
            )

    async def release(self, candidature_id: uuid.UUID, raison: str) -> None:
        resp = await self._call("POST", f"/reservations/{candidature_id}/liberation", json={"raison": raison})
        if resp.status_code not in (200, 404):
            raise unavailable()

    async def release_quietly(self, candidature_id: uuid.UUID, raison: str) -> None:
        """Best effort (undoing a hold whose candidature was not stored); the catalogue's sweep is the net."""
        try:
            await self.release(candidature_id, raison)
        except Problem:
            log.error("place non libérée", extra={"candidature_id": str(candidature_id)})


def _problem_json(resp: httpx.Response) -> dict[str, Any]:
    try:
        body = resp.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def catalogue_client(request: Request) -> CatalogueClient:
    """The catalogue of this app (through the gateway); overridable in tests (`dependency_overrides`)."""
    return Catalogue(request.app)


CatalogueDep = Annotated[CatalogueClient, Depends(catalogue_client)]
