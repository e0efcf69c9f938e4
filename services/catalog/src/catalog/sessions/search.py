"""The places search: every filter of API.md, portable SQL (SQLite and PostgreSQL)."""

import math
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.text import search_words
from catalog.sessions.models import SessionFormation
from catalog.sessions.repository import items
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


S = SessionFormation


def distance_sq(lat: float, lon: float) -> ColumnElement[Any]:
    """Squared equirectangular distance in degrees² (exact enough at a Région's scale, no trig in SQL)."""
    k = math.cos(math.radians(lat))
    dy = S.latitude - lat  # type: ignore[operator]
    dx = (S.longitude - lon) * k  # type: ignore[operator]
    return dy * dy + dx * dx  # type: ignore[no-any-return]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _where(stmt: Select[Any], f: SearchFilters, today: date) -> Select[Any]:
    """Every filter reads session_formation alone (its mirrored columns)."""
    for word in search_words(f.q):
        stmt = stmt.where(S.search_text.contains(word))  # type: ignore[attr-defined]
    if f.rome:
        stmt = stmt.where(S.romes_text.contains(f" {f.rome.strip().upper()} "))  # type: ignore[attr-defined]
    if f.formacode:
        stmt = stmt.where(S.formacodes_text.contains(f" {f.formacode.strip()} "))  # type: ignore[attr-defined]
    for column, value in (
        (S.secteur, f.secteur),
        (S.dispositif, f.dispositif),
        (S.departement, f.departement),
        (S.territoire, f.territoire),
        (S.lot_id, f.lot),
        (S.etat_recrutement, f.etat_recrutement),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if f.organisme:
        try:
            stmt = stmt.where(S.organisme_id == uuid.UUID(f.organisme))
        except ValueError:
            stmt = stmt.where(S.organisme_siret == f.organisme.strip())
    if f.debut_min:
        stmt = stmt.where(S.debut >= f.debut_min)
    if f.debut_max:
        stmt = stmt.where(S.debut <= f.debut_max)
    if f.places_disponibles_min is not None:
        stmt = stmt.where(S.places_ouvertes - S.places_prises >= f.places_disponibles_min)
    if not f.inclure_terminees:
        stmt = stmt.where(S.fin >= today)
    if f.lat is not None and f.lon is not None and f.rayon_km is not None:
        radius = f.rayon_km / KM_PER_DEGREE
        stmt = stmt.where(
            S.latitude.between(f.lat - radius, f.lat + radius),  # type: ignore[union-attr]
            distance_sq(f.lat, f.lon) <= radius * radius,
        )
    return stmt


def count_query(f: SearchFilters, today: date) -> Select[Any]:
    return _where(select(func.count()).select_from(S), f, today)


def page_query(f: SearchFilters, page: PageParams, today: date) -> Select[Any]:
    """The page's ids, each row carrying the total (a window count saves a round trip).

    The window is counted in a subquery and the order applied outside it: the count reads every
    matching row anyway, so one pass + a top-N sort beats walking the `(debut, id)` index over the
    whole table with a heap fetch per row (which the planner picks when it sees the LIMIT).
    """
    key = (
        distance_sq(f.lat, f.lon) if f.tri == "distance" and f.lat is not None and f.lon is not None else None
    )
    columns = [S.id, S.debut, func.count().over().label("total")]
    if key is not None:
        columns.append(key.label("distance_sq"))
    sub = _where(select(*columns), f, today).subquery()
    order = [sub.c.debut, sub.c.id] if key is None else [sub.c.distance_sq, sub.c.debut, sub.c.id]
    return select(sub.c.id, sub.c.total).order_by(*order).limit(page.limit).offset(page.offset)


async def search(
    session: AsyncSession, f: SearchFilters, page: PageParams, today: date
) -> tuple[list[Any], int]:
    """The page's ids and the total from session_formation alone, then the joined rows by id."""
    rows = (await session.execute(page_query(f, page, today))).all()
    if rows:
        total = int(rows[0][1])
    else:  # empty list, or a page past the end: the total still counts
        total = int((await session.execute(count_query(f, today))).scalar_one()) if page.page > 1 else 0
    return await items(session, [r[0] for r in rows]), total
