"""HTTP of candidatures: the hold is taken before anything is stored, and released if storing fails."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import service as audit
from parcours.candidatures import repository, service, views
from parcours.candidatures.schemas import (
    STATUTS,
    AnnulationIn,
    CandidatureIn,
    CandidatureOut,
    DecisionIn,
    PositionnementIn,
    ReworkIn,
)
from parcours.common import idempotency
from parcours.common.access import Declarer, Prescriber, Reader, forbid_unless, is_owner
from parcours.common.catalogue import Catalogue
from parcours.common.dates import today
from parcours.settings import ParcoursSettings
from parcours.stagiaires import repository as stagiaires_repo
from parcours.stagiaires.schemas import StagiaireIn
from servicekit.auth import Principal
from servicekit.db import SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.pagination import Page, PageParams, page_params, paginate
from servicekit.problems import Problem, invalid

router = APIRouter(prefix="/v1", tags=["candidatures"])
CREATED: dict[int | str, dict[str, Any]] = {201: {"model": CandidatureOut}}


def _settings(request: Request) -> ParcoursSettings:
    settings: ParcoursSettings = request.app.state.settings
    return settings


async def _send(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    data: CandidatureIn,
    key: str | None,
    origine_id: uuid.UUID | None = None,
) -> JSONResponse:
    catalogue = Catalogue(request.app)
    candidature_id = uuid.uuid4()
    held: list[uuid.UUID] = []

    async def action() -> tuple[int, Any]:
        info = await catalogue.session(data.session_id)
        service.check_candidature_date(data.date_candidature or today(), info)
        await catalogue.hold(data.session_id, candidature_id, data.date_candidature)
        held.append(candidature_id)
        row = await service.create(
            session,
            principal=principal,
            candidature_id=candidature_id,
            data=data,
            info=info,
            pepper=_settings(request).nir_pepper.get_secret_value(),
            origine_id=origine_id,
        )
        return 201, await views.detail(session, row)

    try:
        answer = await idempotency.run(
            session,
            principal=principal,
            key=key,
            route=request.url.path,
            body=data.model_dump_json().encode(),
            action=action,
        )
        await session.commit()
    except BaseException:
        await session.rollback()
        if held:
            await catalogue.release_quietly(candidature_id, "candidature non enregistrée")
        raise
    return answer


@router.post("/candidatures", status_code=201, responses=CREATED, summary="Envoyer une candidature")
async def create_candidature(
    request: Request,
    session: SessionDep,
    principal: Prescriber,
    data: CandidatureIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    return await _send(request, session, principal, data, key)


@router.post(
    "/candidatures/{candidature_id}/retravail",
    status_code=201,
    responses=CREATED,
    summary="Retravailler une candidature refusée en une nouvelle",
)
async def rework_candidature(
    request: Request,
    session: SessionDep,
    principal: Prescriber,
    candidature_id: uuid.UUID,
    data: ReworkIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    first = await service.visible(session, principal=principal, candidature_id=candidature_id)
    service.require_status(first, "REFUSEE")
    if await repository.suite_of(session, first.id) is not None:
        raise Problem(409, "Cette candidature a déjà été retravaillée.", code="deja_retravaillee")
    person = await stagiaires_repo.get(session, first.stagiaire_id)
    assert person is not None
    stagiaire = data.stagiaire or _stagiaire_in(person)
    new = CandidatureIn(
        session_id=data.session_id or first.session_id,
        stagiaire=stagiaire,
        projet_valide=True,
        message=data.message,
        date_candidature=data.date_candidature,
    )
    origine_id = first.id
    await session.rollback()  # nothing written yet: free the SQLite lock before calling the catalogue
    return await _send(request, session, principal, new, key, origine_id=origine_id)


def _stagiaire_in(person: Any) -> StagiaireIn:
    fields = StagiaireIn.model_fields.keys() - {"nir"}
    return StagiaireIn(**{name: getattr(person, name) for name in fields})


@router.get("/candidatures", response_model=Page[CandidatureOut], summary="Candidatures visibles")
async def list_candidatures(
    session: SessionDep,
    principal: Reader,
    params: Annotated[PageParams, Depends(page_params)],
    statut: str | None = None,
    session_id: uuid.UUID | None = None,
    stagiaire_id: uuid.UUID | None = None,
) -> Page[CandidatureOut]:
    if statut and statut not in STATUTS:
        raise invalid("/statut", f"Statut inconnu : attendu {', '.join(STATUTS)}.")
    stmt = repository.listing(principal, statut=statut, session_id=session_id, stagiaire_id=stagiaire_id)
    rows, total = await paginate(session, stmt, params)
    for row in rows:
        owner = is_owner(principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret)
        audit.record_read(
            session,
            principal=principal,
            owner=owner,
            objet="candidature",
            objet_id=row.id,
            stagiaire_id=row.stagiaire_id,
        )
    items = await views.listing(session, rows)
    return Page(items=items, total=total, page=params.page, limit=params.limit)


@router.get("/candidatures/{candidature_id}", response_model=CandidatureOut, summary="Une candidature")
async def get_candidature(
    session: SessionDep, principal: Reader, candidature_id: uuid.UUID
) -> CandidatureOut:
    row = await service.visible(session, principal=principal, candidature_id=candidature_id)
    owner = is_owner(principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret)
    audit.record_read(
        session,
        principal=principal,
        owner=owner,
        objet="candidature",
        objet_id=row.id,
        stagiaire_id=row.stagiaire_id,
    )
    return await views.detail(session, row)


@router.post(
    "/candidatures/{candidature_id}/positionnement",
    response_model=CandidatureOut,
    summary="Mettre en positionnement (OF)",
)
async def position(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: PositionnementIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> CandidatureOut:
        row = await service.visible(session, principal=principal, candidature_id=candidature_id)
        service.require_status(row, "TRANSMISE")
        day = service.effective_date(row, data.date)
        await service.transition(
            session, principal=principal, row=row, statut="EN_POSITIONNEMENT", day=day, message=data.message
        )
        return await views.detail(session, row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=200, action=action
    )


@router.post(
    "/candidatures/{candidature_id}/decision",
    response_model=CandidatureOut,
    summary="Accepter ou refuser (OF)",
)
async def decide(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    candidature_id: uuid.UUID,
    data: DecisionIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> CandidatureOut:
        service.check_decision(data)
        row = await service.visible(session, principal=principal, candidature_id=candidature_id)
        service.require_status(row, "TRANSMISE", "EN_POSITIONNEMENT")
        day = service.effective_date(row, data.date)
        if data.decision == "REFUSEE":
            await Catalogue(request.app).release(row.id, f"refus {data.motif}")
        else:  # accepted: the place must not expire any more
            await Catalogue(request.app).accept(row.id)
        await service.transition(
            session,
            principal=principal,
            row=row,
            statut=data.decision,
            day=day,
            motif=data.motif,
            message=data.message,
        )
        return await views.detail(session, row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=200, action=action
    )


@router.post(
    "/candidatures/{candidature_id}/annulation",
    response_model=CandidatureOut,
    summary="Annuler (valideur prescripteur)",
)
async def cancel(
    request: Request,
    session: SessionDep,
    principal: Prescriber,
    candidature_id: uuid.UUID,
    data: AnnulationIn,
    key: IdempotencyKey = None,
) -> JSONResponse:
    async def action() -> CandidatureOut:
        row = await service.visible(session, principal=principal, candidature_id=candidature_id)
        forbid_unless(principal.org_id == row.valideur_org_id, "Seul le valideur prescripteur peut annuler.")
        service.require_status(row, "TRANSMISE", "EN_POSITIONNEMENT", "ACCEPTEE")
        day = service.effective_date(row, data.date)
        await Catalogue(request.app).release(row.id, "annulation")
        await service.transition(
            session, principal=principal, row=row, statut="ANNULEE", day=day, message=data.message
        )
        return await views.detail(session, row)

    return await idempotency.once(
        session, principal=principal, key=key, route=request.url.path, data=data, status=200, action=action
    )
