"""The 6-month follow-up: access to a job, a lasting job, and how many exits have a known situation."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions.base import Cell, Indicator
from indicators.definitions.frame import Frame, count_if, rate_cells
from indicators.params import Question


async def _suivi6(db: AsyncSession, q: Question, flag: str) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(db, {"n": func.count(), "e": count_if(b[flag].is_(True))}, b.suivi6_connu.is_(True))
    return rate_cells(rows, "e", "n")


async def taux_acces_emploi_6m(db: AsyncSession, q: Question) -> list[Cell]:
    return await _suivi6(db, q, "emploi_6m")


TAUX_ACCES_EMPLOI_6M = Indicator(
    code="taux_acces_emploi_6m",
    libelle="Accès à l'emploi à 6 mois",
    formule="Sortis dans la période dont le suivi à 6 mois indique au moins 1 mois d'emploi (tout contrat ou "
    "création) / sortis dans la période dont la situation à 6 mois est connue.",
    numerateur="sortis avec au moins 1 mois d'emploi dans les 6 mois",
    denominateur="sortis avec situation à 6 mois connue",
    cohorte="sortie",
    unite="taux",
    compute=taux_acces_emploi_6m,
)


async def taux_emploi_durable_6m(db: AsyncSession, q: Question) -> list[Cell]:
    return await _suivi6(db, q, "durable_6m")


TAUX_EMPLOI_DURABLE_6M = Indicator(
    code="taux_emploi_durable_6m",
    libelle="Emploi durable à 6 mois",
    formule="Même dénominateur ; numérateur : CDI, CDD de 6 mois ou plus, ou création d'entreprise.",
    numerateur="sortis en CDI, CDD ≥ 6 mois ou création",
    denominateur="sortis avec situation à 6 mois connue",
    cohorte="sortie",
    unite="taux",
    compute=taux_emploi_durable_6m,
)


async def taux_couverture_suivi_6m(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(
        db, {"n": func.count(), "k": count_if(b.suivi6_connu.is_(True))}, b.date_6m <= q.ref_date
    )
    return rate_cells(rows, "k", "n")


TAUX_COUVERTURE_SUIVI_6M = Indicator(
    code="taux_couverture_suivi_6m",
    libelle="Couverture du suivi à 6 mois",
    formule="Sortis dans la période dont la situation à 6 mois est connue / sortis dans la période dont les 6 mois "
    "sont écoulés.",
    numerateur="sortis avec situation à 6 mois connue",
    denominateur="sortis dont les 6 mois sont écoulés",
    cohorte="sortie",
    unite="taux",
    compute=taux_couverture_suivi_6m,
)
