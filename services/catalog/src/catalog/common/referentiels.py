"""Reads of the reference data the offer points at (codes must exist)."""

from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.errors import Errors
from catalog.referentiels.models import Referentiel
from servicekit.db import DatabaseDep


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


async def dispositif_names(request: Request, database: DatabaseDep) -> dict[str, str]:
    """Code → libellé of the dispositifs. Reference data does not change while the process runs: read once."""
    cached: dict[str, str] | None = getattr(request.app.state, "dispositif_libelles", None)
    if not cached:
        async with database.sessionmaker() as session:
            cached = await libelles(session, "dispositifs")
        request.app.state.dispositif_libelles = cached
    return cached


DispositifNames = Annotated[dict[str, str], Depends(dispositif_names)]
