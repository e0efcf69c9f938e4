"""Entries and candidatures: entries, transformation, the candidature → entry delay, the publics."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions.base import Cell, Indicator
from indicators.definitions.frame import Frame, count_if, rate_cells
from indicators.params import Question


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


async def entrees(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    rows = await f.rows(db, {"n": func.count()})
    return [Cell(d, int(m["n"]), None, int(m["n"]), int(m["n"])) for d, m in rows if m["n"]]


ENTREES = Indicator(
    code="entrees",
    libelle="Entrées en formation",
    formule="Nombre de parcours dont la date d'entrée est dans la période.",
    numerateur="parcours entrés dans la période",
    denominateur="—",
    cohorte="entree",
    unite="nombre",
    compute=entrees,
)


async def taux_transformation(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "candidature", "date_candidature")
    rows = await f.rows(db, {"n": func.count(), "e": count_if(f.base.c.entree.is_(True))})
    return rate_cells(rows, "e", "n")


TAUX_TRANSFORMATION = Indicator(
    code="taux_transformation",
    libelle="Taux de transformation des candidatures",
    formule="Candidatures transmises dans la période ayant abouti à une entrée / candidatures transmises dans la période.",
    numerateur="candidatures de la période suivies d'une entrée",
    denominateur="candidatures transmises dans la période",
    cohorte="candidature",
    unite="taux",
    compute=taux_transformation,
)


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


DELAI_CANDIDATURE_ENTREE = Indicator(
    code="delai_candidature_entree",
    libelle="Délai candidature → entrée (médiane)",
    formule="Médiane du nombre de jours entre la candidature et l'entrée, pour les entrées de la période.",
    numerateur="médiane des délais en jours",
    denominateur="entrées de la période",
    cohorte="entree",
    unite="jours",
    compute=delai_candidature_entree,
    numerateur_vide=None,
)
