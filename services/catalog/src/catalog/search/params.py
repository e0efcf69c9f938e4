"""The places search's query string: one model validated in one pass, then the cross-field checks.

Declared as a model (`Annotated[SearchQuery, Query()]`) rather than 20 separate parameters: the
OpenAPI document lists the same parameters, and pydantic checks them in one call instead of FastAPI
walking each one (1 ms of CPU per search before).
"""

import uuid
from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BaseModel, Field

from catalog.common.errors import Errors
from catalog.common.validators import check_formacode, check_rome
from catalog.search.query import SearchFilters
from catalog.sessions.schemas import MAX_PLACES, Etat
from servicekit.inputs import EffectiveDate
from servicekit.pagination import MAX_LIMIT, MAX_PAGE, PageParams


class SearchQuery(BaseModel):
    q: str | None = Field(None, max_length=200, description="Mots (casse et accents ignorés)")
    rome: str | None = Field(None, description="Code ROME, ex. F1604")
    formacode: str | None = Field(None, description="FORMACODE, 5 chiffres")
    secteur: str | None = None
    dispositif: str | None = None
    departement: str | None = None
    territoire: str | None = None
    organisme: str | None = Field(None, description="id ou SIRET de l'organisme")
    lot: uuid.UUID | None = None
    debut_min: EffectiveDate | None = None
    debut_max: EffectiveDate | None = None
    places_disponibles_min: int | None = Field(None, ge=0, le=MAX_PLACES)
    etat_recrutement: Etat | None = None
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    rayon_km: float | None = Field(None, gt=0, le=1000)
    inclure_terminees: bool = False
    tri: Literal["debut", "distance"] = Field("debut", description="debut (défaut) ou distance")
    page: int = Field(1, ge=1, le=MAX_PAGE, description=f"Numéro de page, de 1 à {MAX_PAGE}")
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"Éléments par page (max {MAX_LIMIT})")


def _checked(errors: Errors, pointer: str, value: str | None, check: Callable[[str], str]) -> str | None:
    """A code filter in its canonical form, or an error naming it (a malformed code matches nothing)."""
    if value is None or not value.strip():
        return None
    try:
        return check(value)
    except ValueError as exc:
        errors.add(pointer, str(exc))
        return None


async def search_query(query: Annotated[SearchQuery, Query()]) -> tuple[SearchFilters, PageParams]:
    errors = Errors()
    fields = query.model_dump(exclude={"page", "limit"})
    fields["rome"] = _checked(errors, "/rome", query.rome, check_rome)
    fields["formacode"] = _checked(errors, "/formacode", query.formacode, check_formacode)
    if (query.lat is None) != (query.lon is None):
        errors.add("/lon" if query.lon is None else "/lat", "La latitude et la longitude vont ensemble.")
    if query.rayon_km is not None and query.lat is None:
        errors.add("/lat", "Un rayon demande un point de départ (lat, lon).")
    if query.tri == "distance" and query.lat is None:
        errors.add("/tri", "Le tri par distance demande un point de départ (lat, lon).")
    if query.debut_min and query.debut_max and query.debut_max < query.debut_min:
        errors.add("/debut_max", "debut_max précède debut_min.")
    errors.raise_if_any()
    return SearchFilters(**fields), PageParams(page=query.page, limit=query.limit)
