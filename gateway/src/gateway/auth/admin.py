"""Région administration of the gateway (scope `gateway:admin`): partner clients, accounts, signing keys.

Secrets are generated here and returned once (on creation and on rotation); only their argon2 hash is
kept. Errors are problem+json in French.
"""

from __future__ import annotations

import re
import secrets
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import String, func, select, update

from gateway.auth.accounts import normalise
from gateway.auth.keys import publish, rotate
from gateway.auth.models import PRIVATE_KEY_JWT, SECRET_BASIC, SECRET_POST, Account, OAuthClient, RefreshToken
from gateway.auth.revocation import recall_issued_before_now
from gateway.auth.roles import VALIDEUR_NETWORKS
from gateway.auth.secrets import hash_secret
from gateway.settings import GatewaySettings
from servicekit.auth import Principal, require_scopes
from servicekit.db import SessionDep
from servicekit.models import utcnow
from servicekit.problems import FieldError, Problem

router = APIRouter(prefix="/api/admin", tags=["administration"])
Admin = Annotated[Principal, Depends(require_scopes("gateway:admin"))]

Kind = Literal["organisme", "valideur", "financeur", "region"]
MIN_PASSWORD = 12


def siret_valide(siret: str) -> bool:
    """14 digits passing the Luhn check (La Poste's establishments follow their own rule)."""
    if not re.fullmatch(r"\d{14}", siret):
        return False
    if siret.startswith("356000000"):
        return sum(int(c) for c in siret) % 5 == 0
    total = 0
    for i, c in enumerate(reversed(siret)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


class Organisation(BaseModel):
    """Who the client or account acts for."""

    type: Kind = Field(
        description="organisme (un OF), valideur (une structure prescriptrice), financeur, region"
    )
    siret: str | None = Field(None, description="SIRET de l'OF (type organisme)")
    structure: str | None = Field(
        None, max_length=40, description="Code de la structure (valideur, financeur, région)"
    )
    reseau: str | None = Field(None, description=f"Réseau du valideur : {', '.join(VALIDEUR_NETWORKS)}")


def resolve_org(org: Organisation) -> tuple[str, str, str]:
    """(role, org_id, org_type), or 422 with pointers."""
    errors: list[FieldError] = []
    if org.type == "organisme":
        siret = re.sub(r"\s+", "", org.siret or "")
        if not siret:
            errors.append(FieldError("/siret", "Le SIRET de l'organisme est obligatoire."))
        elif not siret_valide(siret):
            errors.append(FieldError("/siret", "SIRET invalide (14 chiffres, clé de contrôle)."))
        result = ("organisme", siret, "OF")
    elif org.type == "valideur":
        if not org.structure:
            errors.append(FieldError("/structure", "Le code de la structure du valideur est obligatoire."))
        if org.reseau not in VALIDEUR_NETWORKS:
            errors.append(FieldError("/reseau", f"Réseau attendu : {', '.join(VALIDEUR_NETWORKS)}."))
        result = ("valideur", org.structure or "", org.reseau or "")
    elif org.type == "financeur":
        result = ("financeur", org.structure or "", "FINANCEUR")
    else:
        result = ("region", org.structure or "REGION", "REGION")
    if errors:
        raise Problem(422, errors[0]["message"], errors=errors)
    return result


# --- Clients ------------------------------------------------------------------------------------


class ClientCreate(Organisation):
    model_config = ConfigDict(extra="forbid")

    nom: str = Field(min_length=1, max_length=200, description="Nom du logiciel ou de l'organisation")
    client_id: str | None = Field(
        None, pattern=r"^[a-z0-9][a-z0-9._-]{2,99}$", description="Identifiant souhaité (sinon généré)"
    )
    methode_authentification: Literal["client_secret_basic", "client_secret_post", "private_key_jwt"] = (
        SECRET_BASIC
    )
    jwks: dict[str, Any] | None = Field(None, description="Clés publiques (JWKS) pour private_key_jwt")


class JwksUpdate(BaseModel):
    jwks: dict[str, Any]


def _check_jwks(jwks: dict[str, Any] | None, pointer: str = "/jwks") -> dict[str, Any]:
    from joserfc.jwk import KeySet

    keys = (jwks or {}).get("keys")
    if not isinstance(keys, list) or not keys:
        raise Problem(
            422,
            "Un JWKS avec au moins une clé publique est attendu.",
            errors=[FieldError(pointer, "JWKS vide.")],
        )
    if any(isinstance(k, dict) and ("d" in k or "k" in k) for k in keys):
        raise Problem(
            422,
            "N'envoyez que des clés publiques : la clé privée reste chez vous.",
            errors=[FieldError(pointer, "Clé privée ou symétrique refusée.")],
        )
    try:
        KeySet.import_key_set({"keys": keys})
    except Exception as exc:
        raise Problem(422, "JWKS illisible.", errors=[FieldError(pointer, "JWKS illisible.")]) from exc
    return {"keys": keys}


def client_view(client: OAuthClient, secret: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "client_id": client.client_id,
        "nom": client.nom,
        "role": client.role,
        "org_id": client.org_id,
        "org_type": client.org_type,
        "methode_authentification": client.token_endpoint_auth_method,
        "grant_types": client.grant_types,
        "actif": not client.disabled,
        "nature": client.kind,
        "demo": client.demo,
        "cree_le": client.created_at.isoformat(),
        "secret_renouvele_le": client.secret_rotated_at.isoformat() if client.secret_rotated_at else None,
    }
    if client.token_endpoint_auth_method == PRIVATE_KEY_JWT:
        body["jwks"] = client.jwks
    if secret is not None:
        body["client_secret"] = secret
    return body


async def _managed_client(session: Any, client_id: str) -> OAuthClient:
    client = await session.get(OAuthClient, client_id, with_for_update=True)
    if client is None:
        raise Problem(404, f"Aucun client « {client_id} ».", code="client_introuvable")
    if client.kind in ("internal", "spa"):
        raise Problem(
            409, "Ce client appartient à PRF lui-même et ne se gère pas ici.", code="client_protege"
        )
    return client


def _new_secret() -> str:
    return secrets.token_urlsafe(32)


async def _hash(secret: str) -> str:
    return await anyio.to_thread.run_sync(hash_secret, secret)


@router.get("/clients", summary="Clients OAuth (logiciels partenaires)")
async def list_clients(
    session: SessionDep,
    _: Admin,
    page: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    role: str | None = None,
    actif: bool | None = None,
) -> dict[str, Any]:
    query = select(OAuthClient)
    if role:
        query = query.where(OAuthClient.role == role)
    if actif is not None:
        query = query.where(OAuthClient.disabled.is_(not actif))  # type: ignore[attr-defined]
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = (
        await session.execute(query.order_by(OAuthClient.client_id).offset((page - 1) * limit).limit(limit))
    ).scalars()
    return {"items": [client_view(c) for c in rows], "total": total, "page": page, "limit": limit}


@router.post("/clients", status_code=201, summary="Créer le client d'un OF, d'un valideur, d'un financeur")
async def create_client(
    body: ClientCreate, session: SessionDep, _: Admin, response: Response
) -> dict[str, Any]:
    role, org_id, org_type = resolve_org(body)
    client_id = body.client_id or f"{role}-{(org_id or 'prf').lower()}-{secrets.token_hex(3)}"
    if await session.get(OAuthClient, client_id) is not None:
        raise Problem(409, f"Le client « {client_id} » existe déjà.", code="client_existant")
    secret: str | None = None
    client = OAuthClient(
        client_id=client_id,
        nom=body.nom,
        role=role,
        org_id=org_id,
        org_type=org_type,
        grant_types=["client_credentials"],
        token_endpoint_auth_method=body.methode_authentification,
        kind="partenaire",
    )
    if body.methode_authentification == PRIVATE_KEY_JWT:
        client.jwks = _check_jwks(body.jwks)
    else:
        secret = _new_secret()
        client.secret_hash = await _hash(secret)
        client.secret_rotated_at = utcnow()
    session.add(client)
    await session.flush()
    response.headers["Location"] = f"/api/admin/clients/{client_id}"
    response.headers["Cache-Control"] = "no-store"
    return client_view(client, secret)


@router.get("/clients/{client_id}", summary="Un client")
async def get_client(client_id: str, session: SessionDep, _: Admin) -> dict[str, Any]:
    client = await session.get(OAuthClient, client_id)
    if client is None:
        raise Problem(404, f"Aucun client « {client_id} ».", code="client_introuvable")
    return client_view(client)


class SecretRotation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    confirmer: bool = Field(
        False, description="Obligatoire (true) pour renouveler le secret du client qui appelle lui-même"
    )


async def _other_admins(session: Any, principal: Principal) -> int:
    """Active Région administrators (clients and accounts) other than the caller."""
    clients = await session.execute(
        select(func.count()).where(
            OAuthClient.role == "region",
            OAuthClient.disabled.is_(False),  # type: ignore[attr-defined]
            OAuthClient.client_id != principal.sub,
        )
    )
    accounts = await session.execute(
        select(func.count()).where(
            Account.role == "region",
            Account.disabled.is_(False),  # type: ignore[attr-defined]
            func.cast(Account.id, String) != principal.sub,
        )
    )
    return int(clients.scalar_one()) + int(accounts.scalar_one())


async def _refuse_last_admin_leaving(session: Any, principal: Principal, target: str) -> None:
    if principal.sub == target and await _other_admins(session, principal) == 0:
        raise Problem(
            409,
            "Vous êtes le dernier administrateur actif de la Région : vous ne pouvez pas vous désactiver. "
            "Créez ou réactivez d'abord un autre administrateur.",
            code="dernier_administrateur",
        )


@router.post("/clients/{client_id}/secret", summary="Renouveler le secret (affiché une seule fois)")
async def rotate_secret(
    client_id: str,
    session: SessionDep,
    principal: Admin,
    response: Response,
    body: SecretRotation | None = None,
) -> dict[str, Any]:
    client = await _managed_client(session, client_id)
    if principal.client_id == client_id and not (body and body.confirmer):
        raise Problem(
            409,
            "Vous renouvelez le secret du client avec lequel vous êtes connecté : l'ancien cessera "
            'aussitôt de fonctionner. Confirmez avec {"confirmer": true}.',
            code="confirmation_requise",
            errors=[FieldError("/confirmer", "Confirmation requise (true).")],
        )
    if client.token_endpoint_auth_method not in (SECRET_BASIC, SECRET_POST):
        raise Problem(
            409,
            "Ce client s'authentifie par clé (private_key_jwt) : il n'a pas de secret.",
            code="sans_secret",
        )
    secret = _new_secret()
    client.secret_hash = await _hash(secret)
    client.secret_rotated_at = client.updated_at = utcnow()
    response.headers["Cache-Control"] = "no-store"
    return client_view(client, secret)


@router.put("/clients/{client_id}/jwks", summary="Remplacer les clés publiques (private_key_jwt)")
async def replace_jwks(client_id: str, body: JwksUpdate, session: SessionDep, _: Admin) -> dict[str, Any]:
    client = await _managed_client(session, client_id)
    if client.token_endpoint_auth_method != PRIVATE_KEY_JWT:
        raise Problem(409, "Ce client s'authentifie par secret, pas par clé.", code="sans_cle")
    client.jwks = _check_jwks(body.jwks)
    client.updated_at = utcnow()
    return client_view(client)


@router.post("/clients/{client_id}/desactivation", summary="Désactiver un client (ses jetons sont refusés)")
async def disable_client(
    client_id: str, session: SessionDep, principal: Admin, request: Request
) -> dict[str, Any]:
    client = await _managed_client(session, client_id)
    await _refuse_last_admin_leaving(session, principal, client_id)
    # Its access tokens stop at once everywhere, and stay void after a reactivation.
    recall_issued_before_now(
        session, request.app.state.revocations, request.app.state.settings, "client", client_id
    )
    client.disabled = True
    client.updated_at = utcnow()
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.client_id == client_id, RefreshToken.revoked_at.is_(None))  # type: ignore[union-attr]
        .values(revoked_at=utcnow())
    )
    return client_view(client)


@router.post("/clients/{client_id}/reactivation", summary="Réactiver un client")
async def enable_client(client_id: str, session: SessionDep, _: Admin) -> dict[str, Any]:
    client = await _managed_client(session, client_id)
    client.disabled = False
    client.updated_at = utcnow()
    return client_view(client)


# --- Accounts -----------------------------------------------------------------------------------


class AccountCreate(Organisation):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(
        min_length=3,
        max_length=254,
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        description="Adresse électronique",
    )
    nom: str = Field("", max_length=200)
    mot_de_passe: str | None = Field(
        None,
        description=f"Au moins {MIN_PASSWORD} caractères ; absent : connexion par le fournisseur externe",
    )


def account_view(account: Account) -> dict[str, Any]:
    return {
        "id": str(account.id),
        "username": account.username,
        "nom": account.nom,
        "role": account.role,
        "org_id": account.org_id,
        "org_type": account.org_type,
        "actif": not account.disabled,
        "demo": account.demo,
        "mot_de_passe": bool(account.password_hash),
        "fournisseur_externe": account.external_issuer,
        "cree_le": account.created_at.isoformat(),
        "derniere_connexion": account.last_login_at.isoformat() if account.last_login_at else None,
    }


@router.get("/comptes", summary="Comptes des personnes")
async def list_accounts(
    session: SessionDep,
    _: Admin,
    page: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    total = (await session.execute(select(func.count()).select_from(Account))).scalar_one()
    rows = (
        await session.execute(
            select(Account).order_by(Account.username).offset((page - 1) * limit).limit(limit)
        )
    ).scalars()
    return {"items": [account_view(a) for a in rows], "total": total, "page": page, "limit": limit}


@router.post("/comptes", status_code=201, summary="Créer le compte d'une personne")
async def create_account(body: AccountCreate, session: SessionDep, _: Admin) -> dict[str, Any]:
    role, org_id, org_type = resolve_org(body)
    username = normalise(body.username)
    if body.mot_de_passe is not None and len(body.mot_de_passe) < MIN_PASSWORD:
        raise Problem(
            422,
            f"Mot de passe trop court (au moins {MIN_PASSWORD} caractères).",
            errors=[FieldError("/mot_de_passe", f"Au moins {MIN_PASSWORD} caractères.")],
        )
    exists = await session.execute(select(Account.id).where(func.lower(Account.username) == username))
    if exists.first() is not None:
        raise Problem(409, f"Un compte « {username} » existe déjà.", code="compte_existant")
    account = Account(username=username, nom=body.nom, role=role, org_id=org_id, org_type=org_type)
    if body.mot_de_passe:
        account.password_hash = await _hash(body.mot_de_passe)
    session.add(account)
    await session.flush()
    return account_view(account)


async def _account(session: Any, account_id: uuid.UUID) -> Account:
    account = await session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise Problem(404, "Compte introuvable.", code="compte_introuvable")
    return account


@router.post("/comptes/{account_id}/desactivation", summary="Désactiver un compte (fin de ses sessions)")
async def disable_account(
    account_id: uuid.UUID, session: SessionDep, principal: Admin, request: Request
) -> dict[str, Any]:
    account = await _account(session, account_id)
    await _refuse_last_admin_leaving(session, principal, str(account_id))
    recall_issued_before_now(
        session, request.app.state.revocations, request.app.state.settings, "sub", str(account_id)
    )
    account.disabled = True
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.account_id == account_id, RefreshToken.revoked_at.is_(None))  # type: ignore[union-attr]
        .values(revoked_at=utcnow())
    )
    return account_view(account)


@router.post("/comptes/{account_id}/reactivation", summary="Réactiver un compte")
async def enable_account(account_id: uuid.UUID, session: SessionDep, _: Admin) -> dict[str, Any]:
    account = await _account(session, account_id)
    account.disabled = False
    return account_view(account)


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
    return {"items": items, "fenetre_rotation_s": request.app.state.settings.key_rotation_window}


@router.get("/cles", summary="Clés de signature publiées")
async def list_keys(request: Request, _: Admin) -> dict[str, Any]:
    return _keys_view(request)


@router.post("/cles/rotation", summary="Rotation des clés : une nouvelle signe, l'ancienne reste publiée")
async def rotate_keys(request: Request, session: SessionDep, _: Admin) -> dict[str, Any]:
    settings: GatewaySettings = request.app.state.settings
    ring = await rotate(session, settings.key_rotation_window)
    await session.commit()
    request.app.state.keyring = ring
    publish(ring, settings.public_jwks_file())
    return _keys_view(request)
