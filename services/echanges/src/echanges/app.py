"""Exchanges service: create_app(settings) and the spec the shared frame needs."""

from pathlib import Path

from fastapi import FastAPI

from echanges.agora_router import router as agora_router
from echanges.db import metadata
from echanges.dispatcher import dispatch_loop, dispatcher_context
from echanges.feed import poller, start_consumer
from echanges.settings import EchangesSettings
from echanges.webhooks_router import router as webhooks_router
from servicekit.factory import ServiceSpec, create_service_app
from servicekit.feedreader import PRODUCER_FEEDS

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def service_spec() -> ServiceSpec:
    return ServiceSpec(
        name="echanges",
        title="PRF — Échanges",
        description="Les flux sortants : export des dossiers vers AGORA, webhooks signés pour les partenaires.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        routers=[agora_router, webhooks_router],
        on_startup=[start_consumer],
        contexts=[dispatcher_context],
        background=[*(poller(source) for source in PRODUCER_FEEDS), dispatch_loop],
    )


def settings_from_env() -> EchangesSettings:
    return EchangesSettings()


def create_app(settings: EchangesSettings | None = None) -> FastAPI:
    return create_service_app(settings or EchangesSettings(), service_spec())
