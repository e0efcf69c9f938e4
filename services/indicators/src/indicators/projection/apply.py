"""Applying feed events to the projection tables, a page at a time, idempotently (the live path).

A page is applied in one transaction together with the feed cursor, so a crash re-reads the page and
events at or below the stored cursor are skipped: at-least-once delivery gives exactly-once effects.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import aclosing
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from indicators.models import FACTS, SESSION_DIM_NAMES, candidature_t, parcours_t
from indicators.projection.batch import CHUNK, Batch
from indicators.projection.cohorts import refresh
from indicators.projection.cursors import advance, cursor_of
from indicators.projection.payloads import Decoded, LotSnapshot, Rejected, SessionSnapshot, decode
from indicators.projection.transitions import (
    CANDIDATURE,
    PARCOURS,
    changed,
    keys_of,
    lot_state,
    session_state,
)
from servicekit.db import Database

Event = dict[str, Any]
# A feed's pages after a position (feed.pages.PageReader.pages).
Pages = Callable[[str, int], AsyncIterator[list[Event]]]
# What a parcours or candidature row copies from its session (a change restamps their rows).
SESSION_COPIED = (*SESSION_DIM_NAMES, "debut")


async def apply_feed(
    database: Database, source: str, pages: AsyncIterator[list[Event]], rejected: Rejected | None = None
) -> int:
    """Applies every page of `pages`, one transaction each; returns how many events were new."""
    applied = 0
    async with aclosing(pages) as reading:  # type: ignore[type-var]
        async for items in reading:
            async with database.sessionmaker() as session, session.begin():
                applied += await apply_events(session, source, items, rejected)
    return applied


async def apply_events(
    session: AsyncSession, source: str, events: Sequence[Event], rejected: Rejected | None = None
) -> int:
    """Applies the events of one feed page after the stored cursor; returns how many were new (an
    invalid one is skipped: told to `rejected`, passed by the cursor)."""
    cursor = await cursor_of(session, source)
    fresh = decode(source, after(events, cursor.position), rejected)
    if not fresh:
        return 0
    batch = Batch(session)
    await relax_commit(batch)
    await load_page(batch, source, fresh, sessions=True)
    latest = apply_page(batch, fresh, cursor.donnees_au)
    await write_page(batch, cursor, fresh, latest)
    return len(fresh)


def after(events: Sequence[Event], position: int) -> list[Event]:
    """The events past the cursor, in feed order (a redelivered event is skipped)."""
    return sorted((e for e in events if int(e["seq"]) > position), key=lambda e: int(e["seq"]))


async def relax_commit(batch: Batch) -> None:
    if await batch.pg() is not None:
        # Projections are rebuilt from the feed and the cursor commits with them: losing the last
        # commits in a crash only means reading those events again, so no fsync wait per page.
        await batch.session.execute(text("SET LOCAL synchronous_commit = off"))


async def load_page(batch: Batch, source: str, fresh: list[Decoded], *, sessions: bool) -> None:
    """Loads the states the page's events touch (`sessions`: also the sessions of parcours events, whose
    dimensions are copied onto the current rows)."""
    if source == "catalog":
        await batch.load("session", (keys_of(e.payload, "session_id") for e in fresh))
        await batch.load("lot", (e.payload.lot_id for e in fresh if isinstance(e.payload, LotSnapshot)))
    else:
        await batch.load("parcours", (keys_of(e.payload, "parcours_id") for e in fresh))
        await batch.load("candidature", (keys_of(e.payload, "candidature_id") for e in fresh))
        if sessions:
            await batch.load("session", (keys_of(e.payload, "session_id") for e in fresh))


def apply_page(batch: Batch, fresh: list[Decoded], latest: datetime | None) -> datetime | None:
    """Applies the events in memory; returns the latest `recorded_at` seen (what `donnees_au` says)."""
    for event in fresh:
        recorded_at = event.recorded_at
        latest = recorded_at if latest is None or recorded_at > latest else latest
        if event.payload is not None:
            apply_one(batch, event, recorded_at)
    return latest


async def write_page(batch: Batch, cursor: Any, fresh: list[Decoded], latest: datetime | None) -> None:
    await batch.flush()
    if batch.dims_changed:
        await restamp(batch.session, batch)
    advance(cursor, fresh[-1].seq, latest)
    await batch.session.flush()


def apply_one(batch: Batch, event: Decoded, recorded_at: datetime) -> None:
    p, seq, kind = event.payload, event.seq, event.kind
    if isinstance(p, SessionSnapshot):
        state = batch.state("session", p.session_id)
        new = session_state(p)
        if state.get("seq") is None or any(state.get(n) != new[n] for n in SESSION_COPIED):
            batch.dims_changed.add(p.session_id)
        if changed(state, new) or state.get("seq") is None:
            state.update(new)
            batch.record("session", p.session_id, seq, recorded_at)
    elif isinstance(p, LotSnapshot):
        state = batch.state("lot", p.lot_id)
        new = lot_state(p)
        if changed(state, new) or state.get("seq") is None:
            state.update(new)
            batch.record("lot", p.lot_id, seq, recorded_at)
    else:
        cand_id = keys_of(p, "candidature_id")
        step = CANDIDATURE.get(kind)
        if cand_id and step is not None and step(batch.state("candidature", cand_id), p):
            batch.record("candidature", cand_id, seq, recorded_at)
        parcours_id = keys_of(p, "parcours_id")
        step = PARCOURS.get(kind)
        if parcours_id and step is not None and step(batch.state("parcours", parcours_id), p):
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
