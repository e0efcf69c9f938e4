"""Effective dates: 'today' is the Région's calendar day; months are added the calendar way."""

from __future__ import annotations

import calendar
from datetime import date

from servicekit.dates import REGION_TZ, region_today

PARIS = REGION_TZ


def today() -> date:
    return region_today()


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year = day.year + month0 // 12
    month = month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_years(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)
