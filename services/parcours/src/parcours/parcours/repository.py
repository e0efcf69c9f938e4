import uuid
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.common.access import scope_filter
from parcours.common.historique import Transition
from parcours.parcours.models import Parcours, Suivi
from servicekit.auth import Principal


async def get(session: AsyncSession, parcours_id: uuid.UUID) -> Parcours | None:
    return await session.get(Parcours, parcours_id)


async def by_candidature(session: AsyncSession, candidature_id: uuid.UUID) -> Parcours | None:
    stmt = select(Parcours).where(Parcours.candidature_id == candidature_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def last_effective_date(session: AsyncSession, parcours_id: uuid.UUID) -> date | None:
    stmt = select(func.max(Transition.date_effet)).where(Transition.objet_id == parcours_id)
    return (await session.execute(stmt)).scalar()


async def suivis(session: AsyncSession, parcours_id: uuid.UUID) -> list[Suivi]:
    stmt = select(Suivi).where(Suivi.parcours_id == parcours_id).order_by(Suivi.horizon_mois)  # type: ignore[arg-type]
    return list((await session.execute(stmt)).scalars().all())


async def suivi(session: AsyncSession, parcours_id: uuid.UUID, horizon: int) -> Suivi | None:
    stmt = select(Suivi).where(Suivi.parcours_id == parcours_id, Suivi.horizon_mois == horizon)
    return (await session.execute(stmt)).scalar_one_or_none()


def listing(
    principal: Principal,
    *,
    statut: str | None,
    session_id: uuid.UUID | None,
    stagiaire_id: uuid.UUID | None,
    organisme: str | None,
) -> Select[Any]:
    stmt = select(Parcours).where(scope_filter(principal, Parcours.valideur_org_id, Parcours.organisme_siret))
    if statut:
        stmt = stmt.where(Parcours.statut == statut)
    if session_id:
        stmt = stmt.where(Parcours.session_id == session_id)
    if stagiaire_id:
        stmt = stmt.where(Parcours.stagiaire_id == stagiaire_id)
    if organisme:
        stmt = stmt.where(Parcours.organisme_siret == organisme)
    return stmt.order_by(Parcours.recorded_at.desc(), Parcours.id)  # type: ignore[attr-defined]
