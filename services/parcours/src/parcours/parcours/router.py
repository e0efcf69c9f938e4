"""HTTP of parcours: each route hands its input to a use case of `service` (which commits)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from parcours import errors as E
from parcours.clients.catalogue import CatalogueDep
from parcours.common.access import Declarer, Reader
from parcours.db import Idempotent
from parcours.parcours import service
from parcours.parcours.schemas import EntreeIn, ParcoursOut
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["parcours"])


@router.post(
    "/candidatures/{candidature_id}/entree",
    status_code=201,
    response_model=ParcoursOut,
    responses=problem_responses(
        *E.CANDIDATURE, E.DejaEntree, E.SessionIntrouvable, E.ReservationInvalide, E.CatalogueIndisponible
    ),
    summary="Déclarer l'entrée en formation (OF) avec le contrat individuel",
)
async def enter(
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: EntreeIn,
    catalogue: CatalogueDep,
    once: Idempotent,
) -> ParcoursOut:
    return await service.enter(
        session, catalogue, principal=principal, candidature_id=candidature_id, data=data, keep=once.keep
    )


@router.get(
    "/parcours",
    response_model=Page[ParcoursOut],
    responses=problem_responses(*E.READ),
    summary="Parcours visibles",
)
async def list_parcours(
    session: SessionDep,
    principal: Reader,
    params: Annotated[PageParams, Depends(page_params)],
    statut: str | None = None,
    session_id: uuid.UUID | None = None,
    stagiaire_id: uuid.UUID | None = None,
    organisme: str | None = None,
) -> Page[ParcoursOut]:
    return await service.listing(
        session,
        principal=principal,
        params=params,
        statut=statut,
        session_id=session_id,
        stagiaire_id=stagiaire_id,
        organisme=organisme,
    )


@router.get(
    "/parcours/{parcours_id}",
    response_model=ParcoursOut,
    responses=problem_responses(*E.AUTH, E.ParcoursIntrouvable),
    summary="Un parcours",
)
async def get_parcours(session: SessionDep, principal: Reader, parcours_id: uuid.UUID) -> ParcoursOut:
    return await service.read(session, principal=principal, parcours_id=parcours_id)
