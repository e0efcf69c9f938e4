import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index, event, text
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.dates import region_today
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
        # The places search walks current sessions in start order without stepping over the history.
        Index(
            "ix_session_formation_en_cours_debut_id",
            "debut",
            "id",
            postgresql_include=["fin"],  # counts current sessions from the index alone
            postgresql_where=text("en_cours"),
            sqlite_where=text("en_cours = 1"),  # as SQLAlchemy renders the filter
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    action_id: uuid.UUID = Field(foreign_key="action_formation.id", index=True)
    debut: date
    fin: date
    places_ouvertes: int
    places_prises: int = 0
    etat_recrutement: str = Field(default="OUVERT", max_length=16)
    # False once `fin` has passed, set by the daily sweep (and on every write): a hint for the partial
    # index above. The search still filters `fin >= today`, so a late sweep never changes an answer.
    en_cours: bool = Field(default=True)
    dates_information: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Normalised words of the formation's title and certification, the OF's name and the commune.
    search_text: str = Field(default="", max_length=2000)
    # Copies of what the places search filters on (action, formation, lot, OF), kept in step by
    # sessions.search_text.refresh_for_formations, so the search and its count read one table.
    lot_id: uuid.UUID | None = Field(default=None, index=True)
    organisme_id: uuid.UUID | None = Field(default=None, index=True)
    organisme_siret: str = Field(default="", max_length=14)
    dispositif: str | None = Field(default=None, max_length=32, index=True)
    secteur: str | None = Field(default=None, max_length=32, index=True)
    departement: str = Field(default="", max_length=3, index=True)
    territoire: str | None = Field(default=None, max_length=32, index=True)
    latitude: float | None = Field(default=None, index=True)
    longitude: float | None = None
    romes_text: str = Field(default="", max_length=200)
    formacodes_text: str = Field(default="", max_length=400)
    lheo_numero: str | None = Field(default=None, max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))

    @property
    def places_disponibles(self) -> int:
        return max(self.places_ouvertes - self.places_prises, 0)


@event.listens_for(SessionFormation, "before_insert")
@event.listens_for(SessionFormation, "before_update")
def _mark_current(_mapper: Any, _connection: Any, row: SessionFormation) -> None:
    row.en_cours = row.fin >= region_today()
