"""Broker mode: the person logs in at an external OpenID Connect provider (Keycloak, ProConnect).

The gateway is an ordinary OIDC client there (authorization code + PKCE S256 + nonce, client secret), checks
the ID token (signature by the provider's JWKS, issuer, audience, nonce, expiry), maps the person to a
local account and role, then answers the SPA's own authorization request with its own code: the services
keep trusting one issuer only, the gateway.

Mapping, in order: an account already linked to (issuer, sub); else the account the Région created with
that e-mail address (unless the provider says the address is unverified), which gets linked; else, if
`broker_auto_provision` is on, a new account from the role/org claims; else refusal.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import httpx
from authlib.jose import JsonWebKey, JsonWebToken
from authlib.jose.errors import JoseError
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from gateway.auth.accounts import find_account, normalise
from gateway.auth.authorize import issue_code, validate
from gateway.auth.models import Account, BrokerLogin
from gateway.auth.pages import error_page
from gateway.auth.roles import PERSON_ROLES
from gateway.auth.server import oauth_request
from gateway.settings import GatewaySettings
from servicekit.models import utcnow
from servicekit.settings import settings_of

router = APIRouter(tags=["oauth2"], include_in_schema=False)

_jwt = JsonWebToken(["RS256", "PS256", "ES256"])
LOGIN_TTL = 600
_METADATA_TTL = 3600.0


class BrokerError(Exception):
    """A failed external login, with the French sentence to show."""


@asynccontextmanager
async def broker_context(app: FastAPI) -> AsyncIterator[None]:
    """The outbound HTTP client towards the provider (tests may inject their own beforehand)."""
    own = getattr(app.state, "broker_http", None) is None
    if own:
        app.state.broker_http = httpx.AsyncClient(timeout=10)
    app.state.broker_cache = {}
    try:
        yield
    finally:
        if own:
            await app.state.broker_http.aclose()


def _http(request: Request) -> httpx.AsyncClient:
    client: httpx.AsyncClient = request.app.state.broker_http
    return client


async def provider_metadata(request: Request) -> dict[str, Any]:
    settings = settings_of(request.app, GatewaySettings)
    cache: dict[str, Any] = request.app.state.broker_cache
    cached = cache.get("metadata")
    if cached and time.monotonic() - cached[0] < _METADATA_TTL:
        return dict(cached[1])
    url = settings.broker_issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        resp = await _http(request).get(url)
        resp.raise_for_status()
        metadata: dict[str, Any] = resp.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise BrokerError(f"Le fournisseur d'identité {settings.broker_name} est injoignable.") from exc
    if metadata.get("issuer", "").rstrip("/") != settings.broker_issuer.rstrip("/"):
        raise BrokerError("La configuration du fournisseur d'identité ne correspond pas à son émetteur.")
    cache["metadata"] = (time.monotonic(), metadata)
    return metadata


async def _provider_keys(request: Request, metadata: dict[str, Any], refresh: bool = False) -> Any:
    cache: dict[str, Any] = request.app.state.broker_cache
    if not refresh and "jwks" in cache:
        return cache["jwks"]
    resp = await _http(request).get(metadata["jwks_uri"])
    resp.raise_for_status()
    cache["jwks"] = JsonWebKey.import_key_set(resp.json())
    return cache["jwks"]


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def callback_uri(settings: GatewaySettings) -> str:
    return f"{settings.issuer()}/oauth2/broker/callback"


@router.get("/oauth2/broker/start")
async def broker_start(request: Request) -> Response:
    settings = settings_of(request.app, GatewaySettings)
    if not settings.broker_enabled():
        return error_page(
            "Connexion externe indisponible", "Aucun fournisseur d'identité n'est configuré.", 404
        )
    oreq = await oauth_request(request)
    client, refused = await validate(request, oreq)
    if refused is not None or client is None:
        return refused or error_page("Demande d'autorisation refusée", "Demande invalide.")
    try:
        metadata = await provider_metadata(request)
    except BrokerError as exc:
        return error_page("Connexion externe indisponible", str(exc), 502)
    state, nonce, verifier = secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48)
    async with request.app.state.database.sessionmaker() as session:
        session.add(
            BrokerLogin(
                state=state,
                nonce=nonce,
                code_verifier=verifier,
                authorize_query=request.url.query,
                expires_at=utcnow() + timedelta(seconds=LOGIN_TTL),
            )
        )
        await session.commit()
    params = httpx.QueryParams(
        {
            "response_type": "code",
            "client_id": settings.broker_client_id,
            "redirect_uri": callback_uri(settings),
            "scope": settings.broker_scope,
            "state": state,
            "nonce": nonce,
            "code_challenge": _s256(verifier),
            "code_challenge_method": "S256",
        }
    )
    location = f"{metadata['authorization_endpoint']}?{params}"
    return RedirectResponse(location, status_code=302, headers={"Cache-Control": "no-store"})


@router.get("/oauth2/broker/callback")
async def broker_callback(request: Request) -> Response:
    settings = settings_of(request.app, GatewaySettings)
    if not settings.broker_enabled():
        return error_page(
            "Connexion externe indisponible", "Aucun fournisseur d'identité n'est configuré.", 404
        )
    state = request.query_params.get("state", "")
    async with request.app.state.database.sessionmaker() as session:
        pending = await session.get(BrokerLogin, state, with_for_update=True) if state else None
        if pending is not None:
            await session.delete(pending)  # single use
            await session.commit()
    if pending is None or pending.expires_at <= utcnow():
        return error_page("Connexion expirée", "Cette connexion a expiré ou a déjà servi : recommencez.", 400)
    if request.query_params.get("error"):
        return error_page(
            "Connexion refusée", f"{settings.broker_name} n'a pas authentifié la personne.", 403
        )
    code = request.query_params.get("code")
    if not code:
        return error_page("Connexion refusée", "Réponse du fournisseur d'identité incomplète.", 400)
    try:
        claims = await _exchange(request, code, pending)
        account_id = await _local_account(request, claims)
    except BrokerError as exc:
        return error_page("Connexion refusée", str(exc), 403)
    oreq = await oauth_request(request, query=pending.authorize_query, include_form=False)
    return await issue_code(request, oreq, account_id)


async def _exchange(request: Request, code: str, pending: BrokerLogin) -> dict[str, Any]:
    settings = settings_of(request.app, GatewaySettings)
    metadata = await provider_metadata(request)
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": callback_uri(settings),
        "code_verifier": pending.code_verifier,
        "client_id": settings.broker_client_id,
        "client_secret": settings.broker_client_secret.get_secret_value(),
    }
    try:
        resp = await _http(request).post(metadata["token_endpoint"], data=data)
    except httpx.HTTPError as exc:
        raise BrokerError(f"{settings.broker_name} est injoignable.") from exc
    if resp.status_code != 200:
        raise BrokerError(f"{settings.broker_name} a refusé l'échange du code.")
    tokens = resp.json()
    id_token = tokens.get("id_token")
    if not id_token:
        raise BrokerError(f"{settings.broker_name} n'a pas fourni de jeton d'identité.")
    claims = await _verify_id_token(request, metadata, id_token, pending.nonce)
    if not claims.get("email") and metadata.get("userinfo_endpoint") and tokens.get("access_token"):
        info = await _http(request).get(
            metadata["userinfo_endpoint"], headers={"Authorization": f"Bearer {tokens['access_token']}"}
        )
        if info.status_code == 200 and info.headers.get("content-type", "").startswith("application/json"):
            extra = info.json()
            if extra.get("sub") == claims["sub"]:
                claims = {**extra, **claims}
    return claims


async def _verify_id_token(
    request: Request, metadata: dict[str, Any], id_token: str, nonce: str
) -> dict[str, Any]:
    settings = settings_of(request.app, GatewaySettings)
    options = {
        "iss": {"essential": True, "value": metadata["issuer"]},
        "aud": {"essential": True, "value": settings.broker_client_id},
        "exp": {"essential": True},
        "sub": {"essential": True},
        "nonce": {"essential": True, "value": nonce},
    }
    for refresh in (False, True):
        keys = await _provider_keys(request, metadata, refresh=refresh)
        try:
            claims = _jwt.decode(id_token, keys, claims_options=options)
            claims.validate(leeway=60)
            return dict(claims)
        except ValueError:
            continue  # unknown kid: the provider may have rotated its keys, fetch them again
        except JoseError as exc:
            raise BrokerError(f"Jeton d'identité de {settings.broker_name} refusé ({exc.error}).") from exc
    raise BrokerError(f"Jeton d'identité de {settings.broker_name} signé par une clé inconnue.")


async def _local_account(request: Request, claims: dict[str, Any]) -> Any:
    settings = settings_of(request.app, GatewaySettings)
    issuer, sub = settings.broker_issuer, str(claims["sub"])
    email = normalise(str(claims.get("email") or ""))
    refused = "Votre compte n'est pas autorisé sur PRF : demandez à la Région de le créer."
    async with request.app.state.database.sessionmaker() as session:
        linked = await session.execute(
            select(Account).where(Account.external_issuer == issuer, Account.external_sub == sub)
        )
        account = linked.scalar_one_or_none()
        if account is None and email and claims.get("email_verified") is not False:
            candidate = await find_account(session, email)
            if candidate is not None and candidate.external_sub is None:
                account = candidate
                account.external_issuer, account.external_sub = issuer, sub
        if account is None and settings.broker_auto_provision:
            account = _provision(settings, claims, email, issuer, sub)
            if account is not None:
                session.add(account)
        if account is None:
            raise BrokerError(refused)
        if account.disabled or (account.demo and settings.env == "production"):
            raise BrokerError("Ce compte est désactivé.")
        account.last_login_at = utcnow()
        account_id = account.id
        await session.commit()
    return account_id


def _provision(
    settings: GatewaySettings, claims: dict[str, Any], email: str, issuer: str, sub: str
) -> Account | None:
    role = str(claims.get(settings.broker_role_claim) or "")
    org_id = str(claims.get(settings.broker_org_id_claim) or "")
    org_type = str(claims.get(settings.broker_org_type_claim) or "")
    if role not in PERSON_ROLES or not email or (role != "financeur" and not org_id):
        return None
    name = claims.get("name") or " ".join(
        str(p) for p in (claims.get("given_name"), claims.get("usual_name") or claims.get("family_name")) if p
    )
    return Account(
        username=email,
        nom=str(name or email),
        role=role,
        org_id=org_id,
        org_type=org_type,
        external_issuer=issuer,
        external_sub=sub,
    )
