"""The gateway verifies its own tokens against its in-memory key ring (no file, no reload delay), so a
key rotation takes effect for /api/me and /api/admin at once."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from servicekit.auth import TokenVerifier
from servicekit.revocation import RevocationSource


class KeyRingVerifier(TokenVerifier):
    def __init__(
        self, app: FastAPI, *, issuer: str, audience: str, revocations: RevocationSource | None = None
    ) -> None:
        super().__init__(issuer=issuer, audience=audience, jwks={"keys": []}, revocations=revocations)
        self.app = app

    def _find_key(self, kid: str | None) -> Any:
        ring = getattr(self.app.state, "keyring", None)
        return ring.public_key(kid) if ring is not None else None

    async def _reload(self) -> None:
        return None
