from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.common import historique
from parcours.parcours import repository
from parcours.parcours.models import Parcours, Suivi
from parcours.parcours.schemas import ParcoursOut, SortieOut, SuiviOut


def suivi_out(row: Suivi) -> SuiviOut:
    return SuiviOut(
        horizon_mois=row.horizon_mois,
        date=row.date,
        situation=row.situation,
        contrat=row.contrat,
        duree_contrat_mois=row.duree_contrat_mois,
        duree_emploi_mois=row.duree_emploi_mois,
        en_lien_formation=row.en_lien_formation,
        source=row.source,
        enregistre_le=row.recorded_at,
    )


def base(row: Parcours) -> ParcoursOut:
    sortie = None
    if row.date_sortie and row.type_sortie:
        sortie = SortieOut(
            date_sortie=row.date_sortie,
            type=row.type_sortie,
            motif=row.motif_sortie,
            contrat=row.contrat_sortie,
            certification=row.certification,
        )
    return ParcoursOut(
        id=str(row.id),
        candidature_id=str(row.candidature_id),
        session_id=str(row.session_id),
        stagiaire_id=str(row.stagiaire_id),
        valideur_org_id=row.valideur_org_id,
        organisme_siret=row.organisme_siret,
        statut=row.statut,
        date_entree=row.date_entree,
        heures_prevues=row.heures_prevues,
        heures_hebdomadaires=row.heures_hebdomadaires,
        objectif=row.objectif,
        blocs=row.blocs,
        modules=row.modules,
        heures_realisees=round(row.heures_realisees, 2),
        heures_absence_injustifiee=round(row.heures_absence_injustifiee, 2),
        heures_absence_justifiee=round(row.heures_absence_justifiee, 2),
        sortie=sortie,
        enregistre_le=row.recorded_at,
    )


async def detail(session: AsyncSession, row: Parcours) -> ParcoursOut:
    out = base(row)
    out.suivis = [suivi_out(s) for s in await repository.suivis(session, row.id)]
    out.historique = [historique.as_dict(t) for t in await historique.of(session, row.id)]
    return out
