"""GET /oauth2/logout — OpenID Connect RP-initiated logout for the SPA.

Ends the login session named by the ID token (`sid`: its refresh-token family) and sends the browser back
to the client when the address belongs to it (the origin of one of its registered redirect URIs), else
shows a French page.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

from authlib.common.urls import add_params_to_uri
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from gateway.auth.models import OAuthClient
from gateway.auth.pages import layout, page_csp
from gateway.auth.server import revoke_family
from gateway.auth.tokens import decode_own_token
from gateway.settings import GatewaySettings
from servicekit.models import utcnow
from servicekit.settings import settings_of

router = APIRouter(tags=["oauth2"])


def _allowed_after_logout(client: OAuthClient, uri: str, own_origin: str | None = None) -> bool:
    origins = {own_origin} if own_origin else set()
    for registered in client.redirect_uris:
        parts = urlsplit(registered)
        origins.add(f"{parts.scheme}://{parts.netloc}")
    parts = urlsplit(uri)
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin in origins and parts.path in ("", "/") and not parts.query and not parts.fragment


@router.get("/oauth2/logout", summary="Déconnexion (OpenID Connect RP-initiated logout)")
async def logout(request: Request) -> Response:
    settings = settings_of(request.app, GatewaySettings)
    params = request.query_params
    hint = params.get("id_token_hint", "")
    claims = decode_own_token(request.app.state.keyring, hint, issuer=settings.issuer()) if hint else None
    client_id = params.get("client_id") or (str(claims.get("aud")) if claims else "")
    async with request.app.state.database.sessionmaker() as session:
        if claims and claims.get("sid"):

            def end(db: object) -> None:
                revoke_family(
                    db,  # type: ignore[arg-type]
                    request.app.state.revocations,
                    settings,
                    uuid.UUID(str(claims["sid"])),
                    utcnow(),
                )

            await session.run_sync(end)
            await session.commit()
        client = await session.get(OAuthClient, client_id) if client_id else None
    target = params.get("post_logout_redirect_uri")
    # Any-host mode: the SPA served on this very origin may be returned to.
    own = (
        f"{request.url.scheme}://{request.url.netloc}"
        if settings.any_host() and client and client.kind == "spa"
        else None
    )
    if target and client is not None and not client.disabled and _allowed_after_logout(client, target, own):
        if params.get("state"):
            target = add_params_to_uri(target, [("state", params["state"])])
        return RedirectResponse(target, status_code=302, headers={"Cache-Control": "no-store"})
    body = (
        '<div class="carte"><h1>Vous êtes déconnecté</h1>'
        "<p>Votre session PRF est terminée. Vous pouvez fermer cette page.</p></div>"
    )
    return HTMLResponse(
        layout("Déconnexion", body),
        headers={"Content-Security-Policy": page_csp(), "Cache-Control": "no-store"},
    )
