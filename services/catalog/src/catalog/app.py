"""Catalogue service: create_app(settings) and the spec the shared frame needs."""

from pathlib import Path

from fastapi import FastAPI
from servicekit.factory import ServiceSpec, create_service_app
from servicekit.outbox import feed_router

from catalog.db import metadata, outbox
from catalog.referentiels import models as _referentiel_models  # noqa: F401  (registers the tables)
from catalog.referentiels.loader import load_if_empty
from catalog.referentiels.router import router as referentiels_router
from catalog.settings import CatalogSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


async def load_reference_data(app: FastAPI) -> None:
    settings: CatalogSettings = app.state.settings
    async with app.state.database.sessionmaker() as session:
        await load_if_empty(session, settings.region)
        await session.commit()


def service_spec() -> ServiceSpec:
    return ServiceSpec(
        name="catalog",
        title="PRF — Catalogue",
        description="L'offre régionale : marchés, lots, formations, actions, sessions, places, LHÉO.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        routers=[referentiels_router, feed_router(outbox)],
        on_startup=[load_reference_data],
    )


def settings_from_env() -> CatalogSettings:
    return CatalogSettings()


def create_app(settings: CatalogSettings | None = None) -> FastAPI:
    return create_service_app(settings or CatalogSettings(), service_spec())
