"""What parcours reads of the catalogue's answers, typed (the catalogue's `SessionOut` and `ModuleOut`).

Only the fields parcours uses are declared; the others are ignored, so the catalogue may add fields.
A payload that does not fit is the catalogue's fault and is answered as the catalogue being unusable.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict


class _Read(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class DispositifRef(_Read):
    code: str


class FormationRef(_Read):
    certifiante: bool


class OrganismeRef(_Read):
    siret: str


class CatalogueSession(_Read):
    """`GET /sessions/{id}` and the items of `GET /sessions`."""

    id: str
    action_id: str | None = None
    debut: dt.date
    fin: dt.date
    etat_recrutement: str
    entrees_sorties_permanentes: bool = False
    dispositif: DispositifRef | None = None
    formation: FormationRef
    organisme: OrganismeRef


class CatalogueModule(_Read):
    """The items of `GET /modules?action_id=…&statut=VALIDE`."""

    id: str
    type: str
    intitule: str = ""
    statut: str


class CatalogueModules(_Read):
    items: list[CatalogueModule]
