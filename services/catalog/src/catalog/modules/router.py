"""HTTP: add-on modules (proposed by an OF or the Région, validated by the Région)."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from catalog.common.auth import SessionWriter
from catalog.db import Idempotent
from catalog.errors import OWNED, PARTNER, READ, ModuleDejaTraite, ModuleIntrouvable
from catalog.modules import repository as repo
from catalog.modules import service
from catalog.modules.models import ModuleAdditionnel
from catalog.modules.schemas import DecisionIn, ModuleIn, ModuleOut, RetraitIn
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1/modules", tags=["modules additionnels"])
Paging = Annotated[PageParams, Depends(page_params)]


async def _module(session: SessionDep, module_id: uuid.UUID) -> ModuleAdditionnel:
    module = await session.get(ModuleAdditionnel, module_id)
    if module is None:
        raise ModuleIntrouvable("Module introuvable.")
    return module


@router.post(
    "",
    status_code=201,
    response_model=ModuleOut,
    summary="Proposer un module",
    responses=problem_responses(*PARTNER),
)
async def propose(data: ModuleIn, session: SessionDep, principal: SessionWriter, once: Idempotent) -> Any:
    return await once.keep(await service.propose(session, principal=principal, data=data))


@router.get(
    "",
    response_model=Page[ModuleOut],
    summary="Modules (filtres)",
    responses=problem_responses(*READ),
)
async def list_modules(
    session: SessionDep,
    paging: Paging,
    action_id: uuid.UUID | None = None,
    statut: str | None = None,
    type: str | None = None,
) -> Any:
    items, total = await repo.list_modules(
        session, paging, {"action_id": action_id, "statut": statut, "type": type}
    )
    return {"items": items, "total": total, "page": paging.page, "limit": paging.limit}


@router.get(
    "/{module_id}",
    response_model=ModuleOut,
    summary="Un module",
    responses=problem_responses(*READ, ModuleIntrouvable),
)
async def get_module(module_id: uuid.UUID, session: SessionDep) -> Any:
    return await _module(session, module_id)


@router.post(
    "/{module_id}/decision",
    response_model=ModuleOut,
    summary="Valider ou refuser (Région)",
    responses=problem_responses(*OWNED, ModuleIntrouvable, ModuleDejaTraite),
)
async def decide(
    module_id: uuid.UUID, data: DecisionIn, session: SessionDep, principal: SessionWriter
) -> Any:
    module = await _module(session, module_id)
    return await service.decide(session, principal=principal, module=module, data=data)


@router.post(
    "/{module_id}/retrait",
    response_model=ModuleOut,
    summary="Retirer un module",
    responses=problem_responses(*PARTNER, ModuleIntrouvable, ModuleDejaTraite),
)
async def withdraw(
    module_id: uuid.UUID,
    session: SessionDep,
    principal: SessionWriter,
    once: Idempotent,
    data: RetraitIn | None = None,
) -> Any:
    module = await _module(session, module_id)
    motif = data.motif if data else None
    return await once.keep(await service.withdraw(session, principal=principal, module=module, motif=motif))
