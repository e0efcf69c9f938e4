"""The normalised words a session is found by (formation title and certification, OF name, commune)."""

import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.text import normalize
from catalog.formations.models import Action, Formation
from catalog.offre.models import Organisme
from catalog.sessions.models import SessionFormation


def compose(formation: Formation, organisme: Organisme, action: Action) -> str:
    parts = [
        formation.intitule,
        formation.certification_code,
        formation.certification_intitule,
        organisme.raison_sociale,
        action.commune,
    ]
    return " " + " ".join(normalize(p) for p in parts if p) + " "


async def refresh_for_formations(session: AsyncSession, *, formation_ids: list[uuid.UUID]) -> None:
    """Recompute the search words of every session under these formations (after a rename)."""
    if not formation_ids:
        return
    stmt = (
        select(Action, Formation, Organisme)
        .join(Formation, Formation.id == Action.formation_id)  # type: ignore[arg-type]
        .join(Organisme, Organisme.id == Formation.organisme_id)  # type: ignore[arg-type]
        .where(Formation.id.in_(formation_ids))  # type: ignore[union-attr]
    )
    for action, formation, organisme in (await session.execute(stmt)).all():
        await session.execute(
            update(SessionFormation)
            .where(SessionFormation.action_id == action.id)  # type: ignore[arg-type]
            .values(search_text=compose(formation, organisme, action))
        )
