import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from parcours.alertes import repository, service
from parcours.alertes.models import Alerte
from parcours.alertes.schemas import AcquittementIn, AlerteOut
from parcours.common import idempotency
from parcours.common.access import Follower, Reader
from servicekit.db import SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.pagination import Page, PageParams, page_params, paginate
from servicekit.problems import invalid

router = APIRouter(prefix="/v1", tags=["alertes"])


def _out(row: Alerte) -> AlerteOut:
    return AlerteOut(
        id=str(row.id),
        parcours_id=str(row.parcours_id),
        session_id=str(row.session_id),
        valideur_org_id=row.valideur_org_id,
        organisme_siret=row.organisme_siret,
        regle=row.regle,
        date=row.date,
        detail=row.detail,
        statut=row.statut,
        commentaire=row.commentaire,
        traitee_par=row.traitee_par,
        traitee_le=row.traitee_le,
        levee_le=row.recorded_at,
    )


@router.get("/alertes", response_model=Page[AlerteOut], summary="Alertes d'assiduité visibles")
async def list_alertes(
    session: SessionDep,
    principal: Reader,
    params: Annotated[PageParams, Depends(page_params)],
    statut: str | None = None,
    parcours_id: uuid.UUID | None = None,
) -> Page[AlerteOut]:
    if statut and statut not in ("OUVERTE", "TRAITEE"):
        raise invalid("/statut", "Statut inconnu : attendu OUVERTE ou TRAITEE.")
    rows, total = await paginate(
        session, repository.listing(principal, statut=statut, parcours_id=parcours_id), params
    )
    return Page(items=[_out(r) for r in rows], total=total, page=params.page, limit=params.limit)


@router.post(
    "/alertes/{alerte_id}/acquittement",
    response_model=AlerteOut,
    summary="Indiquer ce qui a été fait (OF ou valideur prescripteur)",
)
async def acknowledge(
    request: Request,
    session: SessionDep,
    principal: Follower,
    alerte_id: uuid.UUID,
    data: AcquittementIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> AlerteOut:
        row = await service.acknowledge(
            session, principal=principal, alerte_id=alerte_id, commentaire=data.commentaire
        )
        return _out(row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=200, action=action
    )
