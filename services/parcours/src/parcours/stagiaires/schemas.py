import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from parcours.common.inputs import BirthDate, Flag, Name, RegistrationDate

NIVEAUX = ("INFRA_3", "3", "4", "5", "6", "7", "8")
ANCIENS = {"VI": "INFRA_3", "V": "3", "IV": "4", "III": "5", "II": "6", "I": "7"}


class StagiaireIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    identifiant_ft: str = Field(min_length=3, max_length=20)
    nom: Name = Field(min_length=1, max_length=100)
    prenom: Name = Field(min_length=1, max_length=100)
    date_naissance: BirthDate
    sexe: Literal["F", "M"]
    commune_insee: str
    niveau: Name
    date_inscription_de: RegistrationDate | None = None
    rqth: Flag = False
    rsa: Flag = False
    clea: Flag = False
    nir: str | None = Field(default=None, description="Jamais conservé en clair (empreinte seulement).")

    @field_validator("identifiant_ft")
    @classmethod
    def _ident(cls, value: str) -> str:
        value = value.strip().upper()
        if not re.fullmatch(r"[0-9A-Z]{3,20}", value):
            raise ValueError("Identifiant France Travail invalide (lettres et chiffres, 3 à 20).")
        return value

    @field_validator("commune_insee")
    @classmethod
    def _insee(cls, value: str) -> str:
        if not re.fullmatch(r"\d[\dAB]\d{3}", value):
            raise ValueError("Code INSEE de commune invalide (5 caractères, ex. 44109).")
        return value

    @field_validator("niveau")
    @classmethod
    def _niveau(cls, value: str) -> str:
        value = value.strip().upper()
        value = ANCIENS.get(value, value)
        if value not in NIVEAUX:
            raise ValueError("Niveau inconnu : attendu INFRA_3, 3 à 8 (ou V, IV, III, II, I).")
        return value

    @field_validator("nir")
    @classmethod
    def _nir(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.replace(" ", "").upper()
        if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{8}", value):
            raise ValueError("NIR invalide (15 caractères).")
        return value


class StagiaireOut(BaseModel):
    id: str
    identifiant_ft: str
    nom: str
    prenom: str
    date_naissance: date
    sexe: str
    commune_insee: str
    qpv: bool
    zrr: bool
    niveau: str
    date_inscription_de: date | None
    rqth: bool
    rsa: bool
    clea: bool
