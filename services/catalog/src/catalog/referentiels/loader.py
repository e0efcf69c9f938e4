"""Loads a Région's reference data set (catalog/data/referentiels_<region>.json) when the table is empty."""

import json
from importlib import resources
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.referentiels.models import Referentiel

# Keys of a row that are stored as columns; the rest goes into `extra`.
_COLUMNS = {"code", "libelle"}
_PARENT_KEYS = {"territoires": "departement", "dispositifs": "programme"}


def region_data(region: str) -> dict[str, Any]:
    text = resources.files("catalog.data").joinpath(f"referentiels_{region}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


async def load_if_empty(session: AsyncSession, region: str) -> int:
    count = (await session.execute(select(func.count()).select_from(Referentiel))).scalar_one()
    if count:
        return 0
    data = region_data(region)["referentiels"]
    rows = 0
    for kind, entries in data.items():
        for rang, entry in enumerate(entries):
            parent_key = _PARENT_KEYS.get(kind)
            session.add(
                Referentiel(
                    kind=kind,
                    code=entry["code"],
                    libelle=entry["libelle"],
                    parent=entry.get(parent_key) if parent_key else None,
                    rang=rang,
                    extra={k: v for k, v in entry.items() if k not in _COLUMNS},
                )
            )
            rows += 1
    await session.flush()
    return rows
