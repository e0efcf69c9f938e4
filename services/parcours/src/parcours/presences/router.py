"""HTTP of attendance: bulk JSON (per-item report, Idempotency-Key) and CSV upload (all or nothing)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from parcours import errors as E
from parcours.alertes.rules import Thresholds
from parcours.common.access import Declarer
from parcours.db import Idempotent
from parcours.presences import bulk
from parcours.presences.csv_import import Importer
from parcours.presences.schemas import BulkOut, ImportOut, PresenceIn
from parcours.settings import SettingsDep
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["présences"])
CSV_TYPES = ("text/csv", "application/csv", "text/plain", "application/octet-stream")
# Inlined: the body is parsed by hand (per-index errors), so FastAPI never registers PresenceIn.
BULK_BODY = {
    "type": "object",
    "properties": {"presences": {"type": "array", "items": PresenceIn.model_json_schema()}},
}


@router.post(
    "/presences",
    response_model=BulkOut,
    responses=problem_responses(*E.WRITE, E.TropDePresences),
    summary="Déclarer des présences en masse (JSON)",
    openapi_extra={"requestBody": {"content": {"application/json": {"schema": BULK_BODY}}}},
)
async def post_presences(
    request: Request, session: SessionDep, principal: Declarer, settings: SettingsDep, once: Idempotent
) -> dict[str, Any]:
    body = await request.body()
    checked = bulk.validated(body)
    items = checked if checked is not None else bulk.parse_body(body)
    return await bulk.apply(
        session,
        principal=principal,
        items=items,
        checked=checked,
        max_hours=settings.heures_jour_max,
        thresholds=Thresholds.of(settings),
        keep=once.keep,
    )


@router.post(
    "/presences/import",
    response_model=ImportOut,
    responses=problem_responses(*E.READ, E.ImportInvalide, E.EncodageInvalide, E.TypeNonPrisEnCharge),
    summary="Importer un fichier CSV de présences",
    openapi_extra={"requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def import_presences(
    request: Request, session: SessionDep, principal: Declarer, settings: SettingsDep
) -> ImportOut:
    kind = request.headers.get("content-type", "text/csv").split(";")[0].strip().lower()
    if kind not in CSV_TYPES:
        raise E.TypeNonPrisEnCharge("Envoyez le fichier en text/csv.")
    importer = Importer(
        session, principal, settings.heures_jour_max, Thresholds.of(settings), settings.csv_lot_lignes
    )
    return ImportOut(appliquees=await importer.run(request.stream()))
