"""`Idempotency-Key` on the parcours' partner POSTs, answers kept in `idempotence`."""

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.common.models import IdempotentAnswer
from servicekit import idempotency
from servicekit.auth import Principal
from servicekit.idempotency import UseCase as Action


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
    return await idempotency.run(
        session, IdempotentAnswer, principal=principal, key=key, route=route, body=body, action=action
    )


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
