from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select

from indicators.compute import source
from indicators.definitions import BY_CODE, DEFINITIONS
from indicators.feed import Consumer
from indicators.models import FeedCursor
from indicators.params import Periode, question_from
from indicators.service import answer, compute_cells, definition_or_404, to_csv
from servicekit.auth import Principal, require_scopes
from servicekit.db import SessionDep
from servicekit.problems import Problem

router = APIRouter(prefix="/v1", tags=["indicateurs"])
Reader = Annotated[Principal, Depends(require_scopes("indicators:read"))]
BILAN = (
    "places_ouvertes",
    "entrees",
    "entrees_vs_objectif",
    "taux_remplissage",
    "taux_rupture",
    "taux_rupture_nette",
    "taux_reussite_certification",
    "taux_acces_emploi_6m",
)


@router.get("/indicateurs", summary="Définitions des indicateurs (formules, cohortes, seuil du secret)")
async def list_definitions(request: Request) -> dict[str, Any]:
    seuil = request.app.state.settings.seuil_secret
    return {"items": [d.as_dict(seuil) for d in DEFINITIONS]}


@router.get(
    "/indicateurs/{code}",
    summary="Un indicateur par période et dimensions",
    description="`periode` = 2025 | 2025-T1 | 2025-03 ; `par` = jusqu'à 3 dimensions ; un filtre par dimension ; "
    "`as_of` = tel que connu à cette date. `Accept: text/csv` ou le suffixe `.csv` pour un export tableur.",
)
async def get_indicator(code: str, request: Request, db: SessionDep, principal: Reader) -> Response:
    want_csv = code.endswith(".csv") or "text/csv" in request.headers.get("accept", "")
    code = code.removesuffix(".csv")
    definition_or_404(code)
    params = dict(request.query_params)
    q = question_from(params)
    settings = request.app.state.settings
    body = await answer(request.app.state.database, db, code, q, principal, settings.seuil_secret)
    if want_csv:
        return Response(
            to_csv(body, q.dims).encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{code}_{q.periode.label}.csv"'},
        )
    return JSONResponse(body)


def _summary(cells: list[Any]) -> dict[str, Any]:
    if not cells:
        return {"numerateur": 0, "denominateur": None, "valeur": None, "secret": False}
    c = cells[0]
    return {
        "numerateur": None if c.secret else c.numerateur,
        "denominateur": c.denominateur,
        "valeur": None if c.secret else c.valeur,
        "secret": c.secret,
    }


@router.get("/lots/{lot_id}/bilan", summary="Bilan d'un lot comparé à la moyenne régionale")
async def lot_bilan(lot_id: str, request: Request, db: SessionDep, principal: Reader) -> dict[str, Any]:
    params = dict(request.query_params)
    as_of_q = question_from({"as_of": params.get("as_of", ""), "periode": "2000"})
    lots = source("lot", as_of_q.as_of, "l")
    lot = (await db.execute(select(lots).where(lots.c.lot_id == lot_id))).mappings().first()
    if lot is None:
        raise Problem(404, f"Lot « {lot_id} » introuvable dans les indicateurs.", code="lot_introuvable")
    q = question_from({k: v for k, v in params.items() if k in ("periode", "as_of")}, default_periode="2000")
    if "periode" not in params and lot["debut"] and lot["fin"]:
        q.periode = Periode(f"{lot['debut']}/{lot['fin']}", lot["debut"], lot["fin"] + timedelta(days=1))
    seuil = request.app.state.settings.seuil_secret
    items = []
    for code in BILAN:
        q_lot = question_from({}, default_periode="2000")
        q_lot.periode, q_lot.as_of, q_lot.filters = q.periode, q.as_of, {"lot": [lot_id]}
        lot_cells = await compute_cells(db, code, q_lot, principal, seuil)
        q_reg = question_from({}, default_periode="2000")
        q_reg.periode, q_reg.as_of = q.periode, q.as_of
        item: dict[str, Any] = {"code": code, "libelle": BY_CODE[code].libelle, "lot": _summary(lot_cells)}
        if BY_CODE[code].unite == "taux":
            reg = _summary(await compute_cells(db, code, q_reg, principal, seuil))
            item["region"] = reg
            lv, rv = item["lot"]["valeur"], reg["valeur"]
            item["ecart"] = None if lv is None or rv is None else round(lv - rv, 4)
        else:
            q_reg.dims = ["lot"]
            per_lot = await compute_cells(db, code, q_reg, principal, seuil)
            values = [c.numerateur or 0 for c in per_lot]
            item["region"] = {
                "total": sum(values) if not any(c.secret for c in per_lot) else None,
                "moyenne_par_lot": round(sum(values) / len(values), 2)
                if values and principal.is_region
                else None,
            }
        items.append(item)
    return {
        "lot": {k: lot[k] for k in ("lot_id", "numero", "intitule", "dispositif", "secteur", "organisme")},
        "periode": q.periode.label,
        "indicateurs": items,
    }


@router.get("/etat", summary="État de la consommation des flux (curseurs, fraîcheur)")
async def feed_state(db: SessionDep, principal: Reader) -> dict[str, Any]:
    rows = (await db.execute(select(FeedCursor))).scalars().all()
    return {
        "flux": [
            {
                "source": r.source,
                "position": r.position,
                "donnees_au": r.donnees_au.isoformat() if r.donnees_au else None,
                "mis_a_jour": r.updated_at.isoformat(),
            }
            for r in rows
        ]
    }


@router.post(
    "/admin/reconstruction", status_code=202, summary="Reconstruit les projections depuis la séquence 0"
)
async def rebuild(request: Request, principal: Reader, tasks: BackgroundTasks) -> dict[str, Any]:
    if not principal.is_region:
        raise Problem(403, "Seule la Région peut reconstruire les indicateurs.", code="role_insuffisant")
    consumer: Consumer = request.app.state.consumer
    tasks.add_task(consumer.rebuild)
    return {"statut": "lancee"}
