"""What every indicator's query is built from: the fact tables as known now or at `as_of`, the coded
dimensions of the cohort tables, and `Frame` (period, filters and breakdown applied)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, FromClause, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions.base import Cell
from indicators.errors import DimensionNonApplicable
from indicators.models import CODED_DIMS, COHORTS, FACTS, dim_code
from indicators.params import DIMENSIONS, PROFILE_DIMS, SESSION_DIMS, Question


def source(fact: str, as_of: Any, name: str) -> FromClause:
    """The fact table as known now, or as known at `as_of`: the snapshot recorded ≤ as_of with no later
    one (higher seq) also recorded ≤ as_of, i.e. `recorded_at <= as_of < valid_to` (valid_to = the
    earliest recorded_at of the later versions, kept by the apply): a filter on each history row, no
    probe of the other versions; the query's own period filter applies to the history rows too."""
    current, hist, key = FACTS[fact]
    if as_of is None:
        return current.alias(name)
    h = hist.alias(f"{name}_h")
    cols = [h.c[c.name] for c in current.columns if c.name in h.c]
    live = or_(h.c.valid_to.is_(None), h.c.valid_to > as_of)
    return select(*cols).where(h.c.recorded_at <= as_of, live).subquery(name)


def value_is(col: ColumnElement[Any], coded: bool, name: str, values: Sequence[Any]) -> ColumnElement[bool]:
    """`col IN values`; on a cohort table's coded column, through the dictionary."""
    if not coded:
        return col.in_(values)
    codes = select(dim_code.c.code).where(dim_code.c.dim == name, dim_code.c.value.in_(values))
    return col.in_(codes.scalar_subquery())


async def codes_of(db: AsyncSession, name: str, values: Sequence[Any]) -> list[int]:
    """The codes of some values of a coded dimension (constants for a correlated subquery)."""
    rows = await db.execute(
        select(dim_code.c.code).where(dim_code.c.dim == name, dim_code.c.value.in_(values))
    )
    return [int(r) for r in rows.scalars()]


async def decode(db: AsyncSession, keys: list[tuple[Any, ...]], coded: Sequence[bool]) -> dict[Any, Any]:
    """code -> value for the coded positions of the result keys."""
    wanted = {k[i] for k in keys for i, c in enumerate(coded) if c and k[i] is not None}
    if not wanted:
        return {}
    rows = await db.execute(select(dim_code.c.code, dim_code.c.value).where(dim_code.c.code.in_(wanted)))
    return {code: value for code, value in rows.all()}


def ratio(num: float | None, den: float | None, digits: int = 4) -> float | None:
    if num is None or not den:
        return None
    return round(float(num) / float(den), digits)


def count_if(cond: ColumnElement[Any]) -> ColumnElement[Any]:
    # count(*) FILTER (WHERE …): cheaper per row than sum(CASE …), and 0 rather than NULL when empty.
    return func.count().filter(cond)


class Frame:
    """FROM base [LEFT JOIN session] with the question's period, filters and breakdown applied."""

    def __init__(self, q: Question, base: str, date_col: str) -> None:
        self.q = q
        # Without as_of, candidatures and parcours are read from their cohort table (narrow, coded
        # dimensions, carrying their session's dimensions: no join).
        self.coded = q.as_of is None and base in COHORTS
        self.base = COHORTS[base].alias("b") if self.coded else source(base, q.as_of, "b")
        if base == "session" or self.coded:
            self.sess = self.base
        else:
            self.sess = source("session", q.as_of, "s")
        self.date_col = date_col
        self.profile = base in ("parcours", "candidature")
        for d in [*q.dims, *q.filters]:
            if d in PROFILE_DIMS and not self.profile:
                where = "/par" if d in q.dims else f"/{d}"
                raise DimensionNonApplicable(where, d, "il ne porte pas sur des personnes")

    def col(self, dim: str) -> ColumnElement[Any]:
        if dim in SESSION_DIMS:
            return self.sess.c[SESSION_DIMS[dim]]
        return self.base.c[PROFILE_DIMS[dim]]

    def is_coded(self, dim: str) -> bool:
        return self.coded and DIMENSIONS[dim] in CODED_DIMS

    def match(self, dim: str, values: Sequence[Any]) -> ColumnElement[bool]:
        return value_is(self.col(dim), self.is_coded(dim), DIMENSIONS[dim], values)

    async def match_codes(self, db: AsyncSession, dim: str, values: Sequence[Any]) -> ColumnElement[bool]:
        """`match` with the codes looked up first: a constant list, cheaper inside per-row CASEs."""
        if not self.is_coded(dim):
            return self.col(dim).in_(values)
        return self.col(dim).in_(await codes_of(db, DIMENSIONS[dim], values))

    def from_(self) -> FromClause:
        if self.sess is self.base:
            return self.base
        return self.base.outerjoin(self.sess, self.base.c.session_id == self.sess.c.session_id)

    def where(self) -> list[ColumnElement[Any]]:
        c = self.base.c[self.date_col]
        conds: list[ColumnElement[Any]] = [c >= self.q.periode.debut, c < self.q.periode.fin]
        for dim, values in self.q.filters.items():
            conds.append(self.match(dim, values))
        return conds

    async def where_now(self, db: AsyncSession) -> list[ColumnElement[Any]]:
        """`where` with the filters' codes looked up first: constants give the planner true estimates
        (an `IN (SELECT code …)` is guessed at a handful of rows, which can pick nested loops)."""
        c = self.base.c[self.date_col]
        conds: list[ColumnElement[Any]] = [c >= self.q.periode.debut, c < self.q.periode.fin]
        for dim, values in self.q.filters.items():
            conds.append(await self.match_codes(db, dim, values))
        return conds

    async def rows(
        self,
        db: AsyncSession,
        measures: dict[str, ColumnElement[Any]],
        *extra_where: ColumnElement[Any],
        dims: Sequence[str] | None = None,
        by: dict[str, ColumnElement[Any]] | None = None,
    ) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        """Measures grouped by the breakdown dimensions (`dims`, default the question's) and the extra
        `by` columns (returned with the measures); coded dimensions come back as their values."""
        dims = self.q.dims if dims is None else dims
        by = by or {}
        dim_cols = [self.col(d).label(f"d_{d}") for d in dims]
        by_cols = [c.label(k) for k, c in by.items()]
        stmt = (
            select(*dim_cols, *by_cols, *(m.label(k) for k, m in measures.items()))
            .select_from(self.from_())
            .where(*(await self.where_now(db)), *extra_where)
        )
        if dim_cols or by_cols:
            stmt = stmt.group_by(*dim_cols, *by_cols)
        n = len(dim_cols)
        fetched = (await db.execute(stmt)).all()
        coded = [self.is_coded(d) for d in dims]
        values = await decode(db, [tuple(r[:n]) for r in fetched], coded)
        out = []
        for row in fetched:
            key = tuple(
                values.get(v) if c and v is not None else v for v, c in zip(row[:n], coded, strict=True)
            )
            out.append((key, dict(zip([*by, *measures], row[n:], strict=True))))
        return out


def _rate_cells(rows: list[tuple[tuple[Any, ...], dict[str, Any]]], num: str, den: str) -> list[Cell]:
    cells = []
    for dims, m in rows:
        d = int(m[den] or 0)
        if d == 0:
            continue
        n = int(m[num] or 0)
        cells.append(Cell(dims, n, d, ratio(n, d), d))
    return cells


def rate_cells(rows: list[tuple[tuple[Any, ...], dict[str, Any]]], num: str, den: str) -> list[Cell]:
    cells = []
    for dims, m in rows:
        d = int(m[den] or 0)
        if d == 0:
            continue
        n = int(m[num] or 0)
        cells.append(Cell(dims, n, d, ratio(n, d), d))
    return cells
