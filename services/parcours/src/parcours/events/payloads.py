"""One pydantic model per event type: what is emitted is validated against what is documented."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel


class Profil(BaseModel):
    stagiaire_id: str
    sexe: str
    age: int
    niveau: str
    deld: bool
    rqth: bool
    rsa: bool
    qpv: bool
    clea: bool
    reseau: str


class CandidatureTransmise(BaseModel):
    candidature_id: str
    session_id: str
    date_candidature: dt.date
    valideur_org_id: str
    profil: Profil


class CandidatureEtape(BaseModel):
    candidature_id: str
    session_id: str
    date: dt.date


class CandidatureRefusee(CandidatureEtape):
    motif: str


class ParcoursEntree(BaseModel):
    parcours_id: str
    candidature_id: str
    session_id: str
    date_entree: dt.date
    date_candidature: dt.date
    heures_prevues: float
    profil: Profil


class ParcoursEtape(BaseModel):
    parcours_id: str
    session_id: str
    date: dt.date


class ParcoursSortie(BaseModel):
    parcours_id: str
    session_id: str
    date_entree: dt.date
    date_sortie: dt.date
    type: str
    motif: str | None
    contrat: str | None
    certification: str | None
    heures_realisees: float


class ParcoursHeures(BaseModel):
    parcours_id: str
    session_id: str
    heures_realisees: float
    heures_absence_injustifiee: float


class SuiviEnregistre(BaseModel):
    parcours_id: str
    session_id: str
    horizon_mois: int
    date: dt.date
    situation: str
    contrat: str | None
    duree_contrat_mois: int | None
    duree_emploi_mois: int | None
    en_lien_formation: bool | None
    source: str


class AlerteLevee(BaseModel):
    alerte_id: str
    parcours_id: str
    session_id: str
    regle: str
    date: dt.date


EVENT_TYPES: dict[str, type[BaseModel]] = {
    "candidature.transmise": CandidatureTransmise,
    "candidature.positionnee": CandidatureEtape,
    "candidature.acceptee": CandidatureEtape,
    "candidature.refusee": CandidatureRefusee,
    "candidature.annulee": CandidatureEtape,
    "candidature.expiree": CandidatureEtape,
    "parcours.entree": ParcoursEntree,
    "parcours.suspendu": ParcoursEtape,
    "parcours.repris": ParcoursEtape,
    "parcours.sortie": ParcoursSortie,
    "parcours.heures": ParcoursHeures,
    "suivi.enregistre": SuiviEnregistre,
    "alerte.levee": AlerteLevee,
}


def json_schemas() -> dict[str, object]:
    return {name: model.model_json_schema() for name, model in EVENT_TYPES.items()}
