"""Recalling access tokens before they expire: stored in the gateway's database, served to the services.

Who recalls what (each entry kept until every token it concerns has expired):

- a deactivated client or account: its tokens issued before now (`client` / `sub` + `before`), so a later
  reactivation does not revive them; tokens issued afterwards start at `before` at the earliest (`iat`);
- a revoked access token: its `jti`; a revoked refresh token, a replayed refresh token or code, a
  logout: the login session `sid` (every access token of that refresh-token family).

The rows are written in the same transaction as the change they follow; once it commits, the gateway's
in-memory `RevocationList` learns them at once (SQLAlchemy `after_commit`), and every second it merges
what other gateway processes on the same database wrote. The embedded services share that list object;
services over TCP poll `GET /internal/revocations` (servicekit.revocation.PolledRevocations).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import time
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from gateway.auth.models import TokenRevocation
from gateway.settings import GatewaySettings
from servicekit.auth import CurrentPrincipal
from servicekit.models import utcnow
from servicekit.problems import Problem
from servicekit.revocation import Revocation, RevocationList
from servicekit.settings import settings_of

# Beyond an access token's life: the verifiers' 30 s leeway and some clock skew between processes.
MARGIN = 60
_PENDING = "prf_revocations"


def _stage(db: Any, revocations: RevocationList, entry: Revocation) -> None:
    """Write the row in `db`'s transaction; the in-memory list learns it when that transaction commits."""
    db.add(
        TokenRevocation(
            kind=entry.kind,
            value=entry.value,
            before=entry.before,
            expires_at=datetime.fromtimestamp(entry.expires, UTC),
        )
    )
    db.info.setdefault(_PENDING, (revocations, []))[1].append(entry)


def recall_session(db: Any, revocations: RevocationList, settings: GatewaySettings, sid: str) -> None:
    expires = int(time.time()) + settings.access_token_ttl + MARGIN
    _stage(db, revocations, Revocation("sid", sid, expires))


def recall_token(db: Any, revocations: RevocationList, claims: dict[str, Any]) -> None:
    expires = int(claims.get("exp", time.time())) + MARGIN
    _stage(db, revocations, Revocation("jti", str(claims.get("jti", "")), expires))


def recall_issued_before_now(
    db: Any, revocations: RevocationList, settings: GatewaySettings, kind: str, value: str
) -> None:
    """Every token of this client (`client`) or account (`sub`) issued up to this second is void."""
    before = int(time.time()) + 1
    _stage(db, revocations, Revocation(kind, value, before + settings.access_token_ttl + MARGIN, before))


def earliest_iat(db: Session, client_id: str, sub: str) -> int:
    """The `iat` a new token of this client/account must carry at least: past its latest recall mark
    (a token issued in the second of a deactivation then reactivation is not born void)."""
    mark = db.execute(
        select(func.max(TokenRevocation.before)).where(
            or_(
                (TokenRevocation.kind == "client") & (TokenRevocation.value == client_id),  # type: ignore[arg-type]
                (TokenRevocation.kind == "sub") & (TokenRevocation.value == sub),  # type: ignore[arg-type]
            ),
            TokenRevocation.expires_at > utcnow(),  # type: ignore[arg-type]
        )
    ).scalar_one_or_none()
    return int(mark or 0)


@event.listens_for(Session, "after_commit")
def _publish(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is not None:
        revocations, entries = pending
        revocations.add(entries)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


async def load_revocations(app: FastAPI) -> None:
    """Merge the live rows of the database (other gateway processes, a restart) into the list."""
    revocations: RevocationList = app.state.revocations
    async with app.state.database.sessionmaker() as session:
        rows = (
            await session.execute(select(TokenRevocation).where(TokenRevocation.expires_at > utcnow()))  # type: ignore[arg-type]
        ).scalars()
        revocations.add(Revocation(r.kind, r.value, int(r.expires_at.timestamp()), r.before) for r in rows)
    revocations.purge()


async def follow_revocations(app: FastAPI) -> None:
    """Background loop: what other gateway processes recalled is refused here within about a second."""
    settings = settings_of(app, GatewaySettings)
    while True:
        await asyncio.sleep(settings.revocation_refresh)
        with contextlib.suppress(Exception):
            await load_revocations(app)


router = APIRouter(include_in_schema=False)


@router.get("/internal/revocations")
async def internal_revocations(request: Request, principal: CurrentPrincipal) -> Response:
    """The list, for PRF's own services only (role `service`); 304 when their copy is current."""
    if principal.role != "service":
        raise Problem(403, "Réservé aux services de PRF.", code="insufficient_scope")
    revocations: RevocationList = request.app.state.revocations
    etag = revocations.version
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    body = json.dumps(revocations.to_json()).encode()
    return Response(body, media_type="application/json", headers={"ETag": etag, "Cache-Control": "no-store"})


def recalled_bearer(headers: list[tuple[bytes, bytes]], revocations: RevocationList) -> bool:
    """True when the request's bearer token is on the list. The proxy asks before forwarding: the
    claims are read without checking the signature, which is safe for a refusal (the service verifies
    the token in full anyway) and costs a few microseconds."""
    if not len(revocations):
        return False
    auth = next((v for k, v in headers if k == b"authorization"), b"")
    kind, _, token = auth.partition(b" ")
    if kind.lower() != b"bearer" or token.count(b".") != 2:
        return False
    try:
        payload = token.split(b".")[1].strip()
        claims = json.loads(base64.urlsafe_b64decode(payload + b"=" * (-len(payload) % 4)))
    except (ValueError, TypeError):
        return False
    return isinstance(claims, dict) and revocations.is_revoked(claims)
