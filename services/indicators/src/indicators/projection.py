"""Applying feed events to the projection tables, a page at a time, idempotently.

A page is applied in one transaction together with the feed cursor, so a crash re-reads the page and
events at or below the stored cursor are skipped: at-least-once delivery gives exactly-once effects.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.cohorts import refresh
from indicators.dates import add_months
from indicators.models import (
    COHORTS,
    FACTS,
    SESSION_DIM_NAMES,
    FeedCursor,
    candidature_t,
    dim_code,
    parcours_t,
)

State = dict[str, Any]
CHUNK = 1000
# Facts a PostgreSQL rebuild writes as history only (their current and cohort tables are derived once at
# the end, see finish.py): several events per parcours would otherwise replace its rows several times.
BULK_FACTS = ("candidature", "parcours")
# What a parcours or candidature row copies from its session (a change restamps their rows).
SESSION_COPIED = (*SESSION_DIM_NAMES, "debut")
ANCIENS_NIVEAUX = {"VI": "INFRA_3", "V": "3", "IV": "4", "III": "5", "II": "6", "I": "7"}
SESSION_FIELDS = (
    "action_id",
    "formation_id",
    "lot_id",
    "lot_numero",
    "marche_id",
    "dispositif",
    "programme",
    "secteur",
    "departement",
    "territoire",
    "organisme",
    "certifiante",
    "debut",
    "fin",
    "places_ouvertes",
)
LOT_FIELDS = (
    "numero",
    "intitule",
    "marche_id",
    "dispositif",
    "programme",
    "secteur",
    "departement",
    "territoire",
    "organisme",
    "objectif_entrees",
    "debut",
    "fin",
)


def parse_date(value: Any) -> date | None:
    if type(value) is str and len(value) == 10:
        return date.fromisoformat(value)  # the feed's dates: YYYY-MM-DD
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def parse_ts(value: Any) -> datetime:
    ts = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def tranche_age(age: int | None) -> str | None:
    if age is None:
        return None
    if age < 26:
        return "MOINS_26"
    return "26_49" if age < 50 else "50_PLUS"


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def profile_fields(profil: dict[str, Any] | None) -> State:
    p = profil or {}
    age = p.get("age")
    niveau = p.get("niveau")
    niveau = ANCIENS_NIVEAUX.get(str(niveau), niveau) if niveau is not None else None
    return {
        "stagiaire_id": _str(p.get("stagiaire_id")),
        "sexe": _str(p.get("sexe")),
        "age": age,
        "tranche_age": tranche_age(age),
        "niveau": None if niveau is None else str(niveau),
        "deld": _bool(p.get("deld")),
        "rqth": _bool(p.get("rqth")),
        "rsa": _bool(p.get("rsa")),
        "qpv": _bool(p.get("qpv")),
        "reseau": _str(p.get("reseau")),
    }


def _suivi6(state: State, data: dict[str, Any]) -> None:
    situation = data.get("situation")
    contrat = data.get("contrat")
    duree_emploi = data.get("duree_emploi_mois")
    duree_contrat = data.get("duree_contrat_mois")
    connu = situation is not None and situation != "INCONNU"
    emploi = connu and (
        (duree_emploi is not None and duree_emploi >= 1)
        or (duree_emploi is None and situation == "EMPLOI")
        or contrat == "CREATION"
    )
    durable = connu and (contrat in ("CDI", "CREATION") or (contrat == "CDD" and (duree_contrat or 0) >= 6))
    state.update(
        suivi6_situation=situation,
        suivi6_contrat=contrat,
        suivi6_connu=connu,
        emploi_6m=bool(emploi),
        durable_6m=bool(durable),
    )


def _days(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else (b - a).days


def apply_parcours(state: State, kind: str, data: dict[str, Any]) -> bool:
    """Mutates the parcours state for one event; False when the event does not concern it."""
    if kind == "parcours.entree":
        state.update(profile_fields(data.get("profil")))
        state.update(
            candidature_id=data.get("candidature_id"),
            session_id=data.get("session_id"),
            date_candidature=parse_date(data.get("date_candidature")),
            date_entree=parse_date(data.get("date_entree")),
            heures_prevues=_num(data.get("heures_prevues")),
        )
        state["delai_jours"] = _days(state["date_candidature"], state["date_entree"])
        if state.get("statut") != "SORTI":
            state["statut"] = "EN_FORMATION"
    elif kind in ("parcours.suspendu", "parcours.repris"):
        if state.get("statut") != "SORTI":
            state["statut"] = "SUSPENDU" if kind == "parcours.suspendu" else "EN_FORMATION"
    elif kind == "parcours.sortie":
        sortie = parse_date(data.get("date_sortie"))
        if state.get("date_entree") is None:
            state["date_entree"] = parse_date(data.get("date_entree"))
        state.update(
            statut="SORTI",
            date_sortie=sortie,
            type_sortie=data.get("type"),
            motif=data.get("motif"),
            certification=data.get("certification"),
            duree_jours=_days(state.get("date_entree"), sortie),
            date_6m=add_months(sortie, 6) if sortie else None,
            date_9m=add_months(sortie, 9) if sortie else None,
        )
        if data.get("heures_realisees") is not None:
            state["heures_realisees"] = _num(data["heures_realisees"])
    elif kind == "parcours.heures":
        state["heures_realisees"] = _num(data.get("heures_realisees"))
    elif kind == "suivi.enregistre":
        if int(data.get("horizon_mois") or 0) != 6:
            return False
        _suivi6(state, data)
    else:
        return False
    if state.get("session_id") is None and data.get("session_id"):
        state["session_id"] = data["session_id"]
    return True


CANDIDATURE_STATUTS = {
    "candidature.transmise": "TRANSMISE",
    "candidature.positionnee": "EN_POSITIONNEMENT",
    "candidature.acceptee": "ACCEPTEE",
    "candidature.refusee": "REFUSEE",
    "candidature.annulee": "ANNULEE",
    "candidature.expiree": "EXPIREE",
}


def apply_candidature(state: State, kind: str, data: dict[str, Any]) -> bool:
    if kind == "candidature.transmise":
        state.update(profile_fields(data.get("profil")))
        state["date_candidature"] = parse_date(data.get("date_candidature"))
        state["reseau"] = state.get("reseau") or (data.get("profil") or {}).get("reseau")
    elif kind == "parcours.entree":
        state["entree"] = True
        state["date_entree"] = parse_date(data.get("date_entree"))
        if state.get("date_candidature") is None:
            state["date_candidature"] = parse_date(data.get("date_candidature"))
            state.update(profile_fields(data.get("profil")))
        if state.get("statut") is None:
            state["statut"] = "ACCEPTEE"
        return True
    elif kind not in CANDIDATURE_STATUTS:
        return False
    state["statut"] = CANDIDATURE_STATUTS[kind]
    if data.get("session_id"):
        state["session_id"] = data["session_id"]
    return True


def snapshot(data: dict[str, Any], fields: Sequence[str]) -> State:
    out: State = {}
    for f in fields:
        value = data.get("organisme_siret") if f == "organisme" else data.get(f)
        if f in ("debut", "fin"):
            value = parse_date(value)
        elif f == "certifiante":
            value = _bool(value)
        elif f in ("places_ouvertes", "objectif_entrees") and value is not None:
            value = int(value)
        elif value is not None:
            value = str(value)
        out[f] = value
    return out


def _changed(state: State, new: State) -> bool:
    return any(state.get(k) != v for k, v in new.items())


# Per fact: the history columns (but version_id) in table order, a getter of a state's history row, and
# a new fact's blank state. Computed once: iterating SQLAlchemy column collections per event is not free.
HIST_COLS: dict[str, list[str]] = {
    fact: [c.name for c in hist.columns if c.name != "version_id"] for fact, (_t, hist, _k) in FACTS.items()
}
HIST_ROW = {fact: itemgetter(*cols) for fact, cols in HIST_COLS.items()}
CURRENT_COLS: dict[str, list[str]] = {
    fact: [c.name for c in t.columns] for fact, (t, _h, _k) in FACTS.items()
}
FLAGS = ("entree", "suivi6_connu", "emploi_6m", "durable_6m")
BLANK: dict[str, State] = {
    fact: {c: (False if c in FLAGS else None) for c in cols} for fact, cols in CURRENT_COLS.items()
}
# How many candidatures and parcours (each) a rebuild keeps in memory, ~1.5 kB a parcours: a fact's
# later events (exit, follow-up months later) then rarely need its state read back from the history.
CACHE_SIZE = 200_000


class RebuildCache:
    """During a PostgreSQL rebuild: the state of the candidatures and parcours written recently (least
    recently written dropped first; the very dicts a page mutates, so a hit costs no copy) and a hash of
    every key written. A page reads back from the history only the facts written before and dropped
    since, and nothing for new ones. A failed page fails the rebuild, and the cache goes with it."""

    def __init__(self, size: int | None = None) -> None:
        self.size = CACHE_SIZE if size is None else size
        self.states: dict[str, OrderedDict[str, State]] = {f: OrderedDict() for f in BULK_FACTS}
        # hash(key): a collision only costs a history read that finds nothing.
        self.seen: dict[str, set[int]] = {f: set() for f in BULK_FACTS}

    def put(self, fact: str, states: dict[str, State], keys: Iterable[str]) -> None:
        """The facts a page wrote, after it was written."""
        cache, seen = self.states[fact], self.seen[fact]
        for key in keys:
            cache[key] = states[key]
            cache.move_to_end(key)
            seen.add(hash(key))
        while len(cache) > self.size:
            cache.popitem(last=False)


@dataclass
class Pipeline:
    """One page of a rebuild's pipeline: page N+1 is applied in memory while page N is written and
    committed in its own transaction. The cursor is followed in memory (`position`, `donnees_au`: before
    the page, then after it once applied); the page reads the database (states dropped from the cache,
    sessions, lots) and writes only once the `previous` page has committed."""

    position: int
    donnees_au: datetime | None
    previous: asyncio.Future[int] | None = None

    async def settled(self) -> None:
        if self.previous is not None:
            await self.previous


class Batch:
    """The facts touched by one page: loaded once, mutated in memory, written back in bulk."""

    def __init__(
        self,
        session: AsyncSession,
        *,
        bulk: bool = False,
        cache: RebuildCache | None = None,
        pipeline: Pipeline | None = None,
    ) -> None:
        self.session = session
        self.bulk = bulk
        self.cache = cache if bulk else None
        self.pipeline = pipeline
        self.states: dict[str, dict[str, State]] = {name: {} for name in FACTS}
        self.touched: dict[str, set[str]] = {name: set() for name in FACTS}
        # The history rows to append (HIST_COLS order).
        self.history: dict[str, list[tuple[Any, ...]]] = {name: [] for name in FACTS}
        # Sessions new or whose dimensions changed: their candidatures and parcours are restamped.
        self.dims_changed: set[str] = set()

    async def _pg(self) -> Any | None:
        """The asyncpg connection under this session on PostgreSQL (bulk COPY / ANY($1)), else None."""
        if self.session.bind is None or self.session.bind.dialect.name != "postgresql":
            return None
        conn = await self.session.connection()
        raw = await conn.get_raw_connection()
        return raw.driver_connection

    async def load(self, fact: str, keys: Iterable[str]) -> None:
        table, _hist, key = FACTS[fact]
        wanted = sorted({k for k in keys if k} - self.states[fact].keys())
        if not wanted:
            return
        pg = await self._pg()
        if self.cache is not None and fact in BULK_FACTS:
            # Written recently: its state is in memory; never written: it is new, nothing to read.
            cached, seen, states = self.cache.states[fact], self.cache.seen[fact], self.states[fact]
            missing = []
            for k in wanted:
                hit = cached.get(k)
                if hit is not None:
                    states[k] = hit
                elif hash(k) in seen:
                    missing.append(k)
            wanted = missing
            if not wanted:
                return
        if self.pipeline is not None:
            await self.pipeline.settled()
        if pg is not None and self.bulk and fact in BULK_FACTS:
            # During a rebuild the state of a fact is its latest history version (index on key, seq).
            cols = ", ".join(f"h.{c.name}" for c in table.columns if c.name in _hist.c)
            rows = await pg.fetch(
                f"SELECT {cols} FROM unnest($1::varchar[]) AS k(id) CROSS JOIN LATERAL "
                f"(SELECT * FROM {_hist.name} WHERE {key} = k.id ORDER BY seq DESC LIMIT 1) AS h",
                wanted,
            )
            for record in rows:
                self.states[fact][record[key]] = dict(record)
            return
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

    def record(self, fact: str, key: str, seq: int, recorded_at: datetime) -> None:
        state = self.states[fact][key]
        if fact in BULK_FACTS and not self.bulk:
            # The session's dimensions, for the current row (a rebuild derives them at the end).
            session = self.states["session"].get(state.get("session_id") or "")
            for name in SESSION_DIM_NAMES:
                state[name] = session.get(name) if session else None
        state["seq"] = seq
        state["recorded_at"] = recorded_at
        self.touched[fact].add(key)
        self.history[fact].append(HIST_ROW[fact](state))

    async def flush(self) -> None:
        pg = await self._pg()
        for fact, (table, hist, key) in FACTS.items():
            keys = sorted(self.touched[fact])
            if self.bulk and fact in BULK_FACTS:
                keys = []  # history only: current and cohort rows are derived at the end of the rebuild
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


async def apply_events(
    session: AsyncSession,
    source: str,
    events: Sequence[dict[str, Any]],
    *,
    bulk: bool = False,
    cache: RebuildCache | None = None,
    pipeline: Pipeline | None = None,
    applied: asyncio.Future[None] | None = None,
) -> int:
    """Applies the events of one feed page after the stored cursor; returns how many were new.

    `bulk` (a rebuild on PostgreSQL): parcours and candidatures are written to their history only, their
    latest states kept in `cache` from one page to the next. With a `pipeline` (a rebuild), the cursor is
    the pipeline's, `applied` is set once the page is applied in memory (the next one may start) and the
    writes wait for the previous page's commit."""
    try:
        return await _apply_events(session, source, events, bulk, cache, pipeline, applied)
    finally:
        if applied is not None and not applied.done():
            applied.set_result(None)


async def _apply_events(
    session: AsyncSession,
    source: str,
    events: Sequence[dict[str, Any]],
    bulk: bool,
    cache: RebuildCache | None,
    pipeline: Pipeline | None,
    applied: asyncio.Future[None] | None,
) -> int:
    cursor: FeedCursor | None = None
    if pipeline is None:
        cursor = await session.get(FeedCursor, source)
        if cursor is None:
            cursor = FeedCursor(source=source, position=0)
            session.add(cursor)
    position = pipeline.position if pipeline is not None else cursor.position  # type: ignore[union-attr]
    fresh = sorted((e for e in events if int(e["seq"]) > position), key=lambda e: int(e["seq"]))
    if not fresh:
        return 0
    batch = Batch(session, bulk=bulk, cache=cache, pipeline=pipeline)
    if await batch._pg() is not None:
        # Projections are rebuilt from the feed and the cursor commits with them: losing the last
        # commits in a crash only means reading those events again, so no fsync wait per page.
        await session.execute(text("SET LOCAL synchronous_commit = off"))
    if source == "catalog":
        await batch.load("session", (e["data"].get("session_id") for e in fresh))
        await batch.load("lot", (e["data"].get("lot_id") for e in fresh if e["type"].startswith("lot.")))
    else:
        await batch.load("parcours", (e["data"].get("parcours_id") for e in fresh))
        await batch.load("candidature", (e["data"].get("candidature_id") for e in fresh))
        if not bulk:  # their dimensions are copied onto the current rows (derived at the end in bulk)
            await batch.load("session", (e["data"].get("session_id") for e in fresh))
    latest = pipeline.donnees_au if pipeline is not None else cursor.donnees_au  # type: ignore[union-attr]
    for event in fresh:
        seq, kind, data = int(event["seq"]), str(event["type"]), event.get("data") or {}
        recorded_at = parse_ts(event["recorded_at"])
        latest = recorded_at if latest is None or recorded_at > latest else latest
        _apply_one(batch, kind, data, seq, recorded_at)
    if cache is not None:
        for fact in BULK_FACTS:
            cache.put(fact, batch.states[fact], batch.touched[fact])
    if pipeline is not None:
        pipeline.position, pipeline.donnees_au = int(fresh[-1]["seq"]), latest
        if applied is not None:
            applied.set_result(None)
        await pipeline.settled()
        cursor = await session.get(FeedCursor, source)
        if cursor is None:
            cursor = FeedCursor(source=source, position=0)
            session.add(cursor)
    assert cursor is not None
    await batch.flush()
    if batch.dims_changed:
        await restamp(session, batch)
    cursor.position = int(fresh[-1]["seq"])
    cursor.donnees_au = latest
    cursor.updated_at = datetime.now(UTC)
    await session.flush()
    return len(fresh)


def _apply_one(batch: Batch, kind: str, data: dict[str, Any], seq: int, recorded_at: datetime) -> None:
    if kind.startswith("session.") or kind == "places.modifiees":
        key = data.get("session_id")
        if key:
            state = batch.state("session", key)
            new = snapshot(data, SESSION_FIELDS)
            if state.get("seq") is None or any(state.get(n) != new[n] for n in SESSION_COPIED):
                batch.dims_changed.add(key)
            if _changed(state, new) or state.get("seq") is None:
                state.update(new)
                batch.record("session", key, seq, recorded_at)
    elif kind.startswith("lot."):
        key = data.get("lot_id")
        if key:
            state = batch.state("lot", key)
            new = snapshot(data, LOT_FIELDS)
            if _changed(state, new) or state.get("seq") is None:
                state.update(new)
                batch.record("lot", key, seq, recorded_at)
    else:
        cand_id = data.get("candidature_id")
        if cand_id and (kind.startswith("candidature.") or kind == "parcours.entree"):
            state = batch.state("candidature", cand_id)
            if apply_candidature(state, kind, data):
                batch.record("candidature", cand_id, seq, recorded_at)
        parcours_id = data.get("parcours_id")
        if parcours_id and not kind.startswith("alerte."):
            state = batch.state("parcours", parcours_id)
            if apply_parcours(state, kind, data):
                batch.record("parcours", parcours_id, seq, recorded_at)


async def restamp(session: AsyncSession, batch: Batch) -> None:
    """Copies new session dimensions onto the current candidatures and parcours of those sessions
    (one UPDATE … FROM per table and chunk; after the batch's own rows are written), then re-derives
    their cohort rows (dimension codes, the session's start)."""
    sessions, _hist, _key = FACTS["session"]
    ids = sorted(batch.dims_changed)
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        for table in (parcours_t, candidature_t):
            await session.execute(
                table.update()
                .where(table.c.session_id == sessions.c.session_id, sessions.c.session_id.in_(part))
                .values({n: sessions.c[n] for n in SESSION_DIM_NAMES})
            )
            fact = "parcours" if table is parcours_t else "candidature"
            await refresh(session, fact, table.c.session_id.in_(part))


async def wipe(session: AsyncSession) -> None:
    """Empties every projection and cursor (the first step of a rebuild)."""
    tables: list[Table] = []
    for table, hist, _key in FACTS.values():
        tables += [table, hist]
    tables += [*COHORTS.values(), dim_code]
    for table in tables:
        await session.execute(delete(table))
    await session.execute(delete(FeedCursor.__table__))  # type: ignore[arg-type]
