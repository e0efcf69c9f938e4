"""The API's answers (response models): definitions, indicator rows, the lot scorecard, feed state."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, SerializeAsAny

Cohorte = Literal["entree", "sortie", "debut_session", "candidature", "sortie_prepa"]
Unite = Literal["taux", "nombre", "jours", "heures"]
Nombre = int | float | None


class DefinitionOut(BaseModel):
    code: str
    libelle: str
    formule: str
    numerateur: str
    denominateur: str
    cohorte: Cohorte
    unite: Unite
    seuil_secret: int = Field(description="Effectif sous lequel une case est masquée (hors Région).")


class Definitions(BaseModel):
    items: list[DefinitionOut]


class Ligne(BaseModel):
    """One row of an answer: a cell of the breakdown (empty `dimensions` without `par`)."""

    dimensions: dict[str, Any]
    numerateur: Nombre
    denominateur: Nombre
    valeur: Nombre
    secret: bool


class ReussitePartielle(BaseModel):
    numerateur: int | None
    valeur: float | None


class LigneCertification(Ligne):
    reussite_partielle: ReussitePartielle | None


class LigneDuree(Ligne):
    duree_moyenne_jours: float | None


class LigneObjectif(Ligne):
    # Absent from the row without `par` when no lot of the question has an objective.
    objectif_total: int | None = None
    objectif_proratise_a_date: float | None = None


class Reponse(BaseModel):
    code: str
    periode: str
    donnees_au: str | None = Field(description="Horodatage du dernier événement pris en compte.")
    # The row shape of the indicator asked (Ligne or one of its extensions above).
    valeurs: list[SerializeAsAny[Ligne]]
    as_of: str | None = Field(None, description="Présent quand la question porte sur une date passée.")


class Synthese(BaseModel):
    numerateur: Nombre
    denominateur: Nombre
    valeur: Nombre
    secret: bool


class SyntheseRegion(BaseModel):
    """For counts: the Région's total and mean per lot (instead of a rate)."""

    total: Nombre
    moyenne_par_lot: float | None


class LigneBilan(BaseModel):
    code: str
    libelle: str
    lot: Synthese
    region: Synthese | SyntheseRegion
    ecart: float | None = None


class LotBilan(BaseModel):
    lot_id: str
    numero: str | None
    intitule: str | None
    dispositif: str | None
    secteur: str | None
    organisme: str | None


class Bilan(BaseModel):
    lot: LotBilan
    periode: str
    indicateurs: list[LigneBilan]


class Flux(BaseModel):
    source: str
    position: int
    donnees_au: str | None
    mis_a_jour: str


class Etat(BaseModel):
    flux: list[Flux]


class Reconstruction(BaseModel):
    statut: Literal["lancee"]
