"""Print the gateway's merged OpenAPI (what GET /api/openapi.json serves), built without starting a server.

Run from the repository root: `uv run python frontend/scripts/dump_openapi.py > spec.json`.
"""

import importlib
import json
import sys
import tempfile

from gateway.app import create_app
from gateway.openapi import merge
from gateway.registry import ROUTES
from gateway.settings import GatewaySettings


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        gateway = create_app(GatewaySettings(data_dir=tmp))
        services = {}
        for route in ROUTES:
            module = importlib.import_module(f"{route.service}.app")
            service_app = module.create_app(module.settings_from_env().model_copy(update={"data_dir": tmp}))
            services[route.prefix] = (route.title, service_app.openapi())
        doc = merge(gateway.openapi(), services)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
