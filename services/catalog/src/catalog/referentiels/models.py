from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from catalog.db import CatalogModel


class Referentiel(CatalogModel, table=True):
    """One row of reference data (département, territoire, secteur, dispositif…), per Région."""

    __tablename__ = "referentiel"
    __table_args__ = (UniqueConstraint("kind", "code", name="kind_code"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32, index=True)
    code: str = Field(max_length=32)
    libelle: str = Field(max_length=200)
    # Parent code (a territoire's département, a dispositif's programme).
    parent: str | None = Field(default=None, max_length=32)
    rang: int = 0
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
