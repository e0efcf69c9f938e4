import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from catalog.offre.schemas import Strict
from servicekit.inputs import EffectiveDate


class ReservationIn(Strict):
    session_id: uuid.UUID
    candidature_id: uuid.UUID
    # Effective date of the candidature (late declaration, history import): lets an ended session be held.
    date_candidature: EffectiveDate | None = None


class LiberationIn(Strict):
    raison: str | None = Field(default=None, max_length=200)


class ReservationOut(BaseModel):
    id: uuid.UUID
    session_id: uuid.UUID
    candidature_id: uuid.UUID
    statut: str
    expire_le: datetime | None
    raison: str | None
    session: dict[str, Any]
