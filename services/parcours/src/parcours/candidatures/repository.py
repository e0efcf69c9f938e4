import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, desc, select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.candidatures.models import Candidature
from parcours.common.access import scope_filter
from servicekit.auth import Principal

_PENDING_FIRST = case((Candidature.statut.in_(("TRANSMISE", "EN_POSITIONNEMENT")), 0), else_=1)  # type: ignore[attr-defined]
# `tri` of GET /candidatures → ORDER BY (the id last, so pages never overlap).
ORDERS: dict[str, tuple[Any, ...]] = {
    # What the OF must act on first (to position or decide), the oldest candidature first.
    "a_traiter": (_PENDING_FIRST, Candidature.date_candidature, Candidature.recorded_at),
    "date_candidature": (Candidature.date_candidature, Candidature.recorded_at),
    "-date_candidature": (desc(Candidature.date_candidature), desc(Candidature.recorded_at)),
    "enregistree_le": (Candidature.recorded_at,),
    "-enregistree_le": (desc(Candidature.recorded_at),),
}


async def get(session: AsyncSession, candidature_id: uuid.UUID) -> Candidature | None:
    return await session.get(Candidature, candidature_id)


async def suite_of(session: AsyncSession, candidature_id: uuid.UUID) -> Candidature | None:
    stmt = select(Candidature).where(Candidature.origine_id == candidature_id)
    return (await session.execute(stmt)).scalars().first()


def listing(
    principal: Principal,
    *,
    statut: str | None,
    session_id: uuid.UUID | None,
    stagiaire_id: uuid.UUID | None,
    tri: str = "-enregistree_le",
) -> Select[Any]:
    stmt = select(Candidature).where(
        scope_filter(principal, Candidature.valideur_org_id, Candidature.organisme_siret)
    )
    if statut:
        stmt = stmt.where(Candidature.statut == statut)
    if session_id:
        stmt = stmt.where(Candidature.session_id == session_id)
    if stagiaire_id:
        stmt = stmt.where(Candidature.stagiaire_id == stagiaire_id)
    return stmt.order_by(*ORDERS[tri], Candidature.id)


async def pending_before(session: AsyncSession, limit_at: datetime) -> list[Candidature]:
    stmt = (
        select(Candidature)
        .where(Candidature.statut.in_(("TRANSMISE", "EN_POSITIONNEMENT")))  # type: ignore[attr-defined]
        .where(Candidature.recorded_at < limit_at)  # type: ignore[operator]
        .limit(200)
    )
    return list((await session.execute(stmt)).scalars().all())
