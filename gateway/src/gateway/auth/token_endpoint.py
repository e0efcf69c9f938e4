"""POST /oauth2/token and POST /oauth2/revoke — RFC 6749 / RFC 7009 answers, never problem+json."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from gateway.auth.server import Context, OAuthResult, PRFAuthorizationServer, json_body, oauth_request
from gateway.settings import GatewaySettings
from servicekit.settings import settings_of

router = APIRouter(tags=["oauth2"])

_FORM = {
    "requestBody": {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "grant_type": {
                            "type": "string",
                            "enum": ["client_credentials", "authorization_code", "refresh_token"],
                        },
                        "scope": {"type": "string"},
                        "code": {"type": "string"},
                        "redirect_uri": {"type": "string"},
                        "code_verifier": {"type": "string"},
                        "refresh_token": {"type": "string"},
                        "client_id": {"type": "string"},
                        "client_secret": {"type": "string"},
                        "client_assertion_type": {"type": "string"},
                        "client_assertion": {"type": "string"},
                    },
                    "required": ["grant_type"],
                }
            }
        },
        "required": True,
    }
}


async def run_server(request: Request, call: Callable[[PRFAuthorizationServer], Any]) -> Any:
    """Run `call(server)` against this request's database session (committed whatever the outcome:
    a replayed code or refresh token must leave its family revoked even though the answer is an error)."""
    app = request.app
    async with app.state.database.sessionmaker() as session:

        def go(db: Session) -> Any:
            ctx = Context(
                db=db,
                settings=settings_of(app, GatewaySettings),
                keyring=app.state.keyring,
                revocations=app.state.revocations,
            )
            return call(PRFAuthorizationServer(ctx))

        try:
            result = await session.run_sync(go)
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    return result


def to_response(result: OAuthResult) -> Response:
    headers = {k: v for k, v in result.headers}
    headers.setdefault("Cache-Control", "no-store")
    headers.setdefault("Pragma", "no-cache")
    media = headers.pop("Content-Type", "application/json")
    return Response(json_body(result), status_code=result.status, headers=headers, media_type=media)


@router.post(
    "/oauth2/token",
    summary="Jeton d'accès (client_credentials, authorization_code + PKCE, refresh_token)",
    openapi_extra=_FORM,
)
async def token(request: Request) -> Response:
    oreq = await oauth_request(request)
    result: OAuthResult = await run_server(request, lambda server: server.create_token_response(oreq))
    return to_response(result)


@router.post("/oauth2/revoke", summary="Révocation d'un jeton (RFC 7009)")
async def revoke(request: Request) -> Response:
    oreq = await oauth_request(request)
    result: OAuthResult = await run_server(
        request, lambda server: server.create_endpoint_response("revocation", oreq)
    )
    return to_response(result)
