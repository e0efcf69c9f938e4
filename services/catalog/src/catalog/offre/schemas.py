import uuid
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from catalog.common.validators import check_siret

Siret = Annotated[str, AfterValidator(check_siret)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrganismeIn(Strict):
    siret: Siret
    raison_sociale: str = Field(min_length=1, max_length=250)


class OrganismePatch(Strict):
    raison_sociale: str = Field(min_length=1, max_length=250)


class OrganismeOut(BaseModel):
    id: uuid.UUID
    siret: str
    raison_sociale: str


class MarcheIn(Strict):
    reference: str = Field(min_length=1, max_length=64)
    intitule: str = Field(min_length=1, max_length=250)
    dispositif: str
    debut: date
    fin: date


class MarchePatch(Strict):
    intitule: str | None = Field(default=None, min_length=1, max_length=250)
    debut: date | None = None
    fin: date | None = None


class MarcheOut(BaseModel):
    id: uuid.UUID
    reference: str
    intitule: str
    dispositif: str
    programme: str | None
    debut: date
    fin: date


class LotIn(Strict):
    marche_id: uuid.UUID
    numero: int = Field(ge=1)
    intitule: str = Field(min_length=1, max_length=250)
    secteur: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme_siret: Siret
    cotraitants: list[Siret] = Field(default_factory=list)
    heures_stagiaires_min: int | None = Field(default=None, ge=0)
    heures_stagiaires_max: int | None = Field(default=None, ge=0)
    objectif_entrees: int = Field(default=0, ge=0)


class LotPatch(Strict):
    intitule: str | None = Field(default=None, min_length=1, max_length=250)
    secteur: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme_siret: Siret | None = None
    cotraitants: list[Siret] | None = None
    heures_stagiaires_min: int | None = Field(default=None, ge=0)
    heures_stagiaires_max: int | None = Field(default=None, ge=0)
    objectif_entrees: int | None = Field(default=None, ge=0)


class LotOut(BaseModel):
    id: uuid.UUID
    marche_id: uuid.UUID
    numero: int
    intitule: str
    dispositif: str
    secteur: str | None
    departement: str | None
    territoire: str | None
    organisme_siret: str
    organisme: OrganismeOut
    cotraitants: list[str]
    heures_stagiaires_min: int | None
    heures_stagiaires_max: int | None
    objectif_entrees: int
