"""HTTP: formations. Writes are the Région's; reads are public (actions: actions_router)."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from catalog.common.auth import RegionWriter
from catalog.errors import READ, WRITE, FormationIntrouvable
from catalog.formations import repository as repo
from catalog.formations import service
from catalog.formations.models import Formation
from catalog.formations.schemas import (
    FormationIn,
    FormationOut,
    FormationPatch,
)
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["offre"])
Paging = Annotated[PageParams, Depends(page_params)]


async def _formation(session: SessionDep, formation_id: uuid.UUID) -> Formation:
    formation = await session.get(Formation, formation_id)
    if formation is None:
        raise FormationIntrouvable("Formation introuvable.")
    return formation


async def _formation_out(session: SessionDep, formation: Formation) -> dict[str, Any]:
    sirets = await repo.organisme_sirets(session, {formation.organisme_id})
    return service.formation_out(formation, sirets.get(formation.organisme_id, ""))


@router.post(
    "/formations",
    status_code=201,
    response_model=FormationOut,
    summary="Créer une formation",
    responses=problem_responses(*WRITE),
)
async def create_formation(data: FormationIn, session: SessionDep, _: RegionWriter) -> Any:
    return await _formation_out(session, await service.create_formation(session, data=data))


@router.get(
    "/formations",
    response_model=Page[FormationOut],
    summary="Formations (filtres)",
    responses=problem_responses(*READ),
)
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


@router.get(
    "/formations/{formation_id}",
    response_model=FormationOut,
    summary="Une formation",
    responses=problem_responses(*READ, FormationIntrouvable),
)
async def get_formation(formation_id: uuid.UUID, session: SessionDep) -> Any:
    return await _formation_out(session, await _formation(session, formation_id))


@router.patch(
    "/formations/{formation_id}",
    response_model=FormationOut,
    summary="Modifier une formation",
    responses=problem_responses(*WRITE, FormationIntrouvable),
)
async def patch_formation(
    formation_id: uuid.UUID, data: FormationPatch, session: SessionDep, _: RegionWriter
) -> Any:
    formation = await _formation(session, formation_id)
    return await _formation_out(
        session, await service.update_formation(session, formation=formation, data=data)
    )
