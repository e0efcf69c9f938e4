"""Reads of the reference data the offer points at (codes must exist)."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.errors import Errors
from catalog.referentiels.models import Referentiel


async def rows(session: AsyncSession, kind: str) -> dict[str, Referentiel]:
    result = await session.execute(select(Referentiel).where(Referentiel.kind == kind))
    return {r.code: r for r in result.scalars()}


async def check_code(
    session: AsyncSession, errors: Errors, kind: str, code: str | None, pointer: str, label: str
) -> Referentiel | None:
    """Adds an error when `code` is given and unknown; returns the row otherwise."""
    if code is None:
        return None
    found = (await rows(session, kind)).get(code)
    if found is None:
        errors.add(pointer, f"{label} « {code} » inconnu(e) du référentiel.")
    return found


async def libelles(session: AsyncSession, kind: str) -> dict[str, str]:
    return {code: row.libelle for code, row in (await rows(session, kind)).items()}


def extra(row: Referentiel | None, key: str, default: Any = None) -> Any:
    return (row.extra or {}).get(key, default) if row is not None else default
