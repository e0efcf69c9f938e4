"""Upstreams: the services built in this process (embedded mode) or reached over HTTP (multi-process)."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import httpx
from fastapi import FastAPI

from gateway.registry import ROUTES
from gateway.settings import GatewaySettings
from gateway.upstreams import Upstreams, add_remote, inprocess_client
from servicekit.db import is_postgres
from servicekit.lifespan import running
from servicekit.settings import ServiceSettings, settings_of


def service_settings(settings: GatewaySettings, service: str) -> ServiceSettings:
    """Settings of an embedded service, derived from the gateway's (same data dir, same database server)."""
    module = importlib.import_module(f"{service}.app")
    base: ServiceSettings = module.settings_from_env()
    update: dict[str, object] = {
        "env": settings.env,
        "data_dir": settings.data_dir,
        "jwks_file": settings.public_jwks_file(),
        "jwks_url": "",
        "token_issuer": settings.issuer(),
        "token_audience": settings.token_audience,
        "gateway_url": "http://gateway.internal",
        "client_secret": settings.internal_secret,
        "demo": settings.demo,
        "log_level": settings.log_level,
        "embedded": True,
    }
    if settings.database_url and is_postgres(settings.database_url):
        # Same PostgreSQL, one schema per service: "gateway" → "catalog", "t_x_gateway" → "t_x_catalog".
        update["database_url"] = settings.database_url
        update["db_schema"] = settings.resolved_schema().replace("gateway", service)
    elif settings.database_url:
        update["database_url"] = settings.database_url.replace("gateway.db", f"{service}.db")
    return base.model_copy(update=update)


@asynccontextmanager
async def upstreams_context(app: FastAPI) -> AsyncIterator[None]:
    settings = settings_of(app, GatewaySettings)
    upstreams = Upstreams()
    app.state.upstreams = upstreams
    app.state.embedded_apps = {}
    async with AsyncExitStack() as stack:
        stack.push_async_callback(upstreams.aclose)
        for route in ROUTES:
            url = getattr(settings, f"{route.service}_url")
            if url:
                add_remote(upstreams, route.service, url, settings.upstream_timeout)
                continue
            module = importlib.import_module(f"{route.service}.app")
            service_app = module.create_app(service_settings(settings, route.service))
            # The service calls the others through this gateway, in process.
            service_app.state.outbound_transport = httpx.ASGITransport(app=app)
            # The service checks the gateway's own revocation list: a recall is seen at once.
            service_app.state.shared_revocations = app.state.revocations
            await stack.enter_async_context(running(service_app))
            app.state.embedded_apps[route.service] = service_app
            upstreams.add(route.service, inprocess_client(service_app))
        yield
