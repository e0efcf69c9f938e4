"""Fixtures shared by every test directory of the workspace."""

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from servicekit.db import is_postgres
from servicekit.settings import ServiceSettings
from servicekit.testing import ISSUER, TestKeys, app_client, throwaway_database, token_for  # noqa: F401


@pytest.fixture
def keys(tmp_path: Path) -> TestKeys:
    """A stand-in for the gateway's signing key; services under test trust it."""
    return TestKeys(tmp_path)


@pytest.fixture
def service_settings(tmp_path: Path, keys: TestKeys) -> Callable[..., Any]:
    """Builds a service's settings pointing at a test database and the test keys."""

    def build(
        settings_cls: type[ServiceSettings], url: str, schema: str, **overrides: Any
    ) -> ServiceSettings:
        return settings_cls(
            env="test",
            data_dir=tmp_path,
            database_url=url,
            db_schema=schema,
            jwks_file=keys.jwks_file,
            token_issuer=ISSUER,
            demo=False,
            **overrides,
        )

    return build


@pytest.fixture
def service_client(tmp_path: Path, service_settings: Callable[..., Any]) -> Callable[..., Any]:
    """`async with service_client(create_app, SettingsCls) as client:` — a service on a fresh database."""
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def start(
        create_app: Callable[[Any], FastAPI], settings_cls: type[ServiceSettings], **overrides: Any
    ) -> AsyncIterator[httpx.AsyncClient]:
        name = settings_cls().service_name
        async with throwaway_database(tmp_path, name) as (url, schema):
            app = create_app(service_settings(settings_cls, url, schema, **overrides))
            async with app_client(app) as client:
                client.app = app  # type: ignore[attr-defined]
                yield client

    return start


@pytest.fixture
def gateway_stack(tmp_path: Path) -> Callable[..., Any]:
    """`async with gateway_stack(**settings) as client:` — the whole platform in process, fresh data.

    The gateway runs the three services embedded, each on its own SQLite file or PostgreSQL schema.
    """
    from contextlib import asynccontextmanager

    from gateway.app import create_app
    from gateway.settings import GatewaySettings

    @asynccontextmanager
    async def start(**overrides: Any) -> AsyncIterator[httpx.AsyncClient]:
        async with throwaway_database(tmp_path, "gateway") as (url, schema):
            pg = is_postgres(url)
            options: dict[str, Any] = {
                "env": "test",
                "data_dir": tmp_path,
                "database_url": url if pg else "",
                "db_schema": schema if pg else "",
                "public_url": "http://testserver",
                "demo": False,
                "spa_dir": tmp_path / "no-spa",
            }
            options.update(overrides)
            app = create_app(GatewaySettings(**options))
            async with app_client(app) as client:
                client.app = app  # type: ignore[attr-defined]
                yield client

    return start
