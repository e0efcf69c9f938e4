"""Région administration of the gateway over HTTP (scope `gateway:admin`): clients, accounts, keys.
Translation only: the rules are in `service`, the bodies and views in `schemas`."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from gateway.auth.admin import service
from gateway.auth.admin.errors import (
    ADMIN,
    MANAGED,
    ClientExistant,
    ClientIntrouvable,
    CompteExistant,
    CompteIntrouvable,
    ConfirmationRequise,
    DernierAdministrateur,
    SansCle,
    SansSecret,
)
from gateway.auth.admin.schemas import (
    AccountCreate,
    ClientCreate,
    JwksUpdate,
    SecretRotation,
    account_view,
    client_view,
)
from gateway.auth.keys import publish, rotate
from gateway.settings import GatewaySettings
from servicekit.auth import Principal, require_scopes
from servicekit.db import SessionDep
from servicekit.problems import problem_responses
from servicekit.settings import settings_of

router = APIRouter(prefix="/api/admin", tags=["administration"])
Admin = Annotated[Principal, Depends(require_scopes("gateway:admin"))]
Page = Annotated[int, Query(ge=1)]
Limit = Annotated[int, Query(ge=1, le=100)]


# --- Clients ------------------------------------------------------------------------------------


@router.get("/clients", responses=problem_responses(*ADMIN), summary="Clients OAuth (logiciels partenaires)")
async def list_clients(
    session: SessionDep,
    _: Admin,
    page: Page = 1,
    limit: Limit = 20,
    role: str | None = None,
    actif: bool | None = None,
) -> dict[str, Any]:
    rows, total = await service.list_clients(session, page, limit, role, actif)
    return {"items": [client_view(c) for c in rows], "total": total, "page": page, "limit": limit}


@router.post(
    "/clients",
    responses=problem_responses(*ADMIN, ClientExistant),
    status_code=201,
    summary="Créer le client d'un OF, d'un valideur, d'un financeur",
)
async def create_client(
    body: ClientCreate, session: SessionDep, _: Admin, response: Response
) -> dict[str, Any]:
    client, secret = await service.create_client(session, body)
    response.headers["Location"] = f"/api/admin/clients/{client.client_id}"
    response.headers["Cache-Control"] = "no-store"
    return client_view(client, secret)


@router.get(
    "/clients/{client_id}", responses=problem_responses(*ADMIN, ClientIntrouvable), summary="Un client"
)
async def get_client(client_id: str, session: SessionDep, _: Admin) -> dict[str, Any]:
    return client_view(await service.find_client(session, client_id))


@router.post(
    "/clients/{client_id}/secret",
    responses=problem_responses(*MANAGED, SansSecret, ConfirmationRequise),
    summary="Renouveler le secret (affiché une seule fois)",
)
async def rotate_secret(
    client_id: str,
    session: SessionDep,
    principal: Admin,
    response: Response,
    body: SecretRotation | None = None,
) -> dict[str, Any]:
    client, secret = await service.rotate_secret(session, principal, client_id, body)
    response.headers["Cache-Control"] = "no-store"
    return client_view(client, secret)


@router.put(
    "/clients/{client_id}/jwks",
    responses=problem_responses(*MANAGED, SansCle),
    summary="Remplacer les clés publiques (private_key_jwt)",
)
async def replace_jwks(client_id: str, body: JwksUpdate, session: SessionDep, _: Admin) -> dict[str, Any]:
    return client_view(await service.replace_jwks(session, client_id, body.jwks))


@router.post(
    "/clients/{client_id}/desactivation",
    responses=problem_responses(*MANAGED, DernierAdministrateur),
    summary="Désactiver un client (ses jetons sont refusés)",
)
async def disable_client(
    client_id: str, session: SessionDep, principal: Admin, request: Request
) -> dict[str, Any]:
    state = request.app.state
    client = await service.disable_client(
        session, state.revocations, settings_of(request.app, GatewaySettings), principal, client_id
    )
    return client_view(client)


@router.post(
    "/clients/{client_id}/reactivation", responses=problem_responses(*MANAGED), summary="Réactiver un client"
)
async def enable_client(client_id: str, session: SessionDep, _: Admin) -> dict[str, Any]:
    return client_view(await service.enable_client(session, client_id))


# --- Accounts -----------------------------------------------------------------------------------


@router.get("/comptes", responses=problem_responses(*ADMIN), summary="Comptes des personnes")
async def list_accounts(session: SessionDep, _: Admin, page: Page = 1, limit: Limit = 20) -> dict[str, Any]:
    rows, total = await service.list_accounts(session, page, limit)
    return {"items": [account_view(a) for a in rows], "total": total, "page": page, "limit": limit}


@router.post(
    "/comptes",
    responses=problem_responses(*ADMIN, CompteExistant),
    status_code=201,
    summary="Créer le compte d'une personne",
)
async def create_account(body: AccountCreate, session: SessionDep, _: Admin) -> dict[str, Any]:
    return account_view(await service.create_account(session, body))


@router.post(
    "/comptes/{account_id}/desactivation",
    responses=problem_responses(*ADMIN, CompteIntrouvable, DernierAdministrateur),
    summary="Désactiver un compte (fin de ses sessions)",
)
async def disable_account(
    account_id: uuid.UUID, session: SessionDep, principal: Admin, request: Request
) -> dict[str, Any]:
    state = request.app.state
    account = await service.disable_account(
        session, state.revocations, settings_of(request.app, GatewaySettings), principal, account_id
    )
    return account_view(account)


@router.post(
    "/comptes/{account_id}/reactivation",
    responses=problem_responses(*ADMIN, CompteIntrouvable),
    summary="Réactiver un compte",
)
async def enable_account(account_id: uuid.UUID, session: SessionDep, _: Admin) -> dict[str, Any]:
    return account_view(await service.enable_account(session, account_id))


# --- Signing keys -------------------------------------------------------------------------------


def _keys_view(request: Request) -> dict[str, Any]:
    ring = request.app.state.keyring
    items = []
    for key in ring.published:
        retired: datetime | None = key.retired_at
        items.append(
            {
                "kid": key.kid,
                "cree_le": key.created_at.isoformat(),
                "retiree_le": retired.isoformat() if retired else None,
                "signe": key.kid == ring.signing.kid,
            }
        )
    return {
        "items": items,
        "fenetre_rotation_s": settings_of(request.app, GatewaySettings).key_rotation_window,
    }


@router.get("/cles", responses=problem_responses(*ADMIN), summary="Clés de signature publiées")
async def list_keys(request: Request, _: Admin) -> dict[str, Any]:
    return _keys_view(request)


@router.post(
    "/cles/rotation",
    responses=problem_responses(*ADMIN),
    summary="Rotation des clés : une nouvelle signe, l'ancienne reste publiée",
)
async def rotate_keys(request: Request, session: SessionDep, _: Admin) -> dict[str, Any]:
    settings = settings_of(request.app, GatewaySettings)
    ring = await rotate(session, settings.key_rotation_window)
    await session.commit()
    request.app.state.keyring = ring
    publish(ring, settings.public_jwks_file())
    return _keys_view(request)
