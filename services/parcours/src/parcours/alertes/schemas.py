import datetime as dt
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from parcours.common.inputs import FreeText


class AlerteOut(BaseModel):
    id: str
    parcours_id: str
    session_id: str
    valideur_org_id: str
    organisme_siret: str
    regle: str
    date: dt.date
    detail: str
    statut: str
    commentaire: str | None
    traitee_par: str | None
    traitee_le: datetime | None
    levee_le: datetime


class AcquittementIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    commentaire: FreeText = Field(min_length=1, max_length=4000)
