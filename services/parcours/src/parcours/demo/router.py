from typing import Any

from fastapi import APIRouter, Request

from parcours.common.access import Reader

router = APIRouter(prefix="/v1", tags=["démonstration"])


@router.get("/demo", summary="Avancement de la génération des données de démonstration")
async def demo_status(request: Request, _: Reader) -> dict[str, Any]:
    status: dict[str, Any] = getattr(request.app.state, "demo_status", None) or {"etat": "DESACTIVEE"}
    return status
