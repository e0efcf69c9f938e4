"""Use cases of organismes, marchés and lots. Never commits; flushes."""

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common import events
from catalog.common.errors import Errors
from catalog.common.referentiels import check_code, extra, rows
from catalog.contracts import LotPayload
from catalog.errors import LotExistant, LotIntrouvable, MarcheExistant, OrganismeExistant
from catalog.formations.models import Formation
from catalog.offre import repository as repo
from catalog.offre.models import Lot, Marche, Organisme
from catalog.offre.schemas import LotIn, LotPatch, MarcheIn, MarchePatch, OrganismeIn
from catalog.search.index import refresh_for_formations
from servicekit.auth import Principal
from servicekit.problems import FieldError, invalid


async def create_organisme(session: AsyncSession, *, data: OrganismeIn) -> Organisme:
    if await repo.organisme_by_siret(session, data.siret):
        raise OrganismeExistant(
            f"Un organisme porte déjà le SIRET {data.siret}.",
            errors=[FieldError("/siret", f"Un organisme porte déjà le SIRET {data.siret}.")],
        )
    organisme = Organisme(siret=data.siret, raison_sociale=data.raison_sociale.strip())
    session.add(organisme)
    await session.flush()
    return organisme


async def rename_organisme(session: AsyncSession, *, organisme: Organisme, raison_sociale: str) -> Organisme:
    organisme.raison_sociale = raison_sociale.strip()
    await session.flush()
    formation_ids = await _formations_of_organisme(session, organisme.id)
    await refresh_for_formations(session, formation_ids=formation_ids)
    return organisme


async def _formations_of_organisme(session: AsyncSession, organisme_id: uuid.UUID) -> list[uuid.UUID]:
    stmt = select(Formation.id).where(Formation.organisme_id == organisme_id)
    return list((await session.execute(stmt)).scalars())


async def create_marche(session: AsyncSession, *, data: MarcheIn) -> Marche:
    errors = Errors()
    await check_code(session, errors, "dispositifs", data.dispositif, "/dispositif", "Dispositif")
    if data.fin < data.debut:
        errors.add("/fin", "La fin du marché précède son début.")
    errors.raise_if_any()
    if await repo.marche_by_reference(session, data.reference):
        raise MarcheExistant(
            f"Le marché {data.reference} existe déjà.",
            errors=[FieldError("/reference", f"Le marché {data.reference} existe déjà.")],
        )
    marche = Marche(**data.model_dump())
    session.add(marche)
    await session.flush()
    return marche


async def update_marche(session: AsyncSession, *, marche: Marche, data: MarchePatch) -> Marche:
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    debut, fin = changes.get("debut", marche.debut), changes.get("fin", marche.fin)
    if fin < debut:
        raise invalid("/fin", "La fin du marché précède son début.")
    for key, value in changes.items():
        setattr(marche, key, value)
    await session.flush()
    for lot in await _lots_of_marche(session, marche.id):
        await emit_lot(session, lot_id=lot, event_type=events.LOT_MODIFIE)
    return marche


async def _lots_of_marche(session: AsyncSession, marche_id: uuid.UUID) -> list[uuid.UUID]:
    return list((await session.execute(select(Lot.id).where(Lot.marche_id == marche_id))).scalars())


async def _check_lot_fields(session: AsyncSession, errors: Errors, fields: dict[str, Any]) -> None:
    await check_code(session, errors, "secteurs", fields.get("secteur"), "/secteur", "Secteur")
    await check_code(
        session, errors, "departements", fields.get("departement"), "/departement", "Département"
    )
    terr = await check_code(
        session, errors, "territoires", fields.get("territoire"), "/territoire", "Territoire"
    )
    if terr is not None:
        if fields.get("departement") and fields["departement"] != terr.parent:
            errors.add(
                "/territoire",
                f"Le territoire {terr.code} n'est pas dans le département {fields['departement']}.",
            )
        fields["departement"] = terr.parent
    if not fields.get("departement") and not fields.get("territoire"):
        errors.add(
            "/departement", "Un lot couvre un département ou un territoire : l'un des deux est requis."
        )
    lo, hi = fields.get("heures_stagiaires_min"), fields.get("heures_stagiaires_max")
    if lo is not None and hi is not None and hi < lo:
        errors.add("/heures_stagiaires_max", "Le maximum d'heures-stagiaires est inférieur au minimum.")


async def _holder(session: AsyncSession, errors: Errors, siret: str | None, pointer: str) -> Organisme | None:
    if siret is None:
        return None
    organisme = await repo.organisme_by_siret(session, siret)
    if organisme is None:
        errors.add(pointer, f"Aucun organisme de SIRET {siret} : créez-le d'abord.")
    return organisme


async def _check_cotraitants(session: AsyncSession, errors: Errors, sirets: list[str]) -> None:
    for i, siret in enumerate(sirets):
        await _holder(session, errors, siret, f"/cotraitants/{i}")


async def create_lot(session: AsyncSession, *, data: LotIn) -> Lot:
    errors = Errors()
    marche = await session.get(Marche, data.marche_id)
    if marche is None:
        errors.add("/marche_id", "Marché introuvable.")
    fields = data.model_dump()
    await _check_lot_fields(session, errors, fields)
    holder = await _holder(session, errors, data.organisme_siret, "/organisme_siret")
    await _check_cotraitants(session, errors, data.cotraitants)
    errors.raise_if_any()
    assert holder is not None and marche is not None
    if await repo.lot_numero_taken(session, marche.id, data.numero):
        raise LotExistant(
            f"Le lot {data.numero} existe déjà dans ce marché.",
            errors=[FieldError("/numero", f"Le lot {data.numero} existe déjà dans ce marché.")],
        )
    fields.pop("organisme_siret")
    lot = Lot(**fields, organisme_id=holder.id)
    session.add(lot)
    await session.flush()
    await emit_lot(session, lot_id=lot.id, event_type=events.LOT_CREE)
    return lot


async def update_lot(session: AsyncSession, *, lot: Lot, data: LotPatch) -> Lot:
    errors = Errors()
    changes = data.model_dump(exclude_unset=True)
    fields = {
        k: changes.get(k, getattr(lot, k))
        for k in ("secteur", "departement", "territoire", "heures_stagiaires_min", "heures_stagiaires_max")
    }
    if "territoire" in changes and "departement" not in changes:
        fields["departement"] = None
    await _check_lot_fields(session, errors, fields)
    holder = await _holder(session, errors, changes.get("organisme_siret"), "/organisme_siret")
    await _check_cotraitants(session, errors, changes.get("cotraitants") or [])
    errors.raise_if_any()
    for key in ("intitule", "cotraitants", "objectif_entrees"):
        if changes.get(key) is not None:
            setattr(lot, key, changes[key])
    for key, value in fields.items():
        setattr(lot, key, value)
    if holder is not None:
        lot.organisme_id = holder.id
    await session.flush()
    await session.execute(
        update(Formation)
        .where(Formation.lot_id == lot.id)  # type: ignore[arg-type]
        .values(secteur=lot.secteur, organisme_id=lot.organisme_id)
    )
    formation_ids = await _formations_of_lot(session, lot.id)
    await refresh_for_formations(session, formation_ids=formation_ids)
    await emit_lot(session, lot_id=lot.id, event_type=events.LOT_MODIFIE)
    return lot


async def _formations_of_lot(session: AsyncSession, lot_id: uuid.UUID) -> list[uuid.UUID]:
    return list((await session.execute(select(Formation.id).where(Formation.lot_id == lot_id))).scalars())


async def emit_lot(session: AsyncSession, *, lot_id: uuid.UUID, event_type: str) -> None:
    ctx = await repo.lot_context(session, lot_id)
    if ctx is None:
        return
    lot, marche, holder = ctx
    dispositif = (await rows(session, "dispositifs")).get(marche.dispositif)
    payload = LotPayload(
        lot_id=lot.id,
        numero=lot.numero,
        intitule=lot.intitule,
        marche_id=marche.id,
        dispositif=marche.dispositif,
        programme=dispositif.parent if dispositif else None,
        secteur=lot.secteur,
        departement=lot.departement,
        territoire=lot.territoire,
        organisme_siret=holder.siret,
        objectif_entrees=lot.objectif_entrees,
        debut=marche.debut,
        fin=marche.fin,
        certifiante=bool(extra(dispositif, "certifiant", False)),
    )
    await events.record(session, event_type, lot.id, payload)


async def lot_view(session: AsyncSession, *, lot_id: uuid.UUID) -> dict[str, Any]:
    ctx = await repo.lot_context(session, lot_id)
    if ctx is None:
        raise LotIntrouvable("Lot introuvable.")
    lot, marche, holder = ctx
    return {
        **lot.model_dump(),
        "dispositif": marche.dispositif,
        "organisme_siret": holder.siret,
        "organisme": holder.model_dump(),
    }


async def lot_holders(session: AsyncSession, *, lot_id: uuid.UUID) -> set[str]:
    ctx = await repo.lot_context(session, lot_id)
    if ctx is None:
        return set()
    return {ctx[2].siret, *ctx[0].cotraitants}


def principal_label(principal: Principal) -> str:
    return "REGION" if principal.is_region else principal.org_id or principal.sub
