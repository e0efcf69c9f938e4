"""Queries on formations and actions."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.formations.models import Action, Formation
from catalog.offre.models import Lot, Organisme
from servicekit.pagination import PageParams, paginate


async def list_formations(
    session: AsyncSession, page: PageParams, filters: dict[str, Any]
) -> tuple[list[Formation], int]:
    stmt = select(Formation).order_by(Formation.intitule, Formation.id)
    if filters.get("lot_id"):
        stmt = stmt.where(Formation.lot_id == filters["lot_id"])
    if filters.get("rome"):
        stmt = stmt.where(Formation.romes_text.contains(f" {filters['rome']} "))  # type: ignore[attr-defined]
    if filters.get("dispositif"):
        stmt = stmt.where(Formation.dispositif == filters["dispositif"])
    if filters.get("organisme"):
        stmt = stmt.join(Organisme, Organisme.id == Formation.organisme_id).where(  # type: ignore[arg-type]
            Organisme.siret == filters["organisme"]
        )
    return await paginate(session, stmt, page)


async def list_actions(
    session: AsyncSession, page: PageParams, filters: dict[str, Any]
) -> tuple[list[Action], int]:
    stmt = select(Action).order_by(Action.commune, Action.id)
    for name in ("formation_id", "departement", "territoire"):
        if filters.get(name):
            stmt = stmt.where(getattr(Action, name) == filters[name])
    return await paginate(session, stmt, page)


async def organisme_sirets(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    stmt = select(Organisme.id, Organisme.siret).where(Organisme.id.in_(ids))  # type: ignore[attr-defined]
    return {row[0]: row[1] for row in (await session.execute(stmt)).all()}


async def formation_holders(session: AsyncSession, formation: Formation) -> set[str]:
    """SIRETs allowed to manage this formation's sessions: the lot's holder(s), else the responsible OF."""
    if formation.lot_id is not None:
        stmt = (
            select(Lot, Organisme)
            .join(Organisme, Organisme.id == Lot.organisme_id)  # type: ignore[arg-type]
            .where(Lot.id == formation.lot_id)
        )
        row = (await session.execute(stmt)).first()
        if row:
            return {row[1].siret, *row[0].cotraitants}
    organisme = await session.get(Organisme, formation.organisme_id)
    return {organisme.siret} if organisme else set()
