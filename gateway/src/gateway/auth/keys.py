"""Signing keys: kept in the gateway's database, published as JWKS (also to a file for embedded services)."""

import json
import uuid
from pathlib import Path
from typing import Any

from authlib.jose import JsonWebKey
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.auth.models import SigningKey


class KeyRing:
    def __init__(self, keys: list[SigningKey]) -> None:
        live = [k for k in keys if k.retired_at is None]
        if not live:
            raise RuntimeError("aucune clé de signature active")
        self.signing = max(live, key=lambda k: k.created_at)
        self.published = keys
        self.private = JsonWebKey.import_key(self.signing.private_jwk)

    def jwks(self) -> dict[str, Any]:
        keys = []
        for k in self.published:
            public = JsonWebKey.import_key(k.private_jwk).as_dict(is_private=False)
            public.update({"kid": k.kid, "use": "sig", "alg": "RS256"})
            keys.append(public)
        return {"keys": keys}


def new_signing_key() -> SigningKey:
    kid = uuid.uuid4().hex
    key = JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": kid})
    return SigningKey(kid=kid, private_jwk=key.as_dict(is_private=True))


async def load_keyring(session: AsyncSession) -> KeyRing:
    """Load the published keys, creating the first one on a fresh database."""
    keys = list((await session.execute(select(SigningKey))).scalars())
    if not any(k.retired_at is None for k in keys):
        key = new_signing_key()
        session.add(key)
        await session.flush()
        keys.append(key)
    return KeyRing(keys)


def publish(ring: KeyRing, path: Path) -> None:
    """Write the public JWKS atomically, for services that read keys from a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(ring.jwks()))
    tmp.replace(path)
