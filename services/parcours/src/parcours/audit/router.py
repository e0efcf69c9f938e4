import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from parcours import errors as E
from parcours.audit import repository, verification
from parcours.audit.models import AuditEntry
from parcours.audit.schemas import AuditOut, VerificationOut
from parcours.common.access import Auditor
from servicekit.db import SessionDep
from servicekit.pagination import Page, PageParams, page_params, paginate
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["audit"])


@router.get(
    "/audit",
    response_model=Page[AuditOut],
    responses=problem_responses(*E.READ),
    summary="Journal d'audit (Région)",
)
async def list_audit(
    session: SessionDep,
    _: Auditor,
    params: Annotated[PageParams, Depends(page_params)],
    stagiaire_id: uuid.UUID | None = None,
    objet_id: str | None = None,
    action: str | None = None,
    acteur_org: str | None = None,
    depuis: Annotated[datetime | None, Query()] = None,
) -> Page[AuditOut]:
    stmt = repository.listing(
        stagiaire_id=stagiaire_id, objet_id=objet_id, action=action, acteur_org=acteur_org, depuis=depuis
    )
    rows, total = await paginate(session, stmt, params)
    return Page(items=[_out(r) for r in rows], total=total, page=params.page, limit=params.limit)


@router.get(
    "/audit/verification",
    response_model=VerificationOut,
    responses=problem_responses(*E.READ),
    summary="Vérifier la chaîne d'empreintes du journal d'audit (Région)",
)
async def verify_audit(session: SessionDep, _: Auditor) -> VerificationOut:
    return await verification.verify(session)


def _out(row: AuditEntry) -> AuditOut:
    return AuditOut(
        id=str(row.id),
        at=row.at,
        acteur=row.acteur,
        acteur_role=row.acteur_role,
        acteur_org=row.acteur_org,
        action=row.action,
        objet=row.objet,
        objet_id=row.objet_id,
        stagiaire_id=str(row.stagiaire_id) if row.stagiaire_id else None,
        detail=row.detail,
    )
