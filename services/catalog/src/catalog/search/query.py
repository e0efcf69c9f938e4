"""The places search: every filter of API.md in one portable statement (SQLite and PostgreSQL).

One round trip answers a page: the total (an uncorrelated scalar subquery, evaluated once), the page's
ids in order (a subquery with LIMIT that the planner may read off the `(debut, id)` index) and their
joined display rows. The statement depends only on which filters are present (its *shape*); it is
built once per shape and cached, and each request only binds values: building SQLAlchemy statements
cost more than PostgreSQL spent running them.
"""

import math
import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Float, Integer, Select, String, bindparam, func, select
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection

from catalog.common.text import search_words
from catalog.search.items import items_query
from catalog.sessions.models import SessionFormation
from servicekit.db import is_postgres
from servicekit.pagination import PageParams

KM_PER_DEGREE = 111.195
S = SessionFormation


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

    @property
    def by_distance(self) -> bool:
        return self.tri == "distance" and self.lat is not None and self.lon is not None


def _distance_sq() -> ColumnElement[Any]:
    """Squared equirectangular distance in degrees² (exact enough at a Région's scale, no trig in SQL)."""
    dy = S.latitude - bindparam("lat", type_=Float)  # type: ignore[operator]
    dx = (S.longitude - bindparam("lon", type_=Float)) * bindparam("cos_lat", type_=Float)  # type: ignore[operator]
    return dy * dy + dx * dx  # type: ignore[no-any-return]


# Filters compared for equality: query parameter → mirrored column of session_formation.
EQUALS = {
    "secteur": S.secteur,
    "dispositif": S.dispositif,
    "departement": S.departement,
    "territoire": S.territoire,
    "lot": S.lot_id,
    "etat_recrutement": S.etat_recrutement,
}


def _condition(key: str) -> ColumnElement[bool]:
    """The SQL condition of one shape key, its value left as a bind parameter of the same name."""
    if key.startswith("mot"):
        return S.search_text.like(bindparam(key, type_=String))  # type: ignore[attr-defined,no-any-return]
    if key in EQUALS:
        return EQUALS[key] == bindparam(key)  # type: ignore[no-any-return]
    conditions: dict[str, Any] = {
        "rome": lambda: S.romes_text.like(bindparam("rome", type_=String)),  # type: ignore[attr-defined]
        "formacode": lambda: S.formacodes_text.like(bindparam("formacode", type_=String)),  # type: ignore[attr-defined]
        "organisme_id": lambda: S.organisme_id == bindparam("organisme_id"),
        "organisme_siret": lambda: S.organisme_siret == bindparam("organisme_siret"),
        "debut_min": lambda: S.debut >= bindparam("debut_min"),
        "debut_max": lambda: S.debut <= bindparam("debut_max"),
        "places_min": lambda: S.places_ouvertes - S.places_prises >= bindparam("places_min", type_=Integer),
        # `en_cours` (kept by the sweep) lets the partial index skip the history; `fin` makes it exact.
        "en_cours": lambda: S.en_cours & (S.fin >= bindparam("today")),
        # The latitude band lets an index narrow the rows before the distance is computed.
        "rayon": lambda: (
            S.latitude.between(bindparam("lat_min", type_=Float), bindparam("lat_max", type_=Float))  # type: ignore[union-attr]
            & (_distance_sq() <= bindparam("rayon_sq", type_=Float))
        ),
    }
    return conditions[key]()  # type: ignore[no-any-return]


def bind(f: SearchFilters, today: date) -> dict[str, Any]:
    """The values of the filters present; their names (sorted) are the statement's shape."""
    values: dict[str, Any] = {}
    for i, word in enumerate(search_words(f.q)):
        values[f"mot{i}"] = f"%{word}%"  # words are [a-z0-9]+: no LIKE wildcard can slip in
    if f.rome:
        values["rome"] = f"% {f.rome} %"
    if f.formacode:
        values["formacode"] = f"% {f.formacode} %"
    for key in EQUALS:
        if getattr(f, key) is not None:
            values[key] = getattr(f, key)
    if f.organisme:
        try:
            values["organisme_id"] = uuid.UUID(f.organisme)
        except ValueError:
            values["organisme_siret"] = f.organisme.strip()
    if f.debut_min:
        values["debut_min"] = f.debut_min
    if f.debut_max:
        values["debut_max"] = f.debut_max
    if f.places_disponibles_min is not None:
        values["places_min"] = f.places_disponibles_min
    if not f.inclure_terminees:
        values["en_cours"] = True
        values["today"] = today
    if f.lat is not None and f.lon is not None:
        values.update(lat=f.lat, lon=f.lon, cos_lat=math.cos(math.radians(f.lat)))
        if f.rayon_km is not None:
            radius = f.rayon_km / KM_PER_DEGREE
            values.update(
                rayon=True, lat_min=f.lat - radius, lat_max=f.lat + radius, rayon_sq=radius * radius
            )
    return values


SHAPE_KEYS = ("rome", "formacode", *EQUALS, "organisme_id", "organisme_siret", "debut_min", "debut_max")
SHAPE_KEYS += ("places_min", "en_cours", "rayon")


def shape(values: dict[str, Any]) -> tuple[str, ...]:
    return tuple(k for k in values if k.startswith("mot") or k in SHAPE_KEYS)


@lru_cache(maxsize=512)
def statement(keys: tuple[str, ...], by_distance: bool) -> Select[Any]:
    """total + the page's joined rows, for one shape. Binds: the filters', `limit`, `offset`."""
    conditions = [_condition(k) for k in keys]
    total = count_statement(keys).scalar_subquery()
    order = [_distance_sq().label("distance_sq")] if by_distance else []
    page = (
        select(S.id, S.debut, *order)
        .where(*conditions)
        .order_by(*order, S.debut, S.id)
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
        .subquery("page")
    )
    page_order = [page.c.distance_sq] if by_distance else []
    return (
        items_query()
        .add_columns(total.label("total"))
        .join(page, page.c.id == S.id)
        .order_by(*page_order, page.c.debut, page.c.id)
    )


def count_statement(keys: tuple[str, ...]) -> Select[Any]:
    return select(func.count()).select_from(S).where(*(_condition(k) for k in keys))


@lru_cache(maxsize=512)
def _postgresql_sql(
    keys: tuple[str, ...], by_distance: bool, dialect: Dialect
) -> tuple[str, tuple[str, ...]]:
    compiled = statement(keys, by_distance).compile(dialect=dialect)
    return compiled.string, tuple(compiled.positiontup or ())


async def _rows(
    conn: AsyncConnection, keys: tuple[str, ...], by_distance: bool, binds: dict[str, Any]
) -> list[Any]:
    if not is_postgres(conn):
        return list((await conn.execute(statement(keys, by_distance), binds)).mappings())
    # On PostgreSQL the compiled text goes straight to asyncpg: SQLAlchemy's execution layer cost
    # 0.9 ms of CPU per search against 0.2 ms for the driver alone. The values are plain Python
    # (str, date, float, int, UUID) that asyncpg encodes itself; its records read like mappings.
    sql, names = _postgresql_sql(keys, by_distance, conn.dialect)
    raw = await conn.get_raw_connection()
    return list(await raw.driver_connection.fetch(sql, *(binds[n] for n in names)))  # type: ignore[union-attr]


async def search(
    conn: AsyncConnection, f: SearchFilters, page: PageParams, today: date
) -> tuple[list[Any], int]:
    """The page's flat rows (mappings, in order) and the total number of matching sessions."""
    values = bind(f, today)
    keys = shape(values)
    rows = await _rows(conn, keys, f.by_distance, {**values, "limit": page.limit, "offset": page.offset})
    if rows:
        return rows, int(rows[0]["total"])
    if page.page == 1:
        return [], 0
    # A page past the end: no row carries the total, count it apart.
    return [], int((await conn.execute(count_statement(keys), values)).scalar_one())
