"""Catalogue service: create_app(settings) and the spec the shared frame needs."""

from pathlib import Path

from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError
from starlette.middleware import Middleware

from catalog.db import metadata, outbox
from catalog.formations import models as _formations_models  # noqa: F401  (registers the tables)
from catalog.formations.actions_router import router as actions_router
from catalog.formations.router import router as formations_router
from catalog.modules import models as _modules_models  # noqa: F401
from catalog.modules.router import router as modules_router
from catalog.offre import models as _offre_models  # noqa: F401
from catalog.offre.lots_router import router as lots_router
from catalog.offre.router import router as offre_router
from catalog.places import models as _places_models  # noqa: F401
from catalog.places.router import router as places_router
from catalog.places.sweep import sweep_forever
from catalog.referentiels import models as _referentiel_models  # noqa: F401
from catalog.referentiels.loader import load_if_empty
from catalog.referentiels.router import router as referentiels_router
from catalog.search.cache import SearchCacheMiddleware
from catalog.search.changes import listen_for_other_writers, start_offer_cache
from catalog.search.router import SEARCH_PATH
from catalog.search.router import router as search_router
from catalog.sessions import models as _sessions_models  # noqa: F401
from catalog.sessions.router import router as sessions_router
from catalog.settings import CatalogSettings
from servicekit.factory import ServiceSpec, create_service_app
from servicekit.outbox import feed_router
from servicekit.settings import settings_of

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


async def load_reference_data(app: FastAPI) -> None:
    settings = settings_of(app, CatalogSettings)
    async with app.state.database.sessionmaker() as session:
        try:
            await load_if_empty(session, settings.region)
            await session.commit()
        except IntegrityError:  # another worker or replica loaded it at the same moment
            await session.rollback()


async def load_demo_data(app: FastAPI) -> None:
    settings = settings_of(app, CatalogSettings)
    if not settings.demo:
        return
    from catalog.demo.loader import load_if_no_offer

    async with app.state.database.sessionmaker() as session:
        await load_if_no_offer(session)
        await session.commit()


def service_spec() -> ServiceSpec:
    from catalog.lheo.router import router as lheo_router

    return ServiceSpec(
        name="catalog",
        title="PRF — Catalogue",
        description="L'offre régionale : marchés, lots, formations, actions, sessions, places, LHÉO.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        routers=[
            referentiels_router,
            offre_router,
            lots_router,
            formations_router,
            actions_router,
            search_router,
            sessions_router,
            places_router,
            modules_router,
            lheo_router,
            feed_router(outbox),
        ],
        on_startup=[load_reference_data, load_demo_data, start_offer_cache],
        background=[sweep_forever, listen_for_other_writers],
    )


def settings_from_env() -> CatalogSettings:
    return CatalogSettings()


def create_app(settings: CatalogSettings | None = None) -> FastAPI:
    app = create_service_app(settings or CatalogSettings(), service_spec())
    # Innermost, so that answers from the cache still get their request id and their metrics.
    app.user_middleware.append(
        Middleware(
            SearchCacheMiddleware,
            fastapi_app=app,
            path=SEARCH_PATH,
            registry=app.state.metrics_registry,
        )
    )
    return app
