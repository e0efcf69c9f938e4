"""One search item: the flat columns read with Core (no ORM objects) and the JSON the API shows.

Used by the places search and by the sessions' own answers (POST, GET one, PATCH), which present a
session exactly as the search lists it.
"""

import math
import uuid
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.formations.models import Action, Formation
from catalog.offre.models import Lot, Organisme
from catalog.sessions.models import SessionFormation


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# The flat columns of a search item: read with Core (no ORM objects), presented by session_out.
ITEM_COLUMNS = (
    SessionFormation.id,
    SessionFormation.action_id,
    SessionFormation.debut,
    SessionFormation.fin,
    SessionFormation.places_ouvertes,
    SessionFormation.places_prises,
    SessionFormation.etat_recrutement,
    SessionFormation.dates_information,
    Action.commune_insee,
    Action.commune,
    Action.code_postal,
    Action.departement,
    Action.territoire,
    Action.latitude,
    Action.longitude,
    Action.modalite,
    Action.temps_plein,
    Action.entrees_sorties_permanentes,
    Action.heures_centre,
    Action.heures_entreprise,
    Formation.id.label("formation_id"),  # type: ignore[attr-defined]
    Formation.intitule,
    Formation.certifiante,
    Formation.certification_code,
    Formation.niveau,
    Formation.certification_intitule,
    Formation.romes,
    Formation.formacodes,
    Formation.dispositif,
    Formation.programme,
    Formation.secteur,
    Lot.id.label("lot_id"),  # type: ignore[attr-defined]
    Lot.numero.label("lot_numero"),  # type: ignore[attr-defined]
    Lot.intitule.label("lot_intitule"),  # type: ignore[attr-defined]
    Organisme.id.label("organisme_id"),  # type: ignore[attr-defined]
    Organisme.siret,
    Organisme.raison_sociale,
)


def items_query() -> Select[Any]:
    return (
        select(*ITEM_COLUMNS)
        .join(Action, Action.id == SessionFormation.action_id)  # type: ignore[arg-type]
        .join(Formation, Formation.id == Action.formation_id)  # type: ignore[arg-type]
        .join(Organisme, Organisme.id == Formation.organisme_id)  # type: ignore[arg-type]
        .outerjoin(Lot, Lot.id == Formation.lot_id)  # type: ignore[arg-type]
    )


async def items(session: AsyncSession, ids: list[uuid.UUID]) -> list[Any]:
    """Flat rows (mappings) for these sessions, in the order of `ids`."""
    if not ids:
        return []
    stmt = items_query().where(SessionFormation.id.in_(ids))  # type: ignore[attr-defined]
    found = {row["id"]: row for row in (await session.execute(stmt)).mappings()}
    return [found[i] for i in ids if i in found]


def session_out(
    m: Any, dispositifs: dict[str, str], origin: tuple[float, float] | None = None
) -> dict[str, Any]:
    """A session as the API shows it, JSON-ready, from one flat row of repository.items."""
    distance = None
    if origin is not None and m["latitude"] is not None and m["longitude"] is not None:
        distance = round(haversine_km(origin[0], origin[1], m["latitude"], m["longitude"]), 1)
    dispositif = m["dispositif"]
    return {
        "id": str(m["id"]),
        "action_id": str(m["action_id"]),
        "debut": m["debut"].isoformat(),
        "fin": m["fin"].isoformat(),
        "places_ouvertes": m["places_ouvertes"],
        "places_disponibles": max(m["places_ouvertes"] - m["places_prises"], 0),
        "etat_recrutement": m["etat_recrutement"],
        "dates_information": list(m["dates_information"]),
        "lieu": {k: m[k] for k in LIEU_FIELDS},
        **{k: m[k] for k in ACTION_FIELDS},
        "formation": {
            "id": str(m["formation_id"]),
            "intitule": m["intitule"],
            "certifiante": m["certifiante"],
            "certification": {
                "code_rncp": m["certification_code"],
                "niveau": m["niveau"],
                "intitule": m["certification_intitule"],
            },
            "romes": m["romes"],
            "formacodes": m["formacodes"],
        },
        "dispositif": {"code": dispositif, "libelle": dispositifs.get(dispositif, dispositif)}
        if dispositif
        else None,
        "programme": m["programme"],
        "secteur": m["secteur"],
        "lot": {"id": str(m["lot_id"]), "numero": m["lot_numero"], "intitule": m["lot_intitule"]}
        if m["lot_id"]
        else None,
        "organisme": {
            "id": str(m["organisme_id"]),
            "siret": m["siret"],
            "raison_sociale": m["raison_sociale"],
        },
        "distance_km": distance,
    }


ACTION_FIELDS = (
    "modalite",
    "temps_plein",
    "entrees_sorties_permanentes",
    "heures_centre",
    "heures_entreprise",
)
LIEU_FIELDS = (
    "commune_insee",
    "commune",
    "code_postal",
    "departement",
    "territoire",
    "latitude",
    "longitude",
)
