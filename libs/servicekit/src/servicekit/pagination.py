"""`page`/`limit` pagination for screens: {items, total, page, limit}."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")
# Bounded so the offset always fits a 64-bit SQL integer (an unbounded page overflowed the driver: a 500);
# 10^6 pages of 100 is far beyond any list a screen pages through.
MAX_PAGE = 1_000_000
MAX_LIMIT = 100


class PageParams(BaseModel):
    page: int = 1
    limit: int = 20

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit


async def page_params(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Numéro de page, de 1 à {MAX_PAGE}")] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Éléments par page (max {MAX_LIMIT})")] = 20,
) -> PageParams:
    # async on purpose: FastAPI runs a plain `def` dependency in its thread pool, a hop per request.
    return PageParams(page=page, limit=limit)


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    limit: int


async def paginate(session: AsyncSession, stmt: Select[Any], params: PageParams) -> tuple[list[Any], int]:
    total = (
        await session.execute(select(func.count()).select_from(stmt.order_by(None).subquery()))
    ).scalar_one()
    rows = (await session.execute(stmt.limit(params.limit).offset(params.offset))).scalars().all()
    return list(rows), int(total)
