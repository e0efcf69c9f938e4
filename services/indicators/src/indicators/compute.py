"""The indicators of DOMAIN.md §5 as SQL aggregates over the projections (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, FromClause, and_, exists, func, literal_column, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.models import CODED_DIMS, COHORTS, FACTS, dim_code
from indicators.params import PROFILE_DIMS, SESSION_DIMS, Question
from indicators.projection import add_months
from servicekit.problems import invalid

PUBLICS = ("FEMMES", "MOINS_26", "50_PLUS", "DELD", "INFRA_BAC", "RQTH", "QPV", "RSA")


@dataclass
class Cell:
    dims: tuple[Any, ...]
    numerateur: float | int | None
    denominateur: float | int | None
    valeur: float | int | None
    # How many trainees stand behind the figure (None: nothing personal, never suppressed).
    effectif: int | None
    extra: dict[str, Any] = field(default_factory=dict)
    secret: bool = False


def source(fact: str, as_of: Any, name: str) -> FromClause:
    """The fact table as known now, or as known at `as_of`: the snapshot recorded ≤ as_of with no later
    one (higher seq) also recorded ≤ as_of. The NOT EXISTS probes the (key, seq, recorded_at) index, and
    the query's own period filter applies to the history rows first: no sort of the whole history."""
    current, hist, key = FACTS[fact]
    if as_of is None:
        return current.alias(name)
    h = hist.alias(f"{name}_h")
    later = hist.alias(f"{name}_later")
    superseded = exists().where(later.c[key] == h.c[key], later.c.seq > h.c.seq, later.c.recorded_at <= as_of)
    cols = [h.c[c.name] for c in current.columns if c.name in h.c]
    return select(*cols).where(h.c.recorded_at <= as_of, ~superseded).subquery(name)


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


def _count(cond: ColumnElement[Any]) -> ColumnElement[Any]:
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
                raise invalid(
                    where,
                    f"La dimension « {d} » ne s'applique pas à cet indicateur (il ne porte pas sur des personnes).",
                    code="dimension_non_applicable",
                )

    def col(self, dim: str) -> ColumnElement[Any]:
        if dim in SESSION_DIMS:
            return self.sess.c[SESSION_DIMS[dim]]
        return self.base.c[PROFILE_DIMS[dim]]

    def is_coded(self, dim: str) -> bool:
        return self.coded and {**SESSION_DIMS, **PROFILE_DIMS}[dim] in CODED_DIMS

    def match(self, dim: str, values: Sequence[Any]) -> ColumnElement[bool]:
        return value_is(self.col(dim), self.is_coded(dim), {**SESSION_DIMS, **PROFILE_DIMS}[dim], values)

    async def match_codes(self, db: AsyncSession, dim: str, values: Sequence[Any]) -> ColumnElement[bool]:
        """`match` with the codes looked up first: a constant list, cheaper inside per-row CASEs."""
        if not self.is_coded(dim):
            return self.col(dim).in_(values)
        return self.col(dim).in_(await codes_of(db, {**SESSION_DIMS, **PROFILE_DIMS}[dim], values))

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


Compute = Callable[[AsyncSession, Question], Any]


async def places_ouvertes(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "session", "debut")
    rows = await f.rows(db, {"places": func.coalesce(func.sum(f.base.c.places_ouvertes), 0)})
    return [Cell(d, int(m["places"]), None, int(m["places"]), None) for d, m in rows]


async def entrees(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    rows = await f.rows(db, {"n": func.count()})
    return [Cell(d, int(m["n"]), None, int(m["n"]), int(m["n"])) for d, m in rows if m["n"]]


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


async def taux_transformation(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "candidature", "date_candidature")
    rows = await f.rows(db, {"n": func.count(), "e": _count(f.base.c.entree.is_(True))})
    return _rate_cells(rows, "e", "n")


async def delai_candidature_entree(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    delai = f.base.c.delai_jours
    hist: dict[tuple[Any, ...], list[tuple[int, int]]] = {}
    for dims, m in await f.rows(db, {"n": func.count()}, delai.is_not(None), by={"delai": delai}):
        hist.setdefault(dims, []).append((int(m["delai"]), int(m["n"])))
    cells = []
    for dims, counts in hist.items():
        counts.sort()
        total = sum(c for _, c in counts)
        med = _median(counts, total)
        cells.append(Cell(dims, med, total, med, total))
    return cells


def _median(counts: list[tuple[int, int]], total: int) -> float:
    def nth(i: int) -> int:
        seen = 0
        for value, c in counts:
            seen += c
            if seen > i:
                return value
        return counts[-1][0]

    if total % 2:
        return float(nth(total // 2))
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


async def taux_rupture(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    rows = await f.rows(db, {"n": func.count(), "a": _count(f.base.c.type_sortie == "ABANDON")})
    return _rate_cells(rows, "a", "n")


async def taux_rupture_nette(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    b = f.base.c
    net = and_(b.type_sortie == "ABANDON", func.coalesce(b.motif, "AUTRE").not_in(["EMPLOI", "FORMATION"]))
    rows = await f.rows(db, {"n": func.count(), "a": _count(net)})
    return _rate_cells(rows, "a", "n")


async def part_ruptures_emploi(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    b = f.base.c
    rows = await f.rows(db, {"n": func.count(), "e": _count(b.motif == "EMPLOI")}, b.type_sortie == "ABANDON")
    return _rate_cells(rows, "e", "n")


async def taux_reussite_certification(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(
        db,
        {
            "n": func.count(),
            "t": _count(b.certification == "OBTENUE_TOTALE"),
            "p": _count(b.certification == "OBTENUE_PARTIELLE"),
        },
        b.type_sortie == "TERME",
        b.certification.in_(["OBTENUE_TOTALE", "OBTENUE_PARTIELLE", "ECHEC"]),
        f.sess.c.certifiante.is_(True),
    )
    cells = _rate_cells(rows, "t", "n")
    for cell, (_d, m) in zip(cells, [r for r in rows if r[1]["n"]], strict=True):
        p = int(m["p"])
        cell.extra["reussite_partielle"] = {"numerateur": p, "valeur": ratio(p, cell.denominateur)}
    return cells


async def taux_heures_realisees(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(
        db,
        {
            "n": func.count(),
            "h": func.coalesce(func.sum(b.heures_realisees), 0),
            "hp": func.coalesce(func.sum(b.heures_prevues), 0),
        },
    )
    out = []
    for d, m in rows:
        h, hp = round(float(m["h"]), 2), round(float(m["hp"]), 2)
        if m["n"] and hp:
            out.append(Cell(d, h, hp, ratio(h, hp), int(m["n"])))
    return out


async def duree_moyenne_parcours(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(
        db,
        {
            "n": func.count(),
            "h": func.coalesce(func.sum(b.heures_realisees), 0),
            "j": func.coalesce(func.sum(b.duree_jours), 0),
        },
    )
    out = []
    for d, m in rows:
        n = int(m["n"])
        if n:
            h = round(float(m["h"]), 2)
            cell = Cell(d, h, n, ratio(h, n, 2), n)
            cell.extra["duree_moyenne_jours"] = ratio(m["j"], n, 2)
            out.append(cell)
    return out


async def _suivi6(db: AsyncSession, q: Question, flag: str) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(db, {"n": func.count(), "e": _count(b[flag].is_(True))}, b.suivi6_connu.is_(True))
    return _rate_cells(rows, "e", "n")


async def taux_acces_emploi_6m(db: AsyncSession, q: Question) -> list[Cell]:
    return await _suivi6(db, q, "emploi_6m")


async def taux_emploi_durable_6m(db: AsyncSession, q: Question) -> list[Cell]:
    return await _suivi6(db, q, "durable_6m")


async def taux_couverture_suivi_6m(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(
        db, {"n": func.count(), "k": _count(b.suivi6_connu.is_(True))}, b.date_6m <= q.ref_date
    )
    return _rate_cells(rows, "k", "n")


async def taux_acces_qualification(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    p2 = COHORTS["parcours"].alias("p2") if f.coded else source("parcours", q.as_of, "p2")
    s2 = p2 if f.coded else source("session", q.as_of, "s2")
    later = p2 if s2 is p2 else p2.join(s2, s2.c.session_id == p2.c.session_id)
    is_visa = s2.c.programme == "VISA"
    if f.coded:
        is_visa = p2.c.programme.in_(await codes_of(db, "programme", ["VISA"]))
    # One statement: the period's PRÉPA exits (one range of the (programme, date_sortie) covering index),
    # counted (denominator), and semi-joined with the VISA entries (numerator: one hash of the VISA entries
    # of the period + 9 months, each exit counted once). Reading that narrow range twice measured faster
    # than materializing it once (a CTE) at 1 M parcours.
    # The bounds on the later entry follow from the others (exit in the period, entry ≤ exit + 9 months):
    # they only narrow the scan.
    visa = exists(
        select(p2.c.parcours_id)
        .select_from(later)
        .where(
            p2.c.stagiaire_id == b.stagiaire_id,
            is_visa,
            p2.c.date_entree >= b.date_sortie,
            p2.c.date_entree <= b.date_9m,
            p2.c.date_entree >= q.periode.debut,
            p2.c.date_entree <= add_months(q.periode.fin, 9),
        )
    )
    exits = [*(await f.where_now(db)), await f.match_codes(db, "programme", ["PREPA"])]
    keys = [f.col(d) for d in q.dims]
    parts = []
    for flag, extra in (("n", []), ("v", [visa])):
        part = (
            select(literal_column(f"'{flag}'").label("m"), *keys, func.count())
            .select_from(f.from_())
            .where(*exits, *extra)
        )
        parts.append(part.group_by(*keys) if keys else part)
    fetched = (await db.execute(union_all(*parts))).all()
    k = len(keys)
    coded = [f.is_coded(d) for d in q.dims]
    values = await decode(db, [tuple(r[1 : k + 1]) for r in fetched], coded)
    counts: dict[tuple[Any, ...], dict[str, int]] = {}
    for row in fetched:
        key = tuple(
            values.get(v) if c and v is not None else v for v, c in zip(row[1 : k + 1], coded, strict=True)
        )
        counts.setdefault(key, {"n": 0, "v": 0})[row[0]] = int(row[k + 1])
    return _rate_cells(list(counts.items()), "v", "n")


async def part_publics(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    b = f.base.c
    conds = {
        "FEMMES": await f.match_codes(db, "sexe", ["F"]),
        "MOINS_26": await f.match_codes(db, "tranche_age", ["MOINS_26"]),
        "50_PLUS": await f.match_codes(db, "tranche_age", ["50_PLUS"]),
        "DELD": b.deld.is_(True),
        "INFRA_BAC": await f.match_codes(db, "niveau", ["INFRA_3", "3"]),
        "RQTH": b.rqth.is_(True),
        "QPV": b.qpv.is_(True),
        "RSA": b.rsa.is_(True),
    }
    rows = await f.rows(db, {"n": func.count(), **{k: _count(c) for k, c in conds.items()}})
    cells = []
    for d, m in rows:
        n = int(m["n"])
        if n:
            cell = Cell(d, None, n, None, n)
            cell.extra["publics"] = {k: int(m[k]) for k in PUBLICS}
            cells.append(cell)
    return cells


def _overlap(a0: date, a1: date, b0: date, b1: date) -> int:
    """Days in [a0, a1) ∩ [b0, b1)."""
    return max(0, (min(a1, b1) - max(a0, b0)).days)


async def entrees_vs_objectif(db: AsyncSession, q: Question) -> list[Cell]:
    for d in [*q.dims, *q.filters]:
        if d in PROFILE_DIMS:
            raise invalid(
                "/par" if d in q.dims else f"/{d}",
                f"La dimension « {d} » ne s'applique pas à cet indicateur (l'objectif est fixé par lot).",
                code="dimension_non_applicable",
            )
    lots = source("lot", q.as_of, "l")
    lot_cols = {**SESSION_DIMS, "lot": "lot_id"}
    stmt = select(lots).where(*(lots.c[lot_cols[d]].in_(v) for d, v in q.filters.items()))
    lot_rows = [dict(r) for r in (await db.execute(stmt)).mappings().all()]
    from datetime import timedelta

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


COMPUTE: dict[str, Compute] = {
    "places_ouvertes": places_ouvertes,
    "entrees": entrees,
    "taux_remplissage": taux_remplissage,
    "taux_transformation": taux_transformation,
    "delai_candidature_entree": delai_candidature_entree,
    "taux_rupture": taux_rupture,
    "taux_rupture_nette": taux_rupture_nette,
    "part_ruptures_emploi": part_ruptures_emploi,
    "taux_reussite_certification": taux_reussite_certification,
    "taux_heures_realisees": taux_heures_realisees,
    "duree_moyenne_parcours": duree_moyenne_parcours,
    "taux_acces_emploi_6m": taux_acces_emploi_6m,
    "taux_emploi_durable_6m": taux_emploi_durable_6m,
    "taux_couverture_suivi_6m": taux_couverture_suivi_6m,
    "taux_acces_qualification": taux_acces_qualification,
    "part_publics": part_publics,
    "entrees_vs_objectif": entrees_vs_objectif,
}
