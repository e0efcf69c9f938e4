import datetime as dt
import uuid
from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Alerte(ParcoursModel, table=True):
    __tablename__ = "alerte"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    parcours_id: uuid.UUID = Field(foreign_key="parcours.id", index=True)
    session_id: uuid.UUID
    valideur_org_id: str = Field(max_length=32, index=True)
    organisme_siret: str = Field(max_length=14, index=True)
    regle: str = Field(max_length=32)  # ABSENCES_CONSECUTIVES | ASSIDUITE_FAIBLE
    date: dt.date
    detail: str
    statut: str = Field(default="OUVERTE", max_length=12, index=True)  # OUVERTE | TRAITEE
    commentaire: str | None = None
    traitee_par: str | None = Field(default=None, max_length=120)
    traitee_le: datetime | None = Field(default=None, sa_column=Column(UTCDateTime, nullable=True))
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
