"""HTTP: sessions (OF on its own lots, or the Région) and the public places search."""

import uuid
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from catalog.common import idempotency
from catalog.common.auth import SessionWriter
from catalog.common.errors import Errors
from catalog.common.referentiels import libelles
from catalog.common.validators import check_formacode, check_rome
from catalog.sessions import service
from catalog.sessions.schemas import Etat, SessionIn, SessionOut, SessionPatch
from catalog.sessions.search import SearchFilters, search
from servicekit.db import ReadConnectionDep, SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.pagination import Page, PageParams, page_params

router = APIRouter(prefix="/v1", tags=["sessions et places"])


async def dispositif_names(request: Request) -> dict[str, str]:
    """Reference data does not change while the process runs: read it once."""
    cached: dict[str, str] | None = getattr(request.app.state, "dispositif_libelles", None)
    if not cached:
        async with request.app.state.database.sessionmaker() as session:
            cached = await libelles(session, "dispositifs")
        request.app.state.dispositif_libelles = cached
    return cached


Names = Annotated[dict[str, str], Depends(dispositif_names)]
Paging = Annotated[PageParams, Depends(page_params)]


def _checked(errors: Errors, pointer: str, value: str | None, check: Callable[[str], str]) -> str | None:
    """A code filter in its canonical form, or an error naming it (a malformed code matches nothing)."""
    if value is None or not value.strip():
        return None
    try:
        return check(value)
    except ValueError as exc:
        errors.add(pointer, str(exc))
        return None


async def search_filters(
    q: Annotated[str | None, Query(description="Mots (casse et accents ignorés)", max_length=200)] = None,
    rome: Annotated[str | None, Query(description="Code ROME, ex. F1604")] = None,
    formacode: Annotated[str | None, Query(description="FORMACODE, 5 chiffres")] = None,
    secteur: str | None = None,
    dispositif: str | None = None,
    departement: str | None = None,
    territoire: str | None = None,
    organisme: Annotated[str | None, Query(description="id ou SIRET de l'organisme")] = None,
    lot: uuid.UUID | None = None,
    debut_min: date | None = None,
    debut_max: date | None = None,
    places_disponibles_min: Annotated[int | None, Query(ge=0)] = None,
    etat_recrutement: Etat | None = None,
    lat: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
    rayon_km: Annotated[float | None, Query(gt=0, le=1000)] = None,
    inclure_terminees: bool = False,
    tri: Annotated[Literal["debut", "distance"], Query(description="debut (défaut) ou distance")] = "debut",
) -> SearchFilters:
    errors = Errors()
    rome = _checked(errors, "/rome", rome, check_rome)
    formacode = _checked(errors, "/formacode", formacode, check_formacode)
    if (lat is None) != (lon is None):
        errors.add("/lon" if lon is None else "/lat", "La latitude et la longitude vont ensemble.")
    if rayon_km is not None and lat is None:
        errors.add("/lat", "Un rayon demande un point de départ (lat, lon).")
    if tri == "distance" and lat is None:
        errors.add("/tri", "Le tri par distance demande un point de départ (lat, lon).")
    if debut_min and debut_max and debut_max < debut_min:
        errors.add("/debut_max", "debut_max précède debut_min.")
    errors.raise_if_any()
    return SearchFilters(**{k: v for k, v in locals().items() if k != "errors"})


@router.get("/sessions", response_model=Page[SessionOut], summary="Recherche de places (lecture publique)")
async def search_sessions(
    conn: ReadConnectionDep,
    paging: Paging,
    filters: Annotated[SearchFilters, Depends(search_filters)],
    dispositifs: Names,
) -> Any:
    rows, total = await search(conn, filters, paging, date.today())
    origin = (filters.lat, filters.lon) if filters.lat is not None and filters.lon is not None else None
    items = [service.session_out(row, dispositifs, origin) for row in rows]
    # Already JSON-ready: answered as is (the response model documents it without re-validating).
    return JSONResponse({"items": items, "total": total, "page": paging.page, "limit": paging.limit})


@router.post("/sessions", status_code=201, response_model=SessionOut, summary="Ouvrir une session")
async def create_session(
    request: Request,
    data: SessionIn,
    session: SessionDep,
    principal: SessionWriter,
    dispositifs: Names,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    async def use_case() -> tuple[int, Any]:
        row = await service.create_session(session, principal=principal, data=data)
        return 201, await service.present(session, row.id, dispositifs)

    return await idempotency.run(
        session,
        principal=principal,
        key=idempotency_key,
        route="POST /v1/sessions",
        body=await request.body(),
        action=use_case,
    )


@router.get("/sessions/{session_id}", response_model=SessionOut, summary="Une session")
async def get_session(session_id: uuid.UUID, session: SessionDep, dispositifs: Names) -> Any:
    return await service.present(session, session_id, dispositifs)


@router.patch("/sessions/{session_id}", response_model=SessionOut, summary="Modifier une session")
async def patch_session(
    session_id: uuid.UUID,
    data: SessionPatch,
    session: SessionDep,
    principal: SessionWriter,
    dispositifs: Names,
) -> Any:
    view = await service.get_view(session, session_id)
    await service.update_session(session, principal=principal, view=view, data=data)
    return await service.present(session, session_id, dispositifs)
