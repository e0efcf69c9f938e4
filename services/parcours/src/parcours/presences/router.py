"""HTTP of attendance: bulk JSON (per-item report, Idempotency-Key) and CSV upload (all or nothing)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from parcours.alertes.rules import Thresholds
from parcours.common import idempotency
from parcours.common.access import Declarer
from parcours.presences import bulk
from parcours.presences.csv_import import Importer
from parcours.presences.schemas import BulkOut, ImportOut, PresenceIn
from parcours.settings import ParcoursSettings
from servicekit.db import SessionDep
from servicekit.headers import IdempotencyKey
from servicekit.problems import Problem

router = APIRouter(prefix="/v1", tags=["présences"])


def thresholds(settings: ParcoursSettings) -> Thresholds:
    return Thresholds(
        absences_consecutives=settings.alerte_absences_consecutives,
        taux_min=settings.alerte_taux_min,
        fenetre_jours=settings.alerte_fenetre_jours,
        heures_jour_temps_plein=settings.heures_jour_temps_plein,
    )


@router.post(
    "/presences",
    response_model=BulkOut,
    summary="Déclarer des présences en masse (JSON)",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "presences": {
                                "type": "array",
                                # Inlined: the body is parsed by hand (per-index errors), so FastAPI
                                # never registers PresenceIn among the components.
                                "items": PresenceIn.model_json_schema(),
                            }
                        },
                    }
                }
            }
        }
    },
)
async def post_presences(
    request: Request,
    session: SessionDep,
    principal: Declarer,
    key: IdempotencyKey = None,
) -> JSONResponse:
    settings: ParcoursSettings = request.app.state.settings
    body = await request.body()
    items = bulk.parse_body(body)

    async def action() -> tuple[int, Any]:
        result = await bulk.apply(
            session,
            principal=principal,
            items=items,
            max_hours=settings.heures_jour_max,
            thresholds=thresholds(settings),
        )
        return 200, result

    return await idempotency.run(
        session, principal=principal, key=key, route=request.url.path, body=body, action=action
    )


@router.post(
    "/presences/import",
    response_model=ImportOut,
    summary="Importer un fichier CSV de présences",
    openapi_extra={"requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def import_presences(request: Request, session: SessionDep, principal: Declarer) -> ImportOut:
    kind = request.headers.get("content-type", "text/csv").split(";")[0].strip().lower()
    if kind not in ("text/csv", "application/csv", "text/plain", "application/octet-stream"):
        raise Problem(415, "Envoyez le fichier en text/csv.", code="unsupported_media_type")
    settings: ParcoursSettings = request.app.state.settings
    importer = Importer(
        session, principal, settings.heures_jour_max, thresholds(settings), settings.csv_lot_lignes
    )
    applied = await importer.run(request.stream())
    return ImportOut(appliquees=applied)
