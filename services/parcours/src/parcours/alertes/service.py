"""Raise alerts after an attendance write; acknowledge them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.alertes import repository, views
from parcours.alertes.models import Alerte
from parcours.alertes.rules import Thresholds, evaluate
from parcours.alertes.schemas import AlerteOut
from parcours.audit import service as audit
from parcours.common.access import can_see
from parcours.common.transaction import Keep, commit, keep_nothing
from parcours.errors import AlerteDejaTraitee, AlerteIntrouvable, invalid
from parcours.events import payloads as ev
from parcours.events.service import publish
from parcours.parcours.models import Parcours
from parcours.presences import repository as presences
from servicekit.auth import Principal
from servicekit.models import utcnow
from servicekit.pagination import Page, PageParams, paginate


async def check(session: AsyncSession, *, ids: Sequence[uuid.UUID], thresholds: Thresholds) -> int:
    """Evaluates the rules on the parcours just written; returns how many alerts were raised."""
    window = max(thresholds.fenetre_jours, thresholds.absences_consecutives)
    days = await presences.last_days(session, ids, window)
    candidates = [pid for pid in ids if days.get(pid)]
    if not candidates:
        return 0
    seen = await repository.known(session, candidates)
    rows = {p.id: p for p in await repository.parcours(session, candidates)}
    raised = 0
    for pid in candidates:
        row = rows.get(pid)
        if row is None or row.statut == "SORTI":
            continue
        for regle, day, detail in evaluate(
            days[pid], heures_hebdomadaires=row.heures_hebdomadaires, t=thresholds
        ):
            if (pid, regle, None) in seen or (pid, regle, day) in seen:
                continue
            alerte = Alerte(
                parcours_id=pid,
                session_id=row.session_id,
                valideur_org_id=row.valideur_org_id,
                organisme_siret=row.organisme_siret,
                regle=regle,
                date=day,
                detail=detail,
            )
            session.add(alerte)
            seen.add((pid, regle, None))
            payload = ev.AlerteLevee(
                alerte_id=str(alerte.id),
                parcours_id=str(pid),
                session_id=str(row.session_id),
                regle=regle,
                date=day,
            )
            await publish(session, "alerte.levee", str(pid), payload)
            raised += 1
    await session.flush()
    return raised


async def acknowledge(
    session: AsyncSession,
    *,
    principal: Principal,
    alerte_id: uuid.UUID,
    commentaire: str,
    keep: Keep = keep_nothing,
) -> AlerteOut:
    """What was done about an alert (OF or prescribing valideur): `TRAITEE`, audited, committed."""
    row = await repository.get(session, alerte_id)
    if row is None or not can_see(
        principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret
    ):
        raise AlerteIntrouvable("Alerte introuvable.")
    if row.statut != "OUVERTE":
        raise AlerteDejaTraitee("Cette alerte a déjà été traitée.")
    row.statut, row.commentaire = "TRAITEE", commentaire
    row.traitee_par, row.traitee_le = principal.sub, utcnow()
    parcours = await session.get(Parcours, row.parcours_id)
    audit.record(
        session,
        principal=principal,
        action="ALERTE_TRAITEE",
        objet="alerte",
        objet_id=row.id,
        stagiaire_id=parcours.stagiaire_id if parcours else None,
    )
    return await commit(session, views.out(row), keep)


async def listing(
    session: AsyncSession,
    *,
    principal: Principal,
    params: PageParams,
    statut: str | None,
    parcours_id: uuid.UUID | None,
) -> Page[AlerteOut]:
    if statut and statut not in ("OUVERTE", "TRAITEE"):
        raise invalid("/statut", "Statut inconnu : attendu OUVERTE ou TRAITEE.")
    stmt = repository.listing(principal, statut=statut, parcours_id=parcours_id)
    rows, total = await paginate(session, stmt, params)
    return Page(items=[views.out(r) for r in rows], total=total, page=params.page, limit=params.limit)
