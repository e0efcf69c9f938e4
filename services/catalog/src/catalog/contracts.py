"""The payload (`data`) of every event the catalogue emits, typed (docs/contracts.md §4).

Their JSON Schemas are committed under `contracts/catalog/` for the consumers (indicators, parcours);
a test fails when a model and its schema differ. After changing a model, regenerate them:

    uv run python -m catalog.contracts
"""

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict

from servicekit.contracts import repository_root, write_schemas

PRODUCER = "catalog"
SESSION_OUVERTE = "session.ouverte"
SESSION_MODIFIEE = "session.modifiee"
SESSION_FERMEE = "session.fermee"
PLACES_MODIFIEES = "places.modifiees"
LOT_CREE = "lot.cree"
LOT_MODIFIE = "lot.modifie"


class Payload(BaseModel):
    # Every field is always written (null when unknown): a consumer never meets a missing key.
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class SessionSnapshot(Payload):
    """A session as it stands after the change (session.* and places.modifiees)."""

    session_id: uuid.UUID
    action_id: uuid.UUID
    formation_id: uuid.UUID
    lot_id: uuid.UUID | None
    lot_numero: int | None
    marche_id: uuid.UUID | None
    dispositif: str | None
    programme: str | None
    secteur: str | None
    departement: str
    territoire: str | None
    organisme_siret: str
    certifiante: bool
    debut: date
    fin: date
    places_ouvertes: int
    places_disponibles: int
    etat_recrutement: str


class LotPayload(Payload):
    """A lot with its marché's dispositif and period (lot.cree, lot.modifie), for pro-rated objectives."""

    lot_id: uuid.UUID
    numero: int
    intitule: str
    marche_id: uuid.UUID
    dispositif: str
    programme: str | None
    secteur: str | None
    departement: str | None
    territoire: str | None
    organisme_siret: str
    objectif_entrees: int
    debut: date
    fin: date
    certifiante: bool


EVENTS: dict[str, type[Payload]] = {
    SESSION_OUVERTE: SessionSnapshot,
    SESSION_MODIFIEE: SessionSnapshot,
    SESSION_FERMEE: SessionSnapshot,
    PLACES_MODIFIEES: SessionSnapshot,
    LOT_CREE: LotPayload,
    LOT_MODIFIE: LotPayload,
}


def main() -> None:
    for path in write_schemas(PRODUCER, EVENTS, repository_root()):
        print(path)


if __name__ == "__main__":
    main()
