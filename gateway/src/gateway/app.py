"""Gateway: create_app(settings) — auth server, route table, merged OpenAPI, SPA."""

import asyncio
import contextlib
import logging
from pathlib import Path

from fastapi import FastAPI

from gateway.auth import models as _auth_models  # noqa: F401  (registers the tables)
from gateway.auth.admin import router as admin_router
from gateway.auth.authorize import router as authorize_router
from gateway.auth.broker import broker_context
from gateway.auth.broker import router as broker_router
from gateway.auth.discovery import router as discovery_router
from gateway.auth.keys import load_keyring, publish
from gateway.auth.logout import router as logout_router
from gateway.auth.maintenance import housekeeping, refresh_keyring
from gateway.auth.revocation import follow_revocations, load_revocations
from gateway.auth.revocation import router as revocation_router
from gateway.auth.seed import ensure_clients
from gateway.auth.token_endpoint import router as token_router
from gateway.auth.verifier import KeyRingVerifier
from gateway.db import metadata
from gateway.embedded import upstreams_context
from gateway.middleware import install_edge_middleware
from gateway.openapi import router as openapi_router
from gateway.proxy import router as proxy_router
from gateway.settings import GatewaySettings
from gateway.shared_limit import shared_limit_context
from gateway.spa import router as spa_router
from servicekit.factory import ServiceSpec, create_service_app
from servicekit.revocation import RevocationList, SharedRevocations
from servicekit.settings import settings_of

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"
log = logging.getLogger("prf.gateway")


async def init_auth(app: FastAPI) -> None:
    settings = settings_of(app, GatewaySettings)
    async with app.state.database.sessionmaker() as session:
        await ensure_clients(session, settings)
        app.state.keyring = await load_keyring(session, settings.key_rotation_window)
        await session.commit()
    publish(app.state.keyring, settings.public_jwks_file())
    # One list for the whole process: the gateway's routes, its proxy and the embedded services.
    app.state.revocations = RevocationList()
    await load_revocations(app)
    app.state.token_verifier = KeyRingVerifier(
        app,
        issuer=settings.issuer(),
        audience=settings.token_audience,
        revocations=SharedRevocations(app.state.revocations),
    )


async def maintain_auth(app: FastAPI) -> None:
    """Every 30 s: pick up a key rotation made elsewhere (CLI, another worker), purge expired rows."""
    while True:
        await asyncio.sleep(30)
        with contextlib.suppress(Exception):
            await refresh_keyring(app)
        with contextlib.suppress(Exception):
            await housekeeping(app)


async def upstreams_ready(app: FastAPI) -> str | None:
    """The gateway is ready when every service it routes to is."""
    not_ready = []
    for name, client in app.state.upstreams.clients.items():
        try:
            resp = await client.get("/readyz", timeout=5)
            if resp.status_code != 200:
                not_ready.append(name)
        except Exception:
            not_ready.append(name)
    return f"Services non prêts : {', '.join(not_ready)}." if not_ready else None


def service_spec() -> ServiceSpec:
    return ServiceSpec(
        name="gateway",
        title="PRF — Passerelle",
        description="Authentification OAuth2, routage vers les services, API fusionnée, interface web.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        # Order matters: the gateway's own /api routes before the proxy, the SPA's catch-all last.
        routers=[
            token_router,
            authorize_router,
            broker_router,
            logout_router,
            discovery_router,
            admin_router,
            revocation_router,
            openapi_router,
            proxy_router,
            spa_router,
        ],
        on_startup=[init_auth],
        background=[maintain_auth, follow_revocations],
        contexts=[broker_context, upstreams_context, shared_limit_context],
        readiness=[upstreams_ready],
    )


def settings_from_env() -> GatewaySettings:
    return GatewaySettings()


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    settings = settings.model_copy(
        update={"jwks_file": settings.public_jwks_file(), "token_issuer": settings.issuer()}
    )
    app = create_service_app(settings, service_spec())
    # authlib logs whole token responses at DEBUG: never let them reach the logs, whatever LOG_LEVEL says.
    logging.getLogger("authlib").setLevel(max(logging.INFO, logging.getLogger("authlib").level))
    install_edge_middleware(app, settings)
    return app
