"""The exit cohorts: certification, hours done, length of the parcours, PRÉPA → VISA."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, literal_column, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.dates import add_months
from indicators.definitions.base import Cell, Indicator
from indicators.definitions.frame import Frame, codes_of, count_if, decode, rate_cells, ratio, source
from indicators.models import COHORTS
from indicators.params import Question
from indicators.schemas import LigneCertification, LigneDuree


async def taux_reussite_certification(db: AsyncSession, q: Question) -> list[Cell]:
    f = Frame(q, "parcours", "date_sortie")
    b = f.base.c
    rows = await f.rows(
        db,
        {
            "n": func.count(),
            "t": count_if(b.certification == "OBTENUE_TOTALE"),
            "p": count_if(b.certification == "OBTENUE_PARTIELLE"),
        },
        b.type_sortie == "TERME",
        b.certification.in_(["OBTENUE_TOTALE", "OBTENUE_PARTIELLE", "ECHEC"]),
        f.sess.c.certifiante.is_(True),
    )
    cells = rate_cells(rows, "t", "n")
    for cell, (_d, m) in zip(cells, [r for r in rows if r[1]["n"]], strict=True):
        p = int(m["p"])
        cell.extra["reussite_partielle"] = {"numerateur": p, "valeur": ratio(p, cell.denominateur)}
    return cells


TAUX_REUSSITE_CERTIFICATION = Indicator(
    code="taux_reussite_certification",
    libelle="Taux de réussite à la certification",
    formule="Sorties au TERME avec certification totale / sorties au TERME avec certification totale, partielle "
    "ou échec (dispositifs certifiants seulement) ; la réussite partielle est donnée à côté.",
    numerateur="sorties TERME OBTENUE_TOTALE",
    denominateur="sorties TERME OBTENUE_TOTALE, OBTENUE_PARTIELLE ou ECHEC",
    cohorte="sortie",
    unite="taux",
    compute=taux_reussite_certification,
    ligne=LigneCertification,
    extras_vides={"reussite_partielle": {"numerateur": 0, "valeur": None}},
)


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


TAUX_HEURES_REALISEES = Indicator(
    code="taux_heures_realisees",
    libelle="Taux d'heures réalisées",
    formule="Σ heures de présence / Σ heures prévues, sur les parcours sortis dans la période.",
    numerateur="Σ heures de présence",
    denominateur="Σ heures prévues",
    cohorte="sortie",
    unite="taux",
    compute=taux_heures_realisees,
)


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


DUREE_MOYENNE_PARCOURS = Indicator(
    code="duree_moyenne_parcours",
    libelle="Durée moyenne des parcours",
    formule="Moyenne des heures de présence, et des jours de l'entrée à la sortie, des parcours sortis dans la période.",
    numerateur="Σ heures de présence (et Σ jours)",
    denominateur="parcours sortis dans la période",
    cohorte="sortie",
    unite="heures",
    compute=duree_moyenne_parcours,
    ligne=LigneDuree,
    extras_vides={"duree_moyenne_jours": None},
)


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
    return rate_cells(list(counts.items()), "v", "n")


TAUX_ACCES_QUALIFICATION = Indicator(
    code="taux_acces_qualification",
    libelle="Accès à la qualification après PRÉPA",
    formule="Sorties de PRÉPA dans la période suivies d'une entrée en VISA dans les 9 mois / sorties de PRÉPA "
    "dans la période.",
    numerateur="sorties PRÉPA suivies d'une entrée VISA sous 9 mois",
    denominateur="sorties PRÉPA de la période",
    cohorte="sortie_prepa",
    unite="taux",
    compute=taux_acces_qualification,
)
