"""Discovery documents, JWKS, and GET /api/me."""

from typing import Any

from fastapi import APIRouter, Request
from servicekit.auth import CurrentPrincipal

from gateway.auth.roles import ALL_SCOPES
from gateway.settings import GatewaySettings

router = APIRouter(tags=["oauth2"])


def _metadata(settings: GatewaySettings) -> dict[str, Any]:
    issuer = settings.issuer()
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/oauth2/authorize",
        "token_endpoint": f"{issuer}/oauth2/token",
        "revocation_endpoint": f"{issuer}/oauth2/revoke",
        "jwks_uri": f"{issuer}/.well-known/jwks.json",
        "grant_types_supported": ["client_credentials"],
        "response_types_supported": ["code"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "scopes_supported": list(ALL_SCOPES),
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    }


@router.get("/.well-known/oauth-authorization-server", summary="Métadonnées du serveur (RFC 8414)")
async def oauth_metadata(request: Request) -> dict[str, Any]:
    return _metadata(request.app.state.settings)


@router.get("/.well-known/openid-configuration", summary="Découverte OpenID Connect")
async def openid_configuration(request: Request) -> dict[str, Any]:
    return _metadata(request.app.state.settings)


@router.get("/.well-known/jwks.json", summary="Clés publiques de signature des jetons")
async def jwks(request: Request) -> dict[str, Any]:
    result: dict[str, Any] = request.app.state.keyring.jwks()
    return result


@router.get("/api/me", tags=["compte"], summary="L'appelant, tel que son jeton le décrit")
async def me(principal: CurrentPrincipal) -> dict[str, Any]:
    return {
        "sub": principal.sub,
        "client_id": principal.client_id,
        "role": principal.role,
        "org_id": principal.org_id,
        "org_type": principal.org_type,
        "scopes": sorted(principal.scopes),
    }
