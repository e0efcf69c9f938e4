"""The places search: every filter of API.md, portable SQL (SQLite and PostgreSQL)."""

import math
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.text import search_words
from catalog.formations.models import Action, Formation
from catalog.offre.models import Organisme
from catalog.sessions.models import SessionFormation
from catalog.sessions.repository import SessionView, to_view, view_query
from servicekit.pagination import PageParams

KM_PER_DEGREE = 111.195


@dataclass
class SearchFilters:
    q: str | None = None
    rome: str | None = None
    formacode: str | None = None
    secteur: str | None = None
    dispositif: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme: str | None = None
    lot: uuid.UUID | None = None
    debut_min: date | None = None
    debut_max: date | None = None
    places_disponibles_min: int | None = None
    etat_recrutement: str | None = None
    lat: float | None = None
    lon: float | None = None
    rayon_km: float | None = None
    inclure_terminees: bool = False
    tri: str = "debut"


def distance_sq(lat: float, lon: float) -> ColumnElement[Any]:
    """Squared equirectangular distance in degrees² (exact enough at a Région's scale, no trig in SQL)."""
    k = math.cos(math.radians(lat))
    dy = Action.latitude - lat  # type: ignore[operator]
    dx = (Action.longitude - lon) * k  # type: ignore[operator]
    return dy * dy + dx * dx  # type: ignore[no-any-return]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _where(stmt: Select[Any], f: SearchFilters, today: date) -> Select[Any]:
    for word in search_words(f.q):
        stmt = stmt.where(SessionFormation.search_text.contains(word))  # type: ignore[attr-defined]
    if f.rome:
        stmt = stmt.where(Formation.romes_text.contains(f" {f.rome.strip().upper()} "))  # type: ignore[attr-defined]
    if f.formacode:
        stmt = stmt.where(Formation.formacodes_text.contains(f" {f.formacode.strip()} "))  # type: ignore[attr-defined]
    for column, value in (
        (Formation.secteur, f.secteur),
        (Formation.dispositif, f.dispositif),
        (Action.departement, f.departement),
        (Action.territoire, f.territoire),
        (Formation.lot_id, f.lot),
        (SessionFormation.etat_recrutement, f.etat_recrutement),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if f.organisme:
        try:
            stmt = stmt.where(Formation.organisme_id == uuid.UUID(f.organisme))
        except ValueError:
            stmt = stmt.where(Organisme.siret == f.organisme.strip())
    if f.debut_min:
        stmt = stmt.where(SessionFormation.debut >= f.debut_min)
    if f.debut_max:
        stmt = stmt.where(SessionFormation.debut <= f.debut_max)
    if f.places_disponibles_min is not None:
        free = SessionFormation.places_ouvertes - SessionFormation.places_prises
        stmt = stmt.where(free >= f.places_disponibles_min)
    if not f.inclure_terminees:
        stmt = stmt.where(SessionFormation.fin >= today)
    if f.lat is not None and f.lon is not None and f.rayon_km is not None:
        radius = f.rayon_km / KM_PER_DEGREE
        stmt = stmt.where(
            Action.latitude.is_not(None),  # type: ignore[union-attr]
            Action.latitude.between(f.lat - radius, f.lat + radius),  # type: ignore[union-attr]
            distance_sq(f.lat, f.lon) <= radius * radius,
        )
    return stmt


def _count_query(f: SearchFilters, today: date) -> Select[Any]:
    stmt = (
        select(func.count())
        .select_from(SessionFormation)
        .join(Action, Action.id == SessionFormation.action_id)  # type: ignore[arg-type]
        .join(Formation, Formation.id == Action.formation_id)  # type: ignore[arg-type]
    )
    if f.organisme:
        stmt = stmt.join(Organisme, Organisme.id == Formation.organisme_id)  # type: ignore[arg-type]
    return _where(stmt, f, today)


async def search(
    session: AsyncSession, f: SearchFilters, page: PageParams, today: date
) -> tuple[list[SessionView], int]:
    stmt = _where(view_query(), f, today)
    if f.tri == "distance" and f.lat is not None and f.lon is not None:
        stmt = stmt.order_by(distance_sq(f.lat, f.lon), SessionFormation.debut, SessionFormation.id)
    else:
        stmt = stmt.order_by(SessionFormation.debut, SessionFormation.id)
    total = (await session.execute(_count_query(f, today))).scalar_one()
    if total == 0:
        return [], 0
    result = await session.execute(stmt.limit(page.limit).offset(page.offset))
    return [to_view(r) for r in result.all()], int(total)
