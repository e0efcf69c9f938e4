"""Candidature use cases: the order of the catalogue calls, the records, the commit and the compensation.

Each write use case ends with `commit(session, answer, keep)`: `keep` stores what the caller wants
committed with the change (the idempotent answer). The catalogue client is a parameter, so a test can
hand in a fake.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import service as audit
from parcours.candidatures import repository, rules, views
from parcours.candidatures.models import Candidature
from parcours.candidatures.records import create, transition
from parcours.candidatures.schemas import (
    STATUTS,
    AnnulationIn,
    CandidatureIn,
    CandidatureOut,
    DecisionIn,
    PositionnementIn,
    ReworkIn,
)
from parcours.clients.catalogue import CatalogueClient
from parcours.common.access import can_see, forbid_unless, is_owner
from parcours.common.dates import today
from parcours.common.transaction import Keep, commit, keep_nothing
from parcours.errors import CandidatureIntrouvable, DejaRetravaillee, invalid
from parcours.stagiaires import repository as stagiaires_repo
from parcours.stagiaires.schemas import StagiaireIn
from servicekit.auth import Principal
from servicekit.pagination import Page, PageParams, paginate

__all__ = ["create", "transition", "visible"]  # the demo records through these too


async def visible(session: AsyncSession, *, principal: Principal, candidature_id: uuid.UUID) -> Candidature:
    row = await repository.get(session, candidature_id)
    if row is None or not can_see(
        principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret
    ):
        raise CandidatureIntrouvable("Candidature introuvable.")
    return row


async def send(
    session: AsyncSession,
    catalogue: CatalogueClient,
    *,
    principal: Principal,
    data: CandidatureIn,
    pepper: str,
    origine_id: uuid.UUID | None = None,
    keep: Keep = keep_nothing,
) -> CandidatureOut:
    """Session read → date check → hold → store → commit; the hold is released if storing fails."""
    rules.check_age(data.stagiaire.date_naissance, data.date_candidature or today())
    info = await catalogue.session(data.session_id)
    rules.check_candidature_date(data.date_candidature or today(), info)
    candidature_id = uuid.uuid4()
    await catalogue.hold(data.session_id, candidature_id, data.date_candidature)
    try:
        row = await create(
            session,
            principal=principal,
            candidature_id=candidature_id,
            data=data,
            info=info,
            pepper=pepper,
            origine_id=origine_id,
        )
        return await commit(session, await views.detail(session, row), keep)
    except BaseException:
        await session.rollback()
        await catalogue.release_quietly(candidature_id, "candidature non enregistrée")
        raise


async def rework(
    session: AsyncSession,
    catalogue: CatalogueClient,
    *,
    principal: Principal,
    candidature_id: uuid.UUID,
    data: ReworkIn,
    pepper: str,
    keep: Keep = keep_nothing,
) -> CandidatureOut:
    """A refused candidature sent again as a new one (once), linked to the first by `origine_id`."""
    first = await visible(session, principal=principal, candidature_id=candidature_id)
    rules.require_status(first, "REFUSEE")
    if await repository.suite_of(session, first.id) is not None:
        raise DejaRetravaillee("Cette candidature a déjà été retravaillée.")
    person = await stagiaires_repo.get(session, first.stagiaire_id)
    assert person is not None
    new = CandidatureIn(
        session_id=data.session_id or first.session_id,
        stagiaire=data.stagiaire or _stagiaire_in(person),
        projet_valide=True,
        message=data.message,
        date_candidature=data.date_candidature,
    )
    origine_id = first.id
    await session.rollback()  # nothing written yet: free the SQLite lock before calling the catalogue
    return await send(
        session, catalogue, principal=principal, data=new, pepper=pepper, origine_id=origine_id, keep=keep
    )


def _stagiaire_in(person: Any) -> StagiaireIn:
    fields = StagiaireIn.model_fields.keys() - {"nir"}
    return StagiaireIn(**{name: getattr(person, name) for name in fields})


async def position(
    session: AsyncSession,
    *,
    principal: Principal,
    candidature_id: uuid.UUID,
    data: PositionnementIn,
    keep: Keep = keep_nothing,
) -> CandidatureOut:
    row = await visible(session, principal=principal, candidature_id=candidature_id)
    rules.require_status(row, "TRANSMISE")
    day = rules.effective_date(row, data.date)
    await transition(
        session, principal=principal, row=row, statut="EN_POSITIONNEMENT", day=day, message=data.message
    )
    return await commit(session, await views.detail(session, row), keep)


async def decide(
    session: AsyncSession,
    catalogue: CatalogueClient,
    *,
    principal: Principal,
    candidature_id: uuid.UUID,
    data: DecisionIn,
    keep: Keep = keep_nothing,
) -> CandidatureOut:
    """The catalogue first (release on refusal; no expiry on acceptance), then the change."""
    rules.check_decision(data)
    row = await visible(session, principal=principal, candidature_id=candidature_id)
    rules.require_status(row, "TRANSMISE", "EN_POSITIONNEMENT")
    day = rules.effective_date(row, data.date)
    if data.decision == "REFUSEE":
        await catalogue.release(row.id, f"refus {data.motif}")
    else:
        await catalogue.accept(row.id)
    await transition(
        session,
        principal=principal,
        row=row,
        statut=data.decision,
        day=day,
        motif=data.motif,
        message=data.message,
    )
    return await commit(session, await views.detail(session, row), keep)


async def cancel(
    session: AsyncSession,
    catalogue: CatalogueClient,
    *,
    principal: Principal,
    candidature_id: uuid.UUID,
    data: AnnulationIn,
    keep: Keep = keep_nothing,
) -> CandidatureOut:
    row = await visible(session, principal=principal, candidature_id=candidature_id)
    forbid_unless(principal.org_id == row.valideur_org_id, "Seul le valideur prescripteur peut annuler.")
    rules.require_status(row, "TRANSMISE", "EN_POSITIONNEMENT", "ACCEPTEE")
    day = rules.effective_date(row, data.date)
    await catalogue.release(row.id, "annulation")
    await transition(session, principal=principal, row=row, statut="ANNULEE", day=day, message=data.message)
    return await commit(session, await views.detail(session, row), keep)


async def read(session: AsyncSession, *, principal: Principal, candidature_id: uuid.UUID) -> CandidatureOut:
    row = await visible(session, principal=principal, candidature_id=candidature_id)
    _audit_read(session, principal, row)
    return await commit(session, await views.detail(session, row), keep_nothing)


async def listing(
    session: AsyncSession,
    *,
    principal: Principal,
    params: PageParams,
    statut: str | None,
    session_id: uuid.UUID | None,
    stagiaire_id: uuid.UUID | None,
    tri: str = "-enregistree_le",
) -> Page[CandidatureOut]:
    if statut and statut not in STATUTS:
        raise invalid("/statut", f"Statut inconnu : attendu {', '.join(STATUTS)}.")
    if tri not in repository.ORDERS:
        raise invalid("/tri", f"Tri inconnu : attendu {', '.join(repository.ORDERS)}.")
    stmt = repository.listing(
        principal, statut=statut, session_id=session_id, stagiaire_id=stagiaire_id, tri=tri
    )
    rows, total = await paginate(session, stmt, params)
    for row in rows:
        _audit_read(session, principal, row)
    items = await views.listing(session, rows)
    page = Page(items=items, total=total, page=params.page, limit=params.limit)
    return await commit(session, page, keep_nothing)


def _audit_read(session: AsyncSession, principal: Principal, row: Candidature) -> None:
    owner = is_owner(principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret)
    audit.record_read(
        session,
        principal=principal,
        owner=owner,
        objet="candidature",
        objet_id=row.id,
        stagiaire_id=row.stagiaire_id,
    )
