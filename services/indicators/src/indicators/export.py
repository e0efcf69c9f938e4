"""An indicator's answer as a CSV for spreadsheets: UTF-8 with BOM, `;`, decimal comma, oui/non."""

from __future__ import annotations

import csv
import io
from typing import Any


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
