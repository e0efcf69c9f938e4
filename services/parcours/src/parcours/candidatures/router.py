"""HTTP of candidatures: each route hands its input to a use case of `service` (which commits)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from parcours import errors as E
from parcours.candidatures import service
from parcours.candidatures.schemas import (
    CandidatureIn,
    CandidatureOut,
    ReworkIn,
)
from parcours.clients.catalogue import CatalogueDep
from parcours.common.access import Prescriber, Reader
from parcours.db import Idempotent
from parcours.settings import SettingsDep
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["candidatures"])
TRI = (
    "Ordre : `a_traiter` (TRANSMISE et EN_POSITIONNEMENT d'abord, la plus ancienne date de candidature en "
    "tête), `date_candidature`, `-date_candidature`, `enregistree_le`, `-enregistree_le` (par défaut)."
)
CREATED: dict[int | str, dict[str, Any]] = {201: {"model": CandidatureOut}}
SENT = {**CREATED, **problem_responses(*E.SEND)}
REWORKED = {
    **CREATED,
    **problem_responses(*E.SEND, E.CandidatureIntrouvable, E.TransitionInterdite, E.DejaRetravaillee),
}


@router.post("/candidatures", status_code=201, responses=SENT, summary="Envoyer une candidature")
async def create_candidature(
    session: SessionDep,
    principal: Prescriber,
    data: CandidatureIn,
    catalogue: CatalogueDep,
    settings: SettingsDep,
    once: Idempotent,
) -> CandidatureOut:
    pepper = settings.nir_pepper.get_secret_value()
    return await service.send(
        session, catalogue, principal=principal, data=data, pepper=pepper, keep=once.keep
    )


@router.post(
    "/candidatures/{candidature_id}/retravail",
    status_code=201,
    responses=REWORKED,
    summary="Retravailler une candidature refusée en une nouvelle",
)
async def rework_candidature(
    session: SessionDep,
    principal: Prescriber,
    candidature_id: uuid.UUID,
    data: ReworkIn,
    catalogue: CatalogueDep,
    settings: SettingsDep,
    once: Idempotent,
) -> CandidatureOut:
    pepper = settings.nir_pepper.get_secret_value()
    return await service.rework(
        session,
        catalogue,
        principal=principal,
        candidature_id=candidature_id,
        data=data,
        pepper=pepper,
        keep=once.keep,
    )


@router.get(
    "/candidatures",
    response_model=Page[CandidatureOut],
    responses=problem_responses(*E.READ),
    summary="Candidatures visibles",
)
async def list_candidatures(
    session: SessionDep,
    principal: Reader,
    params: Annotated[PageParams, Depends(page_params)],
    statut: str | None = None,
    session_id: uuid.UUID | None = None,
    stagiaire_id: uuid.UUID | None = None,
    tri: Annotated[str, Query(description=TRI)] = "-enregistree_le",
) -> Page[CandidatureOut]:
    return await service.listing(
        session,
        principal=principal,
        params=params,
        statut=statut,
        session_id=session_id,
        stagiaire_id=stagiaire_id,
        tri=tri,
    )


@router.get(
    "/candidatures/{candidature_id}",
    response_model=CandidatureOut,
    responses=problem_responses(*E.AUTH, E.CandidatureIntrouvable),
    summary="Une candidature",
)
async def get_candidature(
    session: SessionDep, principal: Reader, candidature_id: uuid.UUID
) -> CandidatureOut:
    return await service.read(session, principal=principal, candidature_id=candidature_id)
