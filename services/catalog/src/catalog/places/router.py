"""HTTP: place holds for the parcours service (scope places:hold), contracts.md §3."""

import uuid
from typing import Any

from fastapi import APIRouter, Response

from catalog.common.auth import HoldClient
from catalog.errors import (
    WRITE,
    ReservationInactive,
    ReservationIntrouvable,
    SessionComplete,
    SessionFermee,
    SessionIntrouvable,
)
from catalog.places import repository as repo
from catalog.places import service
from catalog.places.schemas import LiberationIn, ReservationIn, ReservationOut
from catalog.settings import SettingsDep
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1/reservations", tags=["réservations de places"])


@router.post(
    "",
    response_model=ReservationOut,
    status_code=201,
    summary="Réserver une place",
    responses=problem_responses(*WRITE, SessionIntrouvable, SessionComplete, SessionFermee),
)
async def hold(
    data: ReservationIn, response: Response, session: SessionDep, settings: SettingsDep, _: HoldClient
) -> Any:
    reservation, created = await service.hold(
        session,
        session_id=data.session_id,
        candidature_id=data.candidature_id,
        ttl_days=settings.hold_ttl_days,
        date_candidature=data.date_candidature,
    )
    if not created:
        response.status_code = 200
    return await service.reservation_out(session, reservation)


@router.get(
    "/{candidature_id}",
    response_model=ReservationOut,
    summary="Lire une réservation",
    responses=problem_responses(*WRITE, ReservationIntrouvable),
)
async def read(candidature_id: uuid.UUID, session: SessionDep, _: HoldClient) -> Any:
    reservation = await repo.by_candidature(session, candidature_id)
    if reservation is None:
        raise ReservationIntrouvable("Réservation introuvable.")
    return await service.reservation_out(session, reservation)


@router.post(
    "/{candidature_id}/confirmation",
    response_model=ReservationOut,
    summary="Place occupée (entrée)",
    responses=problem_responses(*WRITE, ReservationIntrouvable, ReservationInactive),
)
async def confirm(candidature_id: uuid.UUID, session: SessionDep, _: HoldClient) -> Any:
    reservation = await service.confirm(session, candidature_id=candidature_id)
    return await service.reservation_out(session, reservation)


@router.post(
    "/{candidature_id}/acceptation",
    response_model=ReservationOut,
    summary="Candidature acceptée : la place reste réservée sans expiration",
    responses=problem_responses(*WRITE, ReservationIntrouvable, ReservationInactive),
)
async def accept(candidature_id: uuid.UUID, session: SessionDep, _: HoldClient) -> Any:
    reservation = await service.accept(session, candidature_id=candidature_id)
    return await service.reservation_out(session, reservation)


@router.post(
    "/{candidature_id}/liberation",
    response_model=ReservationOut,
    summary="Rendre la place",
    responses=problem_responses(*WRITE, ReservationIntrouvable),
)
async def release(
    candidature_id: uuid.UUID, session: SessionDep, _: HoldClient, data: LiberationIn | None = None
) -> Any:
    raison = data.raison if data else None
    reservation = await service.release(session, candidature_id=candidature_id, raison=raison)
    return await service.reservation_out(session, reservation)
