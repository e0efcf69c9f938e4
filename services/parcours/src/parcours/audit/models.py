import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column
from sqlmodel import Field

from parcours.db import ParcoursModel
from servicekit.models import UTCDateTime, new_id, utcnow


class AuditEntry(ParcoursModel, table=True):
    __tablename__ = "audit"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False, index=True))
    acteur: str = Field(max_length=120)
    acteur_role: str = Field(max_length=16)
    acteur_org: str = Field(max_length=32, index=True)
    action: str = Field(max_length=48)
    objet: str = Field(max_length=16)
    objet_id: str = Field(max_length=36, index=True)
    stagiaire_id: uuid.UUID | None = Field(default=None, index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # Hash chain (audit/chain.py): set at flush, in a strict order; never written by hand.
    position: int | None = Field(default=None, sa_column=Column(BigInteger, unique=True, nullable=True))
    empreinte: str | None = Field(default=None, max_length=64)
