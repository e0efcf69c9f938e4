"""Small-cell suppression (secret statistique) for every audience but the Région.

Primary: a cell whose effectif (trainees behind the figure) is under the threshold is suppressed.
Secondary: along each breakdown dimension, a line (the other dimensions fixed) with exactly one
suppressed cell gets its next smallest cell suppressed too, repeated until stable, so the total a
reader can ask for (without `par`, or with fewer dimensions) never gives a suppressed cell back by
difference. No totals are published inside a breakdown.
"""

from __future__ import annotations

from typing import Any

from indicators.definitions.base import Cell


def suppress(cells: list[Cell], ndims: int, seuil: int) -> None:
    for cell in cells:
        if cell.effectif is not None and cell.effectif < seuil:
            cell.secret = True
    if ndims == 0:
        return
    changed = True
    while changed:
        changed = False
        for axis in range(ndims):
            lines: dict[tuple[Any, ...], list[Cell]] = {}
            for cell in cells:
                if cell.effectif is None:
                    continue
                key = cell.dims[:axis] + cell.dims[axis + 1 :]
                lines.setdefault(key, []).append(cell)
            for line in lines.values():
                hidden = [c for c in line if c.secret]
                shown = [c for c in line if not c.secret]
                if len(hidden) == 1 and shown:
                    victim = min(shown, key=lambda c: (c.effectif or 0, repr(c.dims)))
                    victim.secret = True
                    changed = True
