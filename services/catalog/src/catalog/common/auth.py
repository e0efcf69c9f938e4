"""Scopes of the catalogue and the OF ownership rule on top of them."""

from typing import Annotated

from fastapi import Depends

from catalog.errors import HorsPerimetre
from servicekit.auth import Principal, require_scopes

WRITE = "catalog:write"
SESSIONS = "catalog:sessions"
HOLD = "places:hold"

RegionWriter = Annotated[Principal, Depends(require_scopes(WRITE))]
SessionWriter = Annotated[Principal, Depends(require_scopes(SESSIONS, WRITE))]
HoldClient = Annotated[Principal, Depends(require_scopes(HOLD))]


def ensure_holder(principal: Principal, holders: set[str]) -> None:
    """The Région manages everything; an OF only what its own lots (or its own LHÉO offer) hold."""
    if principal.is_region or principal.has(WRITE):
        return
    if principal.role == "organisme" and principal.org_id in holders:
        return
    raise HorsPerimetre("Cette action relève d'un lot qui n'est pas le vôtre.")
