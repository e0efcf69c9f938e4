"""Parcours records: each change checked, stored with its history, audit and event (flush only)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import service as audit
from parcours.candidatures.models import Candidature
from parcours.common import historique
from parcours.common.access import can_see
from parcours.errors import ParcoursIntrouvable, TransitionInterdite, invalid
from parcours.events import payloads as ev
from parcours.events.service import publish
from parcours.parcours import repository
from parcours.parcours.models import Parcours, Suivi
from parcours.parcours.rules import check_exit, check_follow_up, check_not_future
from parcours.parcours.schemas import EntreeIn, EtapeIn, SortieIn, SuiviIn
from parcours.presences.models import Presence
from servicekit.auth import Principal
from servicekit.models import utcnow


async def visible(session: AsyncSession, *, principal: Principal, parcours_id: uuid.UUID) -> Parcours:
    row = await repository.get(session, parcours_id)
    if row is None or not can_see(
        principal, valideur_org_id=row.valideur_org_id, organisme_siret=row.organisme_siret
    ):
        raise ParcoursIntrouvable("Parcours introuvable.")
    return row


def _audit(session: AsyncSession, principal: Principal, row: Parcours, action: str, **detail: Any) -> None:
    audit.record(
        session,
        principal=principal,
        action=action,
        objet="parcours",
        objet_id=row.id,
        stagiaire_id=row.stagiaire_id,
        detail=detail or None,
    )


async def enter(
    session: AsyncSession,
    *,
    principal: Principal,
    candidature: Candidature,
    data: EntreeIn,
    modules: list[dict[str, Any]],
) -> Parcours:
    row = Parcours(
        candidature_id=candidature.id,
        session_id=candidature.session_id,
        stagiaire_id=candidature.stagiaire_id,
        valideur_org_id=candidature.valideur_org_id,
        organisme_siret=candidature.organisme_siret,
        statut="EN_FORMATION",
        date_candidature=candidature.date_candidature,
        date_entree=data.date_entree,
        session_debut=candidature.session_debut,
        session_fin=candidature.session_fin,
        certifiante=candidature.certifiante,
        heures_prevues=data.heures_prevues,
        heures_hebdomadaires=data.heures_hebdomadaires if data.temps_partiel else None,
        objectif=data.objectif,
        blocs=data.blocs,
        modules=modules,
        prerequis_acquis=data.prerequis_acquis,
        profil=candidature.profil,
    )
    session.add(row)
    await session.flush()
    historique.add(
        session,
        principal=principal,
        objet="parcours",
        objet_id=row.id,
        statut="EN_FORMATION",
        date_effet=data.date_entree,
    )
    _audit(session, principal, row, "PARCOURS_ENTREE", heures_prevues=data.heures_prevues)
    await _entered(session, row)
    return row


async def _entered(session: AsyncSession, row: Parcours) -> None:
    payload = ev.ParcoursEntree(
        parcours_id=str(row.id),
        candidature_id=str(row.candidature_id),
        session_id=str(row.session_id),
        date_entree=row.date_entree,
        date_candidature=row.date_candidature,
        heures_prevues=row.heures_prevues,
        profil=ev.Profil(**row.profil),
    )
    await publish(session, "parcours.entree", str(row.id), payload)
    await session.flush()


async def _step_date(session: AsyncSession, row: Parcours, day: date) -> None:
    check_not_future(day, "/date")
    last = await repository.last_effective_date(session, row.id)
    floor = max(row.date_entree, last or row.date_entree)
    if day < floor:
        raise invalid("/date", f"La date doit suivre l'entrée et le dernier changement ({floor}).")


def require_status(row: Parcours, *allowed: str) -> None:
    if row.statut not in allowed:
        raise TransitionInterdite(
            f"Transition impossible depuis le statut {row.statut} (attendu : {', '.join(allowed)})."
        )


async def suspend_or_resume(
    session: AsyncSession, *, principal: Principal, row: Parcours, data: EtapeIn, suspend: bool
) -> Parcours:
    require_status(row, "EN_FORMATION" if suspend else "SUSPENDU")
    await _step_date(session, row, data.date)
    row.statut = "SUSPENDU" if suspend else "EN_FORMATION"
    row.updated_at = utcnow()
    historique.add(
        session,
        principal=principal,
        objet="parcours",
        objet_id=row.id,
        statut=row.statut,
        date_effet=data.date,
        commentaire=data.motif,
    )
    _audit(session, principal, row, "PARCOURS_SUSPENDU" if suspend else "PARCOURS_REPRIS")
    payload = ev.ParcoursEtape(parcours_id=str(row.id), session_id=str(row.session_id), date=data.date)
    await publish(session, "parcours.suspendu" if suspend else "parcours.repris", str(row.id), payload)
    await session.flush()
    return row


async def last_presence(session: AsyncSession, parcours_id: uuid.UUID) -> date | None:
    stmt = select(func.max(Presence.date)).where(Presence.parcours_id == parcours_id)
    return (await session.execute(stmt)).scalar()


async def check_leave(session: AsyncSession, *, row: Parcours, data: SortieIn) -> str | None:
    require_status(row, "EN_FORMATION", "SUSPENDU")
    last = await repository.last_effective_date(session, row.id)
    return check_exit(data, row, last_presence=await last_presence(session, row.id), last_change=last)


async def leave(
    session: AsyncSession, *, principal: Principal, row: Parcours, data: SortieIn, certification: str | None
) -> Parcours:
    row.statut = "SORTI"
    row.date_sortie, row.type_sortie, row.motif_sortie = data.date_sortie, data.type, data.motif
    row.contrat_sortie, row.certification = data.contrat, certification
    row.updated_at = utcnow()
    historique.add(
        session,
        principal=principal,
        objet="parcours",
        objet_id=row.id,
        statut="SORTI",
        date_effet=data.date_sortie,
        motif=data.motif or data.type,
        commentaire=data.commentaire,
    )
    _audit(session, principal, row, "PARCOURS_SORTIE", type=data.type, motif=data.motif)
    payload = ev.ParcoursSortie(
        parcours_id=str(row.id),
        session_id=str(row.session_id),
        date_entree=row.date_entree,
        date_sortie=data.date_sortie,
        type=data.type,
        motif=data.motif,
        contrat=data.contrat,
        certification=certification,
        heures_realisees=row.heures_realisees,
    )
    await publish(session, "parcours.sortie", str(row.id), payload)
    await session.flush()
    return row


async def follow_up(session: AsyncSession, *, principal: Principal, row: Parcours, data: SuiviIn) -> Suivi:
    check_follow_up(data, row)
    suivi = await repository.suivi(session, row.id, data.horizon_mois)
    if suivi is None:
        suivi = Suivi(parcours_id=row.id, **data.model_dump())
        session.add(suivi)
    else:
        for name, value in data.model_dump().items():
            setattr(suivi, name, value)
        suivi.recorded_at = utcnow()
    _audit(session, principal, row, "SUIVI_ENREGISTRE", horizon_mois=data.horizon_mois)
    payload = ev.SuiviEnregistre(parcours_id=str(row.id), session_id=str(row.session_id), **data.model_dump())
    await publish(session, "suivi.enregistre", str(row.id), payload)
    await session.flush()
    return suivi
