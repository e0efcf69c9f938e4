"""Registers the internal service clients and the SPA, and the demo identities outside production."""

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.auth.demo import (
    DEMO_CLIENTS,
    DEMO_PASSWORD_HASH,
    DEMO_SECRET,
    DEMO_SECRET_HASH,
    DEMO_USERS,
    INTERNAL_CLIENTS,
)
from gateway.auth.models import PUBLIC, Account, OAuthClient
from gateway.auth.secrets import hash_secret, verify_client_secret
from gateway.settings import GatewaySettings
from servicekit.models import utcnow

SPA_CLIENT_ID = "prf-spa"


class _Hashes:
    """One argon2 hash per distinct secret (argon2 is slow on purpose; the salt is in the hash)."""

    def __init__(self) -> None:
        self._done: dict[str, str] = {DEMO_SECRET: DEMO_SECRET_HASH}

    @property
    def known(self) -> set[str]:
        return set(self._done)

    def __call__(self, secret: str) -> str:
        if secret not in self._done:
            self._done[secret] = hash_secret(secret)
        return self._done[secret]


async def ensure_clients(session: AsyncSession, settings: GatewaySettings) -> None:
    internal = settings.internal_secret.get_secret_value()
    hashes = _Hashes()
    for client_id in INTERNAL_CLIENTS:
        await _upsert(
            session,
            client_id,
            internal,
            nom=f"Service {client_id}",
            role="service",
            org_id="PRF",
            org_type="SERVICE",
            kind="internal",
            hashes=hashes,
        )
    await _ensure_spa(session, settings)
    if settings.env == "production":
        # Demo identities left over from a demo run are switched off, and refused anyway.
        await session.execute(update(OAuthClient).where(OAuthClient.demo.is_(True)).values(disabled=True))  # type: ignore[attr-defined]
        await session.execute(update(Account).where(Account.demo.is_(True)).values(disabled=True))  # type: ignore[attr-defined]
        await session.flush()
        return
    for client_id, org in DEMO_CLIENTS.items():
        await _upsert(
            session,
            client_id,
            DEMO_SECRET,
            nom=org.nom,
            role=org.role,
            org_id=org.org_id,
            org_type=org.org_type,
            demo=True,
            hashes=hashes,
        )
    await ensure_demo_users(session)
    await session.flush()


async def _ensure_spa(session: AsyncSession, settings: GatewaySettings) -> None:
    spa = await session.get(OAuthClient, SPA_CLIENT_ID)
    if spa is None:
        spa = OAuthClient(client_id=SPA_CLIENT_ID, nom="Interface web PRF", role="", kind="spa")
        session.add(spa)
    spa.token_endpoint_auth_method = PUBLIC
    spa.secret_hash = ""
    spa.grant_types = ["authorization_code", "refresh_token"]
    spa.redirect_uris = settings.spa_redirect_uris()
    spa.disabled = False


async def ensure_demo_users(session: AsyncSession) -> None:
    existing = {
        a.username: a
        for a in (
            await session.execute(select(Account).where(Account.username.in_(list(DEMO_USERS))))  # type: ignore[attr-defined]
        ).scalars()
    }
    for username, org in DEMO_USERS.items():
        account = existing.get(username)
        if account is None:
            account = Account(username=username, password_hash=DEMO_PASSWORD_HASH, demo=True, role=org.role)
            session.add(account)
        account.nom = org.nom
        account.role = org.role
        account.org_id = org.org_id
        account.org_type = org.org_type
        account.disabled = False


async def _upsert(
    session: AsyncSession,
    client_id: str,
    secret: str,
    *,
    nom: str,
    role: str,
    org_id: str,
    org_type: str,
    demo: bool = False,
    kind: str = "partenaire",
    hashes: _Hashes,
) -> None:
    client = await session.get(OAuthClient, client_id)
    if client is None:
        client = OAuthClient(
            client_id=client_id,
            nom=nom,
            role=role,
            org_id=org_id,
            org_type=org_type,
            grant_types=["client_credentials"],
            demo=demo,
            kind=kind,
        )
        session.add(client)
    client.disabled = False
    if secret in hashes.known and client.secret_hash == hashes(secret):
        pass  # unchanged (the demo secret's hash is a constant)
    elif not verify_client_secret(client.secret_hash, secret):
        client.secret_hash = hashes(secret)
        client.secret_rotated_at = utcnow()
