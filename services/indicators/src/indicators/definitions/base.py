"""One `Indicator` per code: its pinned definition (DOMAIN.md §5), its computation, its empty row and
its row shape. The catalogue of them is `indicators.definitions.INDICATORS`."""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from indicators.params import Question
from indicators.schemas import Cohorte, DefinitionOut, Ligne, Unite


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


Compute = Callable[[AsyncSession, Question], Awaitable[list[Cell]]]


@dataclass(frozen=True, kw_only=True)
class Indicator:
    code: str
    libelle: str
    formule: str
    numerateur: str
    denominateur: str
    cohorte: Cohorte
    unite: Unite
    compute: Compute
    # The row shape of the answers (extra figures beside numerateur/valeur live in a Ligne subclass).
    ligne: type[Ligne] = Ligne
    # The row without `par` when nothing is in the cohort: its numerator and its extra figures.
    numerateur_vide: int | None = 0
    extras_vides: Mapping[str, Any] = field(default_factory=dict)

    def definition(self, seuil: int) -> DefinitionOut:
        return DefinitionOut(
            code=self.code,
            libelle=self.libelle,
            formule=self.formule,
            numerateur=self.numerateur,
            denominateur=self.denominateur,
            cohorte=self.cohorte,
            unite=self.unite,
            seuil_secret=seuil,
        )

    def check(self, q: Question) -> None:
        """Refuses a question this indicator cannot answer (before any query)."""

    def empty(self) -> Cell:
        """Without `par` there is always one row: nothing in the cohort is a figure too (0, or no rate)."""
        if self.unite == "nombre":
            return Cell((), 0, None, 0, None)
        return Cell((), self.numerateur_vide, 0, None, None, extra=copy.deepcopy(dict(self.extras_vides)))

    def rows(self, q: Question, cells: list[Cell]) -> list[Ligne]:
        return [self.ligne(**row_of(q, cell)) for cell in cells]


def row_of(q: Question, cell: Cell) -> dict[str, Any]:
    """A cell as an answer row; a suppressed cell hides its figures (but a lot's objectives)."""
    secret = cell.secret
    row: dict[str, Any] = {
        "dimensions": dict(zip(q.dims, cell.dims, strict=True)),
        "numerateur": None if secret else cell.numerateur,
        "denominateur": cell.denominateur,
        "valeur": None if secret else cell.valeur,
        "secret": secret,
    }
    for key, value in cell.extra.items():
        row[key] = None if secret and not key.startswith("objectif") else value
    return row
