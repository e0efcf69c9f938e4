"""`Idempotency-Key` on partner POSTs (API.md): one route dependency for every service.

Same caller + same key + same request (method, path, body bytes) → the first answer, replayed with
`Idempotent-Replay: true` and the route never runs again; same key with another request → 422
`idempotency_key_reused`. Keys are scoped to the caller (role, organisation, subject).

Each service declares the store once, next to its outbox, and its routes take the dependency:

    # <service>/db.py
    idempotence = make_idempotency_table(metadata)
    Idempotent = Annotated[Once, Depends(idempotent(idempotence), scope="function")]

    # a router
    @router.post("/sessions", status_code=201, response_model=SessionOut)
    async def create_session(data: SessionIn, session: SessionDep, principal: Writer, once: Idempotent):
        row = await service.create_session(session, principal=principal, data=data)
        return await once.keep(await service.present(session, row.id))

`once.keep(answer)` records the answer (serialised with the route's `response_model` and
`status_code`, or a `Response` as is) in the request's session, so it commits with the write or not at
all; it returns the JSON it stored. A use case that commits by itself calls `keep` before its commit
(pass `once.keep` in). Without the header `keep` only serialises. A route that was sent a key and
returned without `keep` is a bug: the request fails (500, rolled back) instead of silently not
recording. An error raised by the route records nothing: the transaction rolls back, the key stays free.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Callable
from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter
from sqlalchemy import JSON, Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.auth import CurrentPrincipal, Principal
from servicekit.db import SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.models import UTCDateTime, utcnow
from servicekit.problems import Answered, DomainError, Problem

MAX_KEY_LENGTH = 200


class IdempotencyKeyReused(DomainError):
    """422: the key already answered another request (list it in the partner POSTs' `responses=`)."""

    status = 422
    code = "idempotency_key_reused"
    title = "Clé Idempotency-Key déjà utilisée"


def make_idempotency_table(metadata: MetaData) -> Table:
    """The one shape of the answers' store (`idempotence`), in the service's own schema."""
    return Table(
        "idempotence",
        metadata,
        Column("principal", String(160), nullable=False),
        Column("cle", String(MAX_KEY_LENGTH), nullable=False),
        Column("empreinte", String(64), nullable=False),
        Column("statut_http", Integer, nullable=False),
        Column("reponse", JSON, nullable=False),
        Column("created_at", UTCDateTime, nullable=False),
        PrimaryKeyConstraint("principal", "cle"),
    )


def fingerprint(route: str, body: bytes) -> str:
    return hashlib.sha256(route.encode() + b"\0" + body).hexdigest()


def caller(principal: Principal) -> str:
    """Keys are the caller's own: two partners may use the same key without meeting."""
    return f"{principal.role}:{principal.org_id}:{principal.sub}"[:160]


@lru_cache(maxsize=256)
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


class Once:
    """What the dependency hands the route: `keep(answer)` records the first answer of this key."""

    def __init__(self, request: Request, session: AsyncSession, table: Table, key: str | None) -> None:
        self.request = request
        self.session = session
        self.table = table
        self.key = key
        self.kept = False
        self._who = ""
        self._digest = ""

    async def keep(self, answer: Any) -> Any:
        """Serialise `answer` as the route answers it and, under a key, store it with the write."""
        status, encoded = _encode(self.request, answer)
        if self.key and not self.kept:
            await self.session.execute(
                insert(self.table).values(
                    principal=self._who,
                    cle=self.key,
                    empreinte=self._digest,
                    statut_http=status,
                    reponse=encoded,
                    created_at=utcnow(),
                )
            )
        self.kept = True
        if isinstance(answer, Response):
            return answer
        return encoded

    async def _previous(self, principal: Principal) -> None:
        """Replays the first answer (raises `Answered`) or refuses a reused key; else lets the route run."""
        if not self.key:
            return
        if len(self.key) > MAX_KEY_LENGTH:
            raise Problem(
                422,
                f"En-tête Idempotency-Key trop long ({MAX_KEY_LENGTH} caractères au plus).",
                code="validation_error",
            )
        self._who = caller(principal)
        self._digest = fingerprint(
            f"{self.request.method} {self.request.url.path}", await self.request.body()
        )
        t = self.table
        stmt = select(t.c.empreinte, t.c.statut_http, t.c.reponse).where(
            t.c.principal == self._who, t.c.cle == self.key
        )
        previous = (await self.session.execute(stmt)).one_or_none()
        if previous is None:
            return
        if previous.empreinte != self._digest:
            raise IdempotencyKeyReused("Cette clé Idempotency-Key a déjà servi pour une autre requête.")
        raise Answered(
            JSONResponse(
                previous.reponse, status_code=previous.statut_http, headers={"Idempotent-Replay": "true"}
            )
        )


def _encode(request: Request, answer: Any) -> tuple[int, Any]:
    if isinstance(answer, Response):
        return answer.status_code, json.loads(bytes(answer.body)) if answer.body else None
    route = request.scope.get("route")
    status = getattr(route, "status_code", None) or 200
    model = getattr(route, "response_model", None)
    if model is None:
        return status, jsonable_encoder(answer)
    adapter = _adapter(model)
    return status, adapter.dump_python(
        adapter.validate_python(answer, from_attributes=True), mode="json", by_alias=True
    )


def idempotent(table: Table) -> Callable[..., AsyncIterator[Once]]:
    """The dependency for a service's store. Declare it with `scope="function"`: it must leave
    before the session commits, so that its check can still roll the request back."""

    async def dependency(
        request: Request, session: SessionDep, principal: CurrentPrincipal, key: IdempotencyKey = None
    ) -> AsyncIterator[Once]:
        once = Once(request, session, table, key)
        await once._previous(principal)
        yield once
        if key and not once.kept:
            raise RuntimeError(
                f"{request.method} {request.url.path}: Idempotency-Key reçue, réponse non gardée"
            )

    return dependency
