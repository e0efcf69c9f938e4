"""The OAuth2 authorization server: authlib's framework-neutral classes, adapted to Starlette.

authlib's server, grants and endpoints are synchronous. Each request builds a small server bound to that
request's database session and runs it inside `AsyncSession.run_sync`: SQLAlchemy's greenlet bridge lets
the grants use a plain `Session` while the I/O still goes through the async driver (aiosqlite/asyncpg),
on the event loop, with no thread. The async route then turns the (status, body, headers) triple into a
Starlette response.

Grants: authorization code with mandatory PKCE S256 (the SPA), refresh token rotated on every use with
reuse detection, client credentials (client_secret_basic, client_secret_post, private_key_jwt).
No implicit, no password grant. Revocation per RFC 7009.

Layout: `requests` (Starlette → authlib), `context` (per-request context, client, session end),
`grants` (the grants, client authentication, revocation), `authorization` (the server itself).
"""

from gateway.auth.server.authorization import PRFAuthorizationServer, json_body
from gateway.auth.server.context import (
    CONFIDENTIAL_AUTH_METHODS,
    GRANT_TYPES,
    TOKEN_AUTH_METHODS,
    AccessTokenRef,
    Client,
    Context,
    OAuthResult,
    active_account,
    revoke_family,
    token_hash,
)
from gateway.auth.server.requests import StarletteOAuth2Request, StarlettePayload, oauth_request

__all__ = [
    "CONFIDENTIAL_AUTH_METHODS",
    "GRANT_TYPES",
    "TOKEN_AUTH_METHODS",
    "AccessTokenRef",
    "Client",
    "Context",
    "OAuthResult",
    "PRFAuthorizationServer",
    "StarletteOAuth2Request",
    "StarlettePayload",
    "active_account",
    "json_body",
    "oauth_request",
    "revoke_family",
    "token_hash",
]
