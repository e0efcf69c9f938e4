"""Event payloads as data: each producer's pydantic models exported as JSON Schemas, checked for drift.

The committed folder `contracts/<producer>/<event_type>.json` (at the repository root) is what
consumers read and validate against; the producer's models are the source. A producer declares its
models once, `{event_type: PayloadModel}`, and gets a command and a drift test from here:

    # <producer>/contracts.py
    EVENTS = {"session.ouverte": SessionSnapshot, ...}
    if __name__ == "__main__":
        write_schemas("catalog", EVENTS, repository_root())   # python -m catalog.contracts

    # a test
    assert drift("catalog", EVENTS, repository_root()) == []
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

Payloads = Mapping[str, type[BaseModel]]


def repository_root(start: Path | None = None) -> Path:
    """The workspace's root (its pyproject.toml declares the uv workspace), from `start` upwards."""
    here = (start or Path(__file__)).resolve()
    for folder in [here, *here.parents]:
        project = folder / "pyproject.toml"
        if project.is_file() and "[tool.uv.workspace]" in project.read_text(encoding="utf-8"):
            return folder
    raise FileNotFoundError("racine de l'espace de travail introuvable au-dessus de " + str(here))


def event_schema(producer: str, event_type: str, model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema of `data` for one event type, as the producer serialises it."""
    schema = model.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"contracts/{producer}/{event_type}.json",
        "x-producer": producer,
        "x-event-type": event_type,
        **schema,
    }


def render(schema: dict[str, Any]) -> str:
    """Stable text (sorted keys, two-space indent, final newline): a diff shows only real changes."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _folder(producer: str, root: Path) -> Path:
    return root / "contracts" / producer


def expected(producer: str, payloads: Payloads) -> dict[str, str]:
    """File name → text, for every event type of the producer."""
    return {f"{t}.json": render(event_schema(producer, t, model)) for t, model in sorted(payloads.items())}


def write_schemas(producer: str, payloads: Payloads, root: Path) -> list[Path]:
    """(Re)writes `contracts/<producer>/`: one file per event type, files of removed types deleted."""
    folder = _folder(producer, root)
    folder.mkdir(parents=True, exist_ok=True)
    wanted = expected(producer, payloads)
    for stale in folder.glob("*.json"):
        if stale.name not in wanted:
            stale.unlink()
    written = []
    for name, text in wanted.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def drift(producer: str, payloads: Payloads, root: Path) -> list[str]:
    """What differs between the models and the committed schemas (empty when in step), in French."""
    folder = _folder(producer, root)
    wanted = expected(producer, payloads)
    found = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")} if folder.is_dir() else {}
    problems = [f"{producer}/{name} : absent du dossier contracts/" for name in wanted if name not in found]
    problems += [f"{producer}/{name} : aucun modèle ne le produit" for name in found if name not in wanted]
    problems += [
        f"{producer}/{name} : diffère du modèle"
        for name, text in wanted.items()
        if name in found and found[name] != text
    ]
    return sorted(problems)


def load_schema(producer: str, event_type: str, root: Path | None = None) -> dict[str, Any]:
    """A committed schema, for a consumer that validates what it reads."""
    path = _folder(producer, root or repository_root()) / f"{event_type}.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded
