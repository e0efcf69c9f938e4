from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from catalog.db import CatalogModel
from servicekit.models import UTCDateTime, utcnow


class IdempotentAnswer(CatalogModel, table=True):
    """The first answer to a partner POST carrying an Idempotency-Key, replayed for the same key."""

    __tablename__ = "idempotent_answer"
    __table_args__ = (UniqueConstraint("principal", "cle", name="uq_idempotent_answer_principal_cle"),)

    id: int | None = Field(default=None, primary_key=True)
    principal: str = Field(max_length=160)
    cle: str = Field(max_length=200)
    empreinte: str = Field(max_length=64)
    statut_http: int
    reponse: Any = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
