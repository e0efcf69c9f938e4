"""Field types of the API's input models: plausible dates, clean text, JSON numbers and booleans only.

API.md: "Numbers are JSON numbers, never strings" — `Strict()` refuses `"5"` and `true` for a number and
`"true"` / `1` for a boolean (an int still passes for a float). Dates stay lax: JSON has no date type, they
arrive as strings. The CSV import parses its strings itself and never goes through these models.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Strict

from parcours.common.dates import today

# Nothing the programme records predates 2000 (the Région's oldest imported history is far later): an
# effective date before that is a typo such as 0999 for 2099, which later broke the exports.
FIRST_EFFECTIVE_DAY = date(2000, 1, 1)
FIRST_BIRTH_DAY = date(1900, 1, 1)
# The ANPE, France Travail's ancestor, registered its first job seekers in 1967.
FIRST_REGISTRATION_DAY = date(1967, 1, 1)
MIN_AGE = 16  # end of compulsory schooling: the youngest trainee the Région's programme takes

_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_BUT_LAYOUT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, CR, LF allowed


def _effective(day: date) -> date:
    if day < FIRST_EFFECTIVE_DAY:
        raise ValueError("Date invalide : antérieure au 01/01/2000.")
    return day


def _birth(day: date) -> date:
    if day > today():
        raise ValueError("Date de naissance dans le futur.")
    if day < FIRST_BIRTH_DAY:
        raise ValueError("Date de naissance invalide : antérieure au 01/01/1900.")
    return day


def _registration(day: date) -> date:
    if day > today():
        raise ValueError("Date d'inscription à France Travail dans le futur.")
    if day < FIRST_REGISTRATION_DAY:
        raise ValueError("Date d'inscription à France Travail invalide : antérieure à 1967.")
    return day


def _name(text: str) -> str:
    if _ANY_CONTROL.search(text):
        raise ValueError("Caractère de contrôle interdit (octet nul, tabulation, saut de ligne…).")
    return text


def _free_text(text: str) -> str:
    if _CONTROL_BUT_LAYOUT.search(text):
        raise ValueError("Caractère de contrôle interdit (octet nul…).")
    return text


EffectiveDate = Annotated[date, AfterValidator(_effective)]
BirthDate = Annotated[date, AfterValidator(_birth)]
RegistrationDate = Annotated[date, AfterValidator(_registration)]
Name = Annotated[str, AfterValidator(_name)]
FreeText = Annotated[str, AfterValidator(_free_text)]
Number = Annotated[float, Strict()]
Flag = Annotated[bool, Strict()]
