"""The event payloads as the projection reads them: one pydantic model per event type (contracts.md §4),
with only the fields the indicators use (others ignored). A payload that does not validate is rejected
by `decode` (skipped, logged without its values, counted), never applied half-way.

Optional fields stay optional (None) where the projection has a meaning for "absent"; the keys a fact is
found by are required."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

log = logging.getLogger("indicators.feed")


class Payload(BaseModel):
    # Identifiers and codes are kept as text even when a producer sends a number (lot numbers are).
    model_config = ConfigDict(extra="ignore", frozen=True, coerce_numbers_to_str=True)


# --- catalog ---------------------------------------------------------------------------------------


class OfferDimensions(Payload):
    """What a session and a lot both carry: the marché's dimensions, the OF and the period."""

    marche_id: str | None = None
    dispositif: str | None = None
    programme: str | None = None
    secteur: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme_siret: str | None = None
    debut: dt.date | None = None
    fin: dt.date | None = None


class SessionSnapshot(OfferDimensions):
    """session.ouverte / session.modifiee / session.fermee / places.modifiees."""

    session_id: str
    action_id: str | None = None
    formation_id: str | None = None
    lot_id: str | None = None
    lot_numero: str | None = None
    certifiante: bool | None = None
    places_ouvertes: int | None = None


class LotSnapshot(OfferDimensions):
    """lot.cree / lot.modifie (`debut`/`fin`: the marché's period)."""

    lot_id: str
    numero: str | None = None
    intitule: str | None = None
    objectif_entrees: int | None = None


# --- parcours --------------------------------------------------------------------------------------


class Profil(Payload):
    """The trainee's pseudonymous profile at the candidature (`niveau`: a 2019 code, or an old level)."""

    stagiaire_id: str | None = None
    sexe: str | None = None
    age: int | None = None
    niveau: str | None = None
    deld: bool | None = None
    rqth: bool | None = None
    rsa: bool | None = None
    qpv: bool | None = None
    reseau: str | None = None


class CandidatureTransmise(Payload):
    candidature_id: str
    session_id: str | None = None
    date_candidature: dt.date | None = None
    profil: Profil | None = None


class CandidatureEtape(Payload):
    """candidature.positionnee / acceptee / refusee / annulee / expiree."""

    candidature_id: str
    session_id: str | None = None


class ParcoursEntree(Payload):
    parcours_id: str
    candidature_id: str | None = None
    session_id: str | None = None
    date_entree: dt.date | None = None
    date_candidature: dt.date | None = None
    heures_prevues: float | None = None
    profil: Profil | None = None


class ParcoursEtape(Payload):
    """parcours.suspendu / parcours.repris."""

    parcours_id: str
    session_id: str | None = None


class ParcoursSortie(Payload):
    parcours_id: str
    session_id: str | None = None
    date_entree: dt.date | None = None
    date_sortie: dt.date | None = None
    type: str | None = None
    motif: str | None = None
    certification: str | None = None
    heures_realisees: float | None = None


class ParcoursHeures(Payload):
    parcours_id: str
    session_id: str | None = None
    heures_realisees: float | None = None


class SuiviEnregistre(Payload):
    """A follow-up; months may be decimal (0.5: a two-week mission), compared exactly to the thresholds."""

    parcours_id: str
    session_id: str | None = None
    horizon_mois: int | None = None
    situation: str | None = None
    contrat: str | None = None
    duree_contrat_mois: float | None = None
    duree_emploi_mois: float | None = None


# The event types the indicators read, per producer (contracts/<producer>/<type>.json); others are skipped.
PAYLOADS: dict[str, dict[str, type[Payload]]] = {
    "catalog": {
        "session.ouverte": SessionSnapshot,
        "session.modifiee": SessionSnapshot,
        "session.fermee": SessionSnapshot,
        "places.modifiees": SessionSnapshot,
        "lot.cree": LotSnapshot,
        "lot.modifie": LotSnapshot,
    },
    "parcours": {
        "candidature.transmise": CandidatureTransmise,
        "candidature.positionnee": CandidatureEtape,
        "candidature.acceptee": CandidatureEtape,
        "candidature.refusee": CandidatureEtape,
        "candidature.annulee": CandidatureEtape,
        "candidature.expiree": CandidatureEtape,
        "parcours.entree": ParcoursEntree,
        "parcours.suspendu": ParcoursEtape,
        "parcours.repris": ParcoursEtape,
        "parcours.sortie": ParcoursSortie,
        "parcours.heures": ParcoursHeures,
        "suivi.enregistre": SuiviEnregistre,
    },
}


def parse_ts(value: Any) -> dt.datetime:
    ts = (
        value
        if isinstance(value, dt.datetime)
        else dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    )
    return ts.replace(tzinfo=dt.UTC) if ts.tzinfo is None else ts.astimezone(dt.UTC)


class Decoded(NamedTuple):
    """One event of a page, its payload validated (a tuple: built once per event, cheap)."""

    seq: int
    kind: str
    recorded_at: dt.datetime
    # None: a type the indicators do not read, or a payload rejected.
    payload: Payload | None


# Told of each rejected event: (source, seq, type, the validation error).
Rejected = Callable[[str, int, str, ValidationError], None]


def log_rejected(source: str, seq: int, kind: str, exc: ValidationError) -> None:
    """Where and why, never the values (they may be personal data)."""
    where = ", ".join(f"{'/'.join(str(p) for p in e['loc'])} ({e['type']})" for e in exc.errors())
    log.error("flux %s : événement n° %s (%s) ignoré, contenu invalide : %s", source, seq, kind, where)


def decode(source: str, events: Sequence[dict[str, Any]], rejected: Rejected | None = None) -> list[Decoded]:
    """The page's events with their payloads validated; an invalid one is passed on without payload
    (its position still counts: the cursor moves past it)."""
    validators = {kind: model.model_validate for kind, model in PAYLOADS[source].items()}
    out = []
    for event in events:
        seq, kind = int(event["seq"]), event["type"]
        validate = validators.get(kind)
        payload = None
        if validate is not None:
            try:
                payload = validate(event.get("data") or {})
            except ValidationError as exc:
                (rejected or log_rejected)(source, seq, kind, exc)
        out.append(Decoded(seq, kind, parse_ts(event["recorded_at"]), payload))
    return out
