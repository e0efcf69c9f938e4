"""Attendance writes: per-row checks, upsert, totals, one `parcours.heures` event per parcours, alerts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.alertes import service as alertes
from parcours.alertes.rules import Thresholds
from parcours.audit import service as audit
from parcours.common.dates import today
from parcours.events import payloads as ev
from parcours.events.service import publish_many
from parcours.presences import repository
from parcours.presences.repository import ParcoursInfo
from servicekit.auth import Principal
from servicekit.models import utcnow


@dataclass(frozen=True)
class Row:
    parcours_id: uuid.UUID
    date: date
    heures_presence: float
    heures_absence: float
    motif_absence: str | None


def check_row(
    row: Row, info: ParcoursInfo | None, principal: Principal, max_hours: float
) -> tuple[str, str] | None:
    """(field, French message) of the first problem of a row once its parcours is known, else None."""
    if info is None or info.organisme_siret != principal.org_id:
        return "parcours_id", "Parcours introuvable parmi ceux de votre organisme."
    if row.date > today():
        return "date", "Date postérieure à aujourd'hui."
    if row.date < info.date_entree:
        return "date", f"Date antérieure à l'entrée en formation ({info.date_entree})."
    if info.date_sortie is not None and row.date > info.date_sortie:
        return "date", f"Date postérieure à la sortie ({info.date_sortie})."
    if row.heures_presence + row.heures_absence > max_hours:
        return "heures_presence", f"Plus de {max_hours:g} h déclarées pour une journée (présence + absence)."
    return None


@dataclass
class Writer:
    """Accumulates valid rows, writes them in batches, then settles totals, events and alerts."""

    session: AsyncSession
    principal: Principal
    thresholds: Thresholds
    touched: set[uuid.UUID] = field(default_factory=set)
    pending: dict[tuple[uuid.UUID, date], dict[str, Any]] = field(default_factory=dict)
    written: int = 0

    def add(self, row: Row) -> None:
        # Absent hours without a motif count as INJUSTIFIEE; no motif without absent hours.
        absent = row.heures_absence
        self.pending[(row.parcours_id, row.date)] = {
            "parcours_id": row.parcours_id,
            "date": row.date,
            "heures_presence": row.heures_presence,
            "heures_absence": absent,
            "motif_absence": (row.motif_absence or "INJUSTIFIEE") if absent > 0 else None,
        }
        self.touched.add(row.parcours_id)
        self.written += 1

    async def flush(self) -> None:
        if self.pending:
            # Row-lock order of PostgreSQL (uuid bytes, then date); UUID.__lt__ is slow, .int is not.
            keys = sorted(self.pending, key=lambda k: (k[0].int, k[1]))
            now = utcnow()
            ordered = [{**self.pending[key], "recorded_at": now} for key in keys]
            await repository.upsert(self.session, ordered)
            self.pending.clear()

    async def settle(self, *, source: str) -> int:
        await self.flush()
        ids = sorted(self.touched, key=lambda u: u.int)
        totals = await repository.refresh_totals(self.session, ids)
        await _publish_totals(self.session, totals)
        await audit.record_many(
            self.session,
            principal=self.principal,
            action=f"PRESENCES_{source}",
            objet="parcours",
            objet_ids=ids,
        )
        await alertes.check(self.session, ids=ids, thresholds=self.thresholds)
        await self.session.flush()
        return self.written


async def _publish_totals(
    session: AsyncSession, totals: Iterable[tuple[uuid.UUID, uuid.UUID, float, float]]
) -> None:
    """One `parcours.heures` per parcours touched."""
    events = [
        (
            str(pid),
            ev.ParcoursHeures(
                parcours_id=str(pid),
                session_id=str(sid),
                heures_realisees=round(done, 2),
                heures_absence_injustifiee=round(absent, 2),
            ),
        )
        for pid, sid, done, absent in totals
    ]
    await publish_many(session, "parcours.heures", events)
