"""Translating the parcours feed into AGORA dossier events (transport-neutral: an INTEROPS-A adapter can
push the same records later). One dossier per parcours, its id the parcours id."""

from __future__ import annotations

from datetime import date
from typing import Any


def _day(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


def agora_records(
    kind: str, data: dict[str, Any], recorded_at: str
) -> list[tuple[str, date, dict[str, Any]]]:
    """(type, date, fields) of the AGORA events one feed event gives; [] when AGORA does not care."""
    if kind == "parcours.entree":
        return [("ENTREE", _day(data["date_entree"]), {"heures_prevues": data.get("heures_prevues")})]
    if kind == "parcours.suspendu":
        return [("INTERRUPTION", _day(data["date"]), {})]
    if kind == "parcours.repris":
        return [("REPRISE", _day(data["date"]), {})]
    if kind == "parcours.sortie":
        day = _day(data["date_sortie"])
        sortie = {
            "type_sortie": data.get("type"),
            "motif": data.get("motif"),
            "certification": data.get("certification"),
        }
        # The hours/money balance (finances) is not kept yet: SOLDE carries what is known, the hours.
        solde = {"heures_realisees": data.get("heures_realisees"), "cout": None}
        return [("SORTIE", day, sortie), ("SOLDE", day, solde)]
    if kind == "parcours.annule":  # an entry declared by mistake (no such parcours event yet)
        return [("ANNULATION", _day(data.get("date") or recorded_at), {})]
    return []
