"""POST /presences: each valid item applied, each invalid one reported with its index."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.alertes.rules import Thresholds
from parcours.common.transaction import Keep, commit, keep_nothing
from parcours.errors import InvalidData, TropDePresences, invalid
from parcours.presences import repository
from parcours.presences.schemas import PresenceIn
from parcours.presences.service import Row, Writer, check_row
from servicekit.auth import Principal
from servicekit.problems import french_message, pointer_from_loc

ITEM = TypeAdapter(PresenceIn)
ITEMS = TypeAdapter(list[PresenceIn])
MAX_ITEMS = 10_000


def parse_body(body: bytes) -> list[Any]:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise InvalidData(
            "Corps JSON invalide.", errors=[{"pointer": "", "message": "JSON invalide."}]
        ) from exc
    except RecursionError as exc:  # ~1 000 nested levels: the decoder's guard, not a server fault
        message = "JSON trop imbriqué."
        raise InvalidData("Corps JSON invalide.", errors=[{"pointer": "", "message": message}]) from exc
    items = data.get("presences") if isinstance(data, dict) else None
    if not isinstance(items, list):
        message = "Une liste « presences » est attendue."
        raise invalid("/presences", message)
    if len(items) > MAX_ITEMS:
        message = f"Au plus {MAX_ITEMS} présences par envoi."
        raise TropDePresences(message, errors=[{"pointer": "/presences", "message": message}])
    return items


async def apply(
    session: AsyncSession,
    *,
    principal: Principal,
    items: list[Any],
    max_hours: float,
    thresholds: Thresholds,
    keep: Keep = keep_nothing,
) -> dict[str, Any]:
    """Valid items applied in one write (totals, events, alerts), invalid ones reported; one commit."""
    errors: list[dict[str, Any]] = []
    try:
        # One call into pydantic-core for the whole batch; item by item only when something is wrong.
        valid = list(enumerate(ITEMS.validate_python(items)))
    except ValidationError:
        valid = []
        for index, raw in enumerate(items):
            try:
                valid.append((index, ITEM.validate_python(raw)))
            except ValidationError as exc:
                first = exc.errors()[0]
                pointer = f"/presences/{index}{pointer_from_loc(first['loc'])}".rstrip("/")
                errors.append({"index": index, "pointer": pointer, "message": french_message(dict(first))})
    rows = [
        (
            index,
            Row(item.parcours_id, item.date, item.heures_presence, item.heures_absence, item.motif_absence),
        )
        for index, item in valid
    ]
    known = await repository.infos(session, (r.parcours_id for _, r in rows))
    writer = Writer(session=session, principal=principal, thresholds=thresholds)
    for index, row in rows:
        problem = check_row(row, known.get(row.parcours_id), principal, max_hours)
        if problem:
            errors.append(
                {"index": index, "pointer": f"/presences/{index}/{problem[0]}", "message": problem[1]}
            )
            continue
        writer.add(row)
    applied = await writer.settle(source="JSON")
    errors.sort(key=lambda e: e["index"])
    return await commit(session, {"appliquees": applied, "erreurs": errors}, keep)
