"""Write audit entries inside the caller's transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit.models import AuditEntry
from servicekit.auth import Principal


def record(
    session: AsyncSession,
    *,
    principal: Principal,
    action: str,
    objet: str,
    objet_id: uuid.UUID | str,
    stagiaire_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            acteur=principal.sub,
            acteur_role=principal.role,
            acteur_org=principal.org_id,
            action=action,
            objet=objet,
            objet_id=str(objet_id),
            stagiaire_id=stagiaire_id,
            detail=detail or {},
        )
    )


def record_read(
    session: AsyncSession,
    *,
    principal: Principal,
    owner: bool,
    objet: str,
    objet_id: uuid.UUID,
    stagiaire_id: uuid.UUID,
) -> None:
    """A read of a trainee's file is logged unless the reader is its own OF or prescriber."""
    if not owner:
        record(
            session,
            principal=principal,
            action="LECTURE",
            objet=objet,
            objet_id=objet_id,
            stagiaire_id=stagiaire_id,
        )
