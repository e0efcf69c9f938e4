"""Use cases of sessions: create, update (OF on its own lots, or the Région), present. Never commits."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.auth import ensure_holder
from catalog.common.errors import Errors
from catalog.formations import repository as formations_repo
from catalog.formations.models import Action, Formation
from catalog.offre.models import Organisme
from catalog.sessions import events
from catalog.sessions import repository as repo
from catalog.sessions.models import SessionFormation
from catalog.sessions.repository import SessionView
from catalog.sessions.schemas import SessionIn, SessionPatch
from catalog.sessions.search import haversine_km
from catalog.sessions.search_text import derived
from servicekit.auth import Principal
from servicekit.models import utcnow
from servicekit.problems import FieldError, Problem, not_found


async def create_session(session: AsyncSession, *, principal: Principal, data: SessionIn) -> SessionFormation:
    errors = Errors()
    action = await session.get(Action, data.action_id)
    if action is None:
        errors.add("/action_id", "Action introuvable.")
    if data.fin < data.debut:
        errors.add("/fin", "La fin de la session précède son début.")
    errors.raise_if_any()
    assert action is not None
    formation = await session.get(Formation, action.formation_id)
    assert formation is not None
    ensure_holder(principal, await formations_repo.formation_holders(session, formation))
    organisme = await session.get(Organisme, formation.organisme_id)
    assert organisme is not None
    row = SessionFormation(
        action_id=action.id,
        debut=data.debut,
        fin=data.fin,
        places_ouvertes=data.places_ouvertes,
        etat_recrutement=data.etat_recrutement,
        dates_information=[d.isoformat() for d in data.dates_information],
        **derived(formation, organisme, action),
    )
    session.add(row)
    await session.flush()
    await events.emit_one(session, session_id=row.id, event_type=events.SESSION_OUVERTE)
    return row


async def check_session_owner(session: AsyncSession, *, principal: Principal, view: SessionView) -> None:
    ensure_holder(principal, await formations_repo.formation_holders(session, view.formation))


async def update_session(
    session: AsyncSession, *, principal: Principal, view: SessionView, data: SessionPatch
) -> None:
    await check_session_owner(session, principal=principal, view=view)
    row = await repo.lock(session, view.session.id)
    assert row is not None
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    debut, fin = changes.get("debut", row.debut), changes.get("fin", row.fin)
    if fin < debut:
        raise Problem(
            422,
            "La fin de la session précède son début.",
            errors=[FieldError("/fin", "La fin de la session précède son début.")],
        )
    places = changes.get("places_ouvertes", row.places_ouvertes)
    if places < row.places_prises:
        detail = (
            f"Impossible de ramener les places ouvertes à {places} : {row.places_prises} place(s) sont déjà "
            "réservées ou occupées. Libérez des places d'abord ou choisissez un nombre plus élevé."
        )
        raise Problem(
            409, detail, code="places_insuffisantes", errors=[FieldError("/places_ouvertes", detail)]
        )
    before = row.etat_recrutement
    for key, value in changes.items():
        setattr(row, key, value)
    if "dates_information" in changes:
        row.dates_information = [d.isoformat() for d in changes["dates_information"]]
    row.updated_at = utcnow()
    await session.flush()
    event = events.state_event(before, row.etat_recrutement)
    await events.emit_one(session, session_id=row.id, event_type=event)


async def get_view(session: AsyncSession, session_id: Any) -> SessionView:
    found = await repo.view(session, session_id)
    if found is None:
        raise not_found("Session", "session_introuvable")
    return found


def session_out(
    v: SessionView, dispositifs: dict[str, str], origin: tuple[float, float] | None = None
) -> dict[str, Any]:
    """A search item, JSON-ready (ids and dates as strings)."""
    s, a, f, o = v.session, v.action, v.formation, v.organisme
    distance = None
    if origin is not None and a.latitude is not None and a.longitude is not None:
        distance = round(haversine_km(origin[0], origin[1], a.latitude, a.longitude), 1)
    return {
        "id": str(s.id),
        "action_id": str(a.id),
        "debut": s.debut.isoformat(),
        "fin": s.fin.isoformat(),
        "places_ouvertes": s.places_ouvertes,
        "places_disponibles": s.places_disponibles,
        "etat_recrutement": s.etat_recrutement,
        "dates_information": list(s.dates_information),
        "lieu": {k: getattr(a, k) for k in LIEU_FIELDS},
        "modalite": a.modalite,
        "temps_plein": a.temps_plein,
        "entrees_sorties_permanentes": a.entrees_sorties_permanentes,
        "heures_centre": a.heures_centre,
        "heures_entreprise": a.heures_entreprise,
        "formation": {
            "id": str(f.id),
            "intitule": f.intitule,
            "certifiante": f.certifiante,
            "certification": {
                "code_rncp": f.certification_code,
                "niveau": f.niveau,
                "intitule": f.certification_intitule,
            },
            "romes": f.romes,
            "formacodes": f.formacodes,
        },
        "dispositif": {"code": f.dispositif, "libelle": dispositifs.get(f.dispositif, f.dispositif)}
        if f.dispositif
        else None,
        "programme": f.programme,
        "secteur": f.secteur,
        "lot": {"id": str(v.lot.id), "numero": v.lot.numero, "intitule": v.lot.intitule} if v.lot else None,
        "organisme": {"id": str(o.id), "siret": o.siret, "raison_sociale": o.raison_sociale},
        "distance_km": distance,
    }


LIEU_FIELDS = (
    "commune_insee",
    "commune",
    "code_postal",
    "departement",
    "territoire",
    "latitude",
    "longitude",
)
