"""Ruptures: gross, net (not for a job or another training), and the share for a job."""

from __future__ import annotations

from sqlalchemy import and_, func
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions.base import Cell, Indicator
from indicators.definitions.frame import Frame, count_if, rate_cells
from indicators.params import Question


async def taux_rupture(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    rows = await f.rows(db, {"n": func.count(), "a": count_if(f.base.c.type_sortie == "ABANDON")})
    return rate_cells(rows, "a", "n")


TAUX_RUPTURE = Indicator(
    code="taux_rupture",
    libelle="Taux de rupture",
    formule="Parcours entrés dans la période et sortis en abandon (tout motif) / parcours entrés dans la période.",
    numerateur="entrés dans la période sortis en ABANDON",
    denominateur="parcours entrés dans la période",
    cohorte="entree",
    unite="taux",
    compute=taux_rupture,
)


async def taux_rupture_nette(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    b = f.base.c
    net = and_(b.type_sortie == "ABANDON", func.coalesce(b.motif, "AUTRE").not_in(["EMPLOI", "FORMATION"]))
    rows = await f.rows(db, {"n": func.count(), "a": count_if(net)})
    return rate_cells(rows, "a", "n")


TAUX_RUPTURE_NETTE = Indicator(
    code="taux_rupture_nette",
    libelle="Taux de rupture nette",
    formule="Comme le taux de rupture, hors motifs EMPLOI et FORMATION (sorties anticipées positives).",
    numerateur="entrés dans la période sortis en ABANDON hors EMPLOI et FORMATION",
    denominateur="parcours entrés dans la période",
    cohorte="entree",
    unite="taux",
    compute=taux_rupture_nette,
)


async def part_ruptures_emploi(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_entree")
    b = f.base.c
    rows = await f.rows(
        db, {"n": func.count(), "e": count_if(b.motif == "EMPLOI")}, b.type_sortie == "ABANDON"
    )
    return rate_cells(rows, "e", "n")


PART_RUPTURES_EMPLOI = Indicator(
    code="part_ruptures_emploi",
    libelle="Part des ruptures pour emploi",
    formule="Abandons pour motif EMPLOI / tous les abandons (cohorte par date d'entrée).",
    numerateur="abandons motif EMPLOI",
    denominateur="abandons",
    cohorte="entree",
    unite="taux",
    compute=part_ruptures_emploi,
)
