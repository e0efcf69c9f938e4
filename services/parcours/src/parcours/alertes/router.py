"""HTTP of alerts: the list, and the acknowledgement handed to `service` (which commits)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from parcours import errors as E
from parcours.alertes import service
from parcours.alertes.schemas import AcquittementIn, AlerteOut
from parcours.common.access import Follower, Reader
from parcours.db import Idempotent
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["alertes"])


@router.get(
    "/alertes",
    response_model=Page[AlerteOut],
    responses=problem_responses(*E.READ),
    summary="Alertes d'assiduité visibles",
)
async def list_alertes(
    session: SessionDep,
    principal: Reader,
    params: Annotated[PageParams, Depends(page_params)],
    statut: str | None = None,
    parcours_id: uuid.UUID | None = None,
) -> Page[AlerteOut]:
    return await service.listing(
        session, principal=principal, params=params, statut=statut, parcours_id=parcours_id
    )


@router.post(
    "/alertes/{alerte_id}/acquittement",
    response_model=AlerteOut,
    responses=problem_responses(*E.WRITE, E.AlerteIntrouvable, E.AlerteDejaTraitee),
    summary="Indiquer ce qui a été fait (OF ou valideur prescripteur)",
)
async def acknowledge(
    session: SessionDep, principal: Follower, alerte_id: uuid.UUID, data: AcquittementIn, once: Idempotent
) -> AlerteOut:
    return await service.acknowledge(
        session, principal=principal, alerte_id=alerte_id, commentaire=data.commentaire, keep=once.keep
    )
