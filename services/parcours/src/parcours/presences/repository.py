"""Bulk reads and writes of attendance rows (one statement per batch, whatever the database)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam, case, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.parcours.models import Parcours
from parcours.presences.models import Presence
from servicekit.db import is_postgres

PT = Presence.__table__  # type: ignore[attr-defined]
UUIDS = postgresql.ARRAY(PT.c.parcours_id.type)


def _postgres(session: AsyncSession) -> bool:
    return is_postgres(session)


def among(session: AsyncSession, column: Any, ids: list[uuid.UUID]) -> ColumnElement[bool]:
    """column IN ids: one array parameter on PostgreSQL (an expanding IN of 500 binds costs ~5 ms to render)."""
    if _postgres(session):
        return column == any_(bindparam(None, ids, type_=UUIDS))  # type: ignore[no-any-return]
    return column.in_(ids)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class ParcoursInfo:
    id: uuid.UUID
    session_id: uuid.UUID
    organisme_siret: str
    statut: str
    date_entree: date
    date_sortie: date | None
    heures_hebdomadaires: float | None


async def infos(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, ParcoursInfo]:
    # Locked in id order (PostgreSQL): concurrent writers to the same parcours queue instead of deadlocking.
    wanted = sorted(set(ids), key=lambda u: u.int)
    found: dict[uuid.UUID, ParcoursInfo] = {}
    for start in range(0, len(wanted), 1000):
        stmt = select(
            Parcours.id,
            Parcours.session_id,
            Parcours.organisme_siret,
            Parcours.statut,
            Parcours.date_entree,
            Parcours.date_sortie,
            Parcours.heures_hebdomadaires,
        )
        stmt = (
            stmt.where(among(session, Parcours.id, wanted[start : start + 1000]))
            .order_by(Parcours.id)
            .with_for_update(key_share=True)  # FOR NO KEY UPDATE
        )
        for row in (await session.execute(stmt)).all():
            found[row[0]] = ParcoursInfo(*row)
    return found


async def upsert(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    insert = postgresql.insert if is_postgres(session) else sqlite.insert
    stmt = insert(PT)
    stmt = stmt.on_conflict_do_update(
        index_elements=[PT.c.parcours_id, PT.c.date],
        set_={
            "heures_presence": stmt.excluded.heures_presence,
            "heures_absence": stmt.excluded.heures_absence,
            "motif_absence": stmt.excluded.motif_absence,
            "recorded_at": stmt.excluded.recorded_at,
        },
    )
    await session.execute(stmt, list(rows))


async def refresh_totals(
    session: AsyncSession, ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, uuid.UUID, float, float]]:
    """heures_realisees (and absences) := the sums of the rows; returns (id, session_id, réalisées, injustifiées)."""
    out: list[tuple[uuid.UUID, uuid.UUID, float, float]] = []
    unjustified = func.coalesce(PT.c.motif_absence, "INJUSTIFIEE") == "INJUSTIFIEE"
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        sums = (
            select(
                PT.c.parcours_id.label("pid"),
                func.sum(PT.c.heures_presence).label("presence"),
                func.sum(case((unjustified, PT.c.heures_absence), else_=0.0)).label("injustifiee"),
                func.sum(case((PT.c.motif_absence == "JUSTIFIEE", PT.c.heures_absence), else_=0.0)).label(
                    "justifiee"
                ),
            )
            .where(among(session, PT.c.parcours_id, chunk))
            .group_by(PT.c.parcours_id)
            .subquery()
        )
        stmt = (
            update(Parcours)
            .where(Parcours.id == sums.c.pid)  # type: ignore[arg-type]
            .values(
                heures_realisees=sums.c.presence,
                heures_absence_injustifiee=sums.c.injustifiee,
                heures_absence_justifiee=sums.c.justifiee,
            )
            .returning(
                Parcours.id,  # type: ignore[arg-type]
                Parcours.session_id,  # type: ignore[arg-type]
                Parcours.heures_realisees,  # type: ignore[arg-type]
                Parcours.heures_absence_injustifiee,  # type: ignore[arg-type]
            )
            .execution_options(synchronize_session=False)
        )
        rows = await session.execute(stmt)
        out.extend((r[0], r[1], float(r[2]), float(r[3])) for r in rows.all())
    return out


_LATERAL = text(
    """
    SELECT p.id AS parcours_id, x.date, x.heures_presence, x.heures_absence, x.motif_absence
    FROM unnest(CAST(:ids AS uuid[])) AS p(id)
    CROSS JOIN LATERAL (
        SELECT date, heures_presence, heures_absence, motif_absence FROM presence
        WHERE parcours_id = p.id ORDER BY date DESC LIMIT :n
    ) AS x
    ORDER BY p.id, x.date DESC
    """
)


async def last_days(
    session: AsyncSession, ids: Sequence[uuid.UUID], window: int
) -> dict[uuid.UUID, list[Any]]:
    """The `window` most recent attendance rows of each parcours, newest first."""
    result: dict[uuid.UUID, list[Any]] = {}
    postgres = _postgres(session)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        if postgres:
            rows = (await session.execute(_LATERAL, {"ids": chunk, "n": window})).all()
        else:
            rank = (
                func.row_number().over(partition_by=PT.c.parcours_id, order_by=PT.c.date.desc()).label("rang")
            )
            cols = (
                PT.c.parcours_id,
                PT.c.date,
                PT.c.heures_presence,
                PT.c.heures_absence,
                PT.c.motif_absence,
            )
            inner = select(*cols, rank).where(PT.c.parcours_id.in_(chunk)).subquery()
            stmt = select(inner).where(inner.c.rang <= window).order_by(inner.c.parcours_id, inner.c.rang)
            rows = (await session.execute(stmt)).all()
        for row in rows:
            result.setdefault(row.parcours_id, []).append(row)
    return result
