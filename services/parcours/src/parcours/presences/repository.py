"""Bulk reads and writes of attendance rows (one statement per batch, whatever the database)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam, case, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.parcours.models import Parcours
from parcours.presences.models import Presence
from servicekit.db import is_postgres

PT = Presence.__table__  # type: ignore[attr-defined]
PARC = Parcours.__table__  # type: ignore[attr-defined]
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
    valideur_org_id: str


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
            Parcours.valideur_org_id,
        )
        stmt = (
            stmt.where(among(session, Parcours.id, wanted[start : start + 1000]))
            .order_by(Parcours.id)
            .with_for_update(key_share=True)  # FOR NO KEY UPDATE
        )
        for row in (await session.execute(stmt)).all():
            found[row[0]] = ParcoursInfo(*row)
    return found


# PostgreSQL: the batch as six arrays, one statement (no per-row Bind/Execute), rows kept in lock order.
_UPSERT_PG = text(
    """
    INSERT INTO presence (parcours_id, date, heures_presence, heures_absence, motif_absence, recorded_at)
    SELECT r.parcours_id, r.date, r.heures_presence, r.heures_absence, r.motif_absence, :now
    FROM unnest(CAST(:ids AS uuid[]), CAST(:dates AS date[]), CAST(:presence AS float8[]),
                CAST(:absence AS float8[]), CAST(:motifs AS text[])) WITH ORDINALITY
         AS r(parcours_id, date, heures_presence, heures_absence, motif_absence, n)
    ORDER BY r.n
    ON CONFLICT (parcours_id, date) DO UPDATE SET
        heures_presence = excluded.heures_presence, heures_absence = excluded.heures_absence,
        motif_absence = excluded.motif_absence, recorded_at = excluded.recorded_at
    """
)


async def upsert(session: AsyncSession, rows: Sequence[tuple[Any, ...]], now: datetime) -> None:
    """(parcours_id, date, présence, absence, motif) rows, distinct keys, in lock order: one write."""
    if not rows:
        return
    if is_postgres(session):
        ids, dates, presence, absence, motifs = (list(c) for c in zip(*rows, strict=True))
        binds = {"ids": ids, "dates": dates, "presence": presence, "absence": absence, "motifs": motifs}
        await session.execute(_UPSERT_PG, {**binds, "now": now})
        return
    stmt = sqlite.insert(PT)
    stmt = stmt.on_conflict_do_update(
        index_elements=[PT.c.parcours_id, PT.c.date],
        set_={
            "heures_presence": stmt.excluded.heures_presence,
            "heures_absence": stmt.excluded.heures_absence,
            "motif_absence": stmt.excluded.motif_absence,
            "recorded_at": stmt.excluded.recorded_at,
        },
    )
    names = ("parcours_id", "date", "heures_presence", "heures_absence", "motif_absence")
    await session.execute(stmt, [{**dict(zip(names, r, strict=True)), "recorded_at": now} for r in rows])


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
        # Core, not the ORM's bulk update: nothing to synchronise, and no per-statement ORM work.
        stmt = (
            update(PARC)
            .where(PARC.c.id == sums.c.pid)
            .values(
                heures_realisees=sums.c.presence,
                heures_absence_injustifiee=sums.c.injustifiee,
                heures_absence_justifiee=sums.c.justifiee,
            )
            .returning(
                PARC.c.id, PARC.c.session_id, PARC.c.heures_realisees, PARC.c.heures_absence_injustifiee
            )
        )
        rows = await session.execute(stmt)
        out.extend((r[0], r[1], float(r[2]), float(r[3])) for r in rows.all())
    return out


@dataclass(frozen=True)
class Recent:
    """What the alert rules read of a parcours' latest training days (newest first)."""

    days: int  # how many of the latest `window` days exist
    newest: date
    streak_unjustified: int  # unjustified full-day absences among the latest `streak` days
    present: float  # hours present over the latest `fenetre` days


# PostgreSQL: each parcours' latest days read off the (parcours_id, date) key, summed there.
_RECENT_PG = text(
    """
    SELECT p.id, count(*), max(x.date),
           count(*) FILTER (WHERE x.rang <= :streak AND x.heures_presence = 0 AND x.heures_absence > 0
                            AND coalesce(x.motif_absence, 'INJUSTIFIEE') = 'INJUSTIFIEE'),
           coalesce(sum(x.heures_presence) FILTER (WHERE x.rang <= :fenetre), 0)
    FROM unnest(CAST(:ids AS uuid[])) AS p(id)
    CROSS JOIN LATERAL (
        SELECT date, heures_presence, heures_absence, motif_absence,
               row_number() OVER (ORDER BY date DESC) AS rang
        FROM presence WHERE parcours_id = p.id ORDER BY date DESC LIMIT :n
    ) AS x
    GROUP BY p.id
    """
)


def summarize(days: Sequence[Any], streak: int, fenetre: int) -> Recent:
    """The same summary from rows read newest first (SQLite)."""
    unjustified = sum(
        1
        for d in days[:streak]
        if d.heures_presence == 0
        and d.heures_absence > 0
        and (d.motif_absence or "INJUSTIFIEE") == "INJUSTIFIEE"
    )
    return Recent(len(days), days[0].date, unjustified, sum(d.heures_presence for d in days[:fenetre]))


async def recent(
    session: AsyncSession, ids: Sequence[uuid.UUID], streak: int, fenetre: int
) -> dict[uuid.UUID, Recent]:
    """Per parcours with attendance: its latest max(streak, fenetre) days, summarised."""
    window = max(streak, fenetre)
    out: dict[uuid.UUID, Recent] = {}
    if not is_postgres(session):
        for pid, days in (await last_days(session, ids, window)).items():
            out[pid] = summarize(days, streak, fenetre)
        return out
    for start in range(0, len(ids), 1000):
        binds = {"ids": list(ids[start : start + 1000]), "streak": streak, "fenetre": fenetre, "n": window}
        for pid, count, newest, unjustified, present in (await session.execute(_RECENT_PG, binds)).all():
            out[pid] = Recent(count, newest, unjustified, float(present))
    return out


async def last_days(
    session: AsyncSession, ids: Sequence[uuid.UUID], window: int
) -> dict[uuid.UUID, list[Any]]:
    """The `window` most recent attendance rows of each parcours, newest first (SQLite: a window function)."""
    result: dict[uuid.UUID, list[Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rank = func.row_number().over(partition_by=PT.c.parcours_id, order_by=PT.c.date.desc()).label("rang")
        cols = (PT.c.parcours_id, PT.c.date, PT.c.heures_presence, PT.c.heures_absence, PT.c.motif_absence)
        inner = select(*cols, rank).where(PT.c.parcours_id.in_(chunk)).subquery()
        stmt = select(inner).where(inner.c.rang <= window).order_by(inner.c.parcours_id, inner.c.rang)
        for row in (await session.execute(stmt)).all():
            result.setdefault(row.parcours_id, []).append(row)
    return result
