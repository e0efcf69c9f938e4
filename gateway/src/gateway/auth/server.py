"""The OAuth2 authorization server: authlib's framework-neutral classes, adapted to Starlette.

authlib's server, grants and endpoints are synchronous. Each request builds a small server bound to that
request's database session and runs it inside `AsyncSession.run_sync`: SQLAlchemy's greenlet bridge lets
the grants use a plain `Session` while the I/O still goes through the async driver (aiosqlite/asyncpg),
on the event loop, with no thread. The async route then turns the (status, body, headers) triple into a
Starlette response.

Grants: authorization code with mandatory PKCE S256 (the SPA), refresh token rotated on every use with
reuse detection, client credentials (client_secret_basic, client_secret_post, private_key_jwt).
No implicit, no password grant. Revocation per RFC 7009.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from authlib.oauth2.rfc6749 import (
    AuthorizationServer,
    ClientMixin,
    OAuth2Payload,
    OAuth2Request,
)
from authlib.oauth2.rfc6749.errors import InvalidClientError, InvalidRequestError
from authlib.oauth2.rfc6749.grants import (
    AuthorizationCodeGrant,
    ClientCredentialsGrant,
    RefreshTokenGrant,
)
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from authlib.oauth2.rfc7636 import CodeChallenge
from fastapi import Request
from joserfc.jwk import KeySet
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gateway.auth.keys import KeyRing
from gateway.auth.models import (
    PRIVATE_KEY_JWT,
    PUBLIC,
    SECRET_METHODS,
    Account,
    AuthorizationCode,
    OAuthClient,
    RefreshToken,
    UsedAssertion,
)
from gateway.auth.revocation import earliest_iat, recall_session, recall_token
from gateway.auth.roles import ALL_SCOPES, OIDC_SCOPES, grant_scopes
from gateway.auth.secrets import verify_client_secret
from gateway.auth.tokens import Subject, decode_own_token, issue_access_token, issue_id_token
from gateway.settings import GatewaySettings
from servicekit.models import utcnow
from servicekit.revocation import RevocationList

T = TypeVar("T")

GRANT_TYPES = ("authorization_code", "refresh_token", "client_credentials")
TOKEN_AUTH_METHODS = (PUBLIC, "client_secret_basic", "client_secret_post", PRIVATE_KEY_JWT)
CONFIDENTIAL_AUTH_METHODS = ["client_secret_basic", "client_secret_post", PRIVATE_KEY_JWT]


def token_hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


# --- Requests -------------------------------------------------------------------------------------


class StarlettePayload(OAuth2Payload):
    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._datalist: defaultdict[str, list[str]] = defaultdict(list)
        for key, value in items:
            self._datalist[key].append(value)
        self._data = {key: values[0] for key, values in self._datalist.items()}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return self._datalist


class StarletteOAuth2Request(OAuth2Request):
    """An OAuth2Request built from an already-read Starlette request (query string + form)."""

    def __init__(
        self,
        method: str,
        uri: str,
        headers: dict[str, str],
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
    ) -> None:
        # OAuth2Request.__init__ would refuse http:// URIs; TLS is the deployment's concern (HSTS and a
        # TLS-terminating proxy in production), so the attributes are set here directly.
        self.method = method
        self.uri = uri
        self.headers = headers
        self._body = None
        self.client = None
        self.auth_method = None
        self.user = None
        self.authorization_code = None
        self.refresh_token = None
        self.credential = None
        self._scope = None
        self._args = {k: v for k, v in reversed(query)}
        self._form = {k: v for k, v in reversed(form)}
        self.payload = StarlettePayload(query + form)

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


async def oauth_request(
    request: Request, query: str | None = None, include_form: bool = True
) -> StarletteOAuth2Request:
    """Read a Starlette request (its form body for POST, unless told not to) into an authlib request."""
    pairs = parse_qsl(query, keep_blank_values=True) if query is not None else None
    query_items = pairs if pairs is not None else list(request.query_params.multi_items())
    form_items: list[tuple[str, str]] = []
    if request.method == "POST" and include_form:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = await request.form()
            form_items = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    headers = {k.title(): v for k, v in request.headers.items()}
    return StarletteOAuth2Request(request.method, str(request.url), headers, query_items, form_items)


# --- Per-request context ------------------------------------------------------------------------


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


# --- Client -------------------------------------------------------------------------------------


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


# --- Grants -------------------------------------------------------------------------------------


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


def active_account(ctx: Context, account: Account | None) -> Account | None:
    if account is None or account.disabled or (account.demo and ctx.production):
        return None
    return account


# --- The server ---------------------------------------------------------------------------------


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
