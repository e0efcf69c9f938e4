"""HTTP: sessions (OF on its own lots, or the Région) and the public places search."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from catalog.common.auth import SessionWriter
from catalog.common.referentiels import libelles
from catalog.db import Idempotent
from catalog.sessions import service
from catalog.sessions.schemas import SessionIn, SessionOut, SessionPatch
from catalog.sessions.search import SearchFilters, search
from catalog.sessions.search_params import search_query
from servicekit.dates import region_today
from servicekit.db import ReadConnectionDep, SessionDep
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


@router.get("/sessions", response_model=Page[SessionOut], summary="Recherche de places (lecture publique)")
async def search_sessions(
    conn: ReadConnectionDep,
    query: Annotated[tuple[SearchFilters, PageParams], Depends(search_query)],
    dispositifs: Names,
) -> Any:
    filters, paging = query
    rows, total = await search(conn, filters, paging, region_today())
    origin = (filters.lat, filters.lon) if filters.lat is not None and filters.lon is not None else None
    items = [service.session_out(row, dispositifs, origin) for row in rows]
    # Already JSON-ready: answered as is (the response model documents it without re-validating).
    return JSONResponse({"items": items, "total": total, "page": paging.page, "limit": paging.limit})


@router.post("/sessions", status_code=201, response_model=SessionOut, summary="Ouvrir une session")
async def create_session(
    data: SessionIn, session: SessionDep, principal: SessionWriter, dispositifs: Names, once: Idempotent
) -> Any:
    row = await service.create_session(session, principal=principal, data=data)
    return await once.keep(await service.present(session, row.id, dispositifs))


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
