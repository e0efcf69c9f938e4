import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Formation(CatalogModel, table=True):
    """A training: title, certification, FORMACODE and ROME codes. Lot-less when imported from LHÉO."""

    __tablename__ = "formation"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    lot_id: uuid.UUID | None = Field(default=None, foreign_key="lot.id", index=True)
    # The responsible OF (the lot's holder, or LHÉO's organisme-formation-responsable).
    organisme_id: uuid.UUID = Field(foreign_key="organisme.id", index=True)
    intitule: str = Field(max_length=255)
    objectif: str | None = None
    contenu: str | None = None
    certifiante: bool = False
    certification_code: str | None = Field(default=None, max_length=16)
    certification_intitule: str | None = Field(default=None, max_length=255)
    niveau: str | None = Field(default=None, max_length=8)
    formacodes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    romes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # ' F1604 F1602 ' — exact-code filters with LIKE on every database.
    formacodes_text: str = Field(default="", max_length=400)
    romes_text: str = Field(default="", max_length=200)
    # Copied from the lot's marché (or LHÉO extras) so the search filters without more joins.
    dispositif: str | None = Field(default=None, max_length=32, index=True)
    programme: str | None = Field(default=None, max_length=32)
    secteur: str | None = Field(default=None, max_length=32, index=True)
    lheo_numero: str | None = Field(default=None, max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))


class Action(CatalogModel, table=True):
    """Where and how a formation is delivered."""

    __tablename__ = "action_formation"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    formation_id: uuid.UUID = Field(foreign_key="formation.id", index=True)
    commune_insee: str = Field(max_length=5)
    commune: str = Field(max_length=120)
    code_postal: str | None = Field(default=None, max_length=5)
    departement: str = Field(max_length=3, index=True)
    territoire: str | None = Field(default=None, max_length=32, index=True)
    latitude: float | None = None
    longitude: float | None = None
    modalite: str = Field(default="PRESENTIEL", max_length=16)
    temps_plein: bool = True
    entrees_sorties_permanentes: bool = False
    heures_centre: float = 0
    heures_entreprise: float = 0
    prerequis: str | None = None
    public_vise: str | None = None
    lheo_numero: str | None = Field(default=None, max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
