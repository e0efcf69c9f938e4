"""Parcours service: create_app(settings) and the spec the shared frame needs."""

from pathlib import Path

from fastapi import FastAPI

from parcours.alertes.router import router as alertes_router
from parcours.audit.router import router as audit_router
from parcours.candidatures.expiry import expiry_loop
from parcours.candidatures.router import router as candidatures_router
from parcours.candidatures.transitions_router import router as candidature_transitions_router
from parcours.db import metadata, outbox
from parcours.demo.router import router as demo_router
from parcours.demo.startup import demo_context, demo_ready, start_demo
from parcours.events.router import router as events_router
from parcours.models import ALL_MODELS
from parcours.parcours.router import router as parcours_router
from parcours.parcours.steps_router import router as parcours_steps_router
from parcours.presences.router import router as presences_router
from parcours.settings import ParcoursSettings
from servicekit.factory import ServiceSpec, create_service_app
from servicekit.outbox import feed_router

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"
assert ALL_MODELS  # every table registered on the metadata before migrations compare it


def service_spec() -> ServiceSpec:
    return ServiceSpec(
        name="parcours",
        title="PRF — Parcours",
        description="Le parcours de chaque stagiaire : candidature, entrée, présences, sortie, suivis.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        routers=[
            events_router,
            feed_router(outbox),
            candidatures_router,
            candidature_transitions_router,
            parcours_router,
            parcours_steps_router,
            presences_router,
            alertes_router,
            audit_router,
            demo_router,
        ],
        on_startup=[start_demo],
        background=[expiry_loop],
        contexts=[demo_context],
        readiness=[demo_ready],
    )


def settings_from_env() -> ParcoursSettings:
    return ParcoursSettings()


def create_app(settings: ParcoursSettings | None = None) -> FastAPI:
    return create_service_app(settings or ParcoursSettings(), service_spec())
