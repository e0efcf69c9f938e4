"""Pure state transitions: what one event, its payload typed (`payloads.py`), does to the state of a
session, lot, candidature or parcours (a dict of its current-table columns). No I/O: `apply.py` loads the
states and writes them. Each transition returns False when the event changes nothing of that fact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from indicators.dates import add_months
from indicators.projection.payloads import (
    CandidatureEtape,
    CandidatureTransmise,
    LotSnapshot,
    ParcoursEntree,
    ParcoursEtape,
    ParcoursHeures,
    ParcoursSortie,
    Payload,
    Profil,
    SessionSnapshot,
    SuiviEnregistre,
)

State = dict[str, Any]
Transition = Callable[[State, Any], bool]
ANCIENS_NIVEAUX = {"VI": "INFRA_3", "V": "3", "IV": "4", "III": "5", "II": "6", "I": "7"}
# DOMAIN.md §5: at least 1 month worked in the 6 months; a CDD of 6 months or more is a lasting job.
MOIS_EMPLOI_MIN = 1
MOIS_CDD_DURABLE = 6


def tranche_age(age: int | None) -> str | None:
    if age is None:
        return None
    if age < 26:
        return "MOINS_26"
    return "26_49" if age < 50 else "50_PLUS"


def _days(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else (b - a).days


# --- catalog ---------------------------------------------------------------------------------------


def session_state(p: SessionSnapshot) -> State:
    """What the projection keeps of a session snapshot (f_session's columns)."""
    return {
        "action_id": p.action_id,
        "formation_id": p.formation_id,
        "lot_id": p.lot_id,
        "lot_numero": p.lot_numero,
        "marche_id": p.marche_id,
        "dispositif": p.dispositif,
        "programme": p.programme,
        "secteur": p.secteur,
        "departement": p.departement,
        "territoire": p.territoire,
        "organisme": p.organisme_siret,
        "certifiante": p.certifiante,
        "debut": p.debut,
        "fin": p.fin,
        "places_ouvertes": p.places_ouvertes,
    }


def lot_state(p: LotSnapshot) -> State:
    return {
        "numero": p.numero,
        "intitule": p.intitule,
        "marche_id": p.marche_id,
        "dispositif": p.dispositif,
        "programme": p.programme,
        "secteur": p.secteur,
        "departement": p.departement,
        "territoire": p.territoire,
        "organisme": p.organisme_siret,
        "objectif_entrees": p.objectif_entrees,
        "debut": p.debut,
        "fin": p.fin,
    }


def changed(state: State, new: State) -> bool:
    return any(state.get(k) != v for k, v in new.items())


# --- parcours --------------------------------------------------------------------------------------


def profile_fields(p: Profil | None) -> State:
    p = p or Profil()
    niveau = p.niveau
    return {
        "stagiaire_id": p.stagiaire_id,
        "sexe": p.sexe,
        "age": p.age,
        "tranche_age": tranche_age(p.age),
        "niveau": None if niveau is None else ANCIENS_NIVEAUX.get(niveau, niveau),
        "deld": p.deld,
        "rqth": p.rqth,
        "rsa": p.rsa,
        "qpv": p.qpv,
        "reseau": p.reseau,
    }


def _session_if_unknown(state: State, p: Any) -> bool:
    if state.get("session_id") is None and p.session_id:
        state["session_id"] = p.session_id
    return True


def parcours_entree(state: State, p: ParcoursEntree) -> bool:
    state.update(profile_fields(p.profil))
    state.update(
        candidature_id=p.candidature_id,
        session_id=p.session_id,
        date_candidature=p.date_candidature,
        date_entree=p.date_entree,
        heures_prevues=p.heures_prevues,
    )
    state["delai_jours"] = _days(state["date_candidature"], state["date_entree"])
    if state.get("statut") != "SORTI":
        state["statut"] = "EN_FORMATION"
    return _session_if_unknown(state, p)


def parcours_suspendu(state: State, p: ParcoursEtape) -> bool:
    if state.get("statut") != "SORTI":
        state["statut"] = "SUSPENDU"
    return _session_if_unknown(state, p)


def parcours_repris(state: State, p: ParcoursEtape) -> bool:
    if state.get("statut") != "SORTI":
        state["statut"] = "EN_FORMATION"
    return _session_if_unknown(state, p)


def parcours_sortie(state: State, p: ParcoursSortie) -> bool:
    sortie = p.date_sortie
    if state.get("date_entree") is None:
        state["date_entree"] = p.date_entree
    state.update(
        statut="SORTI",
        date_sortie=sortie,
        type_sortie=p.type,
        motif=p.motif,
        certification=p.certification,
        duree_jours=_days(state.get("date_entree"), sortie),
        date_6m=add_months(sortie, 6) if sortie else None,
        date_9m=add_months(sortie, 9) if sortie else None,
    )
    if p.heures_realisees is not None:
        state["heures_realisees"] = p.heures_realisees
    return _session_if_unknown(state, p)


def parcours_heures(state: State, p: ParcoursHeures) -> bool:
    state["heures_realisees"] = p.heures_realisees
    return _session_if_unknown(state, p)


def suivi_enregistre(state: State, p: SuiviEnregistre) -> bool:
    """Only the 6-month follow-up counts. Months are compared exactly (0.99 < 1 ≤ 1.0)."""
    if (p.horizon_mois or 0) != 6:
        return False
    situation, contrat = p.situation, p.contrat
    connu = situation is not None and situation != "INCONNU"
    emploi = connu and (
        (p.duree_emploi_mois is not None and p.duree_emploi_mois >= MOIS_EMPLOI_MIN)
        or (p.duree_emploi_mois is None and situation == "EMPLOI")
        or contrat == "CREATION"
    )
    durable = connu and (
        contrat in ("CDI", "CREATION")
        or (contrat == "CDD" and (p.duree_contrat_mois or 0) >= MOIS_CDD_DURABLE)
    )
    state.update(
        suivi6_situation=situation,
        suivi6_contrat=contrat,
        suivi6_connu=connu,
        emploi_6m=bool(emploi),
        durable_6m=bool(durable),
    )
    return _session_if_unknown(state, p)


PARCOURS: dict[str, Transition] = {
    "parcours.entree": parcours_entree,
    "parcours.suspendu": parcours_suspendu,
    "parcours.repris": parcours_repris,
    "parcours.sortie": parcours_sortie,
    "parcours.heures": parcours_heures,
    "suivi.enregistre": suivi_enregistre,
}


# --- candidature -----------------------------------------------------------------------------------


def candidature_transmise(state: State, p: CandidatureTransmise) -> bool:
    state.update(profile_fields(p.profil))
    state["date_candidature"] = p.date_candidature
    return _statut(state, p, "TRANSMISE")


def _statut(state: State, p: CandidatureTransmise | CandidatureEtape, statut: str) -> bool:
    state["statut"] = statut
    if p.session_id:
        state["session_id"] = p.session_id
    return True


def _etape(statut: str) -> Transition:
    def step(state: State, p: CandidatureEtape) -> bool:
        return _statut(state, p, statut)

    step.__name__ = f"candidature_{statut.lower()}"
    return step


def candidature_entree(state: State, p: ParcoursEntree) -> bool:
    """The entry of its parcours: the candidature led to an entry (its profile if it was not read)."""
    state["entree"] = True
    state["date_entree"] = p.date_entree
    if state.get("date_candidature") is None:
        state["date_candidature"] = p.date_candidature
        state.update(profile_fields(p.profil))
    if state.get("statut") is None:
        state["statut"] = "ACCEPTEE"
    return True


CANDIDATURE: dict[str, Transition] = {
    "candidature.transmise": candidature_transmise,
    "candidature.positionnee": _etape("EN_POSITIONNEMENT"),
    "candidature.acceptee": _etape("ACCEPTEE"),
    "candidature.refusee": _etape("REFUSEE"),
    "candidature.annulee": _etape("ANNULEE"),
    "candidature.expiree": _etape("EXPIREE"),
    "parcours.entree": candidature_entree,
}


def keys_of(payload: Payload | None, name: str) -> str | None:
    """A payload's key field (`session_id`, `parcours_id`…) when its type has one."""
    return getattr(payload, name, None)
