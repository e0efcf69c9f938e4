"""The share of each priority public among the entries: one row per public (`dimensions.public`)."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions.base import Cell, Indicator, row_of
from indicators.definitions.frame import Frame, count_if
from indicators.errors import PublicInconnu
from indicators.params import Question
from indicators.schemas import Ligne

PUBLICS = ("FEMMES", "MOINS_26", "50_PLUS", "DELD", "INFRA_BAC", "RQTH", "QPV", "RSA")


class PartPublics(Indicator):
    """Computed as one cell per breakdown (the publics' counts in `extra`), answered as one row per public
    (or only the one asked with `public=`)."""

    def check(self, q: Question) -> None:
        if q.public is not None and q.public not in PUBLICS:
            raise PublicInconnu(q.public, PUBLICS)

    def empty(self) -> Cell:
        return Cell((), 0, 0, None, None, extra={"publics": dict.fromkeys(PUBLICS, 0)})

    def rows(self, q: Question, cells: list[Cell]) -> list[Ligne]:
        out = []
        publics = [q.public] if q.public in PUBLICS else PUBLICS
        for cell in cells:
            for public in publics:
                n = cell.extra["publics"][public]
                row = row_of(
                    q, Cell(cell.dims, n, cell.denominateur, None, cell.effectif, secret=cell.secret)
                )
                row["dimensions"]["public"] = public
                if not cell.secret:
                    row["valeur"] = round(n / cell.denominateur, 4) if cell.denominateur else None
                out.append(Ligne(**row))
        return out


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
    rows = await f.rows(db, {"n": func.count(), **{k: count_if(c) for k, c in conds.items()}})
    cells = []
    for d, m in rows:
        n = int(m["n"])
        if n:
            cell = Cell(d, None, n, None, n)
            cell.extra["publics"] = {k: int(m[k]) for k in PUBLICS}
            cells.append(cell)
    return cells


PART_PUBLICS = PartPublics(
    code="part_publics",
    libelle="Part des publics prioritaires",
    formule="Part des entrées qui sont : femmes, moins de 26 ans, 50 ans et plus, DELD, infra-bac, RQTH "
    "(cible ≥ 15 %), résidents QPV, bénéficiaires du RSA.",
    numerateur="entrées du public",
    denominateur="entrées de la période",
    cohorte="entree",
    unite="taux",
    compute=part_publics,
)
