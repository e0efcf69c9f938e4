"""RFC 9068 access tokens."""

import time
import uuid
from dataclasses import dataclass

from authlib.jose import jwt

from gateway.auth.keys import KeyRing


@dataclass(frozen=True)
class Subject:
    sub: str
    client_id: str
    role: str
    org_id: str
    org_type: str


def issue_access_token(
    ring: KeyRing, *, issuer: str, audience: str, ttl: int, subject: Subject, scopes: list[str]
) -> str:
    now = int(time.time())
    claims = {
        "iss": issuer,
        "sub": subject.sub,
        "aud": audience,
        "exp": now + ttl,
        "iat": now,
        "nbf": now,
        "jti": uuid.uuid4().hex,
        "client_id": subject.client_id,
        "scope": " ".join(scopes),
        "role": subject.role,
        "org_id": subject.org_id,
        "org_type": subject.org_type,
    }
    header = {"alg": "RS256", "kid": ring.signing.kid, "typ": "at+jwt"}
    return jwt.encode(header, claims, ring.private).decode()
