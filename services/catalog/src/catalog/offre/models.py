import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Organisme(CatalogModel, table=True):
    """An organisme de formation, known by its SIRET."""

    __tablename__ = "organisme"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    siret: str = Field(max_length=14, unique=True)
    raison_sociale: str = Field(max_length=250)
    # Déclaration d'activité (11 characters), when known (LHÉO imports carry it).
    numero_activite: str | None = Field(default=None, max_length=11)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))


class Marche(CatalogModel, table=True):
    """An accord-cadre (or convention) buying one dispositif over a period."""

    __tablename__ = "marche"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    reference: str = Field(max_length=64, unique=True)
    intitule: str = Field(max_length=250)
    dispositif: str = Field(max_length=32)
    debut: date
    fin: date
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))


class Lot(CatalogModel, table=True):
    """A lot of a marché: secteur × département (or a territoire), held by one OF or a groupement."""

    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("marche_id", "numero", name="uq_lot_marche_numero"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    marche_id: uuid.UUID = Field(foreign_key="marche.id", index=True)
    numero: int
    intitule: str = Field(max_length=250)
    secteur: str | None = Field(default=None, max_length=32)
    departement: str | None = Field(default=None, max_length=3)
    territoire: str | None = Field(default=None, max_length=32)
    # The holder; for a groupement, its mandataire.
    organisme_id: uuid.UUID = Field(foreign_key="organisme.id", index=True)
    # A groupement's other members (SIRETs); they may manage the lot's sessions too.
    cotraitants: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    heures_stagiaires_min: int | None = None
    heures_stagiaires_max: int | None = None
    objectif_entrees: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))

    def holders(self, mandataire_siret: str) -> set[str]:
        return {mandataire_siret, *self.cotraitants}


def as_dict(row: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in row.model_fields}
