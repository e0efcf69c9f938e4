"""HTTP: lots (a marché's parts, held by an OF). Writes are the Région's; reads are public."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from catalog.common.auth import RegionWriter
from catalog.errors import (
    READ,
    WRITE,
    LotExistant,
    LotIntrouvable,
)
from catalog.offre import repository as repo
from catalog.offre import service
from catalog.offre.models import Lot
from catalog.offre.schemas import (
    LotIn,
    LotOut,
    LotPatch,
)
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["offre"])
Paging = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/lots",
    status_code=201,
    response_model=LotOut,
    summary="Créer un lot",
    responses=problem_responses(*WRITE, LotExistant),
)
async def create_lot(data: LotIn, session: SessionDep, _: RegionWriter) -> Any:
    lot = await service.create_lot(session, data=data)
    return await service.lot_view(session, lot_id=lot.id)


@router.get(
    "/lots",
    response_model=Page[LotOut],
    summary="Lots (filtres)",
    responses=problem_responses(*READ),
)
async def list_lots(
    session: SessionDep,
    paging: Paging,
    marche_id: uuid.UUID | None = None,
    dispositif: str | None = None,
    secteur: str | None = None,
    departement: str | None = None,
    territoire: str | None = None,
    organisme: Annotated[str | None, Query(description="id ou SIRET")] = None,
) -> Any:
    filters = {
        "marche_id": marche_id,
        "dispositif": dispositif,
        "secteur": secteur,
        "departement": departement,
        "territoire": territoire,
        "organisme": organisme,
    }
    items, total = await repo.list_lots(session, paging, filters)
    out = [await service.lot_view(session, lot_id=lot.id) for lot in items]
    return {"items": out, "total": total, "page": paging.page, "limit": paging.limit}


@router.get(
    "/lots/{lot_id}",
    response_model=LotOut,
    summary="Un lot",
    responses=problem_responses(*READ, LotIntrouvable),
)
async def get_lot(lot_id: uuid.UUID, session: SessionDep) -> Any:
    return await service.lot_view(session, lot_id=lot_id)


@router.patch(
    "/lots/{lot_id}",
    response_model=LotOut,
    summary="Modifier un lot",
    responses=problem_responses(*WRITE, LotIntrouvable, LotExistant),
)
async def patch_lot(lot_id: uuid.UUID, data: LotPatch, session: SessionDep, _: RegionWriter) -> Any:
    lot = await session.get(Lot, lot_id)
    if lot is None:
        raise LotIntrouvable("Lot introuvable.")
    await service.update_lot(session, lot=lot, data=data)
    return await service.lot_view(session, lot_id=lot_id)
