"""Feed event → public webhook type (API.md § Exchanges), and the payload a subscriber receives."""

from __future__ import annotations

from typing import Any

WEBHOOK_TYPES: dict[str, str] = {
    "candidature.transmise": "candidature.transmise",
    "candidature.acceptee": "candidature.decidee",
    "candidature.refusee": "candidature.decidee",
    "candidature.annulee": "candidature.annulee",
    "parcours.entree": "parcours.entree",
    "parcours.suspendu": "parcours.suspension",
    "parcours.repris": "parcours.suspension",
    "parcours.sortie": "parcours.sortie",
    "suivi.enregistre": "parcours.suivi",
    "alerte.levee": "alerte.levee",
}
EVENEMENTS = tuple(sorted(set(WEBHOOK_TYPES.values())))

# The trainee's statistical profile stays inside PRF: a subscriber gets ids, dates and outcomes and
# reads the rest through the API, where its rights are checked again.
_WITHHELD = {"profil"}


def payload(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in data.items() if k not in _WITHHELD}
    if kind == "candidature.acceptee":
        out["decision"] = "ACCEPTEE"
    elif kind == "candidature.refusee":
        out["decision"] = "REFUSEE"
    elif kind == "parcours.suspendu":
        out["etat"] = "SUSPENDU"
    elif kind == "parcours.repris":
        out["etat"] = "REPRIS"
    return out
