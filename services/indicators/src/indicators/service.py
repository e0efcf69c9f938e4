"""Answering an indicator question: compute, suppress, shape; and the per-lot scorecard."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.definitions import BILAN, BY_CODE, Cell, Indicator
from indicators.definitions.frame import source
from indicators.errors import IndicateurInconnu, LotIntrouvable
from indicators.params import Periode, Question, question_from
from indicators.projection.cursors import donnees_au
from indicators.schemas import Bilan, LigneBilan, LotBilan, Reponse, Synthese, SyntheseRegion
from indicators.secret import suppress
from servicekit.auth import Principal
from servicekit.db import is_postgres


def indicator_of(code: str) -> Indicator:
    found = BY_CODE.get(code)
    if found is None:
        raise IndicateurInconnu(code)
    return found


async def compute_cells(
    db: AsyncSession, indicator: Indicator, q: Question, principal: Principal, seuil: int
) -> list[Cell]:
    if is_postgres(db):
        # Aggregates over a few hundred thousand rows: JIT compilation costs more than it saves. Hashes
        # of a year of entries (taux_acces_qualification's VISA side: ~150 000 keys at 1 M parcours)
        # stay in one batch in memory instead of spilling to disk (default work_mem 4 MB). SET LOCAL.
        await db.execute(text("SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)"))
    cells = await indicator.compute(db, q)
    if not q.dims and not cells:
        cells = [indicator.empty()]
    if not principal.is_region:
        suppress(cells, len(q.dims), seuil)
    cells.sort(key=lambda c: tuple("" if v is None else str(v) for v in c.dims))
    return cells


async def answer(
    db: AsyncSession, indicator: Indicator, q: Question, principal: Principal, seuil: int
) -> Reponse:
    indicator.check(q)
    cells = await compute_cells(db, indicator, q, principal, seuil)
    au = await donnees_au(db)
    if q.as_of is not None and (au is None or au > q.as_of):
        au = q.as_of
    body = Reponse(
        code=indicator.code,
        periode=q.periode.label,
        donnees_au=au.isoformat() if isinstance(au, datetime) else None,
        valeurs=indicator.rows(q, cells),
    )
    if q.as_of is not None:
        body.as_of = q.as_of.isoformat()
    return body


def _summary(cells: list[Cell]) -> Synthese:
    if not cells:
        return Synthese(numerateur=0, denominateur=None, valeur=None, secret=False)
    c = cells[0]
    return Synthese(
        numerateur=None if c.secret else c.numerateur,
        denominateur=c.denominateur,
        valeur=None if c.secret else c.valeur,
        secret=c.secret,
    )


async def bilan(
    db: AsyncSession, lot_id: str, params: dict[str, str], principal: Principal, seuil: int
) -> Bilan:
    """The scorecard's indicators for one lot beside the Région's (a rate) or its total and mean per lot
    (a count), over the lot's marché unless a `periode` is asked."""
    as_of_q = question_from({"as_of": params.get("as_of", ""), "periode": "2000"})
    lots = source("lot", as_of_q.as_of, "l")
    lot = (await db.execute(select(lots).where(lots.c.lot_id == lot_id))).mappings().first()
    if lot is None:
        raise LotIntrouvable(lot_id)
    q = question_from({k: v for k, v in params.items() if k in ("periode", "as_of")}, default_periode="2000")
    if "periode" not in params and lot["debut"] and lot["fin"]:
        q.periode = Periode(f"{lot['debut']}/{lot['fin']}", lot["debut"], lot["fin"] + timedelta(days=1))
    items = [await _bilan_line(db, indicator, lot_id, q, principal, seuil) for indicator in BILAN]
    return Bilan(
        lot=LotBilan(**{k: lot[k] for k in LotBilan.model_fields}),
        periode=q.periode.label,
        indicateurs=items,
    )


async def _bilan_line(
    db: AsyncSession, indicator: Indicator, lot_id: str, q: Question, principal: Principal, seuil: int
) -> LigneBilan:
    q_lot = Question(periode=q.periode, as_of=q.as_of, filters={"lot": [lot_id]})
    lot = _summary(await compute_cells(db, indicator, q_lot, principal, seuil))
    if indicator.unite == "taux":
        q_reg = Question(periode=q.periode, as_of=q.as_of)
        reg = _summary(await compute_cells(db, indicator, q_reg, principal, seuil))
        lv, rv = lot.valeur, reg.valeur
        ecart = None if lv is None or rv is None else round(lv - rv, 4)
        return LigneBilan(code=indicator.code, libelle=indicator.libelle, lot=lot, region=reg, ecart=ecart)
    q_reg = Question(periode=q.periode, as_of=q.as_of, dims=["lot"])
    per_lot = await compute_cells(db, indicator, q_reg, principal, seuil)
    values: list[Any] = [c.numerateur or 0 for c in per_lot]
    region = SyntheseRegion(
        total=sum(values) if not any(c.secret for c in per_lot) else None,
        moyenne_par_lot=round(sum(values) / len(values), 2) if values and principal.is_region else None,
    )
    return LigneBilan(code=indicator.code, libelle=indicator.libelle, lot=lot, region=region)
