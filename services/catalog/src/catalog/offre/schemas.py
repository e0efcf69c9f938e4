import uuid
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from catalog.common.validators import check_siret
from servicekit.inputs import EffectiveDate, Integer, Name

# Far above any lot the Région lets (a few thousand trainees), within a 32-bit column.
MAX_ENTREES_LOT = 100_000
MAX_HEURES_LOT = 100_000_000

Siret = Annotated[str, AfterValidator(check_siret)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrganismeIn(Strict):
    siret: Siret
    raison_sociale: Name = Field(min_length=1, max_length=250)


class OrganismePatch(Strict):
    raison_sociale: Name = Field(min_length=1, max_length=250)


class OrganismeOut(BaseModel):
    id: uuid.UUID
    siret: str
    raison_sociale: str


class MarcheIn(Strict):
    reference: Name = Field(min_length=1, max_length=64)
    intitule: Name = Field(min_length=1, max_length=250)
    dispositif: str
    debut: EffectiveDate
    fin: EffectiveDate


class MarchePatch(Strict):
    intitule: Name | None = Field(default=None, min_length=1, max_length=250)
    debut: EffectiveDate | None = None
    fin: EffectiveDate | None = None


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
    numero: Integer = Field(ge=1, le=9999)
    intitule: Name = Field(min_length=1, max_length=250)
    secteur: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme_siret: Siret
    cotraitants: list[Siret] = Field(default_factory=list)
    heures_stagiaires_min: Integer | None = Field(default=None, ge=0, le=MAX_HEURES_LOT)
    heures_stagiaires_max: Integer | None = Field(default=None, ge=0, le=MAX_HEURES_LOT)
    objectif_entrees: Integer = Field(default=0, ge=0, le=MAX_ENTREES_LOT)


class LotPatch(Strict):
    intitule: Name | None = Field(default=None, min_length=1, max_length=250)
    secteur: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme_siret: Siret | None = None
    cotraitants: list[Siret] | None = None
    heures_stagiaires_min: Integer | None = Field(default=None, ge=0, le=MAX_HEURES_LOT)
    heures_stagiaires_max: Integer | None = Field(default=None, ge=0, le=MAX_HEURES_LOT)
    objectif_entrees: Integer | None = Field(default=None, ge=0, le=MAX_ENTREES_LOT)


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
