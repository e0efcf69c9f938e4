"""Who may see an event: the OF running its session, the valideur who sent the candidature."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from echanges.db import candidature_scope_t, dossier_t, session_scope_t


async def owners(conn: AsyncConnection, data: dict[str, Any]) -> tuple[str | None, str | None]:
    """(organisme siret, valideur org id) of the event's session and candidature, None if unknown."""
    organisme = None
    if data.get("session_id"):
        organisme = await conn.scalar(
            select(session_scope_t.c.organisme_siret).where(
                session_scope_t.c.session_id == data["session_id"]
            )
        )
    candidature = data.get("candidature_id")
    if candidature is None and data.get("parcours_id"):
        candidature = await conn.scalar(
            select(dossier_t.c.candidature_id).where(dossier_t.c.dossier_id == data["parcours_id"])
        )
    valideur = data.get("valideur_org_id")
    if valideur is None and candidature:
        valideur = await conn.scalar(
            select(candidature_scope_t.c.valideur_org_id).where(
                candidature_scope_t.c.candidature_id == candidature
            )
        )
    return organisme, valideur
