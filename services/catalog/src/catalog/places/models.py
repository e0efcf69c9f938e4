import uuid
from datetime import datetime

from sqlalchemy import Column, Index
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Reservation(CatalogModel, table=True):
    """One held (ACTIVE) or occupied (CONFIRMEE) place, keyed by the parcours candidature."""

    __tablename__ = "reservation"
    __table_args__ = (Index("ix_reservation_statut_expire_le", "statut", "expire_le"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="session_formation.id", index=True)
    candidature_id: uuid.UUID = Field(unique=True)
    statut: str = Field(default="ACTIVE", max_length=16)
    # None once the OF accepted the candidature: the hold no longer expires.
    expire_le: datetime | None = Field(default=None, sa_column=Column(UTCDateTime, nullable=True))
    raison: str | None = Field(default=None, max_length=200)
    # False when an occupant left a session that no longer admits entries: the place stays consumed.
    place_rendue: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
