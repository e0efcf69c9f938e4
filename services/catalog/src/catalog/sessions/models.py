import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.models import UTCDateTime, new_id, utcnow


class SessionFormation(CatalogModel, table=True):
    """A run of an action. `places_prises` counts active holds + occupants, kept by the holds."""

    __tablename__ = "session_formation"
    __table_args__ = (
        CheckConstraint("places_ouvertes >= 0", name="places_ouvertes_positives"),
        CheckConstraint("places_prises >= 0", name="places_prises_positives"),
        CheckConstraint("places_prises <= places_ouvertes", name="pas_de_surreservation"),
        Index("ix_session_formation_fin_debut", "fin", "debut"),
        Index("ix_session_formation_debut_id", "debut", "id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    action_id: uuid.UUID = Field(foreign_key="action_formation.id", index=True)
    debut: date
    fin: date
    places_ouvertes: int
    places_prises: int = 0
    etat_recrutement: str = Field(default="OUVERT", max_length=16)
    dates_information: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Normalised words of the formation's title and certification, the OF's name and the commune.
    search_text: str = Field(default="", max_length=2000)
    # Copies of what the places search filters on (action, formation, lot, OF), kept in step by
    # sessions.search_text.refresh_for_formations, so the search and its count read one table.
    lot_id: uuid.UUID | None = Field(default=None, index=True)
    organisme_id: uuid.UUID | None = Field(default=None, index=True)
    organisme_siret: str = Field(default="", max_length=14)
    dispositif: str | None = Field(default=None, max_length=32)
    secteur: str | None = Field(default=None, max_length=32)
    departement: str = Field(default="", max_length=3)
    territoire: str | None = Field(default=None, max_length=32)
    latitude: float | None = None
    longitude: float | None = None
    romes_text: str = Field(default="", max_length=200)
    formacodes_text: str = Field(default="", max_length=400)
    lheo_numero: str | None = Field(default=None, max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))

    @property
    def places_disponibles(self) -> int:
        return max(self.places_ouvertes - self.places_prises, 0)
