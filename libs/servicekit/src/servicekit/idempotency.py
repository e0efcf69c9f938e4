"""`Idempotency-Key` on partner POSTs (API.md): same key and body → the first answer; other body → 422.

Each service keeps the answers in its own table (its schema, its migrations); the table's model is
passed in and needs the columns principal, cle, empreinte, statut_http and reponse.
"""

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.auth import Principal
from servicekit.problems import Problem

UseCase = Callable[[], Awaitable[tuple[int, Any]]]


def fingerprint(route: str, body: bytes) -> str:
    return hashlib.sha256(route.encode() + b"\0" + body).hexdigest()


async def run(
    session: AsyncSession,
    table: Any,
    *,
    principal: Principal,
    key: str | None,
    route: str,
    body: bytes,
    action: UseCase,
) -> JSONResponse:
    """Runs `action` once per (caller, key); the answer is stored in the same transaction as the write."""
    if not key:
        status, payload = await action()
        return JSONResponse(jsonable_encoder(payload), status_code=status)
    if len(key) > 200:
        raise Problem(
            422, "En-tête Idempotency-Key trop long (200 caractères au plus).", code="validation_error"
        )
    who = f"{principal.role}:{principal.org_id}:{principal.sub}"[:160]
    digest = fingerprint(route, body)
    stmt = select(table).where(table.principal == who, table.cle == key)
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
    session.add(table(principal=who, cle=key, empreinte=digest, statut_http=status, reponse=encoded))
    await session.flush()
    return JSONResponse(encoded, status_code=status)
