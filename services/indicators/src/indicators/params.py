"""Query parameters of the indicators: period, breakdown dimensions, filters, as_of — French errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from indicators.errors import (
    AsOfInvalide,
    DimensionInconnue,
    FiltreInvalide,
    ParametreInconnu,
    PeriodeInvalide,
    TropDeDimensions,
)
from servicekit.inputs import FIRST_YEAR, LAST_YEAR

SESSION_DIMS = {
    "lot": "lot_id",
    "dispositif": "dispositif",
    "programme": "programme",
    "secteur": "secteur",
    "departement": "departement",
    "territoire": "territoire",
    "organisme": "organisme",
}
PROFILE_DIMS = {
    "sexe": "sexe",
    "tranche_age": "tranche_age",
    "niveau": "niveau",
    "deld": "deld",
    "rqth": "rqth",
    "qpv": "qpv",
    "rsa": "rsa",
    "reseau": "reseau",
}
DIMENSIONS = {**SESSION_DIMS, **PROFILE_DIMS}
BOOLEAN_DIMS = {"deld", "rqth", "qpv", "rsa"}
TRANCHES = {
    "MOINS_26": "MOINS_26",
    "<26": "MOINS_26",
    "26_49": "26_49",
    "26-49": "26_49",
    "50_PLUS": "50_PLUS",
    "≥50": "50_PLUS",
    ">=50": "50_PLUS",
    "50+": "50_PLUS",
}
NIVEAUX_ANCIENS = {"VI": "INFRA_3", "V": "3", "IV": "4", "III": "5", "II": "6", "I": "7"}
RESERVED = {"periode", "par", "as_of", "format", "public"}
MAX_DIMS = 3


@dataclass(frozen=True)
class Periode:
    label: str
    debut: date
    fin: date  # exclusive

    @classmethod
    def parse(cls, raw: str) -> Periode:
        raw = raw.strip()
        if (m := re.match(r"(\d{4})", raw)) and not FIRST_YEAR <= int(m[1]) <= LAST_YEAR:
            # Year 0 or 9999 + 1 has no calendar date; any year outside is a typo, not a question.
            raise PeriodeInvalide(
                "/periode", f"Période « {raw} » invalide : l'année va de {FIRST_YEAR} à {LAST_YEAR}."
            )
        if m := re.fullmatch(r"(\d{4})", raw):
            y = int(m[1])
            return cls(raw, date(y, 1, 1), date(y + 1, 1, 1))
        if m := re.fullmatch(r"(\d{4})-T([1-4])", raw, re.IGNORECASE):
            y, q = int(m[1]), int(m[2])
            end = date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
            return cls(f"{y}-T{q}", date(y, 3 * q - 2, 1), end)
        if (m := re.fullmatch(r"(\d{4})-(\d{2})", raw)) and 1 <= int(m[2]) <= 12:
            y, mo = int(m[1]), int(m[2])
            end = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
            return cls(raw, date(y, mo, 1), end)
        raise PeriodeInvalide(
            "/periode",
            f"Période « {raw} » invalide : attendu une année (2025), un trimestre (2025-T1) ou un mois (2025-03).",
        )


@dataclass
class Question:
    """One indicator question: what, over which period, broken down and filtered how, as known when."""

    periode: Periode
    dims: list[str] = field(default_factory=list)
    filters: dict[str, list[Any]] = field(default_factory=dict)
    as_of: datetime | None = None
    public: str | None = None

    @property
    def ref_date(self) -> date:
        return self.as_of.date() if self.as_of else datetime.now(UTC).date()


def parse_as_of(raw: str | None) -> datetime | None:
    if raw is None or raw == "":
        return None
    text = raw.strip().replace(" ", "+") if "T" in raw else raw.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            # A day means "as known at the end of that day" (UTC).
            d = date.fromisoformat(text)
            return datetime.combine(d + timedelta(days=1), time(), UTC) - timedelta(microseconds=1)
        ts = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise AsOfInvalide(
            "/as_of", f"as_of « {raw} » invalide : attendu une date (2025-03-31) ou un horodatage ISO 8601."
        ) from None
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def parse_dims(raw: str | None) -> list[str]:
    if not raw:
        return []
    dims = [d.strip() for d in raw.split(",") if d.strip()]
    for d in dims:
        if d not in DIMENSIONS:
            raise DimensionInconnue(
                "/par", f"Dimension « {d} » inconnue. Dimensions possibles : {', '.join(sorted(DIMENSIONS))}."
            )
    if len(set(dims)) != len(dims):
        raise DimensionInconnue("/par", "Une dimension est répétée dans « par ».")
    if len(dims) > MAX_DIMS:
        raise TropDeDimensions("/par", f"Au plus {MAX_DIMS} dimensions dans « par ».")
    return dims


def parse_filter_value(dim: str, raw: str) -> Any:
    value = raw.strip()
    if dim in BOOLEAN_DIMS:
        low = value.lower()
        if low in ("true", "1", "oui", "vrai"):
            return True
        if low in ("false", "0", "non", "faux"):
            return False
        raise FiltreInvalide(f"/{dim}", f"Filtre « {dim} » : attendu true ou false.")
    if dim == "tranche_age":
        if value.upper() not in TRANCHES and value not in TRANCHES:
            raise FiltreInvalide(
                "/tranche_age", "Filtre « tranche_age » : attendu MOINS_26 (<26), 26_49 ou 50_PLUS (≥50)."
            )
        return TRANCHES.get(value.upper(), TRANCHES.get(value))
    if dim == "niveau":
        return NIVEAUX_ANCIENS.get(value.upper(), value.upper())
    if dim == "sexe":
        return value.upper()
    return value


def parse_filters(params: dict[str, str]) -> dict[str, list[Any]]:
    filters: dict[str, list[Any]] = {}
    for name, raw in params.items():
        if name in RESERVED:
            continue
        if name not in DIMENSIONS:
            raise ParametreInconnu(
                f"/{name}", f"Paramètre « {name} » inconnu : ni une dimension ni une option de la requête."
            )
        filters[name] = [parse_filter_value(name, part) for part in raw.split(",") if part.strip()]
    return filters


def question_from(params: dict[str, str], *, default_periode: str | None = None) -> Question:
    raw_periode = params.get("periode") or default_periode or str(datetime.now(UTC).year)
    return Question(
        periode=Periode.parse(raw_periode),
        dims=parse_dims(params.get("par")),
        filters=parse_filters(params),
        as_of=parse_as_of(params.get("as_of")),
        public=params.get("public"),
    )
