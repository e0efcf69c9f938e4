"""Periodic upkeep: follow key rotations made elsewhere, purge expired codes, tokens, recalls, throttles."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import delete

from gateway.auth.keys import KeyRing, load_keyring, publish
from gateway.auth.models import (
    AuthorizationCode,
    BrokerLogin,
    LoginThrottle,
    RefreshToken,
    TokenRevocation,
    UsedAssertion,
)
from gateway.settings import GatewaySettings
from servicekit.models import utcnow
from servicekit.settings import settings_of


async def refresh_keyring(app: FastAPI) -> KeyRing:
    """Reload the keys from the database; republish the JWKS file when the published set changed."""
    settings = settings_of(app, GatewaySettings)
    async with app.state.database.sessionmaker() as session:
        ring = await load_keyring(session, settings.key_rotation_window)
        await session.commit()
    old: KeyRing | None = getattr(app.state, "keyring", None)
    app.state.keyring = ring
    if old is None or old.kids != ring.kids:
        publish(ring, settings.public_jwks_file())
    return ring


async def housekeeping(app: FastAPI) -> None:
    now = utcnow()
    grace = now - timedelta(hours=1)
    async with app.state.database.sessionmaker() as session:
        await session.execute(delete(AuthorizationCode).where(AuthorizationCode.expires_at < grace))  # type: ignore[arg-type]
        await session.execute(delete(RefreshToken).where(RefreshToken.session_expires_at < grace))  # type: ignore[arg-type]
        await session.execute(delete(UsedAssertion).where(UsedAssertion.expires_at < now))  # type: ignore[arg-type]
        await session.execute(delete(BrokerLogin).where(BrokerLogin.expires_at < now))  # type: ignore[arg-type]
        # A recall outlives every token it concerns; after that it is only weight.
        await session.execute(delete(TokenRevocation).where(TokenRevocation.expires_at < now))  # type: ignore[arg-type]
        await session.execute(
            delete(LoginThrottle).where(
                LoginThrottle.window_start < grace,  # type: ignore[arg-type]
                (LoginThrottle.blocked_until.is_(None)) | (LoginThrottle.blocked_until < now),  # type: ignore[union-attr,operator]
            )
        )
        await session.commit()
