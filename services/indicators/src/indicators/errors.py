"""The indicators' problem answers, one class each (status, `code`, French title): routes list them in
`responses=` and the merged OpenAPI documents them."""

from __future__ import annotations

from collections.abc import Iterable

from servicekit.problems import DomainError, FieldError


class IndicateurInconnu(DomainError):
    status, code, title = 404, "indicateur_inconnu", "Indicateur inconnu"

    def __init__(self, code: str) -> None:
        super().__init__(
            f"Indicateur « {code} » inconnu. La liste est donnée par GET /v1/indicateurs.",
            errors=[FieldError("/code", f"Indicateur « {code} » inconnu.")],
        )


class LotIntrouvable(DomainError):
    status, code, title = 404, "lot_introuvable", "Lot introuvable"

    def __init__(self, lot_id: str) -> None:
        super().__init__(f"Lot « {lot_id} » introuvable dans les indicateurs.")


class HorsPerimetre(DomainError):
    status, code, title = 403, "hors_perimetre", "Hors de votre périmètre"


class ParametreInvalide(DomainError):
    """A query parameter refused: `errors[]` names it (JSON pointer `/<parameter>`)."""

    status, code, title = 422, "parametre_invalide", "Paramètre invalide"

    def __init__(self, pointer: str, message: str, *, detail: str | None = None) -> None:
        super().__init__(detail or message, errors=[FieldError(pointer, message)])


class PeriodeInvalide(ParametreInvalide):
    code, title = "periode_invalide", "Période invalide"


class DimensionInconnue(ParametreInvalide):
    code, title = "dimension_inconnue", "Dimension inconnue"


class TropDeDimensions(ParametreInvalide):
    code, title = "trop_de_dimensions", "Trop de dimensions"


class ParametreInconnu(ParametreInvalide):
    code, title = "parametre_inconnu", "Paramètre inconnu"


class FiltreInvalide(ParametreInvalide):
    code, title = "filtre_invalide", "Filtre invalide"


class AsOfInvalide(ParametreInvalide):
    code, title = "as_of_invalide", "Date as_of invalide"


class DimensionNonApplicable(ParametreInvalide):
    code, title = "dimension_non_applicable", "Dimension non applicable"

    def __init__(self, pointer: str, dimension: str, why: str) -> None:
        super().__init__(pointer, f"La dimension « {dimension} » ne s'applique pas à cet indicateur ({why}).")


class PublicInconnu(ParametreInvalide):
    code, title = "public_inconnu", "Public inconnu"

    def __init__(self, public: str, publics: Iterable[str]) -> None:
        message = f"Public « {public} » inconnu."
        super().__init__("/public", message, detail=f"{message} Publics possibles : {', '.join(publics)}.")


# What a question's parameters can be refused for (GET /v1/indicateurs/{code} and the scorecard).
QUESTION_ERRORS = (
    PeriodeInvalide,
    DimensionInconnue,
    TropDeDimensions,
    ParametreInconnu,
    FiltreInvalide,
    AsOfInvalide,
    DimensionNonApplicable,
    PublicInconnu,
)
