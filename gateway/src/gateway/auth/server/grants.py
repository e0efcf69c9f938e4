"""The grants: authorization code with mandatory PKCE S256, refresh token rotated on every use with reuse
detection, client credentials; private_key_jwt client authentication; RFC 7009 revocation."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from authlib.oauth2.rfc6749.errors import InvalidClientError, InvalidRequestError
from authlib.oauth2.rfc6749.grants import (
    AuthorizationCodeGrant,
    ClientCredentialsGrant,
    RefreshTokenGrant,
)
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from authlib.oauth2.rfc7636 import CodeChallenge
from joserfc.jwk import KeySet
from sqlalchemy import select

from gateway.auth.models import (
    PRIVATE_KEY_JWT,
    PUBLIC,
    Account,
    AuthorizationCode,
    RefreshToken,
    UsedAssertion,
)
from gateway.auth.revocation import recall_token
from gateway.auth.roles import grant_scopes
from gateway.auth.server.context import (
    CONFIDENTIAL_AUTH_METHODS,
    AccessTokenRef,
    Client,
    Context,
    active_account,
    revoke_family,
    token_hash,
)
from gateway.auth.tokens import decode_own_token


class S256CodeChallenge(CodeChallenge):
    """PKCE is mandatory for every authorization request, and only S256 is accepted."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE obligatoire : parametre code_challenge manquant.")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE : code_challenge_method doit valoir S256.")
        super().validate_code_challenge(grant, redirect_uri)


class CodeGrant(AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = [PUBLIC, *CONFIDENTIAL_AUTH_METHODS]

    @property
    def ctx(self) -> Context:
        ctx: Context = self.server.ctx
        return ctx

    def save_authorization_code(self, code: str, request: Any) -> None:
        user: Account = request.user
        scope = " ".join(grant_scopes(user.role, request.scope))
        data = request.payload.data
        self.ctx.db.add(
            AuthorizationCode(
                code_hash=token_hash(code),
                client_id=request.client.get_client_id(),
                account_id=user.id,
                redirect_uri=request.payload.redirect_uri,
                scope=scope,
                code_challenge=data["code_challenge"],
                code_challenge_method=data["code_challenge_method"],
                nonce=data.get("nonce") or None,
                auth_time=self.ctx.now,
                expires_at=self.ctx.now + timedelta(seconds=self.ctx.settings.authorization_code_ttl),
            )
        )
        self.ctx.db.flush()

    def query_authorization_code(self, code: str, client: Client) -> AuthorizationCode | None:
        db = self.ctx.db
        row = db.execute(
            select(AuthorizationCode).where(AuthorizationCode.code_hash == token_hash(code)).with_for_update()
        ).scalar_one_or_none()
        if row is None or row.client_id != client.get_client_id():
            return None
        if row.used_at is not None:
            # RFC 6749 §4.1.2: a code used twice revokes what it was exchanged for.
            revoke_family(db, self.ctx.revocations, self.ctx.settings, row.family_id, self.ctx.now)
            return None
        if row.expires_at <= self.ctx.now:
            return None
        # Consumed by this attempt whatever follows: a failed PKCE check (or any later refusal) burns
        # the code (RFC 9700 §2.1.1); the request's transaction is committed even on an error answer.
        row.used_at = self.ctx.now
        self.ctx.db.flush()
        return row

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        # Kept (marked used) until it expires, so that a replay is recognised.
        authorization_code.used_at = self.ctx.now
        self.ctx.db.flush()

    def authenticate_user(self, authorization_code: AuthorizationCode) -> Account | None:
        return active_account(self.ctx, self.ctx.db.get(Account, authorization_code.account_id))


class RefreshGrant(RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = [PUBLIC, *CONFIDENTIAL_AUTH_METHODS]
    INCLUDE_NEW_REFRESH_TOKEN = True

    @property
    def ctx(self) -> Context:
        ctx: Context = self.server.ctx
        return ctx

    def authenticate_refresh_token(self, refresh_token: str) -> RefreshToken | None:
        db, now = self.ctx.db, self.ctx.now
        row = db.execute(
            select(RefreshToken).where(RefreshToken.token_hash == token_hash(refresh_token)).with_for_update()
        ).scalar_one_or_none()
        if row is None:
            return None
        if row.used_at is not None or row.revoked_at is not None:
            # Replay of a rotated (or revoked) token: whoever holds the family is suspect, end it.
            revoke_family(db, self.ctx.revocations, self.ctx.settings, row.family_id, now)
            return None
        if row.expires_at <= now or row.session_expires_at <= now:
            return None
        if active_account(self.ctx, db.get(Account, row.account_id)) is None:
            return None
        return row

    def authenticate_user(self, refresh_token: RefreshToken) -> Account | None:
        return active_account(self.ctx, self.ctx.db.get(Account, refresh_token.account_id))

    def revoke_old_credential(self, refresh_token: RefreshToken) -> None:
        refresh_token.used_at = self.ctx.now
        self.ctx.db.flush()


class CredentialsGrant(ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = CONFIDENTIAL_AUTH_METHODS


class PrivateKeyJWT(JWTBearerClientAssertion):
    """RFC 7523 client authentication (`private_key_jwt`), with jti replay protection."""

    CLIENT_AUTH_METHOD = PRIVATE_KEY_JWT
    MAX_LIFETIME = 3660  # authlib and most client libraries sign for one hour

    def __init__(self, ctx: Context) -> None:
        super().__init__(validate_jti=True, leeway=30)
        self.ctx = ctx

    def get_audiences(self) -> list[str]:
        issuer = self.ctx.settings.issuer()
        return [f"{issuer}/oauth2/token", issuer]

    def verify_claims(self, claims: Any) -> None:
        super().verify_claims(claims)
        if int(claims["exp"]) > int(self.ctx.now.timestamp()) + self.MAX_LIFETIME:
            raise InvalidClientError(description="Assertion de trop longue duree (exp au-dela d une heure).")

    def validate_jti(self, claims: Any, jti: str) -> bool:
        key = f"{claims['sub']}:{jti}"[:300]
        db = self.ctx.db
        if db.get(UsedAssertion, key) is not None:
            return False
        expires = datetime.fromtimestamp(int(claims["exp"]), tz=self.ctx.now.tzinfo) + timedelta(seconds=60)
        db.add(UsedAssertion(key=key, expires_at=expires))
        db.flush()
        return True

    def resolve_client_public_key(self, client: Client) -> KeySet:
        if not client.row.jwks:
            raise InvalidClientError(description="Aucune cle publique enregistree pour ce client.")
        return KeySet.import_key_set(client.row.jwks)


class Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = [PUBLIC, *CONFIDENTIAL_AUTH_METHODS]

    @property
    def ctx(self) -> Context:
        ctx: Context = self.server.ctx
        return ctx

    def query_token(self, token_string: str, token_type_hint: str | None) -> Any:
        finders: list[Callable[[str], Any]] = [self._refresh, self._access]
        if token_type_hint == "access_token":
            finders.reverse()
        for find in finders:
            found = find(token_string)
            if found is not None:
                return found
        return None

    def _refresh(self, token: str) -> RefreshToken | None:
        return self.ctx.db.get(RefreshToken, token_hash(token))

    def _access(self, token: str) -> AccessTokenRef | None:
        claims = decode_own_token(self.ctx.keyring, token, issuer=self.ctx.settings.issuer())
        return AccessTokenRef(claims) if claims else None

    def revoke_token(self, token: Any, request: Any) -> None:
        # Revoking either token ends the login session (the refresh-token family) it belongs to; an
        # access token is recalled itself too (a client_credentials token has no session).
        ctx = self.ctx
        if isinstance(token, AccessTokenRef):
            recall_token(ctx.db, ctx.revocations, token.claims)
        family = token.family_id if isinstance(token, RefreshToken) else token.claims.get("sid")
        if family:
            revoke_family(ctx.db, ctx.revocations, ctx.settings, uuid.UUID(str(family)), ctx.now)
        ctx.db.flush()
