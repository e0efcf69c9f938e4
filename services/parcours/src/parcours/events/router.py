from fastapi import APIRouter

from parcours.events.payloads import json_schemas

router = APIRouter(prefix="/v1", tags=["événements"])


@router.get("/events/schemas", summary="Schémas JSON des événements du parcours")
async def event_schemas() -> dict[str, object]:
    return json_schemas()
