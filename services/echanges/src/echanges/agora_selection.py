"""Which AGORA events an export holds: an increment (after the previous incremental run) or a backfill
(every event of the dossiers entered since `depuis`), both up to the run's last sequence number and
without the dossiers of excluded dispositifs (the Région's reference list)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from echanges.db import agora_event_t, dossier_t, exclusion_t, session_scope_t

E, D, S = agora_event_t, dossier_t, session_scope_t


def _excluded() -> Any:
    codes = select(exclusion_t.c.code)
    return or_(S.c.dispositif.in_(codes), S.c.programme.in_(codes))


def selection(export: Any, *columns: Any) -> Select[Any]:
    query = (
        select(*columns)
        .select_from(
            E.join(D, D.c.dossier_id == E.c.dossier_id).outerjoin(S, S.c.session_id == D.c.session_id)
        )
        .where(E.c.seq <= export["upto_seq"], func.coalesce(~_excluded(), True))
    )
    if export["depuis"] is not None:
        return query.where(D.c.date_entree >= export["depuis"])
    return query.where(and_(E.c.seq > export["after_seq"]))


def lines_query(export: Any) -> Select[Any]:
    return selection(export, E.c.seq, E.c.dossier_id, E.c.type, E.c.date, E.c.data).order_by(E.c.seq)


def count_query(export: Any) -> Select[Any]:
    return selection(export, func.count())
