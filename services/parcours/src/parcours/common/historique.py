"""Status history: who did what, when it took effect and when it was recorded, and why."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.common.models import Transition
from servicekit.auth import Principal


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
