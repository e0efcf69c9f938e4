"""The offer side: places opened, how full the sessions are, entries against the lots' objectives."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions.base import Cell, Indicator
from indicators.definitions.frame import Frame, ratio, source
from indicators.errors import DimensionNonApplicable
from indicators.params import PROFILE_DIMS, SESSION_DIMS, Question
from indicators.schemas import LigneObjectif


def _overlap(a0: date, a1: date, b0: date, b1: date) -> int:
    """Days in [a0, a1) ∩ [b0, b1)."""
    return max(0, (min(a1, b1) - max(a0, b0)).days)


async def places_ouvertes(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "session", "debut")
    rows = await f.rows(db, {"places": func.coalesce(func.sum(f.base.c.places_ouvertes), 0)})
    return [Cell(d, int(m["places"]), None, int(m["places"]), None) for d, m in rows]


PLACES_OUVERTES = Indicator(
    code="places_ouvertes",
    libelle="Places ouvertes",
    formule="Somme des places ouvertes des sessions qui débutent dans la période.",
    numerateur="Σ places ouvertes des sessions débutant dans la période",
    denominateur="—",
    cohorte="debut_session",
    unite="nombre",
    compute=places_ouvertes,
)


async def taux_remplissage(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "session", "debut")
    places = {
        d: int(m["places"])
        for d, m in await f.rows(db, {"places": func.coalesce(func.sum(f.base.c.places_ouvertes), 0)})
    }
    entries = await _session_entries(db, q, f)
    return [
        Cell(d, entries.get(d, 0), n, ratio(entries.get(d, 0), n), entries.get(d, 0))
        for d, n in places.items()
        if n
    ]


async def _session_entries(db: AsyncSession, q: Question, f: Frame) -> dict[tuple[Any, ...], int]:
    """Entries (any date) into the sessions starting in the period, by the question's dimensions."""
    if q.as_of is None:
        # The cohort table carries the session's start and dimensions: no join to the sessions.
        fp = Frame(q, "parcours", "session_debut")
        rows = await fp.rows(db, {"n": func.count()}, fp.base.c.date_entree.is_not(None))
        return {d: int(m["n"]) for d, m in rows}
    p = source("parcours", q.as_of, "p")
    dim_cols = [f.col(d).label(f"d_{d}") for d in q.dims]
    stmt = (
        select(*dim_cols, func.count())
        .select_from(f.base.join(p, p.c.session_id == f.base.c.session_id))
        .where(*f.where(), p.c.date_entree.is_not(None))
    )
    if dim_cols:
        stmt = stmt.group_by(*dim_cols)
    k = len(dim_cols)
    return {tuple(row[:k]): int(row[k]) for row in (await db.execute(stmt)).all()}


TAUX_REMPLISSAGE = Indicator(
    code="taux_remplissage",
    libelle="Taux de remplissage",
    formule="Entrées dans les sessions débutant dans la période / places ouvertes de ces sessions.",
    numerateur="entrées dans les sessions débutant dans la période",
    denominateur="places ouvertes de ces sessions",
    cohorte="debut_session",
    unite="taux",
    compute=taux_remplissage,
)


async def entrees_vs_objectif(db: AsyncSession, q: Question) -> list[Cell]:
    for d in [*q.dims, *q.filters]:
        if d in PROFILE_DIMS:
            raise DimensionNonApplicable("/par" if d in q.dims else f"/{d}", d, "l'objectif est fixé par lot")
    lots = source("lot", q.as_of, "l")
    lot_cols = {**SESSION_DIMS, "lot": "lot_id"}
    stmt = select(lots).where(*(lots.c[lot_cols[d]].in_(v) for d, v in q.filters.items()))
    lot_rows = [dict(r) for r in (await db.execute(stmt)).mappings().all()]
    p0, p1 = q.periode.debut, q.periode.fin
    ref = min(p1, q.ref_date + timedelta(days=1))
    wanted: dict[str, dict[str, Any]] = {}
    for lot in lot_rows:
        obj = lot.get("objectif_entrees")
        if obj is None:
            continue
        d0, d1 = lot.get("debut"), lot.get("fin")
        if d0 and d1:
            span = (d1 - d0).days + 1
            d1x = d1 + timedelta(days=1)
            periode = obj * _overlap(p0, p1, d0, d1x) / span
            a_date = obj * _overlap(p0, ref, d0, d1x) / span
            if _overlap(p0, p1, d0, d1x) == 0:
                continue
        else:
            periode = a_date = float(obj)
        wanted[lot["lot_id"]] = {**lot, "obj": obj, "periode": periode, "a_date": a_date}
    f = Frame(q.__class__(periode=q.periode, as_of=q.as_of), "parcours", "date_entree")
    only = [await f.match_codes(db, "lot", list(wanted) or [""])] if q.filters else []
    counts = {d[0]: int(m["n"]) for d, m in await f.rows(db, {"n": func.count()}, *only, dims=["lot"])}
    groups: dict[tuple[Any, ...], list[float]] = {}
    for lot_id, lot in wanted.items():
        key = tuple(lot[lot_cols[d]] for d in q.dims)
        acc = groups.setdefault(key, [0, 0.0, 0.0, 0.0])
        acc[0] += counts.get(lot_id, 0)
        acc[1] += lot["periode"]
        acc[2] += lot["obj"]
        acc[3] += lot["a_date"]
    cells = []
    for key, (n, obj_p, obj_t, obj_d) in groups.items():
        cell = Cell(key, int(n), round(obj_p, 2), ratio(n, obj_p), int(n))
        cell.extra["objectif_total"] = int(obj_t)
        cell.extra["objectif_proratise_a_date"] = round(obj_d, 2)
        cells.append(cell)
    return cells


ENTREES_VS_OBJECTIF = Indicator(
    code="entrees_vs_objectif",
    libelle="Entrées au regard de l'objectif",
    formule="Entrées / objectif d'entrées du lot ou du dispositif, avec l'objectif proratisé à date.",
    numerateur="entrées",
    denominateur="objectif d'entrées",
    cohorte="entree",
    unite="taux",
    compute=entrees_vs_objectif,
    ligne=LigneObjectif,
)
