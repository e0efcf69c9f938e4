import uuid
from datetime import date, datetime

from sqlalchemy import Column
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Stagiaire(ParcoursModel, table=True):
    __tablename__ = "stagiaire"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    identifiant_ft: str = Field(max_length=20, unique=True)
    nom: str = Field(max_length=100)
    prenom: str = Field(max_length=100)
    date_naissance: date
    sexe: str = Field(max_length=1)
    commune_insee: str = Field(max_length=5)
    qpv: bool = False
    zrr: bool = False
    niveau: str = Field(max_length=8)
    date_inscription_de: date | None = None
    rqth: bool = False
    rsa: bool = False
    clea: bool = False
    # Keyed hash (HMAC-SHA256) of the NIR when one was given: never the NIR itself.
    nir_empreinte: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
