from typing import Any

from fastapi import APIRouter, Request

from indicators.definitions import DEFINITIONS

router = APIRouter(prefix="/v1", tags=["indicateurs"])


@router.get("/indicateurs", summary="Définitions des indicateurs (formules, cohortes, seuil du secret)")
async def list_definitions(request: Request) -> dict[str, Any]:
    seuil = request.app.state.settings.seuil_secret
    return {"items": [d.as_dict(seuil) for d in DEFINITIONS]}
