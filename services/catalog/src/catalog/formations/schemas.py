import uuid
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from catalog.common.validators import (
    check_certification,
    check_formacode,
    check_insee,
    check_niveau,
    check_rome,
)
from catalog.offre.schemas import Strict
from servicekit.inputs import Flag, FreeText, Name, Number

Rome = Annotated[str, AfterValidator(check_rome)]
Formacode = Annotated[str, AfterValidator(check_formacode)]
CertificationCode = Annotated[str, AfterValidator(check_certification)]
Niveau = Annotated[str, AfterValidator(check_niveau)]
Insee = Annotated[str, AfterValidator(check_insee)]
Modalite = Literal["PRESENTIEL", "DISTANCE", "MIXTE"]


class CertificationIn(Strict):
    code_rncp: CertificationCode | None = None
    niveau: Niveau | None = None
    intitule: Name | None = Field(default=None, max_length=255)


class FormationIn(Strict):
    lot_id: uuid.UUID
    intitule: Name = Field(min_length=1, max_length=255)
    objectif: FreeText | None = None
    contenu: FreeText | None = None
    certification: CertificationIn | None = None
    certifiante: Flag | None = None
    formacodes: list[Formacode] = Field(default_factory=list, max_length=5)
    romes: list[Rome] = Field(default_factory=list, max_length=5)


class FormationPatch(Strict):
    intitule: Name | None = Field(default=None, min_length=1, max_length=255)
    objectif: FreeText | None = None
    contenu: FreeText | None = None
    certification: CertificationIn | None = None
    certifiante: Flag | None = None
    formacodes: list[Formacode] | None = Field(default=None, max_length=5)
    romes: list[Rome] | None = Field(default=None, max_length=5)


class CertificationOut(BaseModel):
    code_rncp: str | None
    niveau: str | None
    intitule: str | None


class FormationOut(BaseModel):
    id: uuid.UUID
    lot_id: uuid.UUID | None
    organisme_siret: str
    intitule: str
    objectif: str | None
    contenu: str | None
    certifiante: bool
    certification: CertificationOut
    formacodes: list[str]
    romes: list[str]
    dispositif: str | None
    programme: str | None
    secteur: str | None
    lheo_numero: str | None


class LieuIn(Strict):
    commune_insee: Insee
    commune: str = Field(min_length=1, max_length=120)
    code_postal: str | None = Field(default=None, pattern=r"^\d{5}$")
    departement: str
    territoire: str | None = None
    latitude: Number | None = Field(default=None, ge=-90, le=90)
    longitude: Number | None = Field(default=None, ge=-180, le=180)


class ActionIn(Strict):
    formation_id: uuid.UUID
    lieu: LieuIn
    modalite: Modalite = "PRESENTIEL"
    temps_plein: Flag = True
    entrees_sorties_permanentes: Flag = False
    heures_centre: Number = Field(default=0, ge=0, le=5000)
    heures_entreprise: Number = Field(default=0, ge=0, le=5000)
    prerequis: str | None = None
    public_vise: str | None = None


class ActionPatch(Strict):
    lieu: LieuIn | None = None
    modalite: Modalite | None = None
    temps_plein: Flag | None = None
    entrees_sorties_permanentes: Flag | None = None
    heures_centre: Number | None = Field(default=None, ge=0, le=5000)
    heures_entreprise: Number | None = Field(default=None, ge=0, le=5000)
    prerequis: str | None = None
    public_vise: str | None = None


class LieuOut(BaseModel):
    commune_insee: str
    commune: str
    code_postal: str | None
    departement: str
    territoire: str | None
    latitude: float | None
    longitude: float | None


class ActionOut(BaseModel):
    id: uuid.UUID
    formation_id: uuid.UUID
    lieu: LieuOut
    modalite: str
    temps_plein: bool
    entrees_sorties_permanentes: bool
    heures_centre: float
    heures_entreprise: float
    prerequis: str | None
    public_vise: str | None
    lheo_numero: str | None
    modules: list[dict[str, object]] | None = None
