"""Holds: take, confirm, release, expire. Every change locks the session row first, then emits."""

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.errors import (
    ReservationInactive,
    ReservationIntrouvable,
    SessionComplete,
    SessionFermee,
    SessionIntrouvable,
)
from catalog.formations.models import Action
from catalog.places import repository as repo
from catalog.places.models import Reservation
from catalog.sessions import events
from catalog.sessions import repository as sessions_repo
from catalog.sessions.models import SessionFormation
from servicekit.dates import region_today
from servicekit.models import utcnow
from servicekit.problems import invalid

# How far before a session's start a (late-declared) candidature may be dated.
HISTORY_LEAD = timedelta(days=365)


def _complete() -> SessionComplete:
    return SessionComplete("Session complète : plus aucune place disponible.")


def _check_admits(row: SessionFormation, date_candidature: date | None) -> None:
    """OUVERT and not ended; an ended (or FERME) session only for a candidature dated within its period."""
    today = region_today()
    pointer = "/date_candidature"
    if date_candidature is not None:
        if date_candidature > today:
            raise invalid(pointer, "La date de candidature ne peut pas être postérieure à aujourd'hui.")
        if date_candidature > row.fin:
            raise invalid(
                pointer, f"La date de candidature doit précéder la fin de la session ({row.fin.isoformat()})."
            )
        if date_candidature < row.debut - HISTORY_LEAD:
            earliest = (row.debut - HISTORY_LEAD).isoformat()
            raise invalid(pointer, f"La date de candidature ne peut pas précéder le {earliest}.")
    ended = row.fin < today
    if row.etat_recrutement == "OUVERT" and not ended:
        return
    if (ended or row.etat_recrutement == "FERME") and date_candidature is not None:
        return  # late declaration / history: dated before the session's end (checked above)
    raise SessionFermee(
        f"Session fermée au recrutement (état {row.etat_recrutement}, fin le {row.fin.isoformat()})."
    )


async def hold(
    session: AsyncSession,
    *,
    session_id: uuid.UUID,
    candidature_id: uuid.UUID,
    ttl_days: int,
    date_candidature: date | None = None,
) -> tuple[Reservation, bool]:
    """(hold, created). Idempotent per candidature."""
    row = await sessions_repo.lock(session, session_id)
    existing = await repo.by_candidature(session, candidature_id)
    if existing is not None:
        return existing, False
    if row is None:
        raise SessionIntrouvable("Session introuvable.")
    _check_admits(row, date_candidature)
    if row.places_prises >= row.places_ouvertes or not await repo.take_place(session, session_id):
        raise _complete()
    now = utcnow()
    reservation = Reservation(
        session_id=session_id, candidature_id=candidature_id, expire_le=now + timedelta(days=ttl_days)
    )
    session.add(reservation)
    await _refresh(session, row)
    await events.emit_one(session, session_id=session_id, event_type=events.PLACES_MODIFIEES)
    return reservation, True


async def _refresh(session: AsyncSession, row: SessionFormation) -> None:
    await session.flush()
    await session.refresh(row)


async def _locked(session: AsyncSession, candidature_id: uuid.UUID) -> tuple[Reservation, SessionFormation]:
    found = await repo.by_candidature(session, candidature_id)
    if found is None:
        raise ReservationIntrouvable("Réservation introuvable.")
    row = await sessions_repo.lock(session, found.session_id)
    reservation = await repo.by_candidature(session, candidature_id)  # re-read under the lock
    assert row is not None and reservation is not None
    return reservation, row


async def confirm(session: AsyncSession, *, candidature_id: uuid.UUID) -> Reservation:
    reservation, _row = await _locked(session, candidature_id)
    if reservation.statut == "CONFIRMEE":
        return reservation
    if reservation.statut != "ACTIVE":
        raise ReservationInactive(
            f"La réservation n'est plus active (statut {reservation.statut}) : la place a été rendue."
        )
    reservation.statut = "CONFIRMEE"
    reservation.updated_at = utcnow()
    await session.flush()
    return reservation


async def accept(session: AsyncSession, *, candidature_id: uuid.UUID) -> Reservation:
    """The OF accepted: the hold stays held and no longer expires (idempotent)."""
    reservation, _row = await _locked(session, candidature_id)
    if reservation.statut == "CONFIRMEE" or (
        reservation.statut == "ACTIVE" and reservation.expire_le is None
    ):
        return reservation
    if reservation.statut != "ACTIVE":
        raise ReservationInactive(
            f"La réservation n'est plus active (statut {reservation.statut}) : la place a été rendue."
        )
    reservation.expire_le = None
    reservation.updated_at = utcnow()
    await session.flush()
    return reservation


async def release(session: AsyncSession, *, candidature_id: uuid.UUID, raison: str | None) -> Reservation:
    reservation, row = await _locked(session, candidature_id)
    if reservation.statut in ("LIBEREE", "EXPIREE"):
        return reservation
    frees = True
    if reservation.statut == "CONFIRMEE":
        action = await session.get(Action, row.action_id)
        frees = bool(action and action.entrees_sorties_permanentes) and row.fin >= region_today()
    reservation.statut = "LIBEREE"
    reservation.raison = raison
    reservation.place_rendue = frees
    reservation.updated_at = utcnow()
    if frees:
        await repo.give_back(session, row.id)
    await _refresh(session, row)
    if frees:
        await events.emit_one(session, session_id=row.id, event_type=events.PLACES_MODIFIEES)
    return reservation


async def expire_for_session(session: AsyncSession, *, session_id: uuid.UUID, now: datetime) -> int:
    """Expire the lapsed holds of one session (one transaction per session keeps lock order simple)."""
    row = await sessions_repo.lock(session, session_id)
    lapsed = await repo.lapsed_holds(session, session_id, now)
    if row is None or not lapsed:
        return 0
    for reservation in lapsed:
        reservation.statut = "EXPIREE"
        reservation.raison = "Délai de décision dépassé"
        reservation.updated_at = now
    await repo.give_back(session, session_id, len(lapsed))
    await _refresh(session, row)
    await events.emit_one(session, session_id=session_id, event_type=events.PLACES_MODIFIEES)
    return len(lapsed)


async def reservation_out(session: AsyncSession, reservation: Reservation) -> dict[str, Any]:
    view = await sessions_repo.view(session, reservation.session_id)
    assert view is not None
    data = reservation.model_dump()
    data["session"] = sessions_repo.snapshot(view).model_dump(mode="json")
    return data
