"""HTTP of parcours: entry (from an accepted candidature), suspension, reprise, exit, follow-ups, reads."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import service as audit
from parcours.candidatures import service as candidatures
from parcours.common import idempotency
from parcours.common.access import Declarer, Follower, Reader, is_owner
from parcours.common.catalogue import Catalogue
from parcours.parcours import repository, rules, service, views
from parcours.parcours.models import Parcours
from parcours.parcours.schemas import STATUTS, EntreeIn, EtapeIn, ParcoursOut, SortieIn, SuiviIn, SuiviOut
from parcours.stagiaires import repository as stagiaires
from servicekit.auth import Principal
from servicekit.db import SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.pagination import Page, PageParams, page_params, paginate
from servicekit.problems import Problem, invalid

router = APIRouter(prefix="/v1", tags=["parcours"])


@router.post(
    "/candidatures/{candidature_id}/entree",
    status_code=201,
    response_model=ParcoursOut,
    summary="Déclarer l'entrée en formation (OF) avec le contrat individuel",
)
async def enter(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: EntreeIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> ParcoursOut:
        candidature = await candidatures.visible(session, principal=principal, candidature_id=candidature_id)
        candidatures.require_status(candidature, "ACCEPTEE")
        if await repository.by_candidature(session, candidature.id) is not None:
            raise Problem(409, "L'entrée de cette candidature est déjà déclarée.", code="deja_entree")
        after = max(candidature.date_candidature, candidature.date_decision or candidature.date_candidature)
        rules.check_entry_dates(
            data, debut=candidature.session_debut, fin=candidature.session_fin, after=after
        )
        catalogue = Catalogue(request.app)
        info = await catalogue.with_modules(await catalogue.session(candidature.session_id))
        person = await stagiaires.get(session, candidature.stagiaire_id)
        modules = rules.check_contract(data, info, clea=bool(person and person.clea))
        await catalogue.confirm(candidature.id)
        row = await service.enter(
            session, principal=principal, candidature=candidature, data=data, modules=modules
        )
        return await views.detail(session, row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=201, action=action
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
    if statut and statut not in STATUTS:
        raise invalid("/statut", f"Statut inconnu : attendu {', '.join(STATUTS)}.")
    stmt = repository.listing(
        principal, statut=statut, session_id=session_id, stagiaire_id=stagiaire_id, organisme=organisme
    )
    rows, total = await paginate(session, stmt, params)
    for row in rows:
        _read(session, principal, row)
    return Page(items=[views.base(r) for r in rows], total=total, page=params.page, limit=params.limit)


def _read(session: SessionDep, principal: Reader, row: Parcours) -> None:
    owner = is_owner(principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret)
    audit.record_read(
        session,
        principal=principal,
        owner=owner,
        objet="parcours",
        objet_id=row.id,
        stagiaire_id=row.stagiaire_id,
    )


@router.get("/parcours/{parcours_id}", response_model=ParcoursOut, summary="Un parcours")
async def get_parcours(session: SessionDep, principal: Reader, parcours_id: uuid.UUID) -> ParcoursOut:
    row = await service.visible(session, principal=principal, parcours_id=parcours_id)
    _read(session, principal, row)
    return await views.detail(session, row)


@router.post("/parcours/{parcours_id}/suspension", response_model=ParcoursOut, summary="Suspendre (OF)")
async def suspend(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    parcours_id: uuid.UUID,
    data: EtapeIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    return await _suspend_or_resume(request, session, principal, parcours_id, data, key, suspend=True)


@router.post("/parcours/{parcours_id}/reprise", response_model=ParcoursOut, summary="Reprendre (OF)")
async def resume(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    parcours_id: uuid.UUID,
    data: EtapeIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    return await _suspend_or_resume(request, session, principal, parcours_id, data, key, suspend=False)


async def _suspend_or_resume(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    parcours_id: uuid.UUID,
    data: EtapeIn,
    key: str | None,
    *,
    suspend: bool,
) -> JSONResponse:
    async def action() -> ParcoursOut:
        row = await service.visible(session, principal=principal, parcours_id=parcours_id)
        await service.suspend_or_resume(session, principal=principal, row=row, data=data, suspend=suspend)
        return await views.detail(session, row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=200, action=action
    )


@router.post("/parcours/{parcours_id}/sortie", response_model=ParcoursOut, summary="Déclarer la sortie (OF)")
async def leave(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    parcours_id: uuid.UUID,
    data: SortieIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> ParcoursOut:
        row = await service.visible(session, principal=principal, parcours_id=parcours_id)
        certification = await service.check_leave(session, row=row, data=data)
        await Catalogue(request.app).release(row.candidature_id, f"sortie {data.type}")
        await service.leave(session, principal=principal, row=row, data=data, certification=certification)
        return await views.detail(session, row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=200, action=action
    )


@router.post(
    "/parcours/{parcours_id}/suivis",
    status_code=201,
    response_model=SuiviOut,
    summary="Enregistrer un suivi à 3, 6 ou 12 mois",
)
async def follow_up(
    request: Request,
    session: SessionDep,
    principal: Follower,
    parcours_id: uuid.UUID,
    data: SuiviIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> SuiviOut:
        row = await service.visible(session, principal=principal, parcours_id=parcours_id)
        suivi = await service.follow_up(session, principal=principal, row=row, data=data)
        return views.suivi_out(suivi)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=201, action=action
    )
