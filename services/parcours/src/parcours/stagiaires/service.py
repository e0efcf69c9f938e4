"""Record or update a stagiaire (dedup on identifiant_ft) and build its pseudonymous profile."""

from __future__ import annotations

import hashlib
import hmac
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from parcours.common.dates import months_between, whole_years
from parcours.stagiaires import repository, territoires
from parcours.stagiaires.models import Stagiaire
from parcours.stagiaires.schemas import StagiaireIn, StagiaireOut
from servicekit.models import utcnow

_FIELDS = (
    "nom",
    "prenom",
    "date_naissance",
    "sexe",
    "commune_insee",
    "niveau",
    "date_inscription_de",
    "rqth",
    "rsa",
    "clea",
)


def nir_empreinte(nir: str, pepper: str) -> str:
    return hmac.new(pepper.encode(), nir.encode(), hashlib.sha256).hexdigest()


async def record(
    session: AsyncSession, *, data: StagiaireIn, pepper: str
) -> tuple[Stagiaire, dict[str, Any]]:
    """The stagiaire with that identifier, created or brought up to date; returns (row, changed fields)."""
    row = await repository.by_identifiant(session, data.identifiant_ft)
    if row is None:
        row = Stagiaire(identifiant_ft=data.identifiant_ft, **data.model_dump(include=set(_FIELDS)))
        _derive(row, data, pepper)
        try:
            async with session.begin_nested():
                session.add(row)
                await session.flush()
            return row, {"creation": True}
        except IntegrityError:
            # Another request recorded the same person meanwhile: update that one instead.
            row = await repository.by_identifiant(session, data.identifiant_ft)
            assert row is not None
    changed: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(data, name)
        if getattr(row, name) != value:
            changed[name] = str(value)
            setattr(row, name, value)
    _derive(row, data, pepper)
    if changed:
        row.updated_at = utcnow()
    await session.flush()
    return row, changed


def _derive(row: Stagiaire, data: StagiaireIn, pepper: str) -> None:
    row.qpv = territoires.qpv(data.commune_insee)
    row.zrr = territoires.zrr(data.commune_insee)
    if data.nir:
        row.nir_empreinte = nir_empreinte(data.nir, pepper)


def profil(row: Stagiaire, *, on: date, reseau: str) -> dict[str, Any]:
    """Pseudonymous profile of contracts.md §4: never a name, a birth date or an identifier."""
    inscrit = row.date_inscription_de
    return {
        "stagiaire_id": str(row.id),
        "sexe": row.sexe,
        "age": whole_years(row.date_naissance, on),
        "niveau": row.niveau,
        "deld": inscrit is not None and months_between(inscrit, on) >= 12,
        "rqth": row.rqth,
        "rsa": row.rsa,
        "qpv": row.qpv,
        "clea": row.clea,
        "reseau": reseau,
    }


def to_out(row: Stagiaire) -> StagiaireOut:
    return StagiaireOut(
        id=str(row.id),
        identifiant_ft=row.identifiant_ft,
        nom=row.nom,
        prenom=row.prenom,
        date_naissance=row.date_naissance,
        sexe=row.sexe,
        commune_insee=row.commune_insee,
        qpv=row.qpv,
        zrr=row.zrr,
        niveau=row.niveau,
        date_inscription_de=row.date_inscription_de,
        rqth=row.rqth,
        rsa=row.rsa,
        clea=row.clea,
    )
