"""Access-token verification (RFC 9068 JWTs from the gateway) and scope-based authorisation."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import httpx
from authlib.jose import JsonWebKey, JsonWebToken, KeySet
from authlib.jose.errors import JoseError
from fastapi import Depends, Request

from servicekit.problems import Problem
from servicekit.revocation import RevocationSource

_jwt = JsonWebToken(["RS256", "ES256", "PS256"])
ROLES = ("region", "valideur", "organisme", "financeur", "service")


@dataclass(frozen=True)
class Principal:
    """The caller of one request, as the gateway's token describes it."""

    sub: str
    client_id: str
    role: str
    org_id: str
    org_type: str
    scopes: frozenset[str] = field(default_factory=frozenset)

    def has(self, scope: str) -> bool:
        return scope in self.scopes

    @property
    def is_region(self) -> bool:
        return self.role == "region"


class TokenVerifier:
    """Verifies signature (JWKS by kid, reloaded on an unknown kid), issuer, audience and expiry, then
    that the token was not recalled (`revocations`: the gateway's list, see servicekit.revocation)."""

    def __init__(
        self,
        *,
        issuer: str,
        audience: str,
        jwks_file: Path | None = None,
        jwks_url: str = "",
        jwks: dict[str, Any] | None = None,
        http: httpx.AsyncClient | None = None,
        leeway: int = 30,
        revocations: RevocationSource | None = None,
    ) -> None:
        self.issuer = issuer
        self.audience = audience
        self.jwks_file = jwks_file
        self.jwks_url = jwks_url
        self.http = http
        self.leeway = leeway
        self.revocations = revocations
        self._static = jwks
        self._keys: KeySet | None = KeySet([]) if jwks is None else JsonWebKey.import_key_set(jwks)
        self._loaded_at = 0.0

    async def _reload(self) -> None:
        # At most one reload a second, so a stream of forged kids cannot hammer the key source.
        if time.monotonic() - self._loaded_at < 1.0 and self._keys is not None and self._keys.keys:
            return
        self._loaded_at = time.monotonic()
        data: dict[str, Any] | None = self._static
        if self.jwks_file is not None and self.jwks_file.exists():
            data = json.loads(self.jwks_file.read_text())
        elif self.jwks_url:
            client = self.http or httpx.AsyncClient(timeout=5)
            try:
                resp = await client.get(self.jwks_url)
                resp.raise_for_status()
                data = resp.json()
            finally:
                if self.http is None:
                    await client.aclose()
        if data is not None:
            self._keys = JsonWebKey.import_key_set(data)

    def _find_key(self, kid: str | None) -> Any:
        if self._keys is None:
            return None
        for key in self._keys.keys:
            if key.kid == kid:
                return key
        return None

    async def verify(self, token: str) -> dict[str, Any]:
        try:
            header = json.loads(_b64(token.split(".")[0]))
        except Exception as exc:
            raise _unauthorized("Jeton mal formé.") from exc
        kid = header.get("kid")
        key = self._find_key(kid)
        if key is None:
            await self._reload()
            key = self._find_key(kid)
        if key is None:
            raise _unauthorized("Jeton signé par une clé inconnue.")
        try:
            claims = _jwt.decode(
                token,
                key,
                claims_options={
                    "iss": {"essential": True, "value": self.issuer},
                    "aud": {"essential": True, "value": self.audience},
                    "exp": {"essential": True},
                    "sub": {"essential": True},
                },
            )
            claims.validate(leeway=self.leeway)
        except JoseError as exc:
            raise _unauthorized(f"Jeton refusé ({exc.error}).") from exc
        if self.revocations is not None and (await self.revocations.current()).is_revoked(claims):
            raise _unauthorized("Jeton révoqué : demandez-en un nouveau.")
        return dict(claims)


def _b64(part: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _unauthorized(detail: str) -> Problem:
    return Problem(
        401, detail, code="invalid_token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
    )


def principal_from_claims(claims: dict[str, Any]) -> Principal:
    scope = claims.get("scope", "")
    scopes = frozenset(scope.split()) if isinstance(scope, str) else frozenset(scope)
    return Principal(
        sub=str(claims["sub"]),
        client_id=str(claims.get("client_id", "")),
        role=str(claims.get("role", "")),
        org_id=str(claims.get("org_id", "")),
        org_type=str(claims.get("org_type", "")),
        scopes=scopes,
    )


async def optional_principal(request: Request) -> Principal | None:
    header = request.headers.get("authorization", "")
    if not header:
        return None
    kind, _, token = header.partition(" ")
    if kind.lower() != "bearer" or not token:
        raise _unauthorized("En-tête Authorization attendu : « Bearer <jeton> ».")
    verifier: TokenVerifier = request.app.state.token_verifier
    claims = await verifier.verify(token.strip())
    return principal_from_claims(claims)


async def current_principal(
    principal: Annotated[Principal | None, Depends(optional_principal)],
) -> Principal:
    if principal is None:
        raise Problem(
            401,
            "Authentification requise : présentez un jeton d'accès.",
            code="unauthorized",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return principal


def require_scopes(*scopes: str):  # type: ignore[no-untyped-def]
    """Dependency: the caller must hold at least one of `scopes`."""

    async def dependency(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if not any(principal.has(s) for s in scopes):
            raise Problem(
                403,
                f"Votre accès ne permet pas cette opération (portée requise : {' ou '.join(scopes)}).",
                code="insufficient_scope",
                headers={
                    "WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{" ".join(scopes)}"'
                },
            )
        return principal

    return dependency


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]
OptionalPrincipal = Annotated[Principal | None, Depends(optional_principal)]
