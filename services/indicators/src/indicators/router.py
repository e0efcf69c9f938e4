"""HTTP only: parameters in, the service's answer out (JSON, or CSV for a spreadsheet)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select

from indicators.definitions import INDICATORS
from indicators.errors import QUESTION_ERRORS, HorsPerimetre, IndicateurInconnu, LotIntrouvable
from indicators.export import to_csv
from indicators.feed import Consumer
from indicators.models import FeedCursor
from indicators.params import question_from
from indicators.schemas import Bilan, Definitions, Etat, Flux, Reconstruction, Reponse
from indicators.service import answer, bilan, indicator_of
from indicators.settings import SettingsDep
from servicekit.auth import Principal, require_scopes
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["indicateurs"])
Reader = Annotated[Principal, Depends(require_scopes("indicators:read"))]
CSV = {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "Export tableur (`.csv`)"}


@router.get(
    "/indicateurs",
    response_model=Definitions,
    summary="Définitions des indicateurs (formules, cohortes, seuil du secret)",
)
async def list_definitions(settings: SettingsDep) -> Definitions:
    return Definitions(items=[i.definition(settings.seuil_secret) for i in INDICATORS])


@router.get(
    "/indicateurs/{code}",
    response_model=Reponse,
    response_model_exclude_unset=True,
    responses={200: CSV, **problem_responses(IndicateurInconnu, *QUESTION_ERRORS)},
    summary="Un indicateur par période et dimensions",
    description="`periode` = 2025 | 2025-T1 | 2025-03 ; `par` = jusqu'à 3 dimensions ; un filtre par dimension ; "
    "`as_of` = tel que connu à cette date. `Accept: text/csv` ou le suffixe `.csv` pour un export tableur.",
)
async def get_indicator(
    code: str, request: Request, db: SessionDep, principal: Reader, settings: SettingsDep
) -> Any:
    want_csv = code.endswith(".csv") or "text/csv" in request.headers.get("accept", "")
    indicator = indicator_of(code.removesuffix(".csv"))
    q = question_from(dict(request.query_params))
    body = await answer(db, indicator, q, principal, settings.seuil_secret)
    if not want_csv:
        return body
    return Response(
        to_csv(body.model_dump(mode="json", exclude_unset=True), q.dims).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{indicator.code}_{q.periode.label}.csv"'},
    )


@router.get(
    "/lots/{lot_id}/bilan",
    response_model=Bilan,
    response_model_exclude_unset=True,
    responses=problem_responses(LotIntrouvable, *QUESTION_ERRORS),
    summary="Bilan d'un lot comparé à la moyenne régionale",
)
async def lot_bilan(
    lot_id: str, request: Request, db: SessionDep, principal: Reader, settings: SettingsDep
) -> Bilan:
    return await bilan(db, lot_id, dict(request.query_params), principal, settings.seuil_secret)


@router.get("/etat", response_model=Etat, summary="État de la consommation des flux (curseurs, fraîcheur)")
async def feed_state(db: SessionDep, principal: Reader) -> Etat:
    rows = (await db.execute(select(FeedCursor))).scalars().all()
    return Etat(
        flux=[
            Flux(
                source=r.source,
                position=r.position,
                donnees_au=r.donnees_au.isoformat() if r.donnees_au else None,
                mis_a_jour=r.updated_at.isoformat(),
            )
            for r in rows
        ]
    )


@router.post(
    "/admin/reconstruction",
    status_code=202,
    response_model=Reconstruction,
    responses=problem_responses(HorsPerimetre),
    summary="Reconstruit les projections depuis la séquence 0",
)
async def rebuild(request: Request, principal: Reader, tasks: BackgroundTasks) -> Reconstruction:
    if not principal.is_region:
        raise HorsPerimetre("Seule la Région peut reconstruire les indicateurs.")
    consumer: Consumer = request.app.state.consumer
    tasks.add_task(consumer.rebuild)
    return Reconstruction(statut="lancee")
