"""`Idempotency-Key` of one partner POST (API.md): same key and body → the first answer, replayed.

The answer is kept in `idempotence` by the use case itself, just before its commit (`keep`), so the
change and its answer are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.common.models import IdempotentAnswer
from parcours.common.transaction import keep_nothing
from parcours.errors import CleIdempotenceReutilisee, invalid
from servicekit.auth import CurrentPrincipal, Principal
from servicekit.db import SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.idempotency import fingerprint

UseCase = Callable[..., Awaitable[Any]]  # called as use_case(keep=...)


@dataclass(frozen=True)
class Once:
    session: AsyncSession
    principal: Principal
    key: str | None
    route: str

    async def run(self, status: int, body: BaseModel | bytes | None, use_case: UseCase) -> JSONResponse:
        """Runs `use_case` once per (caller, key); a second call with the key answers the first answer."""
        if not self.key:
            return JSONResponse(jsonable_encoder(await use_case(keep=keep_nothing)), status_code=status)
        if len(self.key) > 200:
            raise invalid("/Idempotency-Key", "En-tête Idempotency-Key trop long (200 caractères au plus).")
        who = f"{self.principal.role}:{self.principal.org_id}:{self.principal.sub}"[:160]
        raw = body.model_dump_json().encode() if isinstance(body, BaseModel) else body or b""
        digest = fingerprint(self.route, raw)
        stmt = select(IdempotentAnswer).where(
            IdempotentAnswer.principal == who, IdempotentAnswer.cle == self.key
        )
        previous = (await self.session.execute(stmt)).scalar_one_or_none()
        if previous is not None:
            if previous.empreinte != digest:
                raise CleIdempotenceReutilisee(
                    "Cette clé Idempotency-Key a déjà servi pour une autre requête."
                )
            return JSONResponse(
                previous.reponse, status_code=previous.statut_http, headers={"Idempotent-Replay": "true"}
            )

        async def keep(answer: Any) -> None:
            encoded = jsonable_encoder(answer)
            self.session.add(
                IdempotentAnswer(
                    principal=who, cle=self.key, empreinte=digest, statut_http=status, reponse=encoded
                )
            )
            await self.session.flush()

        return JSONResponse(jsonable_encoder(await use_case(keep=keep)), status_code=status)


def once_for(
    request: Request, session: SessionDep, principal: CurrentPrincipal, key: IdempotencyKey = None
) -> Once:
    return Once(session=session, principal=principal, key=key, route=request.url.path)


Idempotent = Annotated[Once, Depends(once_for)]
