"""Use cases of sessions: create, update (OF on its own lots, or the Région), present. Never commits."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.auth import ensure_holder
from catalog.common.errors import Errors
from catalog.errors import PlacesInsuffisantes, SessionIntrouvable
from catalog.formations import repository as formations_repo
from catalog.formations.models import Action, Formation
from catalog.offre.models import Organisme
from catalog.search.index import derived
from catalog.search.items import items, session_out
from catalog.sessions import events
from catalog.sessions import repository as repo
from catalog.sessions.models import SessionFormation
from catalog.sessions.repository import SessionView
from catalog.sessions.schemas import SessionIn, SessionPatch
from servicekit.auth import Principal
from servicekit.models import utcnow
from servicekit.problems import FieldError, InvalidData


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
        raise InvalidData(
            "La fin de la session précède son début.",
            errors=[FieldError("/fin", "La fin de la session précède son début.")],
        )
    places = changes.get("places_ouvertes", row.places_ouvertes)
    if places < row.places_prises:
        detail = (
            f"Impossible de ramener les places ouvertes à {places} : {row.places_prises} place(s) sont déjà "
            "réservées ou occupées. Libérez des places d'abord ou choisissez un nombre plus élevé."
        )
        raise PlacesInsuffisantes(detail, errors=[FieldError("/places_ouvertes", detail)])
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
        raise SessionIntrouvable("Session introuvable.")
    return found


async def present(session: AsyncSession, session_id: Any, dispositifs: dict[str, str]) -> dict[str, Any]:
    found = await items(session, [session_id])
    if not found:
        raise SessionIntrouvable("Session introuvable.")
    return session_out(found[0], dispositifs)
