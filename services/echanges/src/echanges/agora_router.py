"""AGORA export runs (Région only): create, download again (JSON Lines, streamed), load the national
platform's acknowledgement file, and the exclusion reference list."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import func, select, update

from echanges.agora_selection import count_query, lines_query, selection
from echanges.db import agora_event_t, agora_export_t, agora_retour_t, exclusion_t
from echanges.errors import ExportIntrouvable, HorsPerimetre, RetourInvalide
from echanges.schemas import ExportDetail, ExportIn, ExportOut
from servicekit.auth import Principal, current_principal
from servicekit.db import Database, get_database
from servicekit.problems import AUTHENTICATED, FieldError, problem_responses
from servicekit.upsert import upsert

router = APIRouter(prefix="/v1/agora", tags=["AGORA"])
DatabaseDep = Annotated[Database, Depends(get_database)]


def region(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    if not principal.is_region:
        raise HorsPerimetre("Les échanges AGORA sont réservés à la Région.")
    return principal


RegionDep = Annotated[Principal, Depends(region)]


class RetourLigne(BaseModel):
    evenement_id: int
    statut: str = Field(pattern="^(ACCEPTE|REJETE)$")
    motifs: list[str] = []


async def _export(conn: Any, export_id: str) -> Any:
    row = (
        (await conn.execute(select(agora_export_t).where(agora_export_t.c.id == export_id)))
        .mappings()
        .first()
    )
    if row is None:
        raise ExportIntrouvable(f"Aucun export AGORA {export_id}.")
    return row


async def _summary(conn: Any, row: Any) -> dict[str, Any]:
    counts = dict(
        (
            await conn.execute(
                select(agora_retour_t.c.statut, func.count())
                .where(agora_retour_t.c.export_id == row["id"])
                .group_by(agora_retour_t.c.statut)
            )
        ).all()
    )
    return {**dict(row), "nb_acceptes": counts.get("ACCEPTE", 0), "nb_rejetes": counts.get("REJETE", 0)}


@router.post(
    "/exports",
    status_code=201,
    response_model=ExportOut,
    summary="Lancer un export (l'incrément depuis le précédent, ou une reprise `depuis` une date)",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre),
)
async def create_export(body: ExportIn, _: RegionDep, db: DatabaseDep) -> Any:
    async with db.engine.begin() as conn:
        previous = await conn.scalar(
            select(func.max(agora_export_t.c.upto_seq)).where(agora_export_t.c.depuis.is_(None))
        )
        upto = await conn.scalar(select(func.max(agora_event_t.c.seq)))
        row: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "created_at": datetime.now(UTC),
            "depuis": body.depuis,
            "after_seq": int(previous or 0),
            "upto_seq": int(upto or 0),
            "acquitte_at": None,
        }
        row["nb_evenements"] = int(await conn.scalar(count_query(row)) or 0)
        await conn.execute(agora_export_t.insert().values(**row))
    return row


@router.get(
    "/exports",
    response_model=list[ExportOut],
    summary="Les exports, les plus récents d'abord",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre),
)
async def list_exports(_: RegionDep, db: DatabaseDep) -> Any:
    async with db.engine.connect() as conn:
        rows = (
            await conn.execute(select(agora_export_t).order_by(agora_export_t.c.created_at.desc()))
        ).mappings()
        return [await _summary(conn, r) for r in rows.all()]


@router.get(
    "/exports/{export_id}",
    response_model=ExportDetail,
    summary="Un export et ses rejets (motifs par événement)",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre, ExportIntrouvable),
)
async def get_export(export_id: str, _: RegionDep, db: DatabaseDep) -> Any:
    async with db.engine.connect() as conn:
        row = await _export(conn, export_id)
        rejets = (
            await conn.execute(
                select(agora_retour_t)
                .where(agora_retour_t.c.export_id == export_id, agora_retour_t.c.statut == "REJETE")
                .order_by(agora_retour_t.c.evenement_id)
            )
        ).mappings()
        return {**await _summary(conn, row), "rejets": [dict(r) for r in rejets]}


@router.get(
    "/exports/{export_id}/fichier",
    summary="Le fichier de l'export (JSON Lines, un événement par ligne), autant de fois que voulu",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/x-ndjson": {}}},
        **problem_responses(*AUTHENTICATED, ExportIntrouvable),
    },
)
async def download(export_id: str, _: RegionDep, db: DatabaseDep) -> StreamingResponse:
    async with db.engine.connect() as conn:
        export = dict(await _export(conn, export_id))

    async def lines() -> AsyncIterator[bytes]:
        # Server-side cursor, a few thousand rows at a time: memory stays flat whatever the run's size.
        async with db.engine.connect() as conn:
            result = await conn.stream(lines_query(export).execution_options(yield_per=5000))
            async for part in result.partitions(5000):
                yield "".join(
                    json.dumps(
                        {
                            "evenement_id": r.seq,
                            "dossier_id": r.dossier_id,
                            "type": r.type,
                            "date": r.date.isoformat(),
                            **r.data,
                        },
                        ensure_ascii=False,
                        separators=(",", ":"),
                    )
                    + "\n"
                    for r in part
                ).encode()

    headers = {"Content-Disposition": f'attachment; filename="agora-{export_id}.jsonl"'}
    return StreamingResponse(lines(), media_type="application/x-ndjson", headers=headers)


def _parse(raw: bytes) -> list[RetourLigne]:
    records, errors = [], []
    for n, text in enumerate(raw.decode("utf-8", errors="replace").splitlines()):
        if not text.strip():
            continue
        try:
            records.append(RetourLigne.model_validate_json(text))
        except ValidationError:
            errors.append(
                FieldError(
                    f"/{n}", "Ligne illisible : {evenement_id, statut ACCEPTE|REJETE, motifs} attendu."
                )
            )
    if errors or not records:
        raise RetourInvalide(
            "Le fichier retour est illisible.", errors=errors or [FieldError("/", "Fichier vide.")]
        )
    return records


@router.post(
    "/exports/{export_id}/retour",
    response_model=ExportDetail,
    summary="Charger le fichier retour de la plateforme nationale (accepté / rejeté par événement)",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre, ExportIntrouvable, RetourInvalide),
    openapi_extra={"requestBody": {"content": {"application/x-ndjson": {"schema": {"type": "string"}}}}},
)
async def load_retour(export_id: str, request: Request, principal: RegionDep, db: DatabaseDep) -> Any:
    records = _parse(await request.body())
    async with db.engine.begin() as conn:  # all or nothing: a file that does not match stores nothing
        export = dict(await _export(conn, export_id))
        wanted = sorted({r.evenement_id for r in records})
        known: dict[int, str] = {}
        for start in range(0, len(wanted), 1000):
            chunk = wanted[start : start + 1000]
            query = selection(export, agora_event_t.c.seq, agora_event_t.c.dossier_id).where(
                agora_event_t.c.seq.in_(chunk)
            )
            known.update({int(s): d for s, d in (await conn.execute(query)).all()})
        strangers = [n for n, r in enumerate(records) if r.evenement_id not in known]
        if strangers:
            raise RetourInvalide(
                f"{len(strangers)} ligne(s) du fichier ne correspondent à aucun événement de cet export.",
                errors=[
                    FieldError(f"/{n}/evenement_id", "Événement absent de cet export.")
                    for n in strangers[:50]
                ],
            )
        for r in records:
            row = {
                "export_id": export_id,
                "evenement_id": r.evenement_id,
                "dossier_id": known[r.evenement_id],
                "statut": r.statut,
                "motifs": r.motifs,
            }
            await upsert(conn, agora_retour_t, row, ["export_id", "evenement_id"])
        await conn.execute(
            update(agora_export_t)
            .where(agora_export_t.c.id == export_id)
            .values(acquitte_at=datetime.now(UTC))
        )
    return await get_export(export_id, principal, db)


class Exclusion(BaseModel):
    code: str = Field(description="Code du dispositif ou du programme exclu.")
    libelle: str = Field(description="Libellé.")


@router.get(
    "/exclusions",
    response_model=list[Exclusion],
    summary="Dispositifs dont les dossiers ne sont pas transmis à AGORA (référentiel de la Région)",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre),
)
async def exclusions(_: RegionDep, db: DatabaseDep) -> Any:
    async with db.engine.connect() as conn:
        return [
            dict(r) for r in (await conn.execute(select(exclusion_t).order_by(exclusion_t.c.code))).mappings()
        ]


@router.put(
    "/exclusions/{code}",
    response_model=Exclusion,
    summary="Ajouter ou renommer une exclusion",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre),
)
async def put_exclusion(code: str, body: Exclusion, _: RegionDep, db: DatabaseDep) -> Any:
    async with db.engine.begin() as conn:
        await upsert(conn, exclusion_t, {"code": code, "libelle": body.libelle}, ["code"])
    return {"code": code, "libelle": body.libelle}


@router.delete(
    "/exclusions/{code}",
    status_code=204,
    summary="Retirer une exclusion",
    responses=problem_responses(*AUTHENTICATED, HorsPerimetre),
)
async def delete_exclusion(code: str, _: RegionDep, db: DatabaseDep) -> None:
    async with db.engine.begin() as conn:
        await conn.execute(exclusion_t.delete().where(exclusion_t.c.code == code))
