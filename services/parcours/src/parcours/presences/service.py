"""Attendance writes: per-row checks, upsert, totals, one `parcours.heures` event per parcours, alerts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import TypeAdapter
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
    # The parcours written to, as read and locked before their rows were checked (None: not read, e.g.
    # the demo writing parcours it is creating; the alert rules then read them at settle time).
    touched: dict[uuid.UUID, ParcoursInfo | None] = field(default_factory=dict)
    pending: dict[tuple[uuid.UUID, date], tuple[Any, ...]] = field(default_factory=dict)
    written: int = 0

    def add(self, row: Row, info: ParcoursInfo | None = None) -> None:
        # Absent hours without a motif count as INJUSTIFIEE; no motif without absent hours.
        absent = row.heures_absence
        motif = (row.motif_absence or "INJUSTIFIEE") if absent > 0 else None
        self.pending[(row.parcours_id, row.date)] = (
            row.parcours_id,
            row.date,
            row.heures_presence,
            absent,
            motif,
        )
        self.touched[row.parcours_id] = info
        self.written += 1

    async def flush(self) -> None:
        if self.pending:
            # Row-lock order of PostgreSQL (uuid bytes, then date); UUID.__lt__ is slow, .int is not.
            keys = sorted(self.pending, key=lambda k: (k[0].int, k[1]))
            await repository.upsert(self.session, [self.pending[key] for key in keys], utcnow())
            self.pending.clear()

    async def settle(self, *, source: str) -> int:
        """Once per batch: totals re-summed per touched parcours, one event each, audit, alerts."""
        await self.flush()
        ids = sorted(self.touched, key=lambda u: u.int)
        totals = await repository.refresh_totals(self.session, ids)
        await audit.record_many(
            self.session,
            principal=self.principal,
            action=f"PRESENCES_{source}",
            objet="parcours",
            objet_ids=ids,
        )
        owners = self.touched if all(self.touched.values()) else None
        fired = await alertes.find(self.session, ids=ids, thresholds=self.thresholds, owners=owners)
        # The events last: the first one takes the outbox's ordering lock, held until the commit, so
        # concurrent batches queue on it only for the inserts and the commit, not for the whole batch.
        await _publish_totals(self.session, totals)
        await alertes.raise_all(self.session, fired)
        await self.session.flush()
        return self.written


async def _publish_totals(
    session: AsyncSession, totals: Iterable[tuple[uuid.UUID, uuid.UUID, float, float]]
) -> None:
    """One `parcours.heures` per parcours touched."""
    totals = list(totals)
    # Validated in one pydantic-core call rather than one model __init__ per parcours.
    payloads = _HEURES.validate_python(
        [
            {
                "parcours_id": str(pid),
                "session_id": str(sid),
                "heures_realisees": round(done, 2),
                "heures_absence_injustifiee": round(absent, 2),
            }
            for pid, sid, done, absent in totals
        ]
    )
    events = [(p.parcours_id, p) for p in payloads]
    await publish_many(session, "parcours.heures", events)


_HEURES = TypeAdapter(list[ev.ParcoursHeures])
