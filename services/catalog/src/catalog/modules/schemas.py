import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from catalog.offre.schemas import Strict
from servicekit.inputs import FreeText, Name, Number


class ModuleIn(Strict):
    action_id: uuid.UUID
    type: str
    intitule: Name = Field(min_length=1, max_length=250)
    heures: Number = Field(default=0, ge=0, le=2000)


class DecisionIn(Strict):
    decision: Literal["VALIDE", "REFUSE"]
    motif: FreeText | None = Field(default=None, max_length=1000)


class RetraitIn(Strict):
    motif: FreeText | None = Field(default=None, max_length=1000)


class ModuleOut(BaseModel):
    id: uuid.UUID
    action_id: uuid.UUID
    type: str
    intitule: str
    heures: float
    statut: str
    motif: str | None
    propose_par: str
    created_at: datetime
    decided_at: datetime | None
