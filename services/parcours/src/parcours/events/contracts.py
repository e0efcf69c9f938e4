"""The committed JSON Schemas of parcours' events: `contracts/parcours/<event type>.json` at the repo root.

Regenerate after changing a payload model:  uv run python -m parcours.events.contracts
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from parcours.events.payloads import EVENT_TYPES, json_schema

FOLDER = Path(__file__).resolve().parents[5] / "contracts" / "parcours"


def render(event_type: str) -> str:
    return json.dumps(json_schema(event_type), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write(folder: Path = FOLDER) -> list[Path]:
    """Writes one file per event type and removes the files of types no longer emitted."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in set(folder.glob("*.json")) - {folder / f"{t}.json" for t in EVENT_TYPES}:
        stale.unlink()
    written = []
    for event_type in EVENT_TYPES:
        path = folder / f"{event_type}.json"
        path.write_text(render(event_type), encoding="utf-8")
        written.append(path)
    return written


def drift(folder: Path = FOLDER) -> list[str]:
    """Event types whose committed schema is missing, extra or differs from its model."""
    committed = {p.stem for p in folder.glob("*.json")}
    differing = [
        t for t in EVENT_TYPES if t not in committed or (folder / f"{t}.json").read_text("utf-8") != render(t)
    ]
    return sorted(differing + list(committed - EVENT_TYPES.keys()))


if __name__ == "__main__":
    for path in write():
        print(path, file=sys.stdout)
