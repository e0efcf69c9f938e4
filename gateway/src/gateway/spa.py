"""Serves the built SPA at / (index.html for client-side routes), or a placeholder page."""

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from gateway.settings import GatewaySettings
from servicekit.problems import problem_response
from servicekit.settings import settings_of

PLACEHOLDER = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>PRF</title></head>
<body><main><h1>PRF — Programme régional de formation</h1>
<p>L'interface n'est pas encore construite (lancez <code>make run</code> avec Node.js et npm installés).</p>
<p>L'API est décrite dans <a href="/api/openapi.json">/api/openapi.json</a>.</p></main></body></html>"""

# Paths the SPA must never shadow: they belong to the gateway or are API misses.
_RESERVED = ("api/", "oauth2/", ".well-known/", "healthz", "readyz", "metrics")

router = APIRouter(include_in_schema=False)


@router.get("/{path:path}")
async def spa(path: str, request: Request) -> Response:
    if path.startswith(_RESERVED):
        return problem_response(404, "Cette adresse n'existe pas.")
    root: Path = settings_of(request.app, GatewaySettings).spa_dir
    found = _static_file(root, path)
    if found is None:
        return HTMLResponse(PLACEHOLDER)
    cache = "public, max-age=31536000, immutable" if path.startswith("assets/") else "no-cache"
    return FileResponse(found, headers={"Cache-Control": cache})


def _static_file(root: Path, path: str) -> Path | None:
    """The file asked for inside the built SPA, else its index.html (client routes), else None."""
    index = root / "index.html"
    if not index.is_file():
        return None
    candidate = (root / path).resolve()
    if path and candidate.is_file() and candidate.is_relative_to(root.resolve()):
        return candidate
    return index
