"""LHÉO import: creates or updates formations, actions and sessions keyed on their LHÉO numbers.

Every record is checked before anything is written, so a rejected record leaves nothing behind.
Session events are emitted at the end, after every row write (same lock order as the holds).
"""

import uuid
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.referentiels import rows
from catalog.common.text import codes_text
from catalog.formations.models import Action, Formation
from catalog.lheo.parse import ActionRec, FormationRec, Record, SessionRec, load, read_formations
from catalog.offre import repository as offre_repo
from catalog.offre.models import Lot, Marche, Organisme
from catalog.search.index import refresh_for_formations
from catalog.sessions import events
from catalog.sessions import repository as sessions_repo
from catalog.sessions.models import SessionFormation
from servicekit.models import utcnow

T = TypeVar("T", Formation, Action, SessionFormation)
KINDS = ("formation", "action", "session")


@dataclass
class Report:
    version: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    pending: list[tuple[uuid.UUID, str]] = field(default_factory=list)

    def add(
        self,
        kind: str,
        rec: Record,
        statut: str,
        obj_id: uuid.UUID | None = None,
        errors: list[dict[str, str]] | None = None,
    ) -> None:
        self.entries.append(
            {
                "type": kind,
                "numero": rec.numero,
                "element": rec.path,
                "statut": statut,
                "id": str(obj_id) if obj_id else None,
                "erreurs": errors or [],
            }
        )

    def reject_tree(self, kind: str, rec: Record, reason: list[dict[str, str]]) -> None:
        self.add(kind, rec, "REJETE", errors=reason)
        parent = [
            {"element": rec.path, "message": f"Rejeté avec son élément parent ({kind} {rec.numero or '?'})."}
        ]
        for child in getattr(rec, "actions", []) + getattr(rec, "sessions", []):
            self.reject_tree("action" if isinstance(child, ActionRec) else "session", child, parent)

    def counts(self) -> dict[str, dict[str, int]]:
        out = {k: {"crees": 0, "mis_a_jour": 0, "rejetes": 0} for k in KINDS}
        key = {"CREE": "crees", "MIS_A_JOUR": "mis_a_jour", "REJETE": "rejetes"}
        for entry in self.entries:
            out[entry["type"]][key[entry["statut"]]] += 1
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"version": self.version, "resume": self.counts(), "enregistrements": self.entries}


async def import_document(session: AsyncSession, *, body: bytes) -> Report:
    version, root = load(body)
    report = Report(version)
    for rec in read_formations(root):
        await _import_formation(session, rec, report)
    await session.flush()
    for session_id, event_type in report.pending:
        await events.emit_one(session, session_id=session_id, event_type=event_type)
    return report


async def _find(session: AsyncSession, model: type[T], numero: str | None) -> T | None:
    if not numero:
        return None
    stmt = select(model).where(model.lheo_numero == numero)  # type: ignore[arg-type]
    found = (await session.execute(stmt)).scalar_one_or_none()
    if found is None:  # our own export uses ids as numbers
        try:
            found = await session.get(model, uuid.UUID(numero))
        except ValueError:
            return None
    return found


async def _import_formation(session: AsyncSession, rec: FormationRec, report: Report) -> None:
    if rec.errors:
        report.reject_tree("formation", rec, rec.errors)
        return
    organisme = await _organisme(session, rec.organisme)
    formation = await _find(session, Formation, rec.numero)
    created = formation is None
    if formation is None:
        formation = Formation(
            organisme_id=organisme.id, intitule=rec.fields["intitule"], lheo_numero=rec.numero
        )
        session.add(formation)
    await _fill_formation(session, formation, rec, organisme)
    await session.flush()
    report.add("formation", rec, "CREE" if created else "MIS_A_JOUR", formation.id)
    for action_rec in rec.actions:
        await _import_action(session, action_rec, formation, report)
    await session.flush()
    await refresh_for_formations(session, formation_ids=[formation.id])


async def _organisme(session: AsyncSession, data: dict[str, Any]) -> Organisme:
    organisme = await offre_repo.organisme_by_siret(session, data["siret"])
    if organisme is None:
        organisme = Organisme(**data)
        session.add(organisme)
        await session.flush()
    elif data.get("numero_activite") and not organisme.numero_activite:
        organisme.numero_activite = data["numero_activite"]
    return organisme


async def _fill_formation(
    session: AsyncSession, formation: Formation, rec: FormationRec, organisme: Organisme
) -> None:
    f = rec.fields
    for key in (
        "intitule",
        "objectif",
        "contenu",
        "certifiante",
        "niveau",
        "certification_code",
        "formacodes",
        "romes",
    ):
        setattr(formation, key, f[key])
    formation.formacodes_text = codes_text(f["formacodes"])
    formation.romes_text = codes_text(f["romes"])
    formation.updated_at = utcnow()
    if formation.lot_id is None:
        formation.organisme_id = organisme.id
    await _attach_lot(session, formation, f["prf"])


async def _attach_lot(session: AsyncSession, formation: Formation, prf: dict[str, str]) -> None:
    """Lot and dispositif travel as extras; a known lot wins over the dispositif alone."""
    dispositifs = await rows(session, "dispositifs")
    lot = None
    try:
        lot = await session.get(Lot, uuid.UUID(prf.get("lot-id", "")))
    except ValueError:
        lot = None
    if lot is not None:
        marche = await session.get(Marche, lot.marche_id)
        formation.lot_id, formation.organisme_id, formation.secteur = lot.id, lot.organisme_id, lot.secteur
        formation.dispositif = marche.dispositif if marche else formation.dispositif
    elif prf.get("dispositif") in dispositifs:
        formation.dispositif = prf["dispositif"]
    if formation.dispositif in dispositifs:
        formation.programme = dispositifs[formation.dispositif].parent


async def _import_action(session: AsyncSession, rec: ActionRec, formation: Formation, report: Report) -> None:
    if rec.errors:
        report.reject_tree("action", rec, rec.errors)
        return
    action = await _find(session, Action, rec.numero)
    created = action is None
    if action is None:
        action = Action(formation_id=formation.id, lheo_numero=rec.numero, **rec.fields)
        session.add(action)
    else:
        for key, value in rec.fields.items():
            setattr(action, key, value)
        action.formation_id, action.updated_at = formation.id, utcnow()
    await session.flush()
    report.add("action", rec, "CREE" if created else "MIS_A_JOUR", action.id)
    for session_rec in rec.sessions:
        await _import_session(session, session_rec, action, report)


async def _import_session(session: AsyncSession, rec: SessionRec, action: Action, report: Report) -> None:
    if rec.errors:
        report.add("session", rec, "REJETE", errors=rec.errors)
        return
    existing = await _find(session, SessionFormation, rec.numero)
    if existing is None:
        row = SessionFormation(action_id=action.id, lheo_numero=rec.numero, **rec.fields)
        session.add(row)
        await session.flush()
        report.add("session", rec, "CREE", row.id)
        report.pending.append((row.id, events.SESSION_OUVERTE))
        return
    locked = await sessions_repo.lock(session, existing.id)
    assert locked is not None
    if rec.fields["places_ouvertes"] < locked.places_prises:
        message = f"{rec.fields['places_ouvertes']} places ouvertes, mais {locked.places_prises} déjà réservées ou occupées."
        report.add("session", rec, "REJETE", locked.id, [{"element": rec.path, "message": message}])
        return
    before = locked.etat_recrutement
    changed = any(getattr(locked, k) != v for k, v in rec.fields.items()) or locked.action_id != action.id
    for key, value in rec.fields.items():
        setattr(locked, key, value)
    locked.action_id = action.id
    if changed:
        locked.updated_at = utcnow()
        report.pending.append((locked.id, events.state_event(before, locked.etat_recrutement)))
    report.add("session", rec, "MIS_A_JOUR", locked.id)
