"""`valid_to` of the history versions: the earliest `recorded_at` among the later versions (higher seq)
of the same key, NULL while there is none. `as_of=D` then reads the versions with
`recorded_at <= D < valid_to` — the latest by feed order among those recorded by D, also when
`recorded_at` is not monotonic — with a filter instead of a probe of the other versions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Update, func, select, update

from indicators.models import FACTS


def close_versions(fact: str, keys: Sequence[str]) -> Update:
    """Recomputes valid_to of every version of these keys (the live apply, after appending versions)."""
    _current, hist, key = FACTS[fact]
    later = hist.alias("later")
    earliest_later = (
        select(func.min(later.c.recorded_at))
        .where(later.c[key] == hist.c[key], later.c.seq > hist.c.seq)
        .scalar_subquery()
    )
    return update(hist).where(hist.c[key].in_(keys)).values(valid_to=earliest_later)


def close_all_versions_pg(fact: str) -> str:
    """The same for a whole history in one pass (end of a PostgreSQL rebuild): a window over each key's
    versions, newest first, instead of one probe per version."""
    _current, hist, key = FACTS[fact]
    return (
        f"UPDATE {hist.name} h SET valid_to = w.valid_to FROM ("
        f"SELECT version_id, min(recorded_at) OVER (PARTITION BY {key} ORDER BY seq DESC "
        f"ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS valid_to FROM {hist.name}) w "
        f"WHERE w.version_id = h.version_id AND w.valid_to IS NOT NULL "
        f"AND h.valid_to IS DISTINCT FROM w.valid_to"
    )
