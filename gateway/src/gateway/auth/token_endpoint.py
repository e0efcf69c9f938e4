"""POST /oauth2/token — RFC 6749 errors ({error, error_description}), never problem+json."""

import base64
from typing import Any
from urllib.parse import unquote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from gateway.auth.models import OAuthClient
from gateway.auth.roles import scopes_for
from gateway.auth.secrets import verify_secret
from gateway.auth.tokens import Subject, issue_access_token
from gateway.settings import GatewaySettings

router = APIRouter(tags=["oauth2"])

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def oauth_error(error: str, description: str, status: int = 400, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={**_NO_STORE, **(headers or {})},
    )


def _client_credentials(request: Request, form: dict[str, Any]) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("basic "):
        try:
            raw = base64.b64decode(header[6:]).decode()
            client_id, _, secret = raw.partition(":")
            return unquote(client_id), unquote(secret)
        except Exception:
            return None
    if "client_id" in form:
        return str(form["client_id"]), str(form.get("client_secret", ""))
    return None


@router.post("/oauth2/token", summary="Jeton d'accès (client_credentials)")
async def token(request: Request) -> JSONResponse:
    settings: GatewaySettings = request.app.state.settings
    form = dict(await request.form())
    grant = form.get("grant_type")
    if not grant:
        return oauth_error("invalid_request", "Paramètre grant_type manquant.")
    if grant != "client_credentials":
        return oauth_error("unsupported_grant_type", f"Type d'autorisation non pris en charge : {grant}.")
    creds = _client_credentials(request, form)
    if creds is None:
        return oauth_error(
            "invalid_client",
            "Authentification du client requise.",
            401,
            {"WWW-Authenticate": 'Basic realm="prf"'},
        )
    client_id, secret = creds
    async with request.app.state.database.sessionmaker() as session:
        client = await session.get(OAuthClient, client_id)
    if client is None or client.disabled or not verify_secret(client.secret_hash, secret):
        return oauth_error(
            "invalid_client",
            "Client inconnu, désactivé ou secret invalide.",
            401,
            {"WWW-Authenticate": 'Basic realm="prf"'},
        )
    if client.demo and settings.env == "production":
        return oauth_error("invalid_client", "Identités de démonstration refusées en production.", 401)
    if "client_credentials" not in client.grant_types:
        return oauth_error("unauthorized_client", "Ce client ne peut pas utiliser client_credentials.")
    requested = form.get("scope")
    scopes = scopes_for(client.role, str(requested) if requested else None)
    if requested and not scopes:
        return oauth_error("invalid_scope", "Aucune des portées demandées n'est permise à ce client.")
    subject = Subject(
        sub=client.client_id,
        client_id=client.client_id,
        role=client.role,
        org_id=client.org_id,
        org_type=client.org_type,
    )
    access = issue_access_token(
        request.app.state.keyring,
        issuer=settings.issuer(),
        audience=settings.token_audience,
        ttl=settings.access_token_ttl,
        subject=subject,
        scopes=scopes,
    )
    return JSONResponse(
        {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": settings.access_token_ttl,
            "scope": " ".join(scopes),
        },
        headers=_NO_STORE,
    )
