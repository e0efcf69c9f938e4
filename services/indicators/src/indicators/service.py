"""Answering an indicator question: compute, suppress, shape (JSON rows or CSV)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.compute import COMPUTE, PUBLICS, Cell
from indicators.definitions import BY_CODE
from indicators.feed import donnees_au
from indicators.params import Question
from indicators.secret import suppress
from servicekit.auth import Principal
from servicekit.db import Database
from servicekit.problems import Problem


def definition_or_404(code: str) -> None:
    if code not in BY_CODE:
        raise Problem(
            404,
            f"Indicateur « {code} » inconnu. La liste est donnée par GET /v1/indicateurs.",
            code="indicateur_inconnu",
            errors=[{"pointer": "/code", "message": f"Indicateur « {code} » inconnu."}],
        )


async def compute_cells(
    db: AsyncSession, code: str, q: Question, principal: Principal, seuil: int
) -> list[Cell]:
    definition_or_404(code)
    if db.bind is not None and db.bind.dialect.name == "postgresql":
        # Aggregates over a few hundred thousand rows: JIT compilation costs more than it saves. Hashes
        # of a year of entries (taux_acces_qualification's VISA side: ~150 000 keys at 1 M parcours)
        # stay in one batch in memory instead of spilling to disk (default work_mem 4 MB). SET LOCAL.
        await db.execute(text("SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)"))
    cells = await COMPUTE[code](db, q)
    if not q.dims and not cells:
        cells = [_empty(code)]
    if not principal.is_region:
        suppress(cells, len(q.dims), seuil)
    cells.sort(key=lambda c: tuple("" if v is None else str(v) for v in c.dims))
    return cells


def _empty(code: str) -> Cell:
    """Without `par` there is always one row: nothing in the cohort is a figure too (0, or no rate)."""
    if BY_CODE[code].unite == "nombre":
        return Cell((), 0, None, 0, None)
    cell = Cell((), None if code == "delai_candidature_entree" else 0, 0, None, None)
    if code == "part_publics":
        cell.extra["publics"] = dict.fromkeys(PUBLICS, 0)
    if code == "taux_reussite_certification":
        cell.extra["reussite_partielle"] = {"numerateur": 0, "valeur": None}
    if code == "duree_moyenne_parcours":
        cell.extra["duree_moyenne_jours"] = None
    return cell


def _row(q: Question, cell: Cell) -> dict[str, Any]:
    secret = cell.secret
    row: dict[str, Any] = {
        "dimensions": dict(zip(q.dims, cell.dims, strict=True)),
        "numerateur": None if secret else cell.numerateur,
        "denominateur": cell.denominateur,
        "valeur": None if secret else cell.valeur,
        "secret": secret,
    }
    for key, value in cell.extra.items():
        if key != "publics":
            row[key] = None if secret and not key.startswith("objectif") else value
    return row


def rows_for(code: str, q: Question, cells: list[Cell]) -> list[dict[str, Any]]:
    if code != "part_publics":
        return [_row(q, c) for c in cells]
    out = []
    publics = [q.public] if q.public in PUBLICS else PUBLICS
    for cell in cells:
        for public in publics:
            n = cell.extra["publics"][public]
            row = _row(q, Cell(cell.dims, n, cell.denominateur, None, cell.effectif, secret=cell.secret))
            row["dimensions"]["public"] = public
            if not cell.secret:
                row["valeur"] = round(n / cell.denominateur, 4) if cell.denominateur else None
            out.append(row)
    return out


async def answer(
    database: Database, db: AsyncSession, code: str, q: Question, principal: Principal, seuil: int
) -> dict[str, Any]:
    if code == "part_publics" and q.public is not None and q.public not in PUBLICS:
        raise Problem(
            422,
            f"Public « {q.public} » inconnu. Publics possibles : {', '.join(PUBLICS)}.",
            code="public_inconnu",
            errors=[{"pointer": "/public", "message": f"Public « {q.public} » inconnu."}],
        )
    cells = await compute_cells(db, code, q, principal, seuil)
    au = await donnees_au(db)
    if q.as_of is not None and (au is None or au > q.as_of):
        au = q.as_of
    body: dict[str, Any] = {
        "code": code,
        "periode": q.periode.label,
        "donnees_au": au.isoformat() if isinstance(au, datetime) else None,
        "valeurs": rows_for(code, q, cells),
    }
    if q.as_of is not None:
        body["as_of"] = q.as_of.isoformat()
    return body


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return repr(value).replace(".", ",") if value != int(value) else str(int(value))
    return str(value)


def to_csv(body: dict[str, Any], dims: list[str]) -> str:
    rows = body["valeurs"]
    dim_names = list(dims)
    if rows and "public" in rows[0]["dimensions"]:
        dim_names.append("public")
    extras = sorted(
        {k for r in rows for k in r} - {"dimensions", "numerateur", "denominateur", "valeur", "secret"}
    )
    extras = [e for e in extras if not isinstance(rows[0].get(e), dict)]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ["code", "periode", *dim_names, "numerateur", "denominateur", "valeur", "secret", *extras]
    )
    for r in rows:
        writer.writerow(
            [
                body["code"],
                body["periode"],
                *(_fmt(r["dimensions"].get(d)) for d in dim_names),
                _fmt(r["numerateur"]),
                _fmt(r["denominateur"]),
                _fmt(r["valeur"]),
                _fmt(r["secret"]),
                *(_fmt(r.get(e)) for e in extras),
            ]
        )
    return "\ufeff" + buf.getvalue()
