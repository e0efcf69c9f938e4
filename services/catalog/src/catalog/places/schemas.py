import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from catalog.offre.schemas import Strict


class ReservationIn(Strict):
    session_id: uuid.UUID
    candidature_id: uuid.UUID


class LiberationIn(Strict):
    raison: str | None = Field(default=None, max_length=200)


class ReservationOut(BaseModel):
    id: uuid.UUID
    session_id: uuid.UUID
    candidature_id: uuid.UUID
    statut: str
    expire_le: datetime
    raison: str | None
    session: dict[str, Any]
