"""What a session is found by: its normalised words and copies of the filtered columns.

The places search reads `session_formation` alone (filters, count, order), then loads the page's
joined rows by id. Every change to an action, formation, lot or OF calls refresh_for_formations.
"""

import uuid
from typing import Any

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


def derived(formation: Formation, organisme: Organisme, action: Action) -> dict[str, Any]:
    """The session columns that mirror its action, formation, lot and OF."""
    return {
        "search_text": compose(formation, organisme, action),
        "lot_id": formation.lot_id,
        "organisme_id": organisme.id,
        "organisme_siret": organisme.siret,
        "dispositif": formation.dispositif,
        "secteur": formation.secteur,
        "departement": action.departement,
        "territoire": action.territoire,
        "latitude": action.latitude,
        "longitude": action.longitude,
        "romes_text": formation.romes_text,
        "formacodes_text": formation.formacodes_text,
    }


async def refresh_for_formations(session: AsyncSession, *, formation_ids: list[uuid.UUID]) -> None:
    """Recompute the mirrored columns of every session under these formations."""
    if not formation_ids:
        return
    await session.flush()
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
            .values(**derived(formation, organisme, action))
            .execution_options(synchronize_session="fetch")
        )
