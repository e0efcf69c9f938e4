"""POST /presences: each valid item applied, each invalid one reported with its index."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
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


class _Body(BaseModel):
    presences: list[PresenceIn]  # other top-level keys are ignored, as parse_body ignores them


BODY = TypeAdapter(_Body)


def validated(body: bytes) -> list[PresenceIn] | None:
    """The whole body parsed and validated by pydantic-core in one call (no Python objects for the JSON
    tree), or None when anything is wrong: then parse_body and the item-by-item report say what."""
    try:
        items = BODY.validate_json(body).presences
    except ValidationError:
        return None
    return items if len(items) <= MAX_ITEMS else None


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


def _validate(items: list[Any]) -> tuple[list[tuple[int, PresenceIn]], list[dict[str, Any]]]:
    """(index, item) of the valid items and the report of the others (the first problem of each)."""
    errors: list[dict[str, Any]] = []
    try:
        # One call into pydantic-core for the whole batch; item by item only when something is wrong.
        return list(enumerate(ITEMS.validate_python(items))), errors
    except ValidationError:
        valid = []
        for index, raw in enumerate(items):
            try:
                valid.append((index, ITEM.validate_python(raw)))
            except ValidationError as exc:
                first = exc.errors()[0]
                pointer = f"/presences/{index}{pointer_from_loc(first['loc'])}".rstrip("/")
                errors.append({"index": index, "pointer": pointer, "message": french_message(dict(first))})
    return valid, errors


async def apply(
    session: AsyncSession,
    *,
    principal: Principal,
    items: list[Any],
    max_hours: float,
    checked: list[PresenceIn] | None = None,
    thresholds: Thresholds,
    keep: Keep = keep_nothing,
) -> dict[str, Any]:
    """Valid items applied in one write (totals, events, alerts), invalid ones reported; one commit.

    `checked`: the items already validated (`validated`), else `items` are validated here."""
    errors: list[dict[str, Any]] = []
    if checked is not None:
        valid = list(enumerate(checked))
    else:
        valid, errors = _validate(items)
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
        info = known.get(row.parcours_id)
        problem = check_row(row, info, principal, max_hours)
        if problem or info is None:  # check_row refuses an unknown parcours: info is set below
            field, message = problem or ("parcours_id", "")
            errors.append({"index": index, "pointer": f"/presences/{index}/{field}", "message": message})
            continue
        writer.add(row, info)
    applied = await writer.settle(source="JSON")
    errors.sort(key=lambda e: e["index"])
    return await commit(session, {"appliquees": applied, "erreurs": errors}, keep)
