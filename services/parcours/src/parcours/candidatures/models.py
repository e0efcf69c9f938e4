import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, utcnow


class Candidature(ParcoursModel, table=True):
    __tablename__ = "candidature"

    # Generated before the hold is taken, so the hold and the row share it.
    id: uuid.UUID = Field(primary_key=True)
    session_id: uuid.UUID = Field(index=True)
    stagiaire_id: uuid.UUID = Field(foreign_key="stagiaire.id", index=True)
    valideur_org_id: str = Field(max_length=32, index=True)
    valideur_reseau: str = Field(max_length=32)
    organisme_siret: str = Field(max_length=14, index=True)
    statut: str = Field(max_length=20, index=True)
    date_candidature: date
    projet_valide: bool = True
    message: str | None = None
    motif_refus: str | None = Field(default=None, max_length=32)
    message_refus: str | None = None
    date_decision: date | None = None
    # A refused candidature reworked into this one.
    origine_id: uuid.UUID | None = Field(default=None, foreign_key="candidature.id")
    # Session facts at the time of the candidature (rules on dates and certification).
    session_debut: date
    session_fin: date
    dispositif: str = Field(max_length=32)
    certifiante: bool = False
    profil: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
