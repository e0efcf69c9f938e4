"""Indicators service: create_app(settings) and the spec the shared frame needs."""

from pathlib import Path

from fastapi import FastAPI

from indicators import models as _models  # noqa: F401  (registers the tables)
from indicators.db import metadata
from indicators.feed import FEEDS, poller, start_consumer
from indicators.router import router
from indicators.settings import IndicatorsSettings
from servicekit.factory import ServiceSpec, create_service_app

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def service_spec() -> ServiceSpec:
    return ServiceSpec(
        name="indicators",
        title="PRF — Indicateurs",
        description="Les indicateurs du programme, calculés selon les définitions arrêtées.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        routers=[router],
        on_startup=[start_consumer],
        background=[poller(source) for source in FEEDS],
    )


def settings_from_env() -> IndicatorsSettings:
    return IndicatorsSettings()


def create_app(settings: IndicatorsSettings | None = None) -> FastAPI:
    return create_service_app(settings or IndicatorsSettings(), service_spec())
