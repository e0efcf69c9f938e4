import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FIELDS = ("parcours_id", "date", "heures_presence", "heures_absence", "motif_absence")
REQUIRED = ("parcours_id", "date", "heures_presence")


class PresenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parcours_id: uuid.UUID
    date: dt.date
    heures_presence: float = Field(ge=0)
    heures_absence: float = Field(default=0.0, ge=0)
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
