"""Alert → answer body."""

from __future__ import annotations

from parcours.alertes.models import Alerte
from parcours.alertes.schemas import AlerteOut


def out(row: Alerte) -> AlerteOut:
    return AlerteOut(
        id=str(row.id),
        parcours_id=str(row.parcours_id),
        session_id=str(row.session_id),
        valideur_org_id=row.valideur_org_id,
        organisme_siret=row.organisme_siret,
        regle=row.regle,
        date=row.date,
        detail=row.detail,
        statut=row.statut,
        commentaire=row.commentaire,
        traitee_par=row.traitee_par,
        traitee_le=row.traitee_le,
        levee_le=row.recorded_at,
    )
