"""HTTP of parcours: each route hands its input to a use case of `service` (which commits)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from parcours.clients.catalogue import CatalogueDep
from parcours.common.access import Declarer, Follower, Reader
from parcours.common.idempotency import Idempotent
from parcours.parcours import service
from parcours.parcours.schemas import EntreeIn, EtapeIn, ParcoursOut, SortieIn, SuiviIn, SuiviOut
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params

router = APIRouter(prefix="/v1", tags=["parcours"])


@router.post(
    "/candidatures/{candidature_id}/entree",
    status_code=201,
    response_model=ParcoursOut,
    summary="Déclarer l'entrée en formation (OF) avec le contrat individuel",
)
async def enter(
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: EntreeIn,
    catalogue: CatalogueDep,
    once: Idempotent,
) -> JSONResponse:
    return await once.run(
        201,
        data,
        lambda keep: service.enter(
            session, catalogue, principal=principal, candidature_id=candidature_id, data=data, keep=keep
        ),
    )


@router.get("/parcours", response_model=Page[ParcoursOut], summary="Parcours visibles")
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


@router.get("/parcours/{parcours_id}", response_model=ParcoursOut, summary="Un parcours")
async def get_parcours(session: SessionDep, principal: Reader, parcours_id: uuid.UUID) -> ParcoursOut:
    return await service.read(session, principal=principal, parcours_id=parcours_id)


@router.post("/parcours/{parcours_id}/suspension", response_model=ParcoursOut, summary="Suspendre (OF)")
async def suspend(
    session: SessionDep, principal: Declarer, parcours_id: uuid.UUID, data: EtapeIn, once: Idempotent
) -> JSONResponse:
    return await once.run(
        200,
        data,
        lambda keep: service.suspend(
            session, principal=principal, parcours_id=parcours_id, data=data, keep=keep
        ),
    )


@router.post("/parcours/{parcours_id}/reprise", response_model=ParcoursOut, summary="Reprendre (OF)")
async def resume(
    session: SessionDep, principal: Declarer, parcours_id: uuid.UUID, data: EtapeIn, once: Idempotent
) -> JSONResponse:
    return await once.run(
        200,
        data,
        lambda keep: service.resume(
            session, principal=principal, parcours_id=parcours_id, data=data, keep=keep
        ),
    )


@router.post("/parcours/{parcours_id}/sortie", response_model=ParcoursOut, summary="Déclarer la sortie (OF)")
async def leave(
    session: SessionDep,
    principal: Declarer,
    parcours_id: uuid.UUID,
    data: SortieIn,
    catalogue: CatalogueDep,
    once: Idempotent,
) -> JSONResponse:
    return await once.run(
        200,
        data,
        lambda keep: service.leave(
            session, catalogue, principal=principal, parcours_id=parcours_id, data=data, keep=keep
        ),
    )


@router.post(
    "/parcours/{parcours_id}/suivis",
    status_code=201,
    response_model=SuiviOut,
    summary="Enregistrer un suivi à 3, 6 ou 12 mois",
)
async def follow_up(
    session: SessionDep, principal: Follower, parcours_id: uuid.UUID, data: SuiviIn, once: Idempotent
) -> JSONResponse:
    return await once.run(
        201,
        data,
        lambda keep: service.follow_up(
            session, principal=principal, parcours_id=parcours_id, data=data, keep=keep
        ),
    )
