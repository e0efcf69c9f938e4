"""Registers the internal service clients, and the demo identities outside production."""

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.auth.demo import DEMO_CLIENTS, DEMO_SECRET, INTERNAL_CLIENTS
from gateway.auth.models import OAuthClient
from gateway.auth.secrets import hash_secret, verify_secret
from gateway.settings import GatewaySettings


async def ensure_clients(session: AsyncSession, settings: GatewaySettings) -> None:
    internal = settings.internal_secret.get_secret_value()
    for client_id in INTERNAL_CLIENTS:
        await _upsert(
            session,
            client_id,
            internal,
            nom=f"Service {client_id}",
            role="service",
            org_id="PRF",
            org_type="SERVICE",
        )
    if settings.env == "production":
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
        )
    await session.flush()


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
        )
        session.add(client)
    if not verify_secret(client.secret_hash, secret):
        client.secret_hash = hash_secret(secret)
