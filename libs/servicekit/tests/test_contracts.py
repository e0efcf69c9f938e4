"""Payload models exported as JSON Schemas, and the drift check that keeps them in step."""

import json
from datetime import date

from pydantic import BaseModel

from servicekit.contracts import drift, load_schema, write_schemas


class Ouverture(BaseModel):
    session_id: str
    debut: date


class OuvertureAvecPlaces(BaseModel):
    session_id: str
    debut: date
    places: int


def test_written_schemas_are_what_consumers_load(tmp_path):
    written = write_schemas("shop", {"session.ouverte": Ouverture}, tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == ["contracts/shop/session.ouverte.json"]
    schema = load_schema("shop", "session.ouverte", tmp_path)
    assert schema["x-event-type"] == "session.ouverte"
    assert schema["properties"]["debut"] == {"format": "date", "title": "Debut", "type": "string"}
    assert set(schema["required"]) == {"session_id", "debut"}
    assert drift("shop", {"session.ouverte": Ouverture}, tmp_path) == []


def test_drift_names_each_difference(tmp_path):
    write_schemas("shop", {"session.ouverte": Ouverture, "session.fermee": Ouverture}, tmp_path)
    changed = {"session.ouverte": OuvertureAvecPlaces, "places.modifiees": Ouverture}
    assert drift("shop", changed, tmp_path) == [
        "shop/places.modifiees.json : absent du dossier contracts/",
        "shop/session.fermee.json : aucun modèle ne le produit",
        "shop/session.ouverte.json : diffère du modèle",
    ]
    write_schemas("shop", changed, tmp_path)  # regenerating brings them back in step, stale files gone
    assert drift("shop", changed, tmp_path) == []
    assert sorted(p.name for p in (tmp_path / "contracts" / "shop").iterdir()) == [
        "places.modifiees.json",
        "session.ouverte.json",
    ]
    assert json.loads((tmp_path / "contracts" / "shop" / "session.ouverte.json").read_text())["properties"][
        "places"
    ]
