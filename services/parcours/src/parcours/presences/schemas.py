import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from parcours.common.inputs import EffectiveDate, Number

FIELDS = ("parcours_id", "date", "heures_presence", "heures_absence", "motif_absence")
REQUIRED = ("parcours_id", "date", "heures_presence")


class PresenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parcours_id: uuid.UUID
    date: EffectiveDate
    heures_presence: Number = Field(ge=0)
    heures_absence: Number = Field(default=0.0, ge=0)
    motif_absence: Literal["JUSTIFIEE", "INJUSTIFIEE"] | None = None


class ErreurItem(BaseModel):
    index: int
    pointer: str
    message: str


class BulkOut(BaseModel):
    appliquees: int
    erreurs: list[ErreurItem]


class ImportOut(BaseModel):
    appliquees: int


class ErreurLigne(BaseModel):
    ligne: int
    colonne: str | None
    message: str
