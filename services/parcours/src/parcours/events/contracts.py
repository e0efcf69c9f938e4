"""The committed JSON Schemas of parcours' events: `contracts/parcours/<event type>.json` at the repo root.

Regenerate after changing a payload model:  uv run python -m parcours.events.contracts
"""

from __future__ import annotations

import sys
from pathlib import Path

from parcours.events.payloads import EVENT_TYPES
from servicekit import contracts

PRODUCER = "parcours"
ROOT = contracts.repository_root(Path(__file__))
FOLDER = ROOT / "contracts" / PRODUCER


def write(root: Path = ROOT) -> list[Path]:
    """Writes one file per event type under `root/contracts/parcours/`, removing types no longer emitted."""
    return contracts.write_schemas(PRODUCER, EVENT_TYPES, root)


def drift(root: Path = ROOT) -> list[str]:
    """What differs between the payload models and the committed schemas (empty when in step)."""
    return contracts.drift(PRODUCER, EVENT_TYPES, root)


if __name__ == "__main__":
    for path in write():
        print(path, file=sys.stdout)
