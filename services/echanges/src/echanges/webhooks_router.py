"""Admin API of the webhook subscriptions: a partner client for its own scope, the Région for any."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from echanges.db import abonnement_t, livraison_t
from echanges.errors import (
    AbonnementIntrouvable,
    EvenementInconnu,
    HorsPerimetre,
    LivraisonIntrouvable,
    UrlRefusee,
)
from echanges.schemas import AbonnementCree, AbonnementIn, AbonnementOut, LivraisonOut
from echanges.settings import SettingsDep
from echanges.signing import new_secret
from echanges.urls import check_url
from echanges.webhook_types import EVENEMENTS
from servicekit.auth import Principal, current_principal
from servicekit.db import Database, get_database
from servicekit.problems import AUTHENTICATED, FieldError, problem_responses

router = APIRouter(prefix="/v1", tags=["webhooks"])
PrincipalDep = Annotated[Principal, Depends(current_principal)]
DatabaseDep = Annotated[Database, Depends(get_database)]
PARTNERS = ("region", "organisme", "valideur")


def _partner(principal: Principal) -> None:
    if principal.role not in PARTNERS:
        raise HorsPerimetre("Seuls la Région, les organismes et les valideurs peuvent s'abonner.")


def _out(row: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    until = row["precedent_jusqu_a"]
    return {**dict(row), "rotation_en_cours_jusqu_a": until if until and until > now else None}


async def _owned(conn: AsyncConnection, principal: Principal, abonnement_id: str) -> Any:
    row = (
        (await conn.execute(select(abonnement_t).where(abonnement_t.c.id == abonnement_id)))
        .mappings()
        .first()
    )
    mine = row is not None and (principal.is_region or row["client_id"] == principal.client_id)
    if row is None or not row["actif"] or not mine:  # another's subscription is not even acknowledged
        raise AbonnementIntrouvable("Aucun abonnement de ce numéro dans votre périmètre.")
    return row


@router.post(
    "/abonnements",
    status_code=201,
    response_model=AbonnementCree,
    summary="S'abonner à des événements",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre, UrlRefusee, EvenementInconnu),
)
async def subscribe(
    body: AbonnementIn, principal: PrincipalDep, db: DatabaseDep, settings: SettingsDep
) -> Any:
    _partner(principal)
    unknown = [e for e in body.evenements if e not in EVENEMENTS]
    if unknown:
        raise EvenementInconnu(
            f"Types inconnus : {', '.join(unknown)}.",
            errors=[FieldError(f"/evenements/{body.evenements.index(e)}", "Type inconnu.") for e in unknown],
        )
    if (body.role or body.org_id) and not principal.is_region:
        raise HorsPerimetre("Seule la Région peut abonner un autre périmètre que le sien.")
    await check_url(body.url, settings)
    role = body.role or principal.role
    row = {
        "id": str(uuid.uuid4()),
        "client_id": principal.client_id,
        "role": role,
        "org_id": body.org_id or ("" if role == "region" else principal.org_id),
        "url": body.url,
        "evenements": sorted(set(body.evenements)),
        "description": body.description,
        "secret": new_secret(),
        "secret_precedent": None,
        "precedent_jusqu_a": None,
        "created_at": datetime.now(UTC),
        "actif": True,
    }
    async with db.engine.begin() as conn:
        await conn.execute(abonnement_t.insert().values(**row))
    return _out(row)


@router.get(
    "/abonnements",
    response_model=list[AbonnementOut],
    summary="Mes abonnements (tous pour la Région)",
    responses=problem_responses(*AUTHENTICATED),
)
async def list_subscriptions(principal: PrincipalDep, db: DatabaseDep) -> Any:
    query = select(abonnement_t).where(abonnement_t.c.actif.is_(True)).order_by(abonnement_t.c.created_at)
    if not principal.is_region:
        query = query.where(abonnement_t.c.client_id == principal.client_id)
    async with db.engine.connect() as conn:
        return [_out(r) for r in (await conn.execute(query)).mappings()]


@router.delete(
    "/abonnements/{abonnement_id}",
    status_code=204,
    summary="Se désabonner (les livraisons en attente sont abandonnées)",
    responses=problem_responses(*AUTHENTICATED, AbonnementIntrouvable),
)
async def unsubscribe(abonnement_id: str, principal: PrincipalDep, db: DatabaseDep) -> None:
    async with db.engine.begin() as conn:
        await _owned(conn, principal, abonnement_id)
        await conn.execute(update(abonnement_t).where(abonnement_t.c.id == abonnement_id).values(actif=False))
        await conn.execute(
            update(livraison_t)
            .where(livraison_t.c.abonnement_id == abonnement_id, livraison_t.c.statut == "EN_ATTENTE")
            .values(statut="ECHEC", derniere_erreur="abonnement supprimé")
        )


@router.post(
    "/abonnements/{abonnement_id}/rotation",
    response_model=AbonnementCree,
    summary="Changer de secret (l'ancien reste valable pendant le chevauchement)",
    responses=problem_responses(*AUTHENTICATED, AbonnementIntrouvable),
)
async def rotate(abonnement_id: str, principal: PrincipalDep, db: DatabaseDep, settings: SettingsDep) -> Any:
    async with db.engine.begin() as conn:
        row = await _owned(conn, principal, abonnement_id)
        values = {
            "secret": new_secret(),
            "secret_precedent": row["secret"],
            "precedent_jusqu_a": datetime.now(UTC) + timedelta(hours=settings.rotation_chevauchement_h),
        }
        await conn.execute(update(abonnement_t).where(abonnement_t.c.id == abonnement_id).values(**values))
    return _out({**dict(row), **values})


@router.get(
    "/abonnements/{abonnement_id}/livraisons",
    response_model=list[LivraisonOut],
    summary="Journal des livraisons (tentatives, statut, latence), les plus récentes d'abord",
    responses=problem_responses(*AUTHENTICATED, AbonnementIntrouvable),
)
async def deliveries(abonnement_id: str, principal: PrincipalDep, db: DatabaseDep, limit: int = 100) -> Any:
    async with db.engine.connect() as conn:
        await _owned(conn, principal, abonnement_id)
        rows = await conn.execute(
            select(livraison_t)
            .where(livraison_t.c.abonnement_id == abonnement_id)
            .order_by(livraison_t.c.created_at.desc(), livraison_t.c.id)
            .limit(max(1, min(limit, 1000)))
        )
        return [
            {
                **dict(r),
                "prochaine_tentative": r["prochaine_tentative"] if r["statut"] == "EN_ATTENTE" else None,
            }
            for r in rows.mappings()
        ]


@router.post(
    "/livraisons/{livraison_id}/rejouer",
    status_code=202,
    response_model=LivraisonOut,
    summary="Renvoyer une livraison maintenant (même webhook-id : le récepteur peut dédoublonner)",
    responses=problem_responses(*AUTHENTICATED, LivraisonIntrouvable),
)
async def replay(livraison_id: str, principal: PrincipalDep, db: DatabaseDep) -> Any:
    now = datetime.now(UTC)
    async with db.engine.begin() as conn:
        row = (
            (await conn.execute(select(livraison_t).where(livraison_t.c.id == livraison_id)))
            .mappings()
            .first()
        )
        if row is None:
            raise LivraisonIntrouvable("Aucune livraison de ce numéro dans votre périmètre.")
        try:
            await _owned(conn, principal, row["abonnement_id"])
        except AbonnementIntrouvable as exc:
            raise LivraisonIntrouvable("Aucune livraison de ce numéro dans votre périmètre.") from exc
        # A replay restarts the 24 h retry window from now.
        values = {"statut": "EN_ATTENTE", "prochaine_tentative": now, "created_at": now}
        await conn.execute(update(livraison_t).where(livraison_t.c.id == livraison_id).values(**values))
    return {**dict(row), **values}
