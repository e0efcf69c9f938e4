"""Password logins: account lookup, argon2 verification off the event loop, throttling of failures."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import anyio
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.auth.models import Account, LoginThrottle
from gateway.auth.secrets import verify_secret
from gateway.settings import GatewaySettings
from servicekit.models import utcnow

# Verified against when the username is unknown, so both cases cost the same time (the hash of a random
# value nobody knows, same parameters as real hashes).
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$gBEoKQlyjyKN/ZL5h/iqdg$nGvMzvlGkHxtcodG+9KCbrjEEk5K6Ie/0g0pAf9Xtu4"
)


def normalise(username: str) -> str:
    return username.strip().lower()


def throttle_keys(username: str, ip: str) -> tuple[str, str]:
    return f"u:{normalise(username)}"[:300], f"ip:{ip}"[:300]


async def blocked_for(session: AsyncSession, keys: tuple[str, ...], now: datetime | None = None) -> int:
    """Seconds until these keys may try again (0: not blocked)."""
    now = now or utcnow()
    rows = (await session.execute(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))).scalars()  # type: ignore[attr-defined]
    wait = 0.0
    for row in rows:
        if row.blocked_until and row.blocked_until > now:
            wait = max(wait, (row.blocked_until - now).total_seconds())
    return math.ceil(wait)


async def record_failure(
    session: AsyncSession, settings: GatewaySettings, username: str, ip: str, now: datetime | None = None
) -> None:
    now = now or utcnow()
    user_key, ip_key = throttle_keys(username, ip)
    limits = {user_key: settings.login_max_failures_per_user, ip_key: settings.login_max_failures_per_ip}
    for key, limit in limits.items():
        row = await session.get(LoginThrottle, key, with_for_update=True)
        if row is None:
            row = LoginThrottle(key=key, failures=0, window_start=now)
            session.add(row)
        if row.window_start <= now - timedelta(seconds=settings.login_failure_window):
            row.failures, row.window_start = 0, now
        row.failures += 1
        if row.failures >= limit:
            row.blocked_until = now + timedelta(seconds=settings.login_lockout)
            row.failures, row.window_start = 0, now
    await session.flush()


async def clear_user(session: AsyncSession, username: str) -> None:
    row = await session.get(LoginThrottle, throttle_keys(username, "")[0])
    if row is not None:
        await session.delete(row)
        await session.flush()


async def find_account(session: AsyncSession, username: str) -> Account | None:
    result = await session.execute(select(Account).where(func.lower(Account.username) == normalise(username)))
    return result.scalar_one_or_none()


async def check_password(
    session: AsyncSession, settings: GatewaySettings, username: str, password: str
) -> Account | None:
    """The active account these credentials open, else None (same cost whether the user exists or not)."""
    account = await find_account(session, username) if username else None
    stored = account.password_hash if account is not None and account.password_hash else _DUMMY_HASH
    ok = await anyio.to_thread.run_sync(verify_secret, stored, password)
    if not ok or account is None or not account.password_hash:
        return None
    if account.disabled or (account.demo and settings.env == "production"):
        return None
    return account
