"""HTTP: organismes, marchés, lots. Writes are the Région's; reads are public."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from catalog.common.auth import RegionWriter
from catalog.common.referentiels import rows
from catalog.offre import repository as repo
from catalog.offre import service
from catalog.offre.models import Lot, Marche
from catalog.offre.schemas import (
    LotIn,
    LotOut,
    LotPatch,
    MarcheIn,
    MarcheOut,
    MarchePatch,
    OrganismeIn,
    OrganismeOut,
    OrganismePatch,
)
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import not_found

router = APIRouter(prefix="/v1", tags=["offre"])
Paging = Annotated[PageParams, Depends(page_params)]


@router.post("/organismes", status_code=201, response_model=OrganismeOut, summary="Déclarer un organisme")
async def create_organisme(data: OrganismeIn, session: SessionDep, _: RegionWriter) -> Any:
    return await service.create_organisme(session, data=data)


@router.get("/organismes", response_model=Page[OrganismeOut], summary="Organismes de formation")
async def list_organismes(
    session: SessionDep, paging: Paging, q: str | None = None, siret: str | None = None
) -> Any:
    items, total = await repo.list_organismes(session, paging, q=q, siret=siret)
    return {"items": items, "total": total, "page": paging.page, "limit": paging.limit}


@router.get("/organismes/{ref}", response_model=OrganismeOut, summary="Un organisme (id ou SIRET)")
async def get_organisme(ref: str, session: SessionDep) -> Any:
    organisme = await repo.organisme_by_ref(session, ref)
    if organisme is None:
        raise not_found("Organisme", "organisme_introuvable")
    return organisme


@router.patch("/organismes/{ref}", response_model=OrganismeOut, summary="Renommer un organisme")
async def patch_organisme(ref: str, data: OrganismePatch, session: SessionDep, _: RegionWriter) -> Any:
    organisme = await repo.organisme_by_ref(session, ref)
    if organisme is None:
        raise not_found("Organisme", "organisme_introuvable")
    return await service.rename_organisme(session, organisme=organisme, raison_sociale=data.raison_sociale)


async def _marche_out(session: SessionDep, marche: Marche) -> dict[str, Any]:
    dispositif = (await rows(session, "dispositifs")).get(marche.dispositif)
    return {**marche.model_dump(), "programme": dispositif.parent if dispositif else None}


@router.post("/marches", status_code=201, response_model=MarcheOut, summary="Créer un marché")
async def create_marche(data: MarcheIn, session: SessionDep, _: RegionWriter) -> Any:
    return await _marche_out(session, await service.create_marche(session, data=data))


@router.get("/marches", response_model=Page[MarcheOut], summary="Marchés")
async def list_marches(session: SessionDep, paging: Paging, dispositif: str | None = None) -> Any:
    items, total = await repo.list_marches(session, paging, dispositif=dispositif)
    out = [await _marche_out(session, m) for m in items]
    return {"items": out, "total": total, "page": paging.page, "limit": paging.limit}


@router.get("/marches/{marche_id}", response_model=MarcheOut, summary="Un marché")
async def get_marche(marche_id: uuid.UUID, session: SessionDep) -> Any:
    marche = await session.get(Marche, marche_id)
    if marche is None:
        raise not_found("Marché", "marche_introuvable")
    return await _marche_out(session, marche)


@router.patch("/marches/{marche_id}", response_model=MarcheOut, summary="Modifier un marché")
async def patch_marche(marche_id: uuid.UUID, data: MarchePatch, session: SessionDep, _: RegionWriter) -> Any:
    marche = await session.get(Marche, marche_id)
    if marche is None:
        raise not_found("Marché", "marche_introuvable")
    return await _marche_out(session, await service.update_marche(session, marche=marche, data=data))


@router.post("/lots", status_code=201, response_model=LotOut, summary="Créer un lot")
async def create_lot(data: LotIn, session: SessionDep, _: RegionWriter) -> Any:
    lot = await service.create_lot(session, data=data)
    return await service.lot_view(session, lot_id=lot.id)


@router.get("/lots", response_model=Page[LotOut], summary="Lots (filtres)")
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


@router.get("/lots/{lot_id}", response_model=LotOut, summary="Un lot")
async def get_lot(lot_id: uuid.UUID, session: SessionDep) -> Any:
    return await service.lot_view(session, lot_id=lot_id)


@router.patch("/lots/{lot_id}", response_model=LotOut, summary="Modifier un lot")
async def patch_lot(lot_id: uuid.UUID, data: LotPatch, session: SessionDep, _: RegionWriter) -> Any:
    lot = await session.get(Lot, lot_id)
    if lot is None:
        raise not_found("Lot", "lot_introuvable")
    await service.update_lot(session, lot=lot, data=data)
    return await service.lot_view(session, lot_id=lot_id)
