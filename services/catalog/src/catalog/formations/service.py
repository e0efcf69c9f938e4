"""Use cases of formations and actions (the Région's). Never commits; flushes."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.errors import Errors
from catalog.common.referentiels import check_code, extra, rows
from catalog.common.text import codes_text
from catalog.formations.models import Action, Formation
from catalog.formations.schemas import ActionIn, ActionPatch, FormationIn, FormationPatch, LieuIn
from catalog.offre import repository as offre_repo
from catalog.search.index import refresh_for_formations
from catalog.sessions import events as session_events
from catalog.sessions.models import SessionFormation
from servicekit.models import utcnow


def _apply_certification(formation: Formation, data: FormationIn | FormationPatch) -> None:
    if data.certification is not None:
        formation.certification_code = data.certification.code_rncp
        formation.niveau = data.certification.niveau
        formation.certification_intitule = data.certification.intitule


def _apply_codes(formation: Formation, *, formacodes: list[str] | None, romes: list[str] | None) -> None:
    if formacodes is not None:
        formation.formacodes = list(dict.fromkeys(formacodes))
        formation.formacodes_text = codes_text(formation.formacodes)
    if romes is not None:
        formation.romes = list(dict.fromkeys(romes))
        formation.romes_text = codes_text(formation.romes)


async def create_formation(session: AsyncSession, *, data: FormationIn) -> Formation:
    errors = Errors()
    ctx = await offre_repo.lot_context(session, data.lot_id)
    if ctx is None:
        errors.add("/lot_id", "Lot introuvable.")
    errors.raise_if_any()
    assert ctx is not None
    lot, marche, _holder = ctx
    dispositif = (await rows(session, "dispositifs")).get(marche.dispositif)
    certifiante = data.certifiante
    if certifiante is None:
        certifiante = bool(extra(dispositif, "certifiant", False))
    formation = Formation(
        lot_id=lot.id,
        organisme_id=lot.organisme_id,
        intitule=data.intitule.strip(),
        objectif=data.objectif,
        contenu=data.contenu,
        certifiante=certifiante,
        dispositif=marche.dispositif,
        programme=dispositif.parent if dispositif else None,
        secteur=lot.secteur,
    )
    _apply_certification(formation, data)
    _apply_codes(formation, formacodes=data.formacodes, romes=data.romes)
    session.add(formation)
    await session.flush()
    return formation


async def update_formation(session: AsyncSession, *, formation: Formation, data: FormationPatch) -> Formation:
    changes = data.model_dump(exclude_unset=True)
    for key in ("intitule", "objectif", "contenu", "certifiante"):
        if key in changes and changes[key] is not None:
            setattr(formation, key, changes[key])
    _apply_certification(formation, data)
    _apply_codes(formation, formacodes=data.formacodes, romes=data.romes)
    formation.updated_at = utcnow()
    await session.flush()
    await refresh_for_formations(session, formation_ids=[formation.id])
    if "certifiante" in changes:
        await _emit_sessions(session, formation_id=formation.id)
    return formation


async def _check_lieu(session: AsyncSession, errors: Errors, lieu: LieuIn, base: str) -> None:
    dep = await check_code(
        session, errors, "departements", lieu.departement, f"{base}/departement", "Département"
    )
    terr = await check_code(
        session, errors, "territoires", lieu.territoire, f"{base}/territoire", "Territoire"
    )
    if terr is not None and dep is not None and terr.parent != dep.code:
        errors.add(
            f"{base}/territoire", f"Le territoire {terr.code} n'est pas dans le département {dep.code}."
        )
    if dep is not None and not lieu.commune_insee.startswith(dep.code[:2]):
        errors.add(
            f"{base}/commune_insee",
            f"La commune {lieu.commune_insee} n'est pas dans le département {dep.code}.",
        )


def _apply_lieu(action: Action, lieu: LieuIn) -> None:
    for key, value in lieu.model_dump().items():
        setattr(action, key, value)


async def create_action(session: AsyncSession, *, data: ActionIn) -> Action:
    errors = Errors()
    formation = await session.get(Formation, data.formation_id)
    if formation is None:
        errors.add("/formation_id", "Formation introuvable.")
    await _check_lieu(session, errors, data.lieu, "/lieu")
    errors.raise_if_any()
    action = Action(**data.model_dump(exclude={"lieu"}))
    _apply_lieu(action, data.lieu)
    session.add(action)
    await session.flush()
    return action


async def update_action(session: AsyncSession, *, action: Action, data: ActionPatch) -> Action:
    errors = Errors()
    if data.lieu is not None:
        await _check_lieu(session, errors, data.lieu, "/lieu")
    errors.raise_if_any()
    changes = data.model_dump(exclude_unset=True, exclude={"lieu"})
    for key, value in changes.items():
        if value is not None:
            setattr(action, key, value)
    if data.lieu is not None:
        _apply_lieu(action, data.lieu)
    action.updated_at = utcnow()
    await session.flush()
    await refresh_for_formations(session, formation_ids=[action.formation_id])
    await _emit_sessions(session, action_id=action.id)
    return action


async def _emit_sessions(
    session: AsyncSession, *, formation_id: uuid.UUID | None = None, action_id: uuid.UUID | None = None
) -> None:
    stmt = select(SessionFormation.id).join(Action, Action.id == SessionFormation.action_id)  # type: ignore[arg-type]
    if formation_id is not None:
        stmt = stmt.where(Action.formation_id == formation_id)
    if action_id is not None:
        stmt = stmt.where(Action.id == action_id)
    ids = list((await session.execute(stmt)).scalars())
    await session_events.emit_many(session, session_ids=ids, event_type=session_events.SESSION_MODIFIEE)


def formation_out(formation: Formation, siret: str) -> dict[str, Any]:
    return {
        **formation.model_dump(),
        "organisme_siret": siret,
        "certification": {
            "code_rncp": formation.certification_code,
            "niveau": formation.niveau,
            "intitule": formation.certification_intitule,
        },
    }


def action_out(action: Action, modules: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    data = action.model_dump()
    data["lieu"] = {
        k: data[k]
        for k in (
            "commune_insee",
            "commune",
            "code_postal",
            "departement",
            "territoire",
            "latitude",
            "longitude",
        )
    }
    data["modules"] = modules
    return data
