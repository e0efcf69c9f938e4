"""Keeping the cohort tables (models.COHORTS) equal to a coded projection of the current fact rows.

One SQL path for both dialects: new dimension values get a code in `dim_code`, then the cohort rows of
the selected facts are deleted and re-inserted from the current table (joined to the dictionary, and to
the session for the parcours' `session_debut`). The live apply refreshes the facts a page touched and
the parcours of sessions whose dimensions changed; a rebuild refreshes everything once, in date order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, FromClause, String, delete, exists, insert, literal, select, union
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.models import CODED_DIMS, COHORTS, FACTS, dim_code, session_t


async def add_codes(db: AsyncSession, fact: str, cond: ColumnElement[bool] | None) -> None:
    """Gives a code to every dimension value of the selected current rows that has none yet."""
    current = FACTS[fact][0]
    # One pass over the rows for the distinct combinations (a few thousand), then one value per column.
    combos = select(*(current.c[name] for name in CODED_DIMS)).distinct()
    combos_cte = (combos if cond is None else combos.where(cond)).cte("combos")
    parts = [
        select(literal(name, String).label("dim"), combos_cte.c[name].label("value")).where(
            combos_cte.c[name].is_not(None)
        )
        for name in CODED_DIMS
    ]
    values = union(*parts).subquery("v")
    known = exists().where(dim_code.c.dim == values.c.dim, dim_code.c.value == values.c.value)
    missing = select(values.c.dim, values.c.value).where(~known)
    await db.execute(insert(dim_code).from_select(["dim", "value"], missing))


def coded_rows(fact: str, cond: ColumnElement[bool] | None) -> Any:
    """SELECT of the cohort rows for the selected current rows, in the cohort table's column order."""
    current = FACTS[fact][0]
    cohort = COHORTS[fact]
    source: FromClause = current
    cols: list[ColumnElement[Any]] = []
    for c in cohort.columns:
        if c.name in CODED_DIMS:
            d = dim_code.alias(f"d_{c.name}")
            source = source.outerjoin(d, (d.c.dim == c.name) & (d.c.value == current.c[c.name]))
            cols.append(d.c.code.label(c.name))
        elif c.name == "session_debut":
            s = session_t.alias("s")
            source = source.outerjoin(s, s.c.session_id == current.c.session_id)
            cols.append(s.c.debut.label(c.name))
        else:
            cols.append(current.c[c.name])
    stmt = select(*cols).select_from(source)
    if cond is not None:
        return stmt.where(cond)
    # A full rebuild writes rows in cohort-date order: a period's rows are then contiguous on disk.
    return stmt.order_by(current.c[cohort.columns[0].name])


async def refresh(db: AsyncSession, fact: str, cond: ColumnElement[bool] | None) -> None:
    """Re-derives the cohort rows of the current `fact` rows matching `cond` (None: all of them)."""
    current, _hist, key = FACTS[fact]
    cohort = COHORTS[fact]
    await add_codes(db, fact, cond)
    if cond is None:
        await db.execute(delete(cohort))
    else:
        await db.execute(delete(cohort).where(cohort.c[key].in_(select(current.c[key]).where(cond))))
    await db.execute(cohort_insert(fact, cond))


def cohort_insert(fact: str, cond: ColumnElement[bool] | None) -> Any:
    """INSERT of the cohort rows for the selected current rows (their codes must exist)."""
    cohort = COHORTS[fact]
    return insert(cohort).from_select([c.name for c in cohort.columns], coded_rows(fact, cond))
