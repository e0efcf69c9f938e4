"""Pure state transitions: what one feed event does to the state of a session, lot, candidature or
parcours (a dict of its current-table columns). No I/O: `apply.py` loads the states and writes them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from indicators.dates import add_months

State = dict[str, Any]

ANCIENS_NIVEAUX = {"VI": "INFRA_3", "V": "3", "IV": "4", "III": "5", "II": "6", "I": "7"}
SESSION_FIELDS = (
    "action_id",
    "formation_id",
    "lot_id",
    "lot_numero",
    "marche_id",
    "dispositif",
    "programme",
    "secteur",
    "departement",
    "territoire",
    "organisme",
    "certifiante",
    "debut",
    "fin",
    "places_ouvertes",
)
LOT_FIELDS = (
    "numero",
    "intitule",
    "marche_id",
    "dispositif",
    "programme",
    "secteur",
    "departement",
    "territoire",
    "organisme",
    "objectif_entrees",
    "debut",
    "fin",
)


def parse_date(value: Any) -> date | None:
    if type(value) is str and len(value) == 10:
        return date.fromisoformat(value)  # the feed's dates: YYYY-MM-DD
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def parse_ts(value: Any) -> datetime:
    ts = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def tranche_age(age: int | None) -> str | None:
    if age is None:
        return None
    if age < 26:
        return "MOINS_26"
    return "26_49" if age < 50 else "50_PLUS"


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def profile_fields(profil: dict[str, Any] | None) -> State:
    p = profil or {}
    age = p.get("age")
    niveau = p.get("niveau")
    niveau = ANCIENS_NIVEAUX.get(str(niveau), niveau) if niveau is not None else None
    return {
        "stagiaire_id": _str(p.get("stagiaire_id")),
        "sexe": _str(p.get("sexe")),
        "age": age,
        "tranche_age": tranche_age(age),
        "niveau": None if niveau is None else str(niveau),
        "deld": _bool(p.get("deld")),
        "rqth": _bool(p.get("rqth")),
        "rsa": _bool(p.get("rsa")),
        "qpv": _bool(p.get("qpv")),
        "reseau": _str(p.get("reseau")),
    }


def _suivi6(state: State, data: dict[str, Any]) -> None:
    situation = data.get("situation")
    contrat = data.get("contrat")
    duree_emploi = data.get("duree_emploi_mois")
    duree_contrat = data.get("duree_contrat_mois")
    connu = situation is not None and situation != "INCONNU"
    emploi = connu and (
        (duree_emploi is not None and duree_emploi >= 1)
        or (duree_emploi is None and situation == "EMPLOI")
        or contrat == "CREATION"
    )
    durable = connu and (contrat in ("CDI", "CREATION") or (contrat == "CDD" and (duree_contrat or 0) >= 6))
    state.update(
        suivi6_situation=situation,
        suivi6_contrat=contrat,
        suivi6_connu=connu,
        emploi_6m=bool(emploi),
        durable_6m=bool(durable),
    )


def _days(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else (b - a).days


def apply_parcours(state: State, kind: str, data: dict[str, Any]) -> bool:
    """Mutates the parcours state for one event; False when the event does not concern it."""
    if kind == "parcours.entree":
        state.update(profile_fields(data.get("profil")))
        state.update(
            candidature_id=data.get("candidature_id"),
            session_id=data.get("session_id"),
            date_candidature=parse_date(data.get("date_candidature")),
            date_entree=parse_date(data.get("date_entree")),
            heures_prevues=_num(data.get("heures_prevues")),
        )
        state["delai_jours"] = _days(state["date_candidature"], state["date_entree"])
        if state.get("statut") != "SORTI":
            state["statut"] = "EN_FORMATION"
    elif kind in ("parcours.suspendu", "parcours.repris"):
        if state.get("statut") != "SORTI":
            state["statut"] = "SUSPENDU" if kind == "parcours.suspendu" else "EN_FORMATION"
    elif kind == "parcours.sortie":
        sortie = parse_date(data.get("date_sortie"))
        if state.get("date_entree") is None:
            state["date_entree"] = parse_date(data.get("date_entree"))
        state.update(
            statut="SORTI",
            date_sortie=sortie,
            type_sortie=data.get("type"),
            motif=data.get("motif"),
            certification=data.get("certification"),
            duree_jours=_days(state.get("date_entree"), sortie),
            date_6m=add_months(sortie, 6) if sortie else None,
            date_9m=add_months(sortie, 9) if sortie else None,
        )
        if data.get("heures_realisees") is not None:
            state["heures_realisees"] = _num(data["heures_realisees"])
    elif kind == "parcours.heures":
        state["heures_realisees"] = _num(data.get("heures_realisees"))
    elif kind == "suivi.enregistre":
        if int(data.get("horizon_mois") or 0) != 6:
            return False
        _suivi6(state, data)
    else:
        return False
    if state.get("session_id") is None and data.get("session_id"):
        state["session_id"] = data["session_id"]
    return True


CANDIDATURE_STATUTS = {
    "candidature.transmise": "TRANSMISE",
    "candidature.positionnee": "EN_POSITIONNEMENT",
    "candidature.acceptee": "ACCEPTEE",
    "candidature.refusee": "REFUSEE",
    "candidature.annulee": "ANNULEE",
    "candidature.expiree": "EXPIREE",
}


def apply_candidature(state: State, kind: str, data: dict[str, Any]) -> bool:
    if kind == "candidature.transmise":
        state.update(profile_fields(data.get("profil")))
        state["date_candidature"] = parse_date(data.get("date_candidature"))
        state["reseau"] = state.get("reseau") or (data.get("profil") or {}).get("reseau")
    elif kind == "parcours.entree":
        state["entree"] = True
        state["date_entree"] = parse_date(data.get("date_entree"))
        if state.get("date_candidature") is None:
            state["date_candidature"] = parse_date(data.get("date_candidature"))
            state.update(profile_fields(data.get("profil")))
        if state.get("statut") is None:
            state["statut"] = "ACCEPTEE"
        return True
    elif kind not in CANDIDATURE_STATUTS:
        return False
    state["statut"] = CANDIDATURE_STATUTS[kind]
    if data.get("session_id"):
        state["session_id"] = data["session_id"]
    return True


def snapshot(data: dict[str, Any], fields: Sequence[str]) -> State:
    out: State = {}
    for f in fields:
        value = data.get("organisme_siret") if f == "organisme" else data.get(f)
        if f in ("debut", "fin"):
            value = parse_date(value)
        elif f == "certifiante":
            value = _bool(value)
        elif f in ("places_ouvertes", "objectif_entrees") and value is not None:
            value = int(value)
        elif value is not None:
            value = str(value)
        out[f] = value
    return out


def changed(state: State, new: State) -> bool:
    return any(state.get(k) != v for k, v in new.items())
