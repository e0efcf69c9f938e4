"""`Idempotency-Key` on the catalogue's partner POSTs, answers kept in `idempotent_answer`."""

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import JSONResponse

from catalog.common.models import IdempotentAnswer
from servicekit import idempotency
from servicekit.auth import Principal
from servicekit.idempotency import UseCase


async def run(
    session: AsyncSession, *, principal: Principal, key: str | None, route: str, body: bytes, action: UseCase
) -> JSONResponse:
    return await idempotency.run(
        session, IdempotentAnswer, principal=principal, key=key, route=route, body=body, action=action
    )
