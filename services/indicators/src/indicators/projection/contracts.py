"""The payload models checked against the producers' committed JSON Schemas (`contracts/<producer>/
<type>.json` at the repository's root, generated from the producers' own models).

For each event type the indicators read: every field a payload model declares must be in the
producer's schema, with JSON types all accepted by the model (a producer sending `0.5` where the model
says integer is a mismatch; `integer` where the model takes a number is fine), and a field the model
requires must be required by the producer. Run at start-up (mismatches logged) and by the tests."""

from __future__ import annotations

import datetime as dt
import json
import logging
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from indicators.projection.payloads import PAYLOADS, Payload

log = logging.getLogger("indicators.contracts")
# services/indicators/src/indicators/projection/contracts.py → the repository's root.
CONTRACTS_DIR = Path(__file__).resolve().parents[5] / "contracts"
# Text fields take numbers too (Payload coerces them to text).
_JSON_KINDS = {str: {"string", "number", "integer"}, dt.date: {"string"}, bool: {"boolean"}, int: {"integer"}}
_JSON_KINDS[float] = {"number", "integer"}


def accepted(annotation: Any) -> set[str]:
    """The JSON types a model field accepts."""
    if get_origin(annotation) in (Union, types.UnionType):
        return set().union(*(accepted(a) for a in get_args(annotation)))
    if annotation is type(None):
        return {"null"}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {"object"}
    return set(
        _JSON_KINDS.get(annotation, {"string", "number", "integer", "boolean", "object", "array", "null"})
    )


def sent(schema: dict[str, Any], defs: dict[str, Any]) -> set[str] | None:
    """The JSON types a producer's property may carry (None: not said, nothing to compare)."""
    if "$ref" in schema:
        return {"object"}
    if "anyOf" in schema or "oneOf" in schema:
        kinds: set[str] = set()
        for option in schema.get("anyOf") or schema.get("oneOf") or []:
            found = sent(option, defs)
            if found is None:
                return None
            kinds |= found
        return kinds
    kind = schema.get("type")
    if kind is None:
        return None
    return {kind} if isinstance(kind, str) else set(kind)


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The object schema behind a property (its `$ref`, or the object among its `anyOf`)."""
    for option in [schema, *(schema.get("anyOf") or [])]:
        ref = option.get("$ref")
        if ref:
            return dict(defs.get(ref.rsplit("/", 1)[-1], {}))
        if option.get("type") == "object":
            return option
    return {}


def mismatches(model: type[BaseModel], schema: dict[str, Any], where: str, defs: dict[str, Any]) -> list[str]:
    found = []
    props, required = schema.get("properties", {}), set(schema.get("required", []))
    for name, field in model.model_fields.items():
        if name not in props:
            found.append(f"{where}/{name} : absent du contrat du producteur")
            continue
        kinds = sent(props[name], defs)
        if kinds is not None and not kinds <= accepted(field.annotation):
            found.append(
                f"{where}/{name} : le producteur envoie {sorted(kinds)}, le modèle accepte {sorted(accepted(field.annotation))}"
            )
        if field.is_required() and name not in required:
            found.append(f"{where}/{name} : requis ici, facultatif chez le producteur")
        nested = field.annotation
        inner = [a for a in get_args(nested) if isinstance(a, type) and issubclass(a, BaseModel)]
        if inner:
            found += mismatches(inner[0], _resolve(props[name], defs), f"{where}/{name}", defs)
    return found


def check(directory: Path = CONTRACTS_DIR) -> tuple[list[str], list[str]]:
    """(mismatches, event types checked) against the schemas present in `directory`."""
    problems: list[str] = []
    checked: list[str] = []
    for producer, models in PAYLOADS.items():
        for kind, model in models.items():
            path = directory / producer / f"{kind}.json"
            if not path.is_file():
                continue
            schema = json.loads(path.read_text(encoding="utf-8"))
            checked.append(f"{producer}/{kind}")
            problems += mismatches(model, schema, f"{producer}/{kind}", schema.get("$defs", {}))
    return problems, checked


def log_check(directory: Path = CONTRACTS_DIR) -> None:
    problems, checked = check(directory)
    for problem in problems:
        log.error("contrat d'événement : %s", problem)
    if not checked:
        log.warning("aucun contrat d'événement trouvé dans %s : payloads non confrontés", directory)


__all__ = ["CONTRACTS_DIR", "Payload", "check", "log_check", "mismatches"]
