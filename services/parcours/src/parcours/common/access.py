"""Who sees what: the Région everything, a valideur its own candidates, an OF its own sessions'."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import ColumnElement, false, true

from parcours.errors import HorsPerimetre
from servicekit.auth import Principal, require_scopes

READ = "parcours:read"
PRESCRIBE = "parcours:prescribe"
DECLARE = "parcours:declare"
AUDIT = "parcours:audit"

Reader = Annotated[Principal, Depends(require_scopes(READ))]
Prescriber = Annotated[Principal, Depends(require_scopes(PRESCRIBE))]
Declarer = Annotated[Principal, Depends(require_scopes(DECLARE))]
Follower = Annotated[Principal, Depends(require_scopes(PRESCRIBE, DECLARE))]
Auditor = Annotated[Principal, Depends(require_scopes(AUDIT))]


def scope_filter(principal: Principal, valideur_col: Any, organisme_col: Any) -> ColumnElement[bool]:
    """SQL condition restricting a list to what the caller may see."""
    if principal.is_region:
        return true()
    if principal.role == "valideur":
        return valideur_col == principal.org_id  # type: ignore[no-any-return]
    if principal.role == "organisme":
        return organisme_col == principal.org_id  # type: ignore[no-any-return]
    return false()


def can_see(principal: Principal, *, valideur_org_id: str, organisme_siret: str) -> bool:
    if principal.is_region:
        return True
    if principal.role == "valideur":
        return principal.org_id == valideur_org_id
    if principal.role == "organisme":
        return principal.org_id == organisme_siret
    return False


def is_owner(principal: Principal, *, valideur_org_id: str, organisme_siret: str) -> bool:
    """The trainee's own OF or prescriber (their reads are not audited)."""
    return (principal.role == "valideur" and principal.org_id == valideur_org_id) or (
        principal.role == "organisme" and principal.org_id == organisme_siret
    )


def forbid_unless(condition: bool, detail: str) -> None:
    if not condition:
        raise HorsPerimetre(detail)
