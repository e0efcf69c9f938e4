"""The two early-warning rules (DOMAIN.md §4 decision), on the latest training days of one parcours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parcours.settings import ParcoursSettings


@dataclass(frozen=True)
class Thresholds:
    absences_consecutives: int
    taux_min: float
    fenetre_jours: int
    heures_jour_temps_plein: float

    @classmethod
    def of(cls, settings: ParcoursSettings) -> Thresholds:
        return cls(
            absences_consecutives=settings.alerte_absences_consecutives,
            taux_min=settings.alerte_taux_min,
            fenetre_jours=settings.alerte_fenetre_jours,
            heures_jour_temps_plein=settings.heures_jour_temps_plein,
        )


def _unjustified_absence(day: Any) -> bool:
    return bool(
        day.heures_presence == 0
        and day.heures_absence > 0
        and (day.motif_absence or "INJUSTIFIEE") == "INJUSTIFIEE"
    )


def evaluate(
    days: list[Any], *, heures_hebdomadaires: float | None, t: Thresholds
) -> list[tuple[str, date, str]]:
    """`days` newest first. Returns (règle, date, détail) for each rule that fires."""
    fired: list[tuple[str, date, str]] = []
    streak = days[: t.absences_consecutives]
    if len(streak) == t.absences_consecutives and all(_unjustified_absence(d) for d in streak):
        fired.append(
            (
                "ABSENCES_CONSECUTIVES",
                streak[0].date,
                f"{t.absences_consecutives} jours de formation consécutifs d'absence injustifiée.",
            )
        )
    window = days[: t.fenetre_jours]
    if len(window) == t.fenetre_jours:
        per_day = heures_hebdomadaires / 5 if heures_hebdomadaires else t.heures_jour_temps_plein
        planned = per_day * t.fenetre_jours
        present = sum(d.heures_presence for d in window)
        if planned > 0 and present < t.taux_min * planned:
            fired.append(
                (
                    "ASSIDUITE_FAIBLE",
                    window[0].date,
                    f"{present:g} h de présence sur {planned:g} h prévues sur les {t.fenetre_jours} derniers jours "
                    f"de formation ({present / planned:.0%} < {t.taux_min:.0%}).",
                )
            )
    return fired
