"""The two early-warning rules (DOMAIN.md §4 decision), on the latest training days of one parcours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parcours.presences.repository import Recent
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


def evaluate(
    recent: Recent, *, heures_hebdomadaires: float | None, t: Thresholds
) -> list[tuple[str, date, str]]:
    """(règle, date, détail) for each rule that fires on a parcours' latest training days."""
    fired: list[tuple[str, date, str]] = []
    n = t.absences_consecutives
    if recent.days >= n and recent.streak_unjustified == n:
        fired.append(
            (
                "ABSENCES_CONSECUTIVES",
                recent.newest,
                f"{n} jours de formation consécutifs d'absence injustifiée.",
            )
        )
    if recent.days >= t.fenetre_jours:
        per_day = heures_hebdomadaires / 5 if heures_hebdomadaires else t.heures_jour_temps_plein
        planned = per_day * t.fenetre_jours
        present = recent.present
        if planned > 0 and present < t.taux_min * planned:
            fired.append(
                (
                    "ASSIDUITE_FAIBLE",
                    recent.newest,
                    f"{present:g} h de présence sur {planned:g} h prévues sur les {t.fenetre_jours} derniers jours "
                    f"de formation ({present / planned:.0%} < {t.taux_min:.0%}).",
                )
            )
    return fired
