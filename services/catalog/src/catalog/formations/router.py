"""HTTP: formations and actions. Writes are the Région's; reads are public."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from catalog.common.auth import RegionWriter
from catalog.formations import repository as repo
from catalog.formations import service
from catalog.formations.models import Action, Formation
from catalog.formations.schemas import (
    ActionIn,
    ActionOut,
    ActionPatch,
    FormationIn,
    FormationOut,
    FormationPatch,
)
from catalog.modules import repository as modules_repo
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import not_found

router = APIRouter(prefix="/v1", tags=["offre"])
Paging = Annotated[PageParams, Depends(page_params)]


async def _formation(session: SessionDep, formation_id: uuid.UUID) -> Formation:
    formation = await session.get(Formation, formation_id)
    if formation is None:
        raise not_found("Formation", "formation_introuvable")
    return formation


async def _formation_out(session: SessionDep, formation: Formation) -> dict[str, Any]:
    sirets = await repo.organisme_sirets(session, {formation.organisme_id})
    return service.formation_out(formation, sirets.get(formation.organisme_id, ""))


@router.post("/formations", status_code=201, response_model=FormationOut, summary="Créer une formation")
async def create_formation(data: FormationIn, session: SessionDep, _: RegionWriter) -> Any:
    return await _formation_out(session, await service.create_formation(session, data=data))


@router.get("/formations", response_model=Page[FormationOut], summary="Formations (filtres)")
async def list_formations(
    session: SessionDep,
    paging: Paging,
    lot_id: uuid.UUID | None = None,
    rome: str | None = None,
    dispositif: str | None = None,
    organisme: Annotated[str | None, Query(description="SIRET")] = None,
) -> Any:
    filters = {"lot_id": lot_id, "rome": rome, "dispositif": dispositif, "organisme": organisme}
    items, total = await repo.list_formations(session, paging, filters)
    sirets = await repo.organisme_sirets(session, {f.organisme_id for f in items})
    out = [service.formation_out(f, sirets.get(f.organisme_id, "")) for f in items]
    return {"items": out, "total": total, "page": paging.page, "limit": paging.limit}


@router.get("/formations/{formation_id}", response_model=FormationOut, summary="Une formation")
async def get_formation(formation_id: uuid.UUID, session: SessionDep) -> Any:
    return await _formation_out(session, await _formation(session, formation_id))


@router.patch("/formations/{formation_id}", response_model=FormationOut, summary="Modifier une formation")
async def patch_formation(
    formation_id: uuid.UUID, data: FormationPatch, session: SessionDep, _: RegionWriter
) -> Any:
    formation = await _formation(session, formation_id)
    return await _formation_out(
        session, await service.update_formation(session, formation=formation, data=data)
    )


async def _action(session: SessionDep, action_id: uuid.UUID) -> Action:
    action = await session.get(Action, action_id)
    if action is None:
        raise not_found("Action", "action_introuvable")
    return action


@router.post("/actions", status_code=201, response_model=ActionOut, summary="Créer une action")
async def create_action(data: ActionIn, session: SessionDep, _: RegionWriter) -> Any:
    return service.action_out(await service.create_action(session, data=data), [])


@router.get("/actions", response_model=Page[ActionOut], summary="Actions (filtres)")
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


@router.get("/actions/{action_id}", response_model=ActionOut, summary="Une action, avec ses modules")
async def get_action(action_id: uuid.UUID, session: SessionDep) -> Any:
    action = await _action(session, action_id)
    modules = await modules_repo.for_action(session, action.id)
    return service.action_out(action, [m.model_dump(mode="json") for m in modules])


@router.patch("/actions/{action_id}", response_model=ActionOut, summary="Modifier une action")
async def patch_action(action_id: uuid.UUID, data: ActionPatch, session: SessionDep, _: RegionWriter) -> Any:
    action = await _action(session, action_id)
    return service.action_out(await service.update_action(session, action=action, data=data))
