import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select

from parcours.audit.chain import FIELDS
from parcours.audit.models import AuditEntry


def listing(
    *,
    stagiaire_id: uuid.UUID | None,
    objet_id: str | None,
    action: str | None,
    acteur_org: str | None,
    depuis: datetime | None,
) -> Select[Any]:
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc())  # type: ignore[attr-defined]
    if stagiaire_id:
        stmt = stmt.where(AuditEntry.stagiaire_id == stagiaire_id)
    if objet_id:
        stmt = stmt.where(AuditEntry.objet_id == objet_id)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if acteur_org:
        stmt = stmt.where(AuditEntry.acteur_org == acteur_org)
    if depuis:
        stmt = stmt.where(AuditEntry.at >= depuis)  # type: ignore[operator]
    return stmt


def chain_order() -> Select[Any]:
    """Every entry's hashed fields and link, in chain order, for the verification."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    columns = [table.c[name] for name in (*FIELDS, "position", "empreinte")]
    return select(*columns).order_by(table.c.position)
