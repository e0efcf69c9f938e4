"""HTTP: actions (where and how a formation runs). Writes are the Région's; reads are public."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from catalog.common.auth import RegionWriter
from catalog.errors import READ, WRITE, ActionIntrouvable
from catalog.formations import repository as repo
from catalog.formations import service
from catalog.formations.models import Action
from catalog.formations.schemas import (
    ActionIn,
    ActionOut,
    ActionPatch,
)
from catalog.modules import repository as modules_repo
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["offre"])
Paging = Annotated[PageParams, Depends(page_params)]


async def _action(session: SessionDep, action_id: uuid.UUID) -> Action:
    action = await session.get(Action, action_id)
    if action is None:
        raise ActionIntrouvable("Action introuvable.")
    return action


@router.post(
    "/actions",
    status_code=201,
    response_model=ActionOut,
    summary="Créer une action",
    responses=problem_responses(*WRITE),
)
async def create_action(data: ActionIn, session: SessionDep, _: RegionWriter) -> Any:
    return service.action_out(await service.create_action(session, data=data), [])


@router.get(
    "/actions",
    response_model=Page[ActionOut],
    summary="Actions (filtres)",
    responses=problem_responses(*READ),
)
async def list_actions(
    session: SessionDep,
    paging: Paging,
    formation_id: uuid.UUID | None = None,
    departement: str | None = None,
    territoire: str | None = None,
) -> Any:
    filters = {"formation_id": formation_id, "departement": departement, "territoire": territoire}
    items, total = await repo.list_actions(session, paging, filters)
    out = [service.action_out(a) for a in items]
    return {"items": out, "total": total, "page": paging.page, "limit": paging.limit}


@router.get(
    "/actions/{action_id}",
    response_model=ActionOut,
    summary="Une action, avec ses modules",
    responses=problem_responses(*READ, ActionIntrouvable),
)
async def get_action(action_id: uuid.UUID, session: SessionDep) -> Any:
    action = await _action(session, action_id)
    modules = await modules_repo.for_action(session, action.id)
    return service.action_out(action, [m.model_dump(mode="json") for m in modules])


@router.patch(
    "/actions/{action_id}",
    response_model=ActionOut,
    summary="Modifier une action",
    responses=problem_responses(*WRITE, ActionIntrouvable),
)
async def patch_action(action_id: uuid.UUID, data: ActionPatch, session: SessionDep, _: RegionWriter) -> Any:
    action = await _action(session, action_id)
    return service.action_out(await service.update_action(session, action=action, data=data))
