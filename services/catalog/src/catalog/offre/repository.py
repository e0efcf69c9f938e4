"""Queries on organismes, marchés and lots."""

import uuid
from typing import Any

from sqlalchemy import Select, String, cast, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.text import normalize
from catalog.offre.models import Lot, Marche, Organisme
from servicekit.pagination import PageParams, paginate


async def organisme_by_siret(session: AsyncSession, siret: str) -> Organisme | None:
    return (await session.execute(select(Organisme).where(Organisme.siret == siret))).scalar_one_or_none()


async def organisme_by_ref(session: AsyncSession, ref: str) -> Organisme | None:
    """An organisme named by its id or its SIRET."""
    try:
        return await session.get(Organisme, uuid.UUID(ref))
    except ValueError:
        return await organisme_by_siret(session, ref)


async def organismes_by_id(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Organisme]:
    if not ids:
        return {}
    result = await session.execute(select(Organisme).where(Organisme.id.in_(ids)))  # type: ignore[attr-defined]
    return {o.id: o for o in result.scalars()}


async def list_organismes(
    session: AsyncSession, page: PageParams, *, q: str | None, siret: str | None
) -> tuple[list[Organisme], int]:
    stmt = select(Organisme).order_by(Organisme.raison_sociale, Organisme.siret)
    if siret:
        stmt = stmt.where(Organisme.siret == siret)
    rows, total = await paginate(session, stmt, page)
    if q:  # small table: accent-insensitive filter in Python
        words = normalize(q).split()
        all_rows = (await session.execute(stmt)).scalars().all()
        hits = [o for o in all_rows if all(w in normalize(o.raison_sociale) for w in words)]
        return hits[page.offset : page.offset + page.limit], len(hits)
    return rows, total


async def marche_by_reference(session: AsyncSession, reference: str) -> Marche | None:
    return (await session.execute(select(Marche).where(Marche.reference == reference))).scalar_one_or_none()


async def list_marches(
    session: AsyncSession, page: PageParams, *, dispositif: str | None
) -> tuple[list[Marche], int]:
    stmt = select(Marche).order_by(Marche.debut.desc(), Marche.reference)  # type: ignore[attr-defined]
    if dispositif:
        stmt = stmt.where(Marche.dispositif == dispositif)
    return await paginate(session, stmt, page)


async def lot_numero_taken(session: AsyncSession, marche_id: uuid.UUID, numero: int) -> bool:
    stmt = select(Lot.id).where(Lot.marche_id == marche_id, Lot.numero == numero)
    return (await session.execute(stmt)).first() is not None


def lots_query(filters: dict[str, Any]) -> Select[Any]:
    stmt = (
        select(Lot)
        .join(Marche, Marche.id == Lot.marche_id)  # type: ignore[arg-type]
        .join(Organisme, Organisme.id == Lot.organisme_id)  # type: ignore[arg-type]
        .order_by(Marche.reference, Lot.numero)
    )
    for name in ("marche_id", "secteur", "departement", "territoire"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Lot, name) == filters[name])
    if filters.get("dispositif"):
        stmt = stmt.where(Marche.dispositif == filters["dispositif"])
    if filters.get("organisme"):
        ref = filters["organisme"]
        try:
            stmt = stmt.where(Organisme.id == uuid.UUID(ref))
        except ValueError:
            # The holder, or a co-traitant of a groupement (JSON list of SIRETs, read as text).
            cotraitant = cast(Lot.cotraitants, String).contains(f'"{ref}"')  # type: ignore[arg-type]
            stmt = stmt.where(or_(Organisme.siret == ref, cotraitant))
    return stmt


async def list_lots(
    session: AsyncSession, page: PageParams, filters: dict[str, Any]
) -> tuple[list[Lot], int]:
    return await paginate(session, lots_query(filters), page)


async def lot_context(session: AsyncSession, lot_id: uuid.UUID) -> tuple[Lot, Marche, Organisme] | None:
    stmt = (
        select(Lot, Marche, Organisme)
        .join(Marche, Marche.id == Lot.marche_id)  # type: ignore[arg-type]
        .join(Organisme, Organisme.id == Lot.organisme_id)  # type: ignore[arg-type]
        .where(Lot.id == lot_id)
    )
    row = (await session.execute(stmt)).first()
    return (row[0], row[1], row[2]) if row else None
