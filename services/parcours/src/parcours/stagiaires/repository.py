import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.stagiaires.models import Stagiaire


async def by_identifiant(session: AsyncSession, identifiant_ft: str) -> Stagiaire | None:
    result = await session.execute(select(Stagiaire).where(Stagiaire.identifiant_ft == identifiant_ft))
    return result.scalar_one_or_none()


async def get(session: AsyncSession, stagiaire_id: uuid.UUID) -> Stagiaire | None:
    return await session.get(Stagiaire, stagiaire_id)


async def many(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Stagiaire]:
    if not ids:
        return {}
    rows = (await session.execute(select(Stagiaire).where(Stagiaire.id.in_(ids)))).scalars().all()  # type: ignore[attr-defined]
    return {row.id: row for row in rows}
