"""Field types shared by the services' input models: plausible dates, clean text, JSON numbers only.

API.md: "Numbers are JSON numbers, never strings" — `Strict()` refuses `"5"` and `true` for a number and
`"true"` / `1` for a boolean (an int still passes for a float). Dates stay lax: JSON has no date type, they
arrive as strings. Each bound is a French message the problem lists under the field's pointer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Strict

# Nothing the programme records predates 2000 (the Région's oldest imported history is far later) nor
# runs past 2100: a date outside is a typo such as 0999 for 2099, which later broke the LHÉO export.
FIRST_EFFECTIVE_DAY = date(2000, 1, 1)
LAST_EFFECTIVE_DAY = date(2100, 12, 31)
FIRST_YEAR, LAST_YEAR = FIRST_EFFECTIVE_DAY.year, LAST_EFFECTIVE_DAY.year

_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_BUT_LAYOUT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, CR, LF allowed


def effective(day: date) -> date:
    if day < FIRST_EFFECTIVE_DAY:
        raise ValueError("Date invalide : antérieure au 01/01/2000.")
    if day > LAST_EFFECTIVE_DAY:
        raise ValueError("Date invalide : postérieure au 31/12/2100.")
    return day


def _name(text: str) -> str:
    if _ANY_CONTROL.search(text):
        raise ValueError("Caractère de contrôle interdit (octet nul, tabulation, saut de ligne…).")
    return text


def _free_text(text: str) -> str:
    if _CONTROL_BUT_LAYOUT.search(text):
        raise ValueError("Caractère de contrôle interdit (octet nul…).")
    return text


EffectiveDate = Annotated[date, AfterValidator(effective)]
Name = Annotated[str, AfterValidator(_name)]
FreeText = Annotated[str, AfterValidator(_free_text)]
Number = Annotated[float, Strict()]
Integer = Annotated[int, Strict()]
Flag = Annotated[bool, Strict()]
