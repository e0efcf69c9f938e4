"""HTTP: sessions, opened and changed by an OF on its own lots or by the Région (the search: catalog.search)."""

import uuid
from typing import Any

from fastapi import APIRouter

from catalog.common.auth import SessionWriter
from catalog.common.referentiels import DispositifNames
from catalog.db import Idempotent
from catalog.errors import OWNED, PARTNER, READ, PlacesInsuffisantes, SessionIntrouvable
from catalog.sessions import service
from catalog.sessions.schemas import SessionIn, SessionOut, SessionPatch
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["sessions et places"])


@router.post(
    "/sessions",
    status_code=201,
    response_model=SessionOut,
    summary="Ouvrir une session",
    responses=problem_responses(*PARTNER),
)
async def create_session(
    data: SessionIn,
    session: SessionDep,
    principal: SessionWriter,
    dispositifs: DispositifNames,
    once: Idempotent,
) -> Any:
    row = await service.create_session(session, principal=principal, data=data)
    return await once.keep(await service.present(session, row.id, dispositifs))


@router.get(
    "/sessions/{session_id}",
    response_model=SessionOut,
    summary="Une session",
    responses=problem_responses(*READ, SessionIntrouvable),
)
async def get_session(session_id: uuid.UUID, session: SessionDep, dispositifs: DispositifNames) -> Any:
    return await service.present(session, session_id, dispositifs)


@router.patch(
    "/sessions/{session_id}",
    response_model=SessionOut,
    summary="Modifier une session",
    responses=problem_responses(*OWNED, SessionIntrouvable, PlacesInsuffisantes),
)
async def patch_session(
    session_id: uuid.UUID,
    data: SessionPatch,
    session: SessionDep,
    principal: SessionWriter,
    dispositifs: DispositifNames,
) -> Any:
    view = await service.get_view(session, session_id)
    await service.update_session(session, principal=principal, view=view, data=data)
    return await service.present(session, session_id, dispositifs)
