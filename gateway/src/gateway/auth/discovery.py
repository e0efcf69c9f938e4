"""Discovery documents, JWKS, and GET /api/me."""

from typing import Any

from fastapi import APIRouter, Request

from gateway.auth.roles import ALL_SCOPES, OIDC_SCOPES
from gateway.settings import GatewaySettings
from servicekit.auth import CurrentPrincipal
from servicekit.problems import AuthenticationRequired, problem_responses
from servicekit.settings import settings_of

router = APIRouter(tags=["oauth2"])

AUTH_METHODS = ["client_secret_basic", "client_secret_post", "private_key_jwt", "none"]
ASSERTION_ALGS = ["RS256", "PS256", "ES256"]


def request_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def _metadata(settings: GatewaySettings, request: Request) -> dict[str, Any]:
    # The endpoints are on the caller's origin in any-host mode (the SPA stays same-origin on
    # 127.0.0.1 or a LAN name); the issuer, which every token carries, never changes.
    base = settings.base_url(request_origin(request))
    return {
        "issuer": settings.issuer(),
        "authorization_endpoint": f"{base}/oauth2/authorize",
        "token_endpoint": f"{base}/oauth2/token",
        "revocation_endpoint": f"{base}/oauth2/revoke",
        "userinfo_endpoint": f"{base}/oauth2/userinfo",
        "end_session_endpoint": f"{base}/oauth2/logout",
        "jwks_uri": f"{base}/.well-known/jwks.json",
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": AUTH_METHODS,
        "token_endpoint_auth_signing_alg_values_supported": ASSERTION_ALGS,
        "revocation_endpoint_auth_methods_supported": AUTH_METHODS,
        "revocation_endpoint_auth_signing_alg_values_supported": ASSERTION_ALGS,
        "scopes_supported": [*OIDC_SCOPES, *ALL_SCOPES],
        "claims_supported": [
            "sub",
            "client_id",
            "role",
            "org_id",
            "org_type",
            "scope",
            "name",
            "preferred_username",
            "email",
            "auth_time",
        ],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "authorization_response_iss_parameter_supported": True,
        "ui_locales_supported": ["fr"],
    }


@router.get("/.well-known/oauth-authorization-server", summary="Métadonnées du serveur (RFC 8414)")
async def oauth_metadata(request: Request) -> dict[str, Any]:
    return _metadata(settings_of(request.app, GatewaySettings), request)


@router.get("/.well-known/openid-configuration", summary="Découverte OpenID Connect")
async def openid_configuration(request: Request) -> dict[str, Any]:
    return _metadata(settings_of(request.app, GatewaySettings), request)


@router.get("/.well-known/jwks.json", summary="Clés publiques de signature des jetons")
async def jwks(request: Request) -> dict[str, Any]:
    result: dict[str, Any] = request.app.state.keyring.jwks()
    return result


def _caller(principal: CurrentPrincipal) -> dict[str, Any]:
    return {
        "sub": principal.sub,
        "client_id": principal.client_id,
        "role": principal.role,
        "org_id": principal.org_id,
        "org_type": principal.org_type,
        "scopes": sorted(principal.scopes),
    }


@router.get(
    "/api/me",
    tags=["compte"],
    summary="L'appelant, tel que son jeton le décrit",
    responses=problem_responses(AuthenticationRequired),
)
async def me(principal: CurrentPrincipal) -> dict[str, Any]:
    return _caller(principal)


@router.get(
    "/oauth2/userinfo",
    summary="OpenID Connect UserInfo (le porteur du jeton)",
    responses=problem_responses(AuthenticationRequired),
)
async def userinfo(principal: CurrentPrincipal) -> dict[str, Any]:
    return _caller(principal)
