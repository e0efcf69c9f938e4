"""The authorization server: authlib's AuthorizationServer bound to one request's context."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from authlib.oauth2.rfc6749 import AuthorizationServer, OAuth2Request

from gateway.auth.models import PRIVATE_KEY_JWT, Account, AuthorizationCode, OAuthClient, RefreshToken
from gateway.auth.revocation import earliest_iat
from gateway.auth.roles import ALL_SCOPES, OIDC_SCOPES, grant_scopes
from gateway.auth.server.context import Client, Context, OAuthResult, token_hash
from gateway.auth.server.grants import (
    CodeGrant,
    CredentialsGrant,
    PrivateKeyJWT,
    RefreshGrant,
    Revocation,
    S256CodeChallenge,
)
from gateway.auth.server.requests import StarletteOAuth2Request
from gateway.auth.tokens import Subject, issue_access_token, issue_id_token


class PRFAuthorizationServer(AuthorizationServer):
    def __init__(self, ctx: Context) -> None:
        super().__init__(scopes_supported=[*ALL_SCOPES, *OIDC_SCOPES])
        self.ctx = ctx
        self.register_token_generator("default", self.generate_bearer_token)
        self.register_client_auth_method(PRIVATE_KEY_JWT, PrivateKeyJWT(ctx))
        self.register_grant(CodeGrant, [S256CodeChallenge(required=True)])
        self.register_grant(RefreshGrant)
        self.register_grant(CredentialsGrant)
        self.register_endpoint(Revocation)

    # authlib hooks ---------------------------------------------------------------------------------

    def query_client(self, client_id: str) -> Client | None:
        row = self.ctx.db.get(OAuthClient, client_id)
        if row is None or row.disabled or (row.demo and self.ctx.production):
            return None
        request = self.ctx.oauth_request
        if row.kind == "spa" and self.ctx.settings.any_host() and request is not None:
            parts = urlsplit(request.uri)
            return Client(row, f"{parts.scheme}://{parts.netloc}/auth/callback")
        return Client(row)

    def create_oauth2_request(self, request: Any) -> OAuth2Request:
        assert isinstance(request, StarletteOAuth2Request)
        self.ctx.oauth_request = request
        return request

    def handle_response(self, status: int, body: Any, headers: Any) -> OAuthResult:
        return OAuthResult(status, body, list(headers or []))

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None

    # tokens -------------------------------------------------------------------------------------

    def generate_bearer_token(
        self,
        grant_type: str,
        client: Client,
        user: Account | None = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        settings = self.ctx.settings
        extra: dict[str, Any] = {}
        if user is None:
            row = client.row
            subject = Subject(row.client_id, row.client_id, row.role, row.org_id, row.org_type)
        else:
            subject = Subject(str(user.id), client.get_client_id(), user.role, user.org_id, user.org_type)
            family, auth_time = self._session_of_request()
            extra = {"sid": str(family), "auth_time": int(auth_time.timestamp())}
        scopes = grant_scopes(subject.role, scope)
        not_before = earliest_iat(self.ctx.db, subject.client_id, subject.sub)
        access = issue_access_token(
            self.ctx.keyring,
            issuer=settings.issuer(),
            audience=settings.token_audience,
            ttl=settings.access_token_ttl,
            subject=subject,
            scopes=scopes,
            extra=extra,
            earliest_iat=not_before,
        )
        token: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": settings.access_token_ttl,
            "scope": " ".join(scopes),
        }
        if user is not None and include_refresh_token:
            token["refresh_token"] = secrets.token_urlsafe(48)
        return token

    def _session_of_request(self) -> tuple[uuid.UUID, datetime]:
        request = self.ctx.oauth_request
        code: AuthorizationCode | None = getattr(request, "authorization_code", None)
        if code is not None:
            return code.family_id, code.auth_time
        previous: RefreshToken | None = getattr(request, "refresh_token", None)
        if previous is not None:
            return previous.family_id, previous.auth_time
        return uuid.uuid4(), self.ctx.now

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        user: Account | None = request.user
        if user is None:
            return
        now, settings = self.ctx.now, self.ctx.settings
        family, auth_time = self._session_of_request()
        previous: RefreshToken | None = request.refresh_token
        if "refresh_token" in token:
            session_end = (
                previous.session_expires_at
                if previous is not None
                else now + timedelta(seconds=settings.refresh_session_max_age)
            )
            self.ctx.db.add(
                RefreshToken(
                    token_hash=token_hash(token["refresh_token"]),
                    family_id=family,
                    client_id=request.client.get_client_id(),
                    account_id=user.id,
                    scope=token["scope"],
                    issued_at=now,
                    expires_at=min(now + timedelta(seconds=settings.refresh_token_ttl), session_end),
                    session_expires_at=session_end,
                    auth_time=auth_time,
                )
            )
        if previous is None:
            user.last_login_at = now
        if "openid" in token["scope"].split():
            token["id_token"] = self._id_token(token, request, user, auth_time)
        self.ctx.db.flush()

    def _id_token(self, token: dict[str, Any], request: Any, user: Account, auth_time: datetime) -> str:
        scopes = token["scope"].split()
        family, _ = self._session_of_request()
        claims: dict[str, Any] = {
            "sub": str(user.id),
            "auth_time": int(auth_time.timestamp()),
            "sid": str(family),
        }
        code: AuthorizationCode | None = request.authorization_code
        if code is not None and code.nonce:
            claims["nonce"] = code.nonce
        if "profile" in scopes:
            claims.update(
                name=user.nom or user.username,
                preferred_username=user.username,
                role=user.role,
                org_id=user.org_id,
                org_type=user.org_type,
            )
        if "email" in scopes:
            claims.update(email=user.username, email_verified=True)
        settings = self.ctx.settings
        return issue_id_token(
            self.ctx.keyring,
            issuer=settings.issuer(),
            client_id=request.client.get_client_id(),
            ttl=settings.access_token_ttl,
            access_token=token["access_token"],
            claims=claims,
        )


def json_body(result: OAuthResult) -> bytes:
    return json.dumps(result.body).encode() if isinstance(result.body, dict) else str(result.body).encode()
