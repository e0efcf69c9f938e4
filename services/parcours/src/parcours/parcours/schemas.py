from __future__ import annotations

from datetime import date as Date
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from parcours.common.inputs import EffectiveDate, Flag, FreeText, Name, Number

MOTIFS_RUPTURE = (
    "EMPLOI",
    "FORMATION",
    "SANTE",
    "FAMILLE",
    "FINANCIER",
    "MOBILITE",
    "INADAPTATION",
    "EXCLUSION",
    "DEMENAGEMENT",
    "AUTRE",
)
CERTIFICATIONS = ("OBTENUE_TOTALE", "OBTENUE_PARTIELLE", "ECHEC", "NON_PRESENTE", "SANS_OBJET")
CONTRATS = ("CDI", "CDD", "INTERIM", "CREATION", "ALTERNANCE", "CONTRAT_AIDE")
SITUATIONS = ("EMPLOI", "FORMATION", "RECHERCHE", "INACTIF", "INCONNU")
SOURCES = ("OF", "VALIDEUR", "ENQUETE")
STATUTS = ("EN_FORMATION", "SUSPENDU", "SORTI")


class ModuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Name = Field(min_length=1, max_length=64, description="Identifiant ou code de type du module validé")
    heures: Number | None = Field(default=None, ge=0, le=2000)


class EntreeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date_entree: EffectiveDate
    heures_prevues: Number = Field(gt=0, le=3000)
    modules: list[ModuleIn | Name] = Field(default_factory=list)
    objectif: Literal["CERTIFICATION", "BLOCS"] = "CERTIFICATION"
    blocs: list[Name] = Field(default_factory=list)
    prerequis_acquis: Flag = True
    temps_partiel: Flag = False
    heures_hebdomadaires: Number | None = Field(default=None, gt=0, le=35)


class EtapeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: EffectiveDate
    motif: FreeText | None = Field(default=None, max_length=200)


class SortieIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date_sortie: EffectiveDate
    type: Literal["TERME", "ABANDON"]
    motif: Literal[MOTIFS_RUPTURE] | None = None  # type: ignore[valid-type]
    contrat: Literal[CONTRATS] | None = None  # type: ignore[valid-type]
    certification: Literal[CERTIFICATIONS] | None = None  # type: ignore[valid-type]
    commentaire: FreeText | None = Field(default=None, max_length=4000)


class SuiviIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    horizon_mois: Literal[3, 6, 12]
    date: EffectiveDate
    situation: Literal[SITUATIONS]  # type: ignore[valid-type]
    contrat: Literal[CONTRATS] | None = None  # type: ignore[valid-type]
    duree_contrat_mois: Number | None = Field(
        default=None,
        ge=0,
        le=120,
        description="Durée du contrat en mois, décimale possible (0.5 = deux semaines)",
    )
    duree_emploi_mois: Number | None = Field(
        default=None,
        ge=0,
        le=12,
        description="Mois travaillés dans l'horizon du suivi, décimale possible (0.5)",
    )
    en_lien_formation: Flag | None = None
    source: Literal[SOURCES]  # type: ignore[valid-type]


class SuiviOut(BaseModel):
    horizon_mois: int
    date: Date
    situation: str
    contrat: str | None
    duree_contrat_mois: float | None
    duree_emploi_mois: float | None
    en_lien_formation: bool | None
    source: str
    enregistre_le: datetime


class SortieOut(BaseModel):
    date_sortie: EffectiveDate
    type: str
    motif: str | None
    contrat: str | None
    certification: str | None


class ParcoursOut(BaseModel):
    id: str
    candidature_id: str
    session_id: str
    stagiaire_id: str
    valideur_org_id: str
    organisme_siret: str
    statut: str
    date_entree: Date
    heures_prevues: float
    heures_hebdomadaires: float | None
    objectif: str
    blocs: list[str]
    modules: list[dict[str, Any]]
    heures_realisees: float
    heures_absence_injustifiee: float
    heures_absence_justifiee: float
    sortie: SortieOut | None
    suivis: list[SuiviOut] = []
    historique: list[dict[str, Any]] = []
    enregistre_le: datetime
