import uuid
from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.models import UTCDateTime, new_id, utcnow


class ModuleAdditionnel(CatalogModel, table=True):
    """PROPOSE → VALIDE | REFUSE; a validated module may later be RETIRE."""

    __tablename__ = "module_additionnel"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    action_id: uuid.UUID = Field(foreign_key="action_formation.id", index=True)
    type: str = Field(max_length=32)
    intitule: str = Field(max_length=250)
    heures: float = 0
    statut: str = Field(default="PROPOSE", max_length=16)
    motif: str | None = None
    propose_par: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    decided_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime, nullable=True))
