from datetime import datetime
from typing import Any

from pydantic import BaseModel


class AuditOut(BaseModel):
    id: str
    at: datetime
    acteur: str
    acteur_role: str
    acteur_org: str
    action: str
    objet: str
    objet_id: str
    stagiaire_id: str | None
    detail: dict[str, Any]


class RuptureOut(BaseModel):
    id: str
    position: int
    raison: str


class VerificationOut(BaseModel):
    valide: bool
    entrees: int
    premiere_rupture: RuptureOut | None
