from datetime import datetime
from typing import Any

from servicekit.models import UTCDateTime, utcnow
from sqlalchemy import JSON, Column
from sqlmodel import Field

from gateway.db import GatewayModel


class OAuthClient(GatewayModel, table=True):
    """A registered OAuth2 client: partner software (confidential) or the SPA (public)."""

    __tablename__ = "oauth_client"

    client_id: str = Field(primary_key=True, max_length=100)
    # argon2 hash; empty for public clients.
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


class SigningKey(GatewayModel, table=True):
    """A token-signing key. Several are published during a rotation window; the newest signs."""

    __tablename__ = "signing_key"

    kid: str = Field(primary_key=True, max_length=64)
    private_jwk: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    retired_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
