"""Candidature → answer body (with the trainee, the history, the linked rework and parcours)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.candidatures import repository
from parcours.candidatures.models import Candidature
from parcours.candidatures.schemas import CandidatureOut
from parcours.common import historique
from parcours.parcours.models import Parcours
from parcours.stagiaires import repository as stagiaires_repo
from parcours.stagiaires.service import to_out


def base(row: Candidature) -> CandidatureOut:
    return CandidatureOut(
        id=str(row.id),
        session_id=str(row.session_id),
        statut=row.statut,
        date_candidature=row.date_candidature,
        valideur_org_id=row.valideur_org_id,
        organisme_siret=row.organisme_siret,
        projet_valide=row.projet_valide,
        message=row.message,
        motif_refus=row.motif_refus,
        message_refus=row.message_refus,
        date_decision=row.date_decision,
        origine_id=str(row.origine_id) if row.origine_id else None,
        enregistree_le=row.recorded_at,
    )


async def detail(session: AsyncSession, row: Candidature) -> CandidatureOut:
    out = base(row)
    stagiaire = await stagiaires_repo.get(session, row.stagiaire_id)
    out.stagiaire = to_out(stagiaire) if stagiaire else None
    out.historique = [historique.as_dict(t) for t in await historique.of(session, row.id)]
    suite = await repository.suite_of(session, row.id)
    out.suite_id = str(suite.id) if suite else None
    pid = (await session.execute(select(Parcours.id).where(Parcours.candidature_id == row.id))).scalar()
    out.parcours_id = str(pid) if pid else None
    return out


async def listing(session: AsyncSession, rows: list[Candidature]) -> list[CandidatureOut]:
    people = await stagiaires_repo.many(session, {r.stagiaire_id for r in rows})
    items = []
    for row in rows:
        out = base(row)
        person = people.get(row.stagiaire_id)
        out.stagiaire = to_out(person) if person else None
        items.append(out)
    return items
