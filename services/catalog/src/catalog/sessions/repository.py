"""Session reads: one joined row per session (session, action, formation, OF, lot, marché)."""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.contracts import SessionSnapshot
from catalog.formations.models import Action, Formation
from catalog.offre.models import Lot, Marche, Organisme
from catalog.sessions.models import SessionFormation


@dataclass
class SessionView:
    session: SessionFormation
    action: Action
    formation: Formation
    organisme: Organisme
    lot: Lot | None
    marche: Marche | None


def view_query() -> Select[Any]:
    return (
        select(SessionFormation, Action, Formation, Organisme, Lot, Marche)
        .join(Action, Action.id == SessionFormation.action_id)  # type: ignore[arg-type]
        .join(Formation, Formation.id == Action.formation_id)  # type: ignore[arg-type]
        .join(Organisme, Organisme.id == Formation.organisme_id)  # type: ignore[arg-type]
        .outerjoin(Lot, Lot.id == Formation.lot_id)  # type: ignore[arg-type]
        .outerjoin(Marche, Marche.id == Lot.marche_id)  # type: ignore[arg-type]
    )


def to_view(row: Any) -> SessionView:
    return SessionView(*row)


async def views(session: AsyncSession, ids: list[uuid.UUID]) -> list[SessionView]:
    if not ids:
        return []
    stmt = view_query().where(SessionFormation.id.in_(ids))  # type: ignore[attr-defined]
    found = {r[0].id: to_view(r) for r in (await session.execute(stmt)).all()}
    return [found[i] for i in ids if i in found]


async def view(session: AsyncSession, session_id: uuid.UUID) -> SessionView | None:
    found = await views(session, [session_id])
    return found[0] if found else None


async def lock(session: AsyncSession, session_id: uuid.UUID) -> SessionFormation | None:
    """The session row, locked until the end of the transaction (PostgreSQL; SQLite writers serialise)."""
    stmt = (
        select(SessionFormation)
        .where(SessionFormation.id == session_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


def snapshot(v: SessionView) -> SessionSnapshot:
    """The session snapshot of contracts.md §4."""
    s = v.session
    return SessionSnapshot(
        session_id=s.id,
        action_id=v.action.id,
        formation_id=v.formation.id,
        lot_id=v.lot.id if v.lot else None,
        lot_numero=v.lot.numero if v.lot else None,
        marche_id=v.marche.id if v.marche else None,
        dispositif=v.formation.dispositif,
        programme=v.formation.programme,
        secteur=v.formation.secteur,
        departement=v.action.departement,
        territoire=v.action.territoire,
        organisme_siret=v.organisme.siret,
        certifiante=v.formation.certifiante,
        debut=s.debut,
        fin=s.fin,
        places_ouvertes=s.places_ouvertes,
        places_disponibles=s.places_disponibles,
        etat_recrutement=s.etat_recrutement,
    )
