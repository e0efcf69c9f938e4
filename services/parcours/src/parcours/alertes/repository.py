import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.alertes.models import Alerte
from parcours.common.access import scope_filter
from parcours.parcours.models import Parcours
from parcours.presences.repository import among
from servicekit.auth import Principal


async def known(session: AsyncSession, ids: Sequence[uuid.UUID]) -> set[tuple[uuid.UUID, str, date | None]]:
    """(parcours, règle, date) of open alerts (date None) and of every alert already raised."""
    seen: set[tuple[uuid.UUID, str, date | None]] = set()
    for start in range(0, len(ids), 500):
        stmt = select(Alerte.parcours_id, Alerte.regle, Alerte.date, Alerte.statut).where(
            among(session, Alerte.parcours_id, list(ids[start : start + 500]))
        )
        for pid, regle, day, statut in (await session.execute(stmt)).all():
            seen.add((pid, regle, day))
            if statut == "OUVERTE":
                seen.add((pid, regle, None))
    return seen


def listing(principal: Principal, *, statut: str | None, parcours_id: uuid.UUID | None) -> Select[Any]:
    stmt = select(Alerte).where(scope_filter(principal, Alerte.valideur_org_id, Alerte.organisme_siret))
    if statut:
        stmt = stmt.where(Alerte.statut == statut)
    if parcours_id:
        stmt = stmt.where(Alerte.parcours_id == parcours_id)
    return stmt.order_by(Alerte.recorded_at.desc(), Alerte.id)  # type: ignore[attr-defined]


async def get(session: AsyncSession, alerte_id: uuid.UUID) -> Alerte | None:
    return await session.get(Alerte, alerte_id)


async def parcours(session: AsyncSession, ids: Sequence[uuid.UUID]) -> list[Any]:
    """The few columns the rules need (id, session, owners, statut, weekly hours)."""
    found: list[Any] = []
    cols = (
        Parcours.id,
        Parcours.session_id,
        Parcours.valideur_org_id,
        Parcours.organisme_siret,
        Parcours.statut,
        Parcours.heures_hebdomadaires,
    )
    for start in range(0, len(ids), 500):
        stmt = select(*cols).where(among(session, Parcours.id, list(ids[start : start + 500])))
        found.extend((await session.execute(stmt)).all())
    return found
