"""GET /api/openapi.json — the gateway's own OpenAPI merged with each service's, paths under /api/<prefix>."""

from __future__ import annotations

import copy
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from gateway.registry import ROUTES
from gateway.upstreams import Upstreams

router = APIRouter(include_in_schema=False)
_CACHE_SECONDS = 30.0


def _rename_refs(node: Any, prefix: str) -> Any:
    """Rewrite every '#/components/schemas/X' into '#/components/schemas/<Prefix>X'."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
                out[key] = "#/components/schemas/" + prefix + value.rsplit("/", 1)[1]
            else:
                out[key] = _rename_refs(value, prefix)
        return out
    if isinstance(node, list):
        return [_rename_refs(v, prefix) for v in node]
    return node


def merge(own: dict[str, Any], services: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """`services` maps route prefix → (component prefix, the service's OpenAPI document)."""
    merged = copy.deepcopy(own)
    merged["info"] = {
        "title": "PRF — API",
        "version": own.get("info", {}).get("version", "0.1.0"),
        "description": "API publique de PRF : passerelle, catalogue, parcours et indicateurs.",
    }
    paths = merged.setdefault("paths", {})
    schemas = merged.setdefault("components", {}).setdefault("schemas", {})
    for route_prefix, (component_prefix, doc) in services.items():
        doc = _rename_refs(doc, component_prefix)
        for path, item in doc.get("paths", {}).items():
            if path in ("/healthz", "/readyz"):
                continue
            for operation in item.values():
                if isinstance(operation, dict) and "operationId" in operation:
                    operation["operationId"] = f"{route_prefix}_{operation['operationId']}"
            paths[f"/api/{route_prefix}{path}"] = item
        for name, schema in doc.get("components", {}).get("schemas", {}).items():
            schemas[component_prefix + name] = schema
        for name, scheme in doc.get("components", {}).get("securitySchemes", {}).items():
            merged["components"].setdefault("securitySchemes", {})[name] = scheme
    return merged


@router.get("/api/openapi.json")
async def merged_openapi(request: Request) -> JSONResponse:
    state = request.app.state
    cached = getattr(state, "openapi_cache", None)
    if cached and time.monotonic() - cached[0] < _CACHE_SECONDS:
        return JSONResponse(cached[1])
    upstreams: Upstreams = state.upstreams
    services: dict[str, tuple[str, dict[str, Any]]] = {}
    missing = []
    for route in ROUTES:
        client = upstreams.clients.get(route.service)
        try:
            if client is None:
                raise RuntimeError("absent")
            resp = await client.get("/openapi.json")
            resp.raise_for_status()
            services[route.prefix] = (route.title, resp.json())
        except Exception:
            missing.append(route.prefix)
    doc = merge(request.app.openapi(), services)
    if missing:
        doc["info"]["x-services-indisponibles"] = missing
    else:
        state.openapi_cache = (time.monotonic(), doc)
    return JSONResponse(doc)
