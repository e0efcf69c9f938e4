"""HTTP of the OF's positioning and decision and the valideur's cancellation (use cases in `service`)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from parcours import errors as E
from parcours.candidatures import service
from parcours.candidatures.schemas import (
    AnnulationIn,
    CandidatureOut,
    DecisionIn,
    PositionnementIn,
)
from parcours.clients.catalogue import CatalogueDep
from parcours.common.access import Declarer, Prescriber
from parcours.db import Idempotent
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["candidatures"])
CREATED: dict[int | str, dict[str, Any]] = {201: {"model": CandidatureOut}}
SENT = {**CREATED, **problem_responses(*E.SEND)}
REWORKED = {
    **CREATED,
    **problem_responses(*E.SEND, E.CandidatureIntrouvable, E.TransitionInterdite, E.DejaRetravaillee),
}


@router.post(
    "/candidatures/{candidature_id}/positionnement",
    response_model=CandidatureOut,
    responses=problem_responses(*E.CANDIDATURE),
    summary="Mettre en positionnement (OF)",
)
async def position(
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: PositionnementIn,
    once: Idempotent,
) -> CandidatureOut:
    return await service.position(
        session, principal=principal, candidature_id=candidature_id, data=data, keep=once.keep
    )


@router.post(
    "/candidatures/{candidature_id}/decision",
    response_model=CandidatureOut,
    responses=problem_responses(*E.CANDIDATURE, E.ReservationInvalide, E.CatalogueIndisponible),
    summary="Accepter ou refuser (OF)",
)
async def decide(
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: DecisionIn,
    catalogue: CatalogueDep,
    once: Idempotent,
) -> CandidatureOut:
    return await service.decide(
        session, catalogue, principal=principal, candidature_id=candidature_id, data=data, keep=once.keep
    )


@router.post(
    "/candidatures/{candidature_id}/annulation",
    response_model=CandidatureOut,
    responses=problem_responses(*E.CANDIDATURE, E.HorsPerimetre, E.CatalogueIndisponible),
    summary="Annuler (valideur prescripteur)",
)
async def cancel(
    session: SessionDep,
    principal: Prescriber,
    candidature_id: uuid.UUID,
    data: AnnulationIn,
    catalogue: CatalogueDep,
    once: Idempotent,
) -> CandidatureOut:
    return await service.cancel(
        session, catalogue, principal=principal, candidature_id=candidature_id, data=data, keep=once.keep
    )
