"""Queries on add-on modules."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.modules.models import ModuleAdditionnel
from servicekit.pagination import PageParams, paginate


async def for_action(session: AsyncSession, action_id: uuid.UUID) -> list[ModuleAdditionnel]:
    stmt = (
        select(ModuleAdditionnel)
        .where(ModuleAdditionnel.action_id == action_id)
        .order_by(ModuleAdditionnel.created_at)  # type: ignore[arg-type]
    )
    return list((await session.execute(stmt)).scalars())


async def list_modules(
    session: AsyncSession, page: PageParams, filters: dict[str, Any]
) -> tuple[list[ModuleAdditionnel], int]:
    stmt = select(ModuleAdditionnel).order_by(ModuleAdditionnel.created_at, ModuleAdditionnel.id)  # type: ignore[arg-type]
    for name in ("action_id", "statut", "type"):
        if filters.get(name):
            stmt = stmt.where(getattr(ModuleAdditionnel, name) == filters[name])
    return await paginate(session, stmt, page)
