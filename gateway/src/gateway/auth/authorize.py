"""GET/POST /oauth2/authorize — the SPA's login page (authorization code + PKCE S256, no consent screen).

A request the server refuses never yields a code: an unknown client or an unregistered redirect URI gets
an error page; other errors (no PKCE, bad scope…) are redirected to the validated redirect URI.
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from typing import Any

from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc6749.errors import OAuth2Error
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.exc import IntegrityError

from gateway.auth.accounts import blocked_for, check_password, clear_user, record_failure, throttle_keys
from gateway.auth.models import Account, OAuthClient
from gateway.auth.pages import error_page, login_page
from gateway.auth.server import OAuthResult, StarletteOAuth2Request, oauth_request
from gateway.auth.token_endpoint import run_server
from gateway.settings import GatewaySettings
from servicekit.models import utcnow
from servicekit.settings import settings_of

router = APIRouter(tags=["oauth2"])

CSRF_COOKIE = "prf_csrf"

_FRENCH = {
    "invalid_client": "Application inconnue ou désactivée.",
    "invalid_request": "Demande d'autorisation invalide",
    "unauthorized_client": "Cette application ne peut pas utiliser ce mode de connexion.",
    "unsupported_response_type": "Type de réponse non pris en charge (seul « code » l'est).",
    "invalid_scope": "Portée demandée inconnue ou non permise.",
    "access_denied": "Accès refusé.",
}


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "inconnue"


def _redirect(location: str, settings: GatewaySettings) -> RedirectResponse:
    # RFC 9207: the authorization response names its issuer (mix-up protection).
    location = add_params_to_uri(location, [("iss", settings.issuer())])
    return RedirectResponse(location, status_code=302, headers={"Cache-Control": "no-store"})


def refusal(error: OAuth2Error, settings: GatewaySettings) -> Response:
    """An error redirect to the (already validated) redirect URI, else an error page — never a code."""
    status, _, headers = error()
    if status == 302 and error.redirect_uri:
        location = dict(headers)["Location"]
        return _redirect(location, settings)
    detail = _FRENCH.get(error.error or "", "Demande d'autorisation invalide")
    if error.description:
        detail = f"{detail} ({error.description})"
    return error_page("Demande d'autorisation refusée", detail, status=400)


async def validate(
    request: Request, oreq: StarletteOAuth2Request
) -> tuple[OAuthClient | None, Response | None]:
    """Validate the authorization request; returns the client, or the refusal to answer."""

    def check(server: Any) -> OAuthClient:
        grant = server.get_consent_grant(oreq)
        row: OAuthClient = grant.request.client.row
        return row

    try:
        return await run_server(request, check), None
    except OAuth2Error as error:
        return None, refusal(error, settings_of(request.app, GatewaySettings))


async def issue_code(request: Request, oreq: StarletteOAuth2Request, account_id: uuid.UUID) -> Response:
    """The person is authenticated: answer the SPA with a code (or an error redirect)."""

    def go(server: Any) -> OAuthResult:
        grant = server.get_consent_grant(oreq)
        account = server.ctx.db.get(Account, account_id)
        result: OAuthResult = server.create_authorization_response(oreq, grant_user=account, grant=grant)
        return result

    settings = settings_of(request.app, GatewaySettings)
    try:
        result = await run_server(request, go)
    except OAuth2Error as error:
        return refusal(error, settings)
    if result.status == 302 and result.location:
        return _redirect(result.location, settings)
    return error_page("Demande d'autorisation refusée", "La demande n'a pas pu aboutir.", status=400)


def _csrf(request: Request) -> tuple[str, bool]:
    existing = request.cookies.get(CSRF_COOKIE, "")
    if len(existing) >= 32:
        return existing, False
    return secrets.token_urlsafe(32), True


def _with_csrf_cookie(response: Response, token: str, settings: GatewaySettings) -> Response:
    response.set_cookie(
        CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=settings.env == "production",
        path="/oauth2/",
        max_age=3600,
    )
    return response


def render_login(
    request: Request,
    client: OAuthClient,
    *,
    username: str = "",
    error: str | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    settings = settings_of(request.app, GatewaySettings)
    token, fresh = _csrf(request)
    query = request.url.query
    broker_url = f"/oauth2/broker/start?{query}" if settings.broker_enabled() else None
    response = login_page(
        action=f"/oauth2/authorize?{query}",
        csrf=token,
        client_name=client.nom,
        username=username,
        error=error,
        broker_url=broker_url,
        broker_name=settings.broker_name,
        local_form=not (settings.broker_only and settings.broker_enabled()),
        demo_hint=settings.env != "production",
        status=status,
        redirect_uri=request.query_params.get("redirect_uri"),
        headers=headers,
    )
    return _with_csrf_cookie(response, token, settings) if fresh else response


@router.get("/oauth2/authorize", summary="Page de connexion (code d'autorisation + PKCE S256)")
async def authorize_page(request: Request) -> Response:
    oreq = await oauth_request(request)
    client, refused = await validate(request, oreq)
    if refused is not None or client is None:
        return refused or error_page("Demande d'autorisation refusée", "Demande invalide.")
    return render_login(request, client)


@router.post("/oauth2/authorize", include_in_schema=False)
async def authorize_submit(request: Request) -> Response:
    settings = settings_of(request.app, GatewaySettings)
    # The authorization request is the query string; the form only carries the credentials.
    oreq = await oauth_request(request, include_form=False)
    client, refused = await validate(request, oreq)
    if refused is not None or client is None:
        return refused or error_page("Demande d'autorisation refusée", "Demande invalide.")
    if settings.broker_only and settings.broker_enabled():
        return error_page(
            "Connexion par mot de passe désactivée", f"Identifiez-vous avec {settings.broker_name}."
        )
    form = await request.form()
    username = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    sent_csrf = str(form.get("csrf_token") or "")
    cookie_csrf = request.cookies.get(CSRF_COOKIE, "")
    if not cookie_csrf or not hmac.compare_digest(sent_csrf.encode(), cookie_csrf.encode()):
        return render_login(
            request, client, username=username, error="Votre session a expiré : recommencez.", status=400
        )
    if not username or not password:
        return render_login(
            request,
            client,
            username=username,
            error="Saisissez votre adresse et votre mot de passe.",
            status=400,
        )
    ip = client_ip(request)
    keys = throttle_keys(username, ip)
    database = request.app.state.database
    async with database.sessionmaker() as session:
        wait = await blocked_for(session, keys)
        if wait:
            return _throttled(request, client, username, wait)
        account = await check_password(session, settings, username, password)
        if account is None:
            try:
                await record_failure(session, settings, username, ip)
                await session.commit()
            except IntegrityError:  # a concurrent first failure created the same row: count it once
                await session.rollback()
            wait = await blocked_for(session, keys)
            if wait:
                return _throttled(request, client, username, wait)
            return render_login(
                request,
                client,
                username=username,
                error="Adresse électronique ou mot de passe incorrect.",
                status=400,
            )
        await clear_user(session, username)
        account.last_login_at = utcnow()
        account_id = account.id
        await session.commit()
    return await issue_code(request, oreq, account_id)


def _throttled(request: Request, client: OAuthClient, username: str, wait: int) -> Response:
    minutes = max(1, -(-wait // 60))
    return render_login(
        request,
        client,
        username=username,
        error=f"Trop de tentatives infructueuses : réessayez dans {minutes} minute{'s' if minutes > 1 else ''}.",
        status=429,
        headers={"Retry-After": str(wait)},
    )
