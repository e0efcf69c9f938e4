"""Raise alerts after an attendance write; acknowledge them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

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

Fired = list[tuple[uuid.UUID, Any, str, date, str]]  # (parcours, its row, règle, date, détail)


async def find(
    session: AsyncSession,
    *,
    ids: Sequence[uuid.UUID],
    thresholds: Thresholds,
    owners: Mapping[uuid.UUID, Any] | None = None,
) -> Fired:
    """The alerts to raise on the parcours just written (the rules fired, not raised before).

    `owners`: the parcours (session, owners, statut, weekly hours) as the caller already read and locked
    them (presences.repository.ParcoursInfo), else they are read here."""
    recent = await presences.recent(session, ids, thresholds.absences_consecutives, thresholds.fenetre_jours)
    if not recent:
        return []
    if owners is None:
        owners = {p.id: p for p in await repository.parcours(session, list(recent))}
    # The rules first, over every parcours (set-based summaries); the alerts already raised are read only
    # for the few parcours where a rule fires.
    fired: Fired = []
    for pid in ids:
        days, row = recent.get(pid), owners.get(pid)
        if days is None or row is None or row.statut == "SORTI":
            continue
        for regle, day, detail in evaluate(days, heures_hebdomadaires=row.heures_hebdomadaires, t=thresholds):
            fired.append((pid, row, regle, day, detail))
    if not fired:
        return []
    seen = await repository.known(session, sorted({f[0] for f in fired}, key=lambda u: u.int))
    kept: Fired = []
    for pid, row, regle, day, detail in fired:
        if (pid, regle, None) in seen or (pid, regle, day) in seen:
            continue
        seen.add((pid, regle, None))
        kept.append((pid, row, regle, day, detail))
    return kept


async def raise_all(session: AsyncSession, fired: Fired) -> int:
    """Records the alerts `find` returned, one `alerte.levee` each; returns how many."""
    for pid, row, regle, day, detail in fired:
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
        payload = ev.AlerteLevee(
            alerte_id=str(alerte.id),
            parcours_id=str(pid),
            session_id=str(row.session_id),
            regle=regle,
            date=day,
        )
        await publish(session, "alerte.levee", str(pid), payload)
    if fired:
        await session.flush()
    return len(fired)


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
