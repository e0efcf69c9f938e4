"""Write audit entries inside the caller's transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import chain
from parcours.audit.models import AuditEntry
from servicekit.auth import Principal
from servicekit.db import is_postgres
from servicekit.models import new_id, utcnow

_MANY_PG = text(
    """
    INSERT INTO audit (id, at, acteur, acteur_role, acteur_org, action, objet, objet_id, stagiaire_id, detail,
                       position, empreinte)
    SELECT o.id, :at, :acteur, :role, :org, :action, :objet, o.objet, NULL, CAST('{}' AS json), o.position, o.empreinte
    FROM unnest(CAST(:ids AS uuid[]), CAST(:objets AS text[]), CAST(:positions AS bigint[]),
                CAST(:empreintes AS text[])) AS o(id, objet, position, empreinte)
    """
)


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


async def record_many(
    session: AsyncSession, *, principal: Principal, action: str, objet: str, objet_ids: list[uuid.UUID]
) -> None:
    """One entry per object in a single statement (bulk writes such as attendance)."""
    if not objet_ids:
        return
    now = utcnow()
    rows = [
        {
            "id": new_id(),
            "at": now,
            "acteur": principal.sub,
            "acteur_role": principal.role,
            "acteur_org": principal.org_id,
            "action": action,
            "objet": objet,
            "objet_id": str(oid),
            "stagiaire_id": None,
            "detail": {},
        }
        for oid in objet_ids
    ]
    await session.flush()  # entries added before take their links first
    position, precedente = await session.run_sync(chain.head)
    chain.link(rows, position, precedente)
    if is_postgres(session):
        # One statement: the entries as arrays (ids, objects, links), the rest constants.
        await session.execute(
            _MANY_PG,
            {
                "ids": [r["id"] for r in rows],
                "objets": [r["objet_id"] for r in rows],
                "positions": [r["position"] for r in rows],
                "empreintes": [r["empreinte"] for r in rows],
                "at": now,
                "acteur": principal.sub,
                "role": principal.role,
                "org": principal.org_id,
                "action": action,
                "objet": objet,
            },
        )
        return
    await session.execute(insert(AuditEntry.__table__), rows)  # type: ignore[attr-defined]
