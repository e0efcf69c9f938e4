"""Field types of parcours' input models: the shared ones (servicekit.inputs) plus a person's dates.

The CSV import parses its strings itself and never goes through these models.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator

from parcours.common.dates import today
from servicekit.inputs import FIRST_EFFECTIVE_DAY, EffectiveDate, Flag, FreeText, Name, Number

__all__ = [
    "FIRST_EFFECTIVE_DAY",
    "BirthDate",
    "EffectiveDate",
    "Flag",
    "FreeText",
    "Name",
    "Number",
    "RegistrationDate",
]

FIRST_BIRTH_DAY = date(1900, 1, 1)
# The ANPE, France Travail's ancestor, registered its first job seekers in 1967.
FIRST_REGISTRATION_DAY = date(1967, 1, 1)
MIN_AGE = 16  # end of compulsory schooling: the youngest trainee the Région's programme takes


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


BirthDate = Annotated[date, AfterValidator(_birth)]
RegistrationDate = Annotated[date, AfterValidator(_registration)]
