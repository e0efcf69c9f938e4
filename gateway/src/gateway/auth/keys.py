"""Signing keys: kept in the gateway's database, published as JWKS (also to a file for embedded services).

Rotation (Région API or `python -m gateway.cli rotate-keys`): a new key is created and signs from then on;
the previous one is retired but stays published for `key_rotation_window` seconds, so tokens it signed
keep verifying until they expire. Keys past the window are deleted.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from authlib.jose import JsonWebKey
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.auth.models import SigningKey
from servicekit.models import utcnow


class KeyRing:
    def __init__(self, keys: list[SigningKey], window: int = 3600, now: datetime | None = None) -> None:
        now = now or utcnow()
        live = [k for k in keys if k.retired_at is None]
        if not live:
            raise RuntimeError("aucune clé de signature active")
        self.signing = max(live, key=lambda k: k.created_at)
        cutoff = now - timedelta(seconds=window)
        self.published = [
            k for k in keys if k is self.signing or k.retired_at is None or k.retired_at > cutoff
        ]
        self.published.sort(key=lambda k: k.created_at, reverse=True)
        self.private = JsonWebKey.import_key(self.signing.private_jwk)
        self._public = {k.kid: JsonWebKey.import_key(k.private_jwk) for k in self.published}

    @property
    def kids(self) -> list[str]:
        return [k.kid for k in self.published]

    def public_key(self, kid: str | None) -> Any:
        return self._public.get(kid or "")

    def jwks(self) -> dict[str, Any]:
        keys = []
        for k in self.published:
            public = self._public[k.kid].as_dict(is_private=False)
            public.update({"kid": k.kid, "use": "sig", "alg": "RS256"})
            keys.append(public)
        return {"keys": keys}


def new_signing_key() -> SigningKey:
    kid = uuid.uuid4().hex
    key = JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": kid})
    return SigningKey(kid=kid, private_jwk=key.as_dict(is_private=True))


async def load_keyring(session: AsyncSession, window: int = 3600) -> KeyRing:
    """Load the published keys, creating the first one on a fresh database."""
    keys = list((await session.execute(select(SigningKey))).scalars())
    if not any(k.retired_at is None for k in keys):
        key = new_signing_key()
        session.add(key)
        await session.flush()
        keys.append(key)
    return KeyRing(keys, window)


async def rotate(session: AsyncSession, window: int) -> KeyRing:
    """Retire the signing key(s), add a new one, drop keys whose window has passed."""
    now = utcnow()
    keys = list((await session.execute(select(SigningKey).with_for_update())).scalars())
    cutoff = now - timedelta(seconds=window)
    kept = []
    for key in keys:
        if key.retired_at is None:
            key.retired_at = now
        if key.retired_at <= cutoff:
            await session.delete(key)
        else:
            kept.append(key)
    fresh = new_signing_key()
    session.add(fresh)
    await session.flush()
    return KeyRing([*kept, fresh], window, now)


def publish(ring: KeyRing, path: Path) -> None:
    """Write the public JWKS atomically, for services that read keys from a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(ring.jwks()))
    tmp.replace(path)
