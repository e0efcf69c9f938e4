import datetime as dt
import uuid
from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, utcnow


class Presence(ParcoursModel, table=True):
    """One trainee's day: a correction of the same day replaces it."""

    __tablename__ = "presence"

    parcours_id: uuid.UUID = Field(foreign_key="parcours.id", primary_key=True)
    date: dt.date = Field(primary_key=True)
    heures_presence: float
    heures_absence: float = 0.0
    # JUSTIFIEE | INJUSTIFIEE when hours are absent (absent hours without a motif count as INJUSTIFIEE).
    motif_absence: str | None = Field(default=None, max_length=12)
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
