"""What every `<service>.app` module exposes (catalog, parcours, indicators and the gateway).

The gateway builds the embedded services with it, `python -m servicekit.serve <service>` and the
migrations tools start one with it, and tests/test_boundaries.py checks each service against it:

    module: ServiceModule = importlib.import_module(f"{service}.app")
    app = module.create_app(module.settings_from_env())

- `create_app(settings=None)`: the FastAPI app, built from these settings only (nothing at import);
  `settings` is annotated with the service's own Settings class (`<Svc>Settings | None`).
- `settings_from_env()`: that Settings class (a `ServiceSettings` with the `<SVC>_` env prefix), read
  from the environment.
- `service_spec()`: what the shared frame needs (name = the service's package, metadata, migrations).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from fastapi import FastAPI

from servicekit.factory import ServiceSpec
from servicekit.settings import ServiceSettings


@runtime_checkable
class ServiceModule(Protocol):
    def create_app(self, settings: ServiceSettings | None = None) -> FastAPI: ...

    def settings_from_env(self) -> ServiceSettings: ...

    def service_spec(self) -> ServiceSpec: ...
