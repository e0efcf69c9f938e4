"""Candidature records: the rows, history, audit and event of a change, in the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import service as audit
from parcours.candidatures.models import Candidature
from parcours.candidatures.schemas import CandidatureIn
from parcours.clients.catalogue import SessionInfo
from parcours.common import historique
from parcours.common.dates import today
from parcours.events import payloads as ev
from parcours.events.service import publish
from parcours.stagiaires import service as stagiaires
from servicekit.auth import Principal
from servicekit.models import utcnow


async def create(
    session: AsyncSession,
    *,
    principal: Principal,
    candidature_id: uuid.UUID,
    data: CandidatureIn,
    info: SessionInfo,
    pepper: str,
    origine_id: uuid.UUID | None = None,
) -> Candidature:
    when = data.date_candidature or today()
    stagiaire, changed = await stagiaires.record(session, data=data.stagiaire, pepper=pepper)
    profil = stagiaires.profil(stagiaire, on=when, reseau=principal.org_type)
    row = Candidature(
        id=candidature_id,
        session_id=data.session_id,
        stagiaire_id=stagiaire.id,
        valideur_org_id=principal.org_id,
        valideur_reseau=principal.org_type,
        organisme_siret=info.organisme_siret,
        statut="TRANSMISE",
        date_candidature=when,
        projet_valide=data.projet_valide,
        message=data.message,
        origine_id=origine_id,
        session_debut=info.debut,
        session_fin=info.fin,
        dispositif=info.dispositif,
        certifiante=info.certifiante,
        profil=profil,
    )
    session.add(row)
    await session.flush()
    await _recorded(session, principal=principal, row=row, changed=changed)
    return row


async def _recorded(
    session: AsyncSession, *, principal: Principal, row: Candidature, changed: dict[str, object]
) -> None:
    """History, audit and `candidature.transmise` of a candidature just stored."""
    when, stagiaire_id, origine_id = row.date_candidature, row.stagiaire_id, row.origine_id
    historique.add(
        session,
        principal=principal,
        objet="candidature",
        objet_id=row.id,
        statut="TRANSMISE",
        date_effet=when,
    )
    if changed:
        action = "STAGIAIRE_CREE" if changed.get("creation") else "STAGIAIRE_MODIFIE"
        audit.record(
            session,
            principal=principal,
            action=action,
            objet="stagiaire",
            objet_id=stagiaire_id,
            stagiaire_id=stagiaire_id,
            detail={"champs": sorted(changed)},
        )
    audit.record(
        session,
        principal=principal,
        action="CANDIDATURE_TRANSMISE",
        objet="candidature",
        objet_id=row.id,
        stagiaire_id=stagiaire_id,
        detail={"origine_id": str(origine_id) if origine_id else None},
    )
    payload = ev.CandidatureTransmise(
        candidature_id=str(row.id),
        session_id=str(row.session_id),
        date_candidature=when,
        valideur_org_id=row.valideur_org_id,
        profil=ev.Profil(**row.profil),
    )
    await publish(session, "candidature.transmise", str(row.id), payload)
    await session.flush()


async def transition(
    session: AsyncSession,
    *,
    principal: Principal,
    row: Candidature,
    statut: str,
    day: date,
    motif: str | None = None,
    message: str | None = None,
) -> Candidature:
    """Moves a candidature, records history + audit, emits the event — all in the caller's transaction."""
    row.statut = statut
    row.updated_at = utcnow()
    if statut in ("ACCEPTEE", "REFUSEE"):
        row.date_decision = day
    if statut == "REFUSEE":
        row.motif_refus, row.message_refus = motif, message
    historique.add(
        session,
        principal=principal,
        objet="candidature",
        objet_id=row.id,
        statut=statut,
        date_effet=day,
        motif=motif,
        commentaire=message,
    )
    audit.record(
        session,
        principal=principal,
        action=f"CANDIDATURE_{statut}",
        objet="candidature",
        objet_id=row.id,
        stagiaire_id=row.stagiaire_id,
        detail={"motif": motif} if motif else None,
    )
    await _published(session, row, statut, day, motif)
    return row


async def _published(
    session: AsyncSession, row: Candidature, statut: str, day: date, motif: str | None
) -> None:
    """`candidature.<positionnee|acceptee|refusee|annulee|expiree>` of the step just recorded."""
    kind = {"EN_POSITIONNEMENT": "positionnee"}.get(statut, statut.lower())
    base = {"candidature_id": str(row.id), "session_id": str(row.session_id), "date": day}
    payload = (
        ev.CandidatureRefusee(**base, motif=motif or "AUTRE")
        if statut == "REFUSEE"
        else ev.CandidatureEtape(**base)
    )
    await publish(session, f"candidature.{kind}", str(row.id), payload)
    await session.flush()
