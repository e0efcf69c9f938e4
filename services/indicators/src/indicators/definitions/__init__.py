"""The pinned indicators of DOMAIN.md §5: one `Indicator` object per code, in the order the API lists them.

Adding an indicator = one `Indicator(...)` next to its computation in the module of its cohort, and its
name in `INDICATORS` below: the listing, the answers, the empty row and the scorecard follow from it."""

from indicators.definitions.base import Cell, Indicator
from indicators.definitions.entrees import DELAI_CANDIDATURE_ENTREE, ENTREES, TAUX_TRANSFORMATION
from indicators.definitions.offre import ENTREES_VS_OBJECTIF, PLACES_OUVERTES, TAUX_REMPLISSAGE
from indicators.definitions.publics import PART_PUBLICS, PUBLICS
from indicators.definitions.ruptures import PART_RUPTURES_EMPLOI, TAUX_RUPTURE, TAUX_RUPTURE_NETTE
from indicators.definitions.sorties import (
    DUREE_MOYENNE_PARCOURS,
    TAUX_ACCES_QUALIFICATION,
    TAUX_HEURES_REALISEES,
    TAUX_REUSSITE_CERTIFICATION,
)
from indicators.definitions.suivi import (
    TAUX_ACCES_EMPLOI_6M,
    TAUX_COUVERTURE_SUIVI_6M,
    TAUX_EMPLOI_DURABLE_6M,
)

INDICATORS: tuple[Indicator, ...] = (
    PLACES_OUVERTES,
    ENTREES,
    TAUX_REMPLISSAGE,
    TAUX_TRANSFORMATION,
    DELAI_CANDIDATURE_ENTREE,
    TAUX_RUPTURE,
    TAUX_RUPTURE_NETTE,
    PART_RUPTURES_EMPLOI,
    TAUX_REUSSITE_CERTIFICATION,
    TAUX_HEURES_REALISEES,
    DUREE_MOYENNE_PARCOURS,
    TAUX_ACCES_EMPLOI_6M,
    TAUX_EMPLOI_DURABLE_6M,
    TAUX_COUVERTURE_SUIVI_6M,
    TAUX_ACCES_QUALIFICATION,
    PART_PUBLICS,
    ENTREES_VS_OBJECTIF,
)
# The name the tests and the bench iterate over (each has `.code`).
DEFINITIONS = INDICATORS
BY_CODE = {i.code: i for i in INDICATORS}
# The per-lot scorecard, in the order it lists them.
BILAN = (
    PLACES_OUVERTES,
    ENTREES,
    ENTREES_VS_OBJECTIF,
    TAUX_REMPLISSAGE,
    TAUX_RUPTURE,
    TAUX_RUPTURE_NETTE,
    TAUX_REUSSITE_CERTIFICATION,
    TAUX_ACCES_EMPLOI_6M,
)

__all__ = ["BILAN", "BY_CODE", "DEFINITIONS", "INDICATORS", "PUBLICS", "Cell", "Indicator"]
