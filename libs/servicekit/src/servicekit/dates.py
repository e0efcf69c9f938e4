"""The Région's calendar day: every service dates decisions, entries and "ended" the same way."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

REGION_TZ = ZoneInfo("Europe/Paris")


def region_today() -> date:
    """Today in the Région (Europe/Paris): from 23:00 or 22:00 UTC it is already tomorrow there."""
    return datetime.now(REGION_TZ).date()
