"""`python -m servicekit.serve <service> --port N`: one service under uvicorn, settings from its env prefix."""

from __future__ import annotations

import argparse
import importlib

import uvicorn


def main() -> None:
    parser = argparse.ArgumentParser(description="Lance un service PRF")
    parser.add_argument("service", help="catalog, parcours ou indicators")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    module = importlib.import_module(f"{args.service}.app")
    app = module.create_app(module.settings_from_env())
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, timeout_graceful_shutdown=5)


if __name__ == "__main__":
    main()
