"""The facts one feed page touches: loaded once, mutated in memory by the transitions, written back in
bulk (current row replaced, a history version appended, the cohort row re-derived)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.models import COHORTS, FACTS, SESSION_DIM_NAMES
from indicators.projection.cohorts import refresh
from indicators.projection.transitions import State
from indicators.projection.validity import close_versions
from servicekit.db import is_postgres

CHUNK = 1000
# Facts that copy their session's dimensions onto their current row (and get restamped when they change).
STAMPED = ("candidature", "parcours")

# Per fact: the history columns (but version_id and valid_to, set once a later version exists) in table order, a getter of a state's history row, and
# a new fact's blank state. Computed once: iterating SQLAlchemy column collections per event is not free.
HIST_COLS: dict[str, list[str]] = {
    fact: [c.name for c in hist.columns if c.name not in ("version_id", "valid_to")]
    for fact, (_t, hist, _k) in FACTS.items()
}
HIST_ROW = {fact: itemgetter(*cols) for fact, cols in HIST_COLS.items()}
CURRENT_COLS: dict[str, list[str]] = {
    fact: [c.name for c in t.columns] for fact, (t, _h, _k) in FACTS.items()
}
FLAGS = ("entree", "suivi6_connu", "emploi_6m", "durable_6m")
BLANK: dict[str, State] = {
    fact: {c: (False if c in FLAGS else None) for c in cols} for fact, cols in CURRENT_COLS.items()
}


class Batch:
    """The live apply's batch: states read from the current tables, every touched fact written back."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.states: dict[str, dict[str, State]] = {name: {} for name in FACTS}
        self.touched: dict[str, set[str]] = {name: set() for name in FACTS}
        # The history rows to append (HIST_COLS order).
        self.history: dict[str, list[tuple[Any, ...]]] = {name: [] for name in FACTS}
        # Sessions new or whose dimensions changed: their candidatures and parcours are restamped.
        self.dims_changed: set[str] = set()

    async def pg(self) -> Any | None:
        """The asyncpg connection under this session on PostgreSQL (bulk COPY / ANY($1)), else None."""
        if not is_postgres(self.session):
            return None
        conn = await self.session.connection()
        raw = await conn.get_raw_connection()
        return raw.driver_connection

    def wanted(self, fact: str, keys: Iterable[str | None]) -> list[str]:
        """The keys not loaded yet, sorted."""
        return sorted({k for k in keys if k} - self.states[fact].keys())

    async def load(self, fact: str, keys: Iterable[str | None]) -> None:
        wanted = self.wanted(fact, keys)
        if wanted:
            await self.read_current(fact, wanted)

    async def read_current(self, fact: str, wanted: list[str]) -> None:
        table, _hist, key = FACTS[fact]
        pg = await self.pg()
        if pg is not None:
            rows = await pg.fetch(f"SELECT * FROM {table.name} WHERE {key} = ANY($1::varchar[])", wanted)
            for record in rows:
                self.states[fact][record[key]] = dict(record)
            return
        for i in range(0, len(wanted), CHUNK):
            part = wanted[i : i + CHUNK]
            result = (await self.session.execute(select(table).where(table.c[key].in_(part)))).mappings()
            for row in result:
                self.states[fact][row[key]] = dict(row)

    def state(self, fact: str, key: str) -> State:
        found = self.states[fact].get(key)
        if found is None:
            found = BLANK[fact].copy()
            found[FACTS[fact][2]] = key
            self.states[fact][key] = found
        return found

    def stamp(self, fact: str, state: State) -> None:
        """The session's dimensions, for the current row of a candidature or parcours."""
        if fact in STAMPED:
            session = self.states["session"].get(state.get("session_id") or "")
            for name in SESSION_DIM_NAMES:
                state[name] = session.get(name) if session else None

    def record(self, fact: str, key: str, seq: int, recorded_at: datetime) -> None:
        state = self.states[fact][key]
        self.stamp(fact, state)
        state["seq"] = seq
        state["recorded_at"] = recorded_at
        self.touched[fact].add(key)
        self.history[fact].append(HIST_ROW[fact](state))

    def current_keys(self, fact: str) -> list[str]:
        """The facts whose current (and cohort) rows are written back."""
        return sorted(self.touched[fact])

    def closed_keys(self, fact: str) -> list[str]:
        """The facts whose history versions get their valid_to recomputed (a version was appended)."""
        return sorted(self.touched[fact])

    async def flush(self) -> None:
        pg = await self.pg()
        for fact, (table, hist, key) in FACTS.items():
            keys = self.current_keys(fact)
            if pg is not None:
                await self._flush_pg(pg, table, hist, key, fact, keys)
            else:
                if self.history[fact]:
                    names = HIST_COLS[fact]
                    rows = [dict(zip(names, r, strict=True)) for r in self.history[fact]]
                    await self.session.execute(insert(hist), rows)
                for i in range(0, len(keys), CHUNK):
                    await self.session.execute(delete(table).where(table.c[key].in_(keys[i : i + CHUNK])))
                if keys:
                    await self.session.execute(insert(table), [self.states[fact][k] for k in keys])
            closed = self.closed_keys(fact)
            for i in range(0, len(closed), CHUNK):
                await self.session.execute(close_versions(fact, closed[i : i + CHUNK]))
            if fact in COHORTS:
                for i in range(0, len(keys), CHUNK):
                    await refresh(self.session, fact, table.c[key].in_(keys[i : i + CHUNK]))

    async def _flush_pg(
        self, pg: Any, table: Table, hist: Table, key: str, fact: str, keys: list[str]
    ) -> None:
        cols = CURRENT_COLS[fact]
        row_of = itemgetter(*cols)
        if self.history[fact]:
            records = self.history[fact]
            await pg.copy_records_to_table(hist.name, records=records, columns=HIST_COLS[fact])
        if keys:
            await pg.execute(f"DELETE FROM {table.name} WHERE {key} = ANY($1::varchar[])", keys)
            states = self.states[fact]
            records = [row_of(states[k]) for k in keys]
            await pg.copy_records_to_table(table.name, records=records, columns=cols)
