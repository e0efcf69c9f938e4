"""HTTP of a parcours' steps: suspension, reprise, exit, follow-ups (use cases in `service`)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from parcours import errors as E
from parcours.clients.catalogue import CatalogueDep
from parcours.common.access import Declarer, Follower
from parcours.db import Idempotent
from parcours.parcours import service
from parcours.parcours.schemas import EtapeIn, ParcoursOut, SortieIn, SuiviIn, SuiviOut
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["parcours"])


@router.post(
    "/parcours/{parcours_id}/suspension",
    response_model=ParcoursOut,
    responses=problem_responses(*E.PARCOURS),
    summary="Suspendre (OF)",
)
async def suspend(
    session: SessionDep, principal: Declarer, parcours_id: uuid.UUID, data: EtapeIn, once: Idempotent
) -> ParcoursOut:
    return await service.suspend(
        session, principal=principal, parcours_id=parcours_id, data=data, keep=once.keep
    )


@router.post(
    "/parcours/{parcours_id}/reprise",
    response_model=ParcoursOut,
    responses=problem_responses(*E.PARCOURS),
    summary="Reprendre (OF)",
)
async def resume(
    session: SessionDep, principal: Declarer, parcours_id: uuid.UUID, data: EtapeIn, once: Idempotent
) -> ParcoursOut:
    return await service.resume(
        session, principal=principal, parcours_id=parcours_id, data=data, keep=once.keep
    )


@router.post(
    "/parcours/{parcours_id}/sortie",
    response_model=ParcoursOut,
    responses=problem_responses(*E.PARCOURS, E.CatalogueIndisponible),
    summary="Déclarer la sortie (OF)",
)
async def leave(
    session: SessionDep,
    principal: Declarer,
    parcours_id: uuid.UUID,
    data: SortieIn,
    catalogue: CatalogueDep,
    once: Idempotent,
) -> ParcoursOut:
    return await service.leave(
        session, catalogue, principal=principal, parcours_id=parcours_id, data=data, keep=once.keep
    )


@router.post(
    "/parcours/{parcours_id}/suivis",
    status_code=201,
    response_model=SuiviOut,
    responses=problem_responses(*E.PARCOURS, E.HorizonNonAtteint),
    summary="Enregistrer un suivi à 3, 6 ou 12 mois",
)
async def follow_up(
    session: SessionDep, principal: Follower, parcours_id: uuid.UUID, data: SuiviIn, once: Idempotent
) -> SuiviOut:
    return await service.follow_up(
        session, principal=principal, parcours_id=parcours_id, data=data, keep=once.keep
    )
