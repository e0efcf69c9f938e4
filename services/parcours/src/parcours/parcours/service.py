"""Parcours use cases: entry, suspension, reprise, exit, follow-ups and reads, each ending in one commit.

The catalogue client is a parameter (a test hands in a fake); `keep` stores what the caller wants
committed with the change (the idempotent answer).
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import service as audit
from parcours.candidatures import rules as candidature_rules
from parcours.candidatures import service as candidatures
from parcours.clients.catalogue import CatalogueClient
from parcours.common.access import is_owner
from parcours.common.dates import today
from parcours.common.transaction import Keep, commit, keep_nothing
from parcours.errors import DejaEntree, invalid
from parcours.parcours import records, repository, rules, views
from parcours.parcours.models import Parcours
from parcours.parcours.records import visible
from parcours.parcours.schemas import STATUTS, EntreeIn, EtapeIn, ParcoursOut, SortieIn, SuiviIn, SuiviOut
from parcours.stagiaires import repository as stagiaires
from servicekit.auth import Principal
from servicekit.pagination import Page, PageParams, paginate


async def enter(
    session: AsyncSession,
    catalogue: CatalogueClient,
    *,
    principal: Principal,
    candidature_id: uuid.UUID,
    data: EntreeIn,
    keep: Keep = keep_nothing,
) -> ParcoursOut:
    """Checks against the candidature and the catalogue's validated modules, confirms the hold, records."""
    candidature = await candidatures.visible(session, principal=principal, candidature_id=candidature_id)
    candidature_rules.require_status(candidature, "ACCEPTEE")
    if await repository.by_candidature(session, candidature.id) is not None:
        raise DejaEntree("L'entrée de cette candidature est déjà déclarée.")
    after = max(candidature.date_candidature, candidature.date_decision or candidature.date_candidature)
    decided_today = candidature.date_decision == today() > candidature.date_candidature
    rules.check_entry_dates(
        data,
        debut=candidature.session_debut,
        fin=candidature.session_fin,
        after=after,
        decided_today=decided_today,
    )
    info = await catalogue.with_modules(await catalogue.session(candidature.session_id))
    person = await stagiaires.get(session, candidature.stagiaire_id)
    modules = rules.check_contract(data, info, clea=bool(person and person.clea))
    await catalogue.confirm(candidature.id)
    row = await records.enter(
        session, principal=principal, candidature=candidature, data=data, modules=modules
    )
    return await commit(session, await views.detail(session, row), keep)


async def suspend(
    session: AsyncSession,
    *,
    principal: Principal,
    parcours_id: uuid.UUID,
    data: EtapeIn,
    keep: Keep = keep_nothing,
) -> ParcoursOut:
    row = await visible(session, principal=principal, parcours_id=parcours_id)
    await records.suspend_or_resume(session, principal=principal, row=row, data=data, suspend=True)
    return await commit(session, await views.detail(session, row), keep)


async def resume(
    session: AsyncSession,
    *,
    principal: Principal,
    parcours_id: uuid.UUID,
    data: EtapeIn,
    keep: Keep = keep_nothing,
) -> ParcoursOut:
    row = await visible(session, principal=principal, parcours_id=parcours_id)
    await records.suspend_or_resume(session, principal=principal, row=row, data=data, suspend=False)
    return await commit(session, await views.detail(session, row), keep)


async def leave(
    session: AsyncSession,
    catalogue: CatalogueClient,
    *,
    principal: Principal,
    parcours_id: uuid.UUID,
    data: SortieIn,
    keep: Keep = keep_nothing,
) -> ParcoursOut:
    """Checks, then the place back to the catalogue (which decides whether it is freed), then the exit."""
    row = await visible(session, principal=principal, parcours_id=parcours_id)
    certification = await records.check_leave(session, row=row, data=data)
    await catalogue.release(row.candidature_id, f"sortie {data.type}")
    await records.leave(session, principal=principal, row=row, data=data, certification=certification)
    return await commit(session, await views.detail(session, row), keep)


async def follow_up(
    session: AsyncSession,
    *,
    principal: Principal,
    parcours_id: uuid.UUID,
    data: SuiviIn,
    keep: Keep = keep_nothing,
) -> SuiviOut:
    row = await visible(session, principal=principal, parcours_id=parcours_id)
    suivi = await records.follow_up(session, principal=principal, row=row, data=data)
    return await commit(session, views.suivi_out(suivi), keep)


async def read(session: AsyncSession, *, principal: Principal, parcours_id: uuid.UUID) -> ParcoursOut:
    row = await visible(session, principal=principal, parcours_id=parcours_id)
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
    organisme: str | None,
) -> Page[ParcoursOut]:
    if statut and statut not in STATUTS:
        raise invalid("/statut", f"Statut inconnu : attendu {', '.join(STATUTS)}.")
    stmt = repository.listing(
        principal, statut=statut, session_id=session_id, stagiaire_id=stagiaire_id, organisme=organisme
    )
    rows, total = await paginate(session, stmt, params)
    for row in rows:
        _audit_read(session, principal, row)
    page = Page(items=[views.base(r) for r in rows], total=total, page=params.page, limit=params.limit)
    return await commit(session, page, keep_nothing)


def _audit_read(session: AsyncSession, principal: Principal, row: Parcours) -> None:
    owner = is_owner(principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret)
    audit.record_read(
        session,
        principal=principal,
        owner=owner,
        objet="parcours",
        objet_id=row.id,
        stagiaire_id=row.stagiaire_id,
    )
