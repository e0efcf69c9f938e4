"""`Idempotency-Key` on partner POSTs: same key + same body → the first answer; other body → 422."""

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from parcours.common.models import IdempotentAnswer
from servicekit.auth import Principal
from servicekit.problems import Problem

Action = Callable[[], Awaitable[tuple[int, Any]]]


def fingerprint(route: str, body: bytes) -> str:
    return hashlib.sha256(route.encode() + b"\0" + body).hexdigest()


async def run(
    session: AsyncSession,
    *,
    principal: Principal,
    key: str | None,
    route: str,
    body: bytes,
    action: Action,
) -> JSONResponse:
    """Runs `action` once per (principal, key); its answer is stored in the same transaction."""
    if not key:
        status, payload = await action()
        return JSONResponse(jsonable_encoder(payload), status_code=status)
    if len(key) > 200:
        raise Problem(
            422, "En-tête Idempotency-Key trop long (200 caractères au plus).", code="validation_error"
        )
    who = f"{principal.role}:{principal.org_id}:{principal.sub}"[:160]
    digest = fingerprint(route, body)
    stmt = select(IdempotentAnswer).where(
        col(IdempotentAnswer.principal) == who, col(IdempotentAnswer.cle) == key
    )
    previous = (await session.execute(stmt)).scalar_one_or_none()
    if previous is not None:
        if previous.empreinte != digest:
            raise Problem(
                422,
                "Cette clé Idempotency-Key a déjà servi pour une autre requête.",
                code="idempotency_key_reused",
            )
        return JSONResponse(
            previous.reponse, status_code=previous.statut_http, headers={"Idempotent-Replay": "true"}
        )
    status, payload = await action()
    encoded = jsonable_encoder(payload)
    session.add(
        IdempotentAnswer(principal=who, cle=key, empreinte=digest, statut_http=status, reponse=encoded)
    )
    await session.flush()
    return JSONResponse(encoded, status_code=status)


async def once(
    session: AsyncSession,
    *,
    principal: Principal,
    key: str | None,
    route: str,
    data: Any,
    status: int,
    action: Callable[[], Awaitable[Any]],
) -> JSONResponse:
    """`run` for a route with a pydantic body answering `status` with what `action` returns."""

    async def wrapped() -> tuple[int, Any]:
        return status, await action()

    body = data.model_dump_json().encode() if data is not None else b""
    return await run(session, principal=principal, key=key, route=route, body=body, action=wrapped)
