"""Queries on holds."""

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.places.models import Reservation
from catalog.sessions.models import SessionFormation


async def by_candidature(session: AsyncSession, candidature_id: uuid.UUID) -> Reservation | None:
    stmt = (
        select(Reservation)
        .where(Reservation.candidature_id == candidature_id)
        .execution_options(populate_existing=True)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def take_place(session: AsyncSession, session_id: uuid.UUID) -> bool:
    """Conditional increment: succeeds only while a place is left (the database has the last word)."""
    stmt = (
        update(SessionFormation)
        .where(
            SessionFormation.id == session_id,  # type: ignore[arg-type]
            SessionFormation.places_prises < SessionFormation.places_ouvertes,  # type: ignore[arg-type]
        )
        .values(places_prises=SessionFormation.places_prises + 1)
        .execution_options(synchronize_session=False)
    )
    result = await session.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def give_back(session: AsyncSession, session_id: uuid.UUID, count: int = 1) -> None:
    stmt = (
        update(SessionFormation)
        .where(SessionFormation.id == session_id)  # type: ignore[arg-type]
        .values(places_prises=SessionFormation.places_prises - count)
        .execution_options(synchronize_session=False)
    )
    await session.execute(stmt)


async def sessions_with_lapsed_holds(session: AsyncSession, now: datetime) -> list[uuid.UUID]:
    stmt = (
        select(Reservation.session_id)
        .where(Reservation.statut == "ACTIVE", Reservation.expire_le <= now)  # type: ignore[arg-type]
        .distinct()
    )
    return list((await session.execute(stmt)).scalars())


async def lapsed_holds(session: AsyncSession, session_id: uuid.UUID, now: datetime) -> list[Reservation]:
    stmt = select(Reservation).where(
        Reservation.session_id == session_id,
        Reservation.statut == "ACTIVE",
        Reservation.expire_le <= now,  # type: ignore[arg-type]
    )
    return list((await session.execute(stmt)).scalars())
