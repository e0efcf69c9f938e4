from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path
from sqlalchemy import select

from catalog.errors import READ
from catalog.referentiels.models import Referentiel
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1/referentiels", tags=["référentiels"])

Kind = Literal[
    "departements",
    "territoires",
    "secteurs",
    "programmes",
    "dispositifs",
    "niveaux",
    "motifs-rupture",
    "motifs-refus",
    "types-modules",
    "reseaux-valideurs",
]


@router.get("/{kind}", summary="Données de référence (lecture publique)", responses=problem_responses(*READ))
async def list_referentiel(
    kind: Annotated[Kind, Path(description="Nature du référentiel")], session: SessionDep
) -> dict[str, Any]:
    rows = (
        await session.execute(select(Referentiel).where(Referentiel.kind == kind).order_by(Referentiel.rang))
    ).scalars()
    items = [{"code": r.code, "libelle": r.libelle, **r.extra} for r in rows]
    return {"items": items, "total": len(items)}
