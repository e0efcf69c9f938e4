"""HTTP: the public places search (`GET /v1/sessions`), answered from the search columns in one statement."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from catalog.common.referentiels import DispositifNames
from catalog.errors import READ
from catalog.search.items import session_out
from catalog.search.params import search_query
from catalog.search.query import SearchFilters, search
from catalog.sessions.schemas import SessionOut
from servicekit.dates import region_today
from servicekit.db import ReadConnectionDep
from servicekit.pagination import Page, PageParams
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["sessions et places"])
SEARCH_PATH = "/v1/sessions"  # also where the answers' cache (catalog.search.cache) sits


@router.get(
    "/sessions",
    response_model=Page[SessionOut],
    summary="Recherche de places (lecture publique)",
    responses=problem_responses(*READ),
)
async def search_sessions(
    conn: ReadConnectionDep,
    query: Annotated[tuple[SearchFilters, PageParams], Depends(search_query)],
    dispositifs: DispositifNames,
) -> Any:
    filters, paging = query
    rows, total = await search(conn, filters, paging, region_today())
    origin = (filters.lat, filters.lon) if filters.lat is not None and filters.lon is not None else None
    items = [session_out(row, dispositifs, origin) for row in rows]
    # Already JSON-ready: answered as is (the response model documents it without re-validating).
    return JSONResponse({"items": items, "total": total, "page": paging.page, "limit": paging.limit})
