"""The gateway's tables: clients, accounts, authorization codes, refresh tokens, keys, throttling."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from gateway.db import GatewayModel
from servicekit.models import UTCDateTime, utcnow

# token_endpoint_auth_method values (RFC 7591).
PUBLIC = "none"
SECRET_BASIC = "client_secret_basic"
SECRET_POST = "client_secret_post"
PRIVATE_KEY_JWT = "private_key_jwt"
SECRET_METHODS = (SECRET_BASIC, SECRET_POST)


class OAuthClient(GatewayModel, table=True):
    """A registered OAuth2 client: partner software (confidential) or the SPA (public)."""

    __tablename__ = "oauth_client"

    client_id: str = Field(primary_key=True, max_length=100)
    # argon2 hash; empty for public clients and private_key_jwt clients.
    secret_hash: str = Field(default="", max_length=200)
    nom: str = Field(max_length=200)
    role: str = Field(max_length=20)
    org_id: str = Field(default="", max_length=40)
    org_type: str = Field(default="", max_length=40)
    grant_types: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    redirect_uris: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    disabled: bool = False
    demo: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    # none (public SPA), client_secret_basic / client_secret_post (both accepted), private_key_jwt.
    token_endpoint_auth_method: str = Field(default=SECRET_BASIC, max_length=40)
    # Public keys of a private_key_jwt client (a JWKS document).
    jwks: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    # internal (PRF services), spa (first party), partenaire (created by the Région).
    kind: str = Field(default="partenaire", max_length=20)
    secret_rotated_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class SigningKey(GatewayModel, table=True):
    """A token-signing key. Several are published during a rotation window; the newest signs."""

    __tablename__ = "signing_key"

    kid: str = Field(primary_key=True, max_length=64)
    private_jwk: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    # When it stopped signing; it stays published for the rotation window after that.
    retired_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class Account(GatewayModel, table=True):
    """A person who logs in to the SPA (local password, or an external OpenID provider)."""

    __tablename__ = "account"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    # The login: an e-mail address, lower-cased.
    username: str = Field(max_length=254, unique=True, index=True)
    # argon2 hash; empty when the person logs in only through the external provider.
    password_hash: str = Field(default="", max_length=200)
    nom: str = Field(default="", max_length=200)
    role: str = Field(max_length=20)
    org_id: str = Field(default="", max_length=40)
    org_type: str = Field(default="", max_length=40)
    disabled: bool = False
    demo: bool = False
    # Link to the external provider's identity (broker mode).
    external_issuer: str | None = Field(default=None, max_length=300)
    external_sub: str | None = Field(default=None, max_length=300, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    last_login_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class AuthorizationCode(GatewayModel, table=True):
    """A one-time authorization code (stored hashed). Kept after use until expiry to detect replays."""

    __tablename__ = "authorization_code"

    code_hash: str = Field(primary_key=True, max_length=64)
    client_id: str = Field(max_length=100)
    account_id: uuid.UUID
    redirect_uri: str = Field(max_length=500)
    scope: str = Field(default="", max_length=1000)
    code_challenge: str = Field(max_length=128)
    code_challenge_method: str = Field(max_length=10)
    nonce: str | None = Field(default=None, max_length=255)
    # The refresh-token family its tokens join: a replayed code revokes it.
    family_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    auth_time: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return int(self.auth_time.timestamp())


class RefreshToken(GatewayModel, table=True):
    """A refresh token (stored hashed). Every use rotates it; a used one presented again revokes its family."""

    __tablename__ = "refresh_token"

    token_hash: str = Field(primary_key=True, max_length=64)
    family_id: uuid.UUID = Field(index=True)
    client_id: str = Field(max_length=100)
    account_id: uuid.UUID = Field(index=True)
    scope: str = Field(default="", max_length=1000)
    issued_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    # The family's absolute end (first login + refresh_session_max_age).
    session_expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    auth_time: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    # Set when it was exchanged for a new one (rotation).
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))

    def check_client(self, client: Any) -> bool:
        return bool(self.client_id == client.get_client_id())

    def get_scope(self) -> str:
        return self.scope


class LoginThrottle(GatewayModel, table=True):
    """Failed logins per username (u:…) and per client IP (ip:…)."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=300)
    failures: int = 0
    window_start: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    blocked_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class UsedAssertion(GatewayModel, table=True):
    """jti of the private_key_jwt client assertions already seen (RFC 7523 replay protection)."""

    __tablename__ = "used_assertion"

    key: str = Field(primary_key=True, max_length=300)
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class BrokerLogin(GatewayModel, table=True):
    """A login started at the external OpenID provider: the SPA's authorization request waits here."""

    __tablename__ = "broker_login"

    state: str = Field(primary_key=True, max_length=100)
    nonce: str = Field(max_length=100)
    code_verifier: str = Field(max_length=200)
    # The SPA's original /oauth2/authorize query string.
    authorize_query: str = Field(max_length=4000)
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class TokenRevocation(GatewayModel, table=True):
    """A recall of access tokens before their expiry (see gateway.auth.revocation).

    kind `jti` (one token), `sid` (a login session), `sub` / `client` (the account's or client's tokens
    issued before `before`, epoch seconds). Kept until `expires_at`, when no token it concerns is alive.
    """

    __tablename__ = "token_revocation"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    kind: str = Field(max_length=10)
    value: str = Field(max_length=300, index=True)
    before: int = 0
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
