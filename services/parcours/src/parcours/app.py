"""Parcours service: create_app(settings) and the spec the shared frame needs."""

from pathlib import Path

from fastapi import FastAPI
from servicekit.factory import ServiceSpec, create_service_app
from servicekit.outbox import feed_router

from parcours.db import metadata, outbox
from parcours.settings import ParcoursSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def service_spec() -> ServiceSpec:
    return ServiceSpec(
        name="parcours",
        title="PRF — Parcours",
        description="Le parcours de chaque stagiaire : candidature, entrée, présences, sortie, suivis.",
        metadata=metadata,
        migrations_dir=MIGRATIONS,
        routers=[feed_router(outbox)],
    )


def settings_from_env() -> ParcoursSettings:
    return ParcoursSettings()


def create_app(settings: ParcoursSettings | None = None) -> FastAPI:
    return create_service_app(settings or ParcoursSettings(), service_spec())
