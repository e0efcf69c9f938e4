"""Hash chain of the audit log: each entry's empreinte = sha256(previous empreinte + its canonical fields).

Positions are handed out in a strict order: on PostgreSQL appends take a transaction-scoped advisory lock
(released at commit), SQLite has a single writer. An entry edited or removed afterwards breaks the chain.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from parcours.audit.models import AuditEntry
from servicekit.db import is_postgres

GENESE = "0" * 64
_LOCK = text("SELECT pg_advisory_xact_lock(hashtext('parcours.audit.chaine'))")
_HEAD = text(
    "SELECT position, empreinte FROM audit WHERE position IS NOT NULL ORDER BY position DESC LIMIT 1"
)
FIELDS = (
    "id",
    "at",
    "acteur",
    "acteur_role",
    "acteur_org",
    "action",
    "objet",
    "objet_id",
    "stagiaire_id",
    "detail",
)


def _canon(value: Any) -> Any:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def empreinte(precedente: str, fields: dict[str, Any]) -> str:
    """sha256 over the previous hash and the entry's fields as sorted, compact JSON (read back alike)."""
    body = json.dumps(
        [_canon(fields[name]) for name in FIELDS], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(f"{precedente}\n{body}".encode()).hexdigest()


def head(sync: Session) -> tuple[int, str]:
    """Lock the chain (PG) and read its last link; call inside the writing transaction."""
    if is_postgres(sync.connection()):
        sync.execute(_LOCK)
    row = sync.execute(_HEAD).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESE)


def link(rows: Iterable[dict[str, Any]], position: int, precedente: str) -> tuple[int, str]:
    """Give each row (in order) its position and empreinte, after the link (position, precedente)."""
    for row in rows:
        position += 1
        precedente = empreinte(precedente, row)
        row["position"], row["empreinte"] = position, precedente
    return position, precedente


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _ctx: Any, _instances: Any) -> None:
    pending = [obj for obj in session.new if isinstance(obj, AuditEntry) and obj.position is None]
    if not pending:
        return
    position, precedente = head(session)
    for obj in sorted(pending, key=lambda o: o.at):
        fields = {name: getattr(obj, name) for name in FIELDS}
        position, precedente = link([fields], position, precedente)
        obj.position, obj.empreinte = fields["position"], fields["empreinte"]


@dataclass
class Rupture:
    id: str
    position: int
    raison: str


class Walker:
    """Walks the entries by position; the first whose position or empreinte does not follow is named."""

    def __init__(self) -> None:
        self.count, self.position, self.precedente = 0, 0, GENESE
        self.rupture: Rupture | None = None

    def step(self, fields: dict[str, Any]) -> None:
        self.count += 1  # still counted after a break: `entrees` is the whole log
        if self.rupture:
            return
        if fields["position"] != self.position + 1:
            self.rupture = Rupture(
                str(fields["id"]), fields["position"], "Entrée manquante juste avant celle-ci."
            )
        elif empreinte(self.precedente, fields) != fields["empreinte"]:
            self.rupture = Rupture(
                str(fields["id"]), fields["position"], "Empreinte invalide : entrée modifiée."
            )
        self.position, self.precedente = fields["position"], fields["empreinte"]
