"""One pydantic model per event type parcours emits (contracts.md §4): what is emitted is what is documented.

The JSON Schemas of these models are committed in `contracts/parcours/` (regenerate with
`uv run python -m parcours.events.contracts`); a test fails when a model and its schema drift.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from parcours.candidatures.schemas import MOTIFS_REFUS
from parcours.parcours.schemas import CERTIFICATIONS, CONTRATS, MOTIFS_RUPTURE, SITUATIONS, SOURCES

Contrat = Literal[CONTRATS]  # type: ignore[valid-type]
Mois = float  # months are numbers and may be decimal (0.5 = two weeks), API.md


class Payload(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Profil(Payload):
    """The pseudonymous profile of contracts.md §4 (never a name nor a NIR)."""

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


class CandidatureTransmise(Payload):
    candidature_id: str
    session_id: str
    date_candidature: dt.date
    valideur_org_id: str
    profil: Profil


class CandidatureEtape(Payload):
    """positionnée, acceptée, annulée, expirée: the candidature, its session, the effective date."""

    candidature_id: str
    session_id: str
    date: dt.date


class CandidatureRefusee(CandidatureEtape):
    motif: Literal[MOTIFS_REFUS]  # type: ignore[valid-type]


class ParcoursEntree(Payload):
    parcours_id: str
    candidature_id: str
    session_id: str
    date_entree: dt.date
    date_candidature: dt.date
    heures_prevues: float
    profil: Profil


class ParcoursEtape(Payload):
    """suspendu, repris: the parcours, its session, the effective date."""

    parcours_id: str
    session_id: str
    date: dt.date


class ParcoursSortie(Payload):
    parcours_id: str
    session_id: str
    date_entree: dt.date
    date_sortie: dt.date
    type: Literal["TERME", "ABANDON"]
    motif: Literal[MOTIFS_RUPTURE] | None  # type: ignore[valid-type]
    contrat: Contrat | None
    certification: Literal[CERTIFICATIONS] | None  # type: ignore[valid-type]
    heures_realisees: float


class ParcoursHeures(Payload):
    """The parcours' totals after an attendance write (sums of the stored days, never increments)."""

    parcours_id: str
    session_id: str
    heures_realisees: float
    heures_absence_injustifiee: float


class SuiviEnregistre(Payload):
    parcours_id: str
    session_id: str
    horizon_mois: Literal[3, 6, 12]
    date: dt.date
    situation: Literal[SITUATIONS]  # type: ignore[valid-type]
    contrat: Contrat | None
    duree_contrat_mois: Mois | None = Field(description="Durée du contrat en mois (décimale : 0.5)")
    duree_emploi_mois: Mois | None = Field(description="Mois travaillés dans l'horizon (décimale : 0.5)")
    en_lien_formation: bool | None
    source: Literal[SOURCES]  # type: ignore[valid-type]


class AlerteLevee(Payload):
    alerte_id: str
    parcours_id: str
    session_id: str
    regle: Literal["ABSENCES_CONSECUTIVES", "ASSIDUITE_FAIBLE"]
    date: dt.date


EVENT_TYPES: dict[str, type[Payload]] = {
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


def json_schema(event_type: str) -> dict[str, object]:
    """The JSON Schema of one event's `data`, titled by its type."""
    schema = EVENT_TYPES[event_type].model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": event_type}


def json_schemas() -> dict[str, object]:
    return {name: json_schema(name) for name in EVENT_TYPES}
