import datetime as dt
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, new_id, utcnow


class Parcours(ParcoursModel, table=True):
    __tablename__ = "parcours"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    candidature_id: uuid.UUID = Field(foreign_key="candidature.id", unique=True)
    session_id: uuid.UUID = Field(index=True)
    stagiaire_id: uuid.UUID = Field(foreign_key="stagiaire.id", index=True)
    valideur_org_id: str = Field(max_length=32, index=True)
    organisme_siret: str = Field(max_length=14, index=True)
    statut: str = Field(max_length=16, index=True)
    date_candidature: dt.date
    date_entree: dt.date
    session_debut: dt.date
    session_fin: dt.date
    certifiante: bool = False
    # Contrat individuel de formation.
    heures_prevues: float
    heures_hebdomadaires: float | None = None
    objectif: str = Field(default="CERTIFICATION", max_length=16)
    blocs: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    modules: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    prerequis_acquis: bool = True
    # Exit.
    date_sortie: dt.date | None = None
    type_sortie: str | None = Field(default=None, max_length=8)
    motif_sortie: str | None = Field(default=None, max_length=16)
    contrat_sortie: str | None = Field(default=None, max_length=16)
    certification: str | None = Field(default=None, max_length=20)
    # Totals of the attendance rows (kept equal to their sums).
    heures_realisees: float = 0.0
    heures_absence_injustifiee: float = 0.0
    heures_absence_justifiee: float = 0.0
    profil: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))


class Suivi(ParcoursModel, table=True):
    __tablename__ = "suivi"
    __table_args__ = (UniqueConstraint("parcours_id", "horizon_mois", name="parcours_horizon"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    parcours_id: uuid.UUID = Field(foreign_key="parcours.id", index=True)
    horizon_mois: int
    date: dt.date
    situation: str = Field(max_length=16)
    contrat: str | None = Field(default=None, max_length=16)
    # Months are numbers and may be decimal (0.5 = two weeks): a double keeps what was sent, exactly.
    duree_contrat_mois: float | None = None
    duree_emploi_mois: float | None = None
    en_lien_formation: bool | None = None
    source: str = Field(max_length=16)
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
