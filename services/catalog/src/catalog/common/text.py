"""Accent- and case-insensitive text: computed in Python so SQLite and PostgreSQL behave the same."""

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize(text: str | None) -> str:
    """'Électricien d'équipement' → 'electricien d equipement'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_ALNUM.sub(" ", stripped).strip()


def search_words(query: str | None) -> list[str]:
    return [w for w in normalize(query).split(" ") if w]


def codes_text(codes: list[str]) -> str:
    """A list of codes as ' A B C ' so that LIKE '% B %' matches one code exactly."""
    return " " + " ".join(codes) + " " if codes else ""
