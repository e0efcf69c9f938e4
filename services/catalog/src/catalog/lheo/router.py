"""HTTP: LHÉO import (the Région) and export (public)."""

import uuid
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from catalog.common.auth import RegionWriter
from catalog.errors import (
    READ,
    WRITE,
    ExportVide,
    LheoInvalide,
    LheoPasXml,
    LheoRejete,
    LheoTropVolumineux,
    XmlInvalide,
)
from catalog.lheo import exporter, importer
from catalog.settings import SettingsDep
from servicekit.dates import region_today
from servicekit.db import SessionDep
from servicekit.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["LHÉO"])
XML_TYPES = ("application/xml", "text/xml", "application/lheo+xml")


@router.post(
    "/imports/lheo",
    summary="Importer un fichier LHÉO 2.2 ou 2.3 (corps XML)",
    openapi_extra={
        "requestBody": {"content": {"application/xml": {"schema": {"type": "string"}}}, "required": True}
    },
    responses=problem_responses(
        *WRITE, LheoTropVolumineux, LheoPasXml, LheoInvalide, XmlInvalide, LheoRejete
    ),
)
async def import_lheo(request: Request, session: SessionDep, settings: SettingsDep, _: RegionWriter) -> Any:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in XML_TYPES:
        raise LheoPasXml("Envoyez le fichier LHÉO en XML (Content-Type: application/xml).")
    body = await request.body()
    if len(body) > settings.lheo_max_bytes:
        raise LheoTropVolumineux("Fichier LHÉO trop volumineux.")
    report = await importer.import_document(session, body=body)
    data = report.as_dict()
    accepted = [e for e in report.entries if e["statut"] != "REJETE"]
    if report.entries and not accepted:
        errors = [
            {"pointer": err["element"], "message": err["message"]}
            for e in report.entries
            for err in e["erreurs"]
        ]
        raise LheoRejete(
            "Aucun enregistrement du fichier n'a pu être importé.",
            errors=errors,
            extra={"rapport": data},
        )
    return JSONResponse(data)


@router.get(
    "/exports/lheo",
    summary="Exporter l'offre en LHÉO 2.3 (lecture publique)",
    responses={200: {"content": {"application/xml": {}}}, **problem_responses(*READ, ExportVide)},
)
async def export_lheo(
    session: SessionDep,
    lot: uuid.UUID | None = None,
    dispositif: str | None = None,
    inclure_terminees: bool = False,
) -> Response:
    body = await exporter.export_document(
        session, today=region_today(), inclure_terminees=inclure_terminees, lot=lot, dispositif=dispositif
    )
    return Response(body, media_type="application/xml; charset=utf-8")
