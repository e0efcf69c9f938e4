"""Tables shared by candidatures and parcours: status history (idempotent answers: `parcours.db.idempotence`)."""

import datetime as dt
import uuid

from sqlalchemy import Column
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Transition(ParcoursModel, table=True):
    __tablename__ = "transition"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    objet: str = Field(max_length=16)  # candidature | parcours
    objet_id: uuid.UUID = Field(index=True)
    statut: str = Field(max_length=32)
    date_effet: dt.date
    recorded_at: dt.datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    acteur: str = Field(max_length=120)
    acteur_role: str = Field(max_length=16)
    acteur_org: str = Field(max_length=32)
    motif: str | None = Field(default=None, max_length=32)
    commentaire: str | None = None
