"""HTTP: organismes and marchés. Writes are the Région's; reads are public."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from catalog.common.auth import RegionWriter
from catalog.common.referentiels import rows
from catalog.errors import (
    READ,
    WRITE,
    MarcheExistant,
    MarcheIntrouvable,
    OrganismeExistant,
    OrganismeIntrouvable,
)
from catalog.offre import repository as repo
from catalog.offre import service
from catalog.offre.models import Marche
from catalog.offre.schemas import (
    MarcheIn,
    MarcheOut,
    MarchePatch,
    OrganismeIn,
    OrganismeOut,
    OrganismePatch,
)
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["offre"])
Paging = Annotated[PageParams, Depends(page_params)]


@router.post(
    "/organismes",
    status_code=201,
    response_model=OrganismeOut,
    summary="Déclarer un organisme",
    responses=problem_responses(*WRITE, OrganismeExistant),
)
async def create_organisme(data: OrganismeIn, session: SessionDep, _: RegionWriter) -> Any:
    return await service.create_organisme(session, data=data)


@router.get(
    "/organismes",
    response_model=Page[OrganismeOut],
    summary="Organismes de formation",
    responses=problem_responses(*READ),
)
async def list_organismes(
    session: SessionDep, paging: Paging, q: str | None = None, siret: str | None = None
) -> Any:
    items, total = await repo.list_organismes(session, paging, q=q, siret=siret)
    return {"items": items, "total": total, "page": paging.page, "limit": paging.limit}


@router.get(
    "/organismes/{ref}",
    response_model=OrganismeOut,
    summary="Un organisme (id ou SIRET)",
    responses=problem_responses(*READ, OrganismeIntrouvable),
)
async def get_organisme(ref: str, session: SessionDep) -> Any:
    organisme = await repo.organisme_by_ref(session, ref)
    if organisme is None:
        raise OrganismeIntrouvable("Organisme introuvable.")
    return organisme


@router.patch(
    "/organismes/{ref}",
    response_model=OrganismeOut,
    summary="Renommer un organisme",
    responses=problem_responses(*WRITE, OrganismeIntrouvable),
)
async def patch_organisme(ref: str, data: OrganismePatch, session: SessionDep, _: RegionWriter) -> Any:
    organisme = await repo.organisme_by_ref(session, ref)
    if organisme is None:
        raise OrganismeIntrouvable("Organisme introuvable.")
    return await service.rename_organisme(session, organisme=organisme, raison_sociale=data.raison_sociale)


async def _marche_out(session: SessionDep, marche: Marche) -> dict[str, Any]:
    dispositif = (await rows(session, "dispositifs")).get(marche.dispositif)
    return {**marche.model_dump(), "programme": dispositif.parent if dispositif else None}


@router.post(
    "/marches",
    status_code=201,
    response_model=MarcheOut,
    summary="Créer un marché",
    responses=problem_responses(*WRITE, MarcheExistant),
)
async def create_marche(data: MarcheIn, session: SessionDep, _: RegionWriter) -> Any:
    return await _marche_out(session, await service.create_marche(session, data=data))


@router.get(
    "/marches",
    response_model=Page[MarcheOut],
    summary="Marchés",
    responses=problem_responses(*READ),
)
async def list_marches(session: SessionDep, paging: Paging, dispositif: str | None = None) -> Any:
    items, total = await repo.list_marches(session, paging, dispositif=dispositif)
    out = [await _marche_out(session, m) for m in items]
    return {"items": out, "total": total, "page": paging.page, "limit": paging.limit}


@router.get(
    "/marches/{marche_id}",
    response_model=MarcheOut,
    summary="Un marché",
    responses=problem_responses(*READ, MarcheIntrouvable),
)
async def get_marche(marche_id: uuid.UUID, session: SessionDep) -> Any:
    marche = await session.get(Marche, marche_id)
    if marche is None:
        raise MarcheIntrouvable("Marché introuvable.")
    return await _marche_out(session, marche)


@router.patch(
    "/marches/{marche_id}",
    response_model=MarcheOut,
    summary="Modifier un marché",
    responses=problem_responses(*WRITE, MarcheIntrouvable),
)
async def patch_marche(marche_id: uuid.UUID, data: MarchePatch, session: SessionDep, _: RegionWriter) -> Any:
    marche = await session.get(Marche, marche_id)
    if marche is None:
        raise MarcheIntrouvable("Marché introuvable.")
    return await _marche_out(session, await service.update_marche(session, marche=marche, data=data))
