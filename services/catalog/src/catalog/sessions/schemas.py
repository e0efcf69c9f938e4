import uuid
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from catalog.offre.schemas import Strict
from servicekit.inputs import EffectiveDate, Integer

MAX_PLACES = 10_000  # places of one session: the bound of the input and of the search filter

Etat = Literal["OUVERT", "SUSPENDU", "FERME"]


class SessionIn(Strict):
    action_id: uuid.UUID
    debut: EffectiveDate
    fin: EffectiveDate
    places_ouvertes: Integer = Field(ge=0, le=MAX_PLACES)
    etat_recrutement: Etat = "OUVERT"
    dates_information: list[EffectiveDate] = Field(default_factory=list, max_length=20)


class SessionPatch(Strict):
    debut: EffectiveDate | None = None
    fin: EffectiveDate | None = None
    places_ouvertes: Integer | None = Field(default=None, ge=0, le=MAX_PLACES)
    etat_recrutement: Etat | None = None
    dates_information: list[EffectiveDate] | None = Field(default=None, max_length=20)


class RefOut(BaseModel):
    code: str
    libelle: str


class LotRef(BaseModel):
    id: uuid.UUID
    numero: int
    intitule: str


class OrganismeRef(BaseModel):
    id: uuid.UUID
    siret: str
    raison_sociale: str


class CertificationRef(BaseModel):
    code_rncp: str | None
    niveau: str | None
    intitule: str | None


class FormationRef(BaseModel):
    id: uuid.UUID
    intitule: str
    certifiante: bool
    certification: CertificationRef
    romes: list[str]
    formacodes: list[str]


class LieuRef(BaseModel):
    commune_insee: str
    commune: str
    code_postal: str | None
    departement: str
    territoire: str | None
    latitude: float | None
    longitude: float | None


class SessionOut(BaseModel):
    id: uuid.UUID
    action_id: uuid.UUID
    debut: date
    fin: date
    places_ouvertes: int
    places_disponibles: int
    etat_recrutement: str
    dates_information: list[date]
    lieu: LieuRef
    modalite: str
    temps_plein: bool
    entrees_sorties_permanentes: bool
    heures_centre: float
    heures_entreprise: float
    formation: FormationRef
    dispositif: RefOut | None
    programme: str | None
    secteur: str | None
    lot: LotRef | None
    organisme: OrganismeRef
    distance_km: float | None = None
