"""Status history: who did what, when it took effect and when it was recorded, and why."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from servicekit.auth import Principal
from servicekit.models import UTCDateTime, new_id, utcnow
from sqlalchemy import Column, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field

from parcours.db import ParcoursModel


class Transition(ParcoursModel, table=True):
    __tablename__ = "transition"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    objet: str = Field(max_length=16)  # candidature | parcours
    objet_id: uuid.UUID = Field(index=True)
    statut: str = Field(max_length=32)
    date_effet: date
    recorded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))
    acteur: str = Field(max_length=120)
    acteur_role: str = Field(max_length=16)
    acteur_org: str = Field(max_length=32)
    motif: str | None = Field(default=None, max_length=32)
    commentaire: str | None = None


def add(
    session: AsyncSession,
    *,
    principal: Principal,
    objet: str,
    objet_id: uuid.UUID,
    statut: str,
    date_effet: date,
    motif: str | None = None,
    commentaire: str | None = None,
) -> None:
    session.add(
        Transition(
            objet=objet,
            objet_id=objet_id,
            statut=statut,
            date_effet=date_effet,
            acteur=principal.sub,
            acteur_role=principal.role,
            acteur_org=principal.org_id,
            motif=motif,
            commentaire=commentaire,
        )
    )


async def of(session: AsyncSession, objet_id: uuid.UUID) -> list[Transition]:
    stmt = select(Transition).where(Transition.objet_id == objet_id).order_by(Transition.recorded_at)  # type: ignore[arg-type]
    return list((await session.execute(stmt)).scalars().all())


def as_dict(row: Transition) -> dict[str, object]:
    return {
        "statut": row.statut,
        "date_effet": row.date_effet.isoformat(),
        "enregistre_le": row.recorded_at.isoformat(),
        "acteur": row.acteur,
        "acteur_role": row.acteur_role,
        "motif": row.motif,
        "commentaire": row.commentaire,
    }
