import datetime as dt
import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from parcours.common.inputs import EffectiveDate, Flag, FreeText
from parcours.stagiaires.schemas import StagiaireIn, StagiaireOut

EFFECTIVE_DATE = (
    "Date effective (AAAA-MM-JJ), par défaut aujourd'hui : pour une déclaration tardive, la date où la "
    "{what} a réellement eu lieu. Ni future, ni antérieure à la date de candidature."
)
MOTIFS_REFUS = ("PREREQUIS", "PROJET_NON_VALIDE", "COMPLET", "ABSENT_POSITIONNEMENT", "DESISTEMENT", "AUTRE")
STATUTS = ("TRANSMISE", "EN_POSITIONNEMENT", "ACCEPTEE", "REFUSEE", "ANNULEE", "EXPIREE")
OUVERTS = ("TRANSMISE", "EN_POSITIONNEMENT", "ACCEPTEE")


class CandidatureIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: uuid.UUID
    stagiaire: StagiaireIn
    projet_valide: Flag = True
    message: FreeText | None = Field(default=None, max_length=4000)
    date_candidature: EffectiveDate | None = None


class ReworkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: uuid.UUID | None = None
    message: FreeText | None = Field(default=None, max_length=4000)
    date_candidature: EffectiveDate | None = None
    stagiaire: StagiaireIn | None = None


class PositionnementIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: EffectiveDate | None = Field(
        default=None, description=EFFECTIVE_DATE.format(what="mise en positionnement")
    )
    message: FreeText | None = Field(default=None, max_length=4000)


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["ACCEPTEE", "REFUSEE"]
    motif: Literal[MOTIFS_REFUS] | None = None  # type: ignore[valid-type]
    message: FreeText | None = Field(default=None, max_length=4000)
    date: EffectiveDate | None = Field(
        default=None,
        description=EFFECTIVE_DATE.format(what="décision")
        + " L'entrée en formation ne peut pas précéder la décision : datez une décision prise plus tôt.",
    )


class AnnulationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: FreeText | None = Field(default=None, max_length=4000)
    date: EffectiveDate | None = Field(default=None, description=EFFECTIVE_DATE.format(what="annulation"))


class CandidatureOut(BaseModel):
    id: str
    session_id: str
    statut: str
    date_candidature: dt.date
    valideur_org_id: str
    organisme_siret: str
    projet_valide: bool
    message: str | None
    motif_refus: str | None
    message_refus: str | None
    date_decision: dt.date | None
    origine_id: str | None
    suite_id: str | None = None
    parcours_id: str | None = None
    enregistree_le: datetime
    stagiaire: StagiaireOut | None = None
    historique: list[dict[str, Any]] = []
