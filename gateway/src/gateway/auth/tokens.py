"""RFC 9068 access tokens and OpenID Connect ID tokens, signed by the key ring's newest key."""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from dataclasses import dataclass
from typing import Any

from authlib.jose import JsonWebToken

from gateway.auth.keys import KeyRing

_jwt = JsonWebToken(["RS256"])


@dataclass(frozen=True)
class Subject:
    sub: str
    client_id: str
    role: str
    org_id: str
    org_type: str


def issue_access_token(
    ring: KeyRing,
    *,
    issuer: str,
    audience: str,
    ttl: int,
    subject: Subject,
    scopes: list[str],
    extra: dict[str, Any] | None = None,
    earliest_iat: int = 0,
) -> str:
    now = int(time.time())
    claims = {
        "iss": issuer,
        "sub": subject.sub,
        "aud": audience,
        "exp": now + ttl,
        # Past a recall mark of the same second (at most 1 s ahead, within every verifier's leeway).
        "iat": max(now, earliest_iat),
        "nbf": now,
        "jti": uuid.uuid4().hex,
        "client_id": subject.client_id,
        "scope": " ".join(scopes),
        "role": subject.role,
        "org_id": subject.org_id,
        "org_type": subject.org_type,
        **(extra or {}),
    }
    header = {"alg": "RS256", "kid": ring.signing.kid, "typ": "at+jwt"}
    return _jwt.encode(header, claims, ring.private).decode()


def issue_id_token(
    ring: KeyRing, *, issuer: str, client_id: str, ttl: int, access_token: str, claims: dict[str, Any]
) -> str:
    now = int(time.time())
    digest = hashlib.sha256(access_token.encode()).digest()
    at_hash = base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()
    payload = {
        "iss": issuer,
        "aud": client_id,
        "azp": client_id,
        "iat": now,
        "exp": now + ttl,
        "at_hash": at_hash,
        **claims,
    }
    header = {"alg": "RS256", "kid": ring.signing.kid, "typ": "JWT"}
    return _jwt.encode(header, payload, ring.private).decode()


def decode_own_token(ring: KeyRing, token: str, *, issuer: str) -> dict[str, Any] | None:
    """The claims of a token this gateway signed (signature and issuer checked, expiry not), else None."""
    try:
        header = token.split(".")[0]
        import json

        kid = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))).get("kid")
        key = ring.public_key(kid)
        if key is None:
            return None
        claims = _jwt.decode(token, key)
    except Exception:
        return None
    if claims.get("iss") != issuer:
        return None
    return dict(claims)
