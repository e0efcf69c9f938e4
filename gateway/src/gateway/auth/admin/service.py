"""The Région's administration operations: clients, accounts; each in the caller's transaction.

Secrets are generated here and returned once (on creation and on rotation); only their argon2 hash is
kept. A deactivation recalls the tokens already issued (gateway.auth.revocation).
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import anyio
from sqlalchemy import String, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.auth.accounts import normalise
from gateway.auth.admin.errors import (
    ClientExistant,
    ClientIntrouvable,
    ClientProtege,
    CompteExistant,
    CompteIntrouvable,
    ConfirmationRequise,
    DernierAdministrateur,
    SansCle,
    SansSecret,
)
from gateway.auth.admin.schemas import (
    MIN_PASSWORD,
    AccountCreate,
    ClientCreate,
    SecretRotation,
    check_jwks,
    resolve_org,
)
from gateway.auth.models import PRIVATE_KEY_JWT, SECRET_BASIC, SECRET_POST, Account, OAuthClient, RefreshToken
from gateway.auth.revocation import recall_issued_before_now
from gateway.auth.secrets import hash_secret
from gateway.settings import GatewaySettings
from servicekit.auth import Principal
from servicekit.models import utcnow
from servicekit.problems import FieldError, InvalidData
from servicekit.revocation import RevocationList


def _new_secret() -> str:
    return secrets.token_urlsafe(32)


async def _hash(secret: str) -> str:
    return await anyio.to_thread.run_sync(hash_secret, secret)


async def find_client(session: AsyncSession, client_id: str) -> OAuthClient:
    client = await session.get(OAuthClient, client_id)
    if client is None:
        raise ClientIntrouvable(f"Aucun client « {client_id} ».")
    return client


async def managed_client(session: AsyncSession, client_id: str) -> OAuthClient:
    """A partner client, locked for the change (PRF's own clients are not managed here)."""
    client = await session.get(OAuthClient, client_id, with_for_update=True)
    if client is None:
        raise ClientIntrouvable(f"Aucun client « {client_id} ».")
    if client.kind in ("internal", "spa"):
        raise ClientProtege("Ce client appartient à PRF lui-même et ne se gère pas ici.")
    return client


async def find_account(session: AsyncSession, account_id: uuid.UUID) -> Account:
    account = await session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise CompteIntrouvable("Compte introuvable.")
    return account


async def other_admins(session: AsyncSession, principal: Principal) -> int:
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


async def refuse_last_admin_leaving(session: AsyncSession, principal: Principal, target: str) -> None:
    if principal.sub == target and await other_admins(session, principal) == 0:
        raise DernierAdministrateur(
            "Vous êtes le dernier administrateur actif de la Région : vous ne pouvez pas vous désactiver. "
            "Créez ou réactivez d'abord un autre administrateur."
        )


# --- Clients ------------------------------------------------------------------------------------


async def list_clients(
    session: AsyncSession, page: int, limit: int, role: str | None, actif: bool | None
) -> tuple[list[OAuthClient], int]:
    query = select(OAuthClient)
    if role:
        query = query.where(OAuthClient.role == role)
    if actif is not None:
        query = query.where(OAuthClient.disabled.is_(not actif))  # type: ignore[attr-defined]
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = (
        await session.execute(query.order_by(OAuthClient.client_id).offset((page - 1) * limit).limit(limit))
    ).scalars()
    return list(rows), int(total)


async def create_client(session: AsyncSession, body: ClientCreate) -> tuple[OAuthClient, str | None]:
    """The new client and its secret (None for private_key_jwt), shown this once."""
    role, org_id, org_type = resolve_org(body)
    client_id = body.client_id or f"{role}-{(org_id or 'prf').lower()}-{secrets.token_hex(3)}"
    if await session.get(OAuthClient, client_id) is not None:
        raise ClientExistant(f"Le client « {client_id} » existe déjà.")
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
        client.jwks = check_jwks(body.jwks)
    else:
        secret = _new_secret()
        client.secret_hash = await _hash(secret)
        client.secret_rotated_at = utcnow()
    session.add(client)
    await session.flush()
    return client, secret


async def rotate_secret(
    session: AsyncSession, principal: Principal, client_id: str, body: SecretRotation | None
) -> tuple[OAuthClient, str]:
    client = await managed_client(session, client_id)
    if client.token_endpoint_auth_method not in (SECRET_BASIC, SECRET_POST):
        raise SansSecret("Ce client s'authentifie par clé (private_key_jwt) : il n'a pas de secret.")
    if principal.client_id == client_id and not (body and body.confirmer):
        raise ConfirmationRequise(
            "Vous renouvelez le secret du client avec lequel vous êtes connecté : l'ancien cessera "
            'aussitôt de fonctionner. Confirmez avec {"confirmer": true}.',
            errors=[FieldError("/confirmer", "Confirmation requise (true).")],
        )
    secret = _new_secret()
    client.secret_hash = await _hash(secret)
    client.secret_rotated_at = client.updated_at = utcnow()
    return client, secret


async def replace_jwks(session: AsyncSession, client_id: str, jwks: dict[str, Any]) -> OAuthClient:
    client = await managed_client(session, client_id)
    if client.token_endpoint_auth_method != PRIVATE_KEY_JWT:
        raise SansCle("Ce client s'authentifie par secret, pas par clé.")
    client.jwks = check_jwks(jwks)
    client.updated_at = utcnow()
    return client


async def disable_client(
    session: AsyncSession,
    revocations: RevocationList,
    settings: GatewaySettings,
    principal: Principal,
    client_id: str,
) -> OAuthClient:
    client = await managed_client(session, client_id)
    await refuse_last_admin_leaving(session, principal, client_id)
    # Its access tokens stop at once everywhere, and stay void after a reactivation.
    recall_issued_before_now(session, revocations, settings, "client", client_id)
    client.disabled = True
    client.updated_at = utcnow()
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.client_id == client_id, RefreshToken.revoked_at.is_(None))  # type: ignore[union-attr]
        .values(revoked_at=utcnow())
    )
    return client


async def enable_client(session: AsyncSession, client_id: str) -> OAuthClient:
    client = await managed_client(session, client_id)
    client.disabled = False
    client.updated_at = utcnow()
    return client


# --- Accounts -----------------------------------------------------------------------------------


async def list_accounts(session: AsyncSession, page: int, limit: int) -> tuple[list[Account], int]:
    total = (await session.execute(select(func.count()).select_from(Account))).scalar_one()
    rows = (
        await session.execute(
            select(Account).order_by(Account.username).offset((page - 1) * limit).limit(limit)
        )
    ).scalars()
    return list(rows), int(total)


async def create_account(session: AsyncSession, body: AccountCreate) -> Account:
    role, org_id, org_type = resolve_org(body)
    username = normalise(body.username)
    if body.mot_de_passe is not None and len(body.mot_de_passe) < MIN_PASSWORD:
        raise InvalidData(
            f"Mot de passe trop court (au moins {MIN_PASSWORD} caractères).",
            errors=[FieldError("/mot_de_passe", f"Au moins {MIN_PASSWORD} caractères.")],
        )
    exists = await session.execute(select(Account.id).where(func.lower(Account.username) == username))
    if exists.first() is not None:
        raise CompteExistant(f"Un compte « {username} » existe déjà.")
    account = Account(username=username, nom=body.nom, role=role, org_id=org_id, org_type=org_type)
    if body.mot_de_passe:
        account.password_hash = await _hash(body.mot_de_passe)
    session.add(account)
    await session.flush()
    return account


async def disable_account(
    session: AsyncSession,
    revocations: RevocationList,
    settings: GatewaySettings,
    principal: Principal,
    account_id: uuid.UUID,
) -> Account:
    account = await find_account(session, account_id)
    await refuse_last_admin_leaving(session, principal, str(account_id))
    recall_issued_before_now(session, revocations, settings, "sub", str(account_id))
    account.disabled = True
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.account_id == account_id, RefreshToken.revoked_at.is_(None))  # type: ignore[union-attr]
        .values(revoked_at=utcnow())
    )
    return account


async def enable_account(session: AsyncSession, account_id: uuid.UUID) -> Account:
    account = await find_account(session, account_id)
    account.disabled = False
    return account
