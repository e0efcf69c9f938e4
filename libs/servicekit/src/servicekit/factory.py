"""The common frame of every PRF service app: middleware, problems, health, metrics, DB, migrations."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from prometheus_client import CollectorRegistry
from sqlalchemy import MetaData

from servicekit.auth import TokenVerifier
from servicekit.db import Database
from servicekit.logs import configure_logging
from servicekit.migrations import alembic_config, current_revision, upgrade_to_head
from servicekit.observability import ObservabilityMiddleware, metrics_endpoint
from servicekit.outbound import GatewayClient
from servicekit.problems import install_problem_handlers, problem_response
from servicekit.requestid import RequestIdMiddleware
from servicekit.revocation import revocation_source
from servicekit.settings import ServiceSettings

Hook = Callable[[FastAPI], Awaitable[None]]
log = logging.getLogger("servicekit")


@dataclass
class ServiceSpec:
    """What a service tells the frame about itself."""

    name: str
    title: str
    description: str
    metadata: MetaData
    migrations_dir: Path
    routers: Sequence[APIRouter]
    version: str = "0.1.0"
    # Run once at start, after migrations (demo data, caches).
    on_startup: Sequence[Hook] = field(default_factory=list)
    # Long-running loops (sweeps, feed pollers), cancelled at shutdown.
    background: Sequence[Hook] = field(default_factory=list)
    # Extra readiness checks: each returns None when ready, else a French reason.
    readiness: Sequence[Callable[[FastAPI], Awaitable[str | None]]] = field(default_factory=list)
    # Entered after on_startup, left at shutdown in reverse order (the gateway's embedded services).
    contexts: Sequence[Callable[[FastAPI], AbstractAsyncContextManager[None]]] = field(default_factory=list)


def create_service_app(settings: ServiceSettings, spec: ServiceSpec) -> FastAPI:
    settings.check_production()
    configure_logging(settings.log_level)
    cfg = alembic_config(
        spec.migrations_dir,
        version_table=f"alembic_version_{spec.name}",
        metadata=spec.metadata,
        schema=None,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database = Database(
            settings.resolved_database_url(),
            settings.resolved_schema(),
            pool_size=settings.db_pool_size,
            server_settings=settings.db_server_settings,
        )
        app.state.database = database
        if settings.migrate_on_start:
            await upgrade_to_head(database, cfg)
        app.state.token_verifier = TokenVerifier(
            issuer=settings.token_issuer,
            audience=settings.token_audience,
            jwks_file=settings.jwks_file,
            jwks_url=settings.jwks_url,
        )
        app.state.gateway = GatewayClient(settings, getattr(app.state, "outbound_transport", None))
        # Recalled tokens (servicekit.revocation): checked on every request, not only at expiry.
        app.state.token_verifier.revocations = revocation_source(app.state, settings.jwks_url)
        for hook in spec.on_startup:
            await hook(app)
        stack = AsyncExitStack()
        tasks: list[asyncio.Task[None]] = []
        try:
            for ctx in spec.contexts:
                await stack.enter_async_context(ctx(app))
            tasks = [asyncio.create_task(_guarded(hook, app), name=hook.__name__) for hook in spec.background]
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            await stack.aclose()
            await app.state.gateway.aclose()
            await database.dispose()

    app = FastAPI(
        title=spec.title,
        description=spec.description,
        version=spec.version,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.alembic_config = cfg
    install_problem_handlers(app)
    registry = CollectorRegistry()
    app.state.metrics_registry = registry  # a service's own metrics join the same /metrics
    app.add_middleware(ObservabilityMiddleware, service=spec.name, registry=registry, router_app=app)
    app.add_middleware(RequestIdMiddleware)

    @app.get("/healthz", tags=["exploitation"], summary="Le processus répond")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": spec.name}

    @app.get("/readyz", tags=["exploitation"], summary="Base joignable et migrations à jour")
    async def readyz(request: Request) -> JSONResponse:
        database: Database = request.app.state.database
        if not await database.ping():
            return problem_response(503, "Base de données injoignable.", code="database_unavailable")
        revision, head = await current_revision(database, cfg)
        if revision != head:
            return problem_response(
                503, f"Migrations en retard ({revision} au lieu de {head}).", code="migrations_pending"
            )
        for check in spec.readiness:
            reason = await check(request.app)
            if reason:
                return problem_response(503, reason, code="dependency_not_ready")
        return JSONResponse({"status": "ready", "service": spec.name, "revision": revision})

    app.add_route("/metrics", metrics_endpoint(registry), include_in_schema=False)
    for router in spec.routers:
        app.include_router(router)
    return app


async def _guarded(hook: Hook, app: FastAPI) -> None:
    """Background loops log and carry on: one bad iteration must not kill the loop."""
    try:
        await hook(app)
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("tâche de fond arrêtée", extra={"task": hook.__name__})
