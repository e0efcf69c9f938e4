"""Candidature rules: pure checks on dates, statuses and decisions (French messages, JSON pointers)."""

from __future__ import annotations

from datetime import date

from parcours.candidatures.models import Candidature
from parcours.candidatures.schemas import OUVERTS, DecisionIn
from parcours.clients.catalogue import SessionInfo
from parcours.common.dates import today, whole_years
from parcours.common.inputs import MIN_AGE
from parcours.errors import TransitionInterdite, invalid


def check_age(born: date, when: date) -> None:
    """Old enough on the candidature's own date (a late declaration is judged on the day it happened)."""
    if whole_years(born, when) < MIN_AGE:
        raise invalid(
            "/stagiaire/date_naissance",
            f"Le stagiaire doit avoir au moins {MIN_AGE} ans à la date de candidature.",
        )


def check_candidature_date(when: date, info: SessionInfo, pointer: str = "/date_candidature") -> None:
    if when > today():
        raise invalid(pointer, "La date de candidature ne peut pas être postérieure à aujourd'hui.")
    if when > info.fin:
        raise invalid(pointer, f"La date de candidature doit précéder la fin de la session ({info.fin}).")


def effective_date(row: Candidature, when: date | None, pointer: str = "/date") -> date:
    day = when or today()
    if day > today():
        raise invalid(pointer, "La date ne peut pas être postérieure à aujourd'hui.")
    if day < row.date_candidature:
        raise invalid(pointer, f"La date doit suivre la date de candidature ({row.date_candidature}).")
    return day


def require_status(row: Candidature, *allowed: str) -> None:
    if row.statut not in allowed:
        raise TransitionInterdite(
            f"Transition impossible depuis le statut {row.statut} (attendu : {', '.join(allowed)})."
        )


def check_decision(data: DecisionIn) -> None:
    if data.decision != "REFUSEE":
        return
    if data.motif is None:
        raise invalid("/motif", "Le motif de refus est obligatoire.")
    if not (data.message or "").strip():
        raise invalid("/message", "Un message au valideur est obligatoire en cas de refus.")


def releases_place(statut: str) -> bool:
    return statut in ("REFUSEE", "ANNULEE", "EXPIREE")


def is_open(row: Candidature) -> bool:
    return row.statut in OUVERTS
