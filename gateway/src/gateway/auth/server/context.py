"""What the grants share: the per-request context, authlib's view of a client, ending a login session."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from authlib.oauth2.rfc6749 import ClientMixin
from sqlalchemy import update
from sqlalchemy.orm import Session

from gateway.auth.keys import KeyRing
from gateway.auth.models import PRIVATE_KEY_JWT, PUBLIC, SECRET_METHODS, Account, OAuthClient, RefreshToken
from gateway.auth.revocation import recall_session
from gateway.auth.roles import ALL_SCOPES, OIDC_SCOPES
from gateway.auth.secrets import verify_client_secret
from gateway.auth.server.requests import StarletteOAuth2Request
from gateway.settings import GatewaySettings
from servicekit.models import utcnow
from servicekit.revocation import RevocationList

GRANT_TYPES = ("authorization_code", "refresh_token", "client_credentials")
TOKEN_AUTH_METHODS = (PUBLIC, "client_secret_basic", "client_secret_post", PRIVATE_KEY_JWT)
CONFIDENTIAL_AUTH_METHODS = ["client_secret_basic", "client_secret_post", PRIVATE_KEY_JWT]


def token_hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass
class Context:
    db: Session
    settings: GatewaySettings
    keyring: KeyRing
    revocations: RevocationList
    now: datetime = field(default_factory=utcnow)
    oauth_request: StarletteOAuth2Request | None = None

    @property
    def production(self) -> bool:
        return self.settings.env == "production"


@dataclass(frozen=True)
class OAuthResult:
    status: int
    body: Any
    headers: list[tuple[str, str]]

    @property
    def location(self) -> str | None:
        for key, value in self.headers:
            if key.lower() == "location":
                return value
        return None


class Client(ClientMixin):
    """authlib's view of an OAuthClient row."""

    def __init__(self, row: OAuthClient, own_origin_callback: str | None = None) -> None:
        self.row = row
        # Any-host mode: the SPA's callback on the origin this request came to is accepted too.
        self.own_origin_callback = own_origin_callback

    def get_client_id(self) -> str:
        return self.row.client_id

    def get_default_redirect_uri(self) -> str | None:
        # redirect_uri is always required: exact match against a registered URI, never a default.
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return ""
        allowed = set(ALL_SCOPES) | set(OIDC_SCOPES)
        return " ".join(s for s in scope.split() if s in allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.row.redirect_uris or redirect_uri == self.own_origin_callback

    def check_client_secret(self, client_secret: str) -> bool:
        return verify_client_secret(self.row.secret_hash, client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        registered = self.row.token_endpoint_auth_method
        if registered in SECRET_METHODS:
            return method in SECRET_METHODS
        return method == registered

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.row.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.row.grant_types


@dataclass(frozen=True)
class AccessTokenRef:
    """An access token presented to the revocation endpoint (a JWT this gateway signed)."""

    claims: dict[str, Any]

    def check_client(self, client: Client) -> bool:
        return bool(self.claims.get("client_id") == client.get_client_id())


def revoke_family(
    db: Session, revocations: RevocationList, settings: GatewaySettings, family_id: uuid.UUID, now: datetime
) -> None:
    """End a login session: its refresh tokens, and the access tokens issued from them (`sid`)."""
    db.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))  # type: ignore[union-attr]
        .values(revoked_at=now)
    )
    recall_session(db, revocations, settings, str(family_id))


def active_account(ctx: Context, account: Account | None) -> Account | None:
    if account is None or account.disabled or (account.demo and ctx.production):
        return None
    return account
