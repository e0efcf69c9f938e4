from typing import Annotated

import httpx
import pytest
from fastapi import Depends, FastAPI

from servicekit.db import Database, is_postgres
from servicekit.settings import ServiceSettings, settings_dependency, settings_of


def test_sqlite_file_per_service_by_default(tmp_path):
    settings = ServiceSettings(service_name="catalog", data_dir=tmp_path)
    assert settings.resolved_database_url() == f"sqlite+aiosqlite:///{tmp_path.as_posix()}/catalog.db"
    assert settings.resolved_schema() == "catalog"


def test_demo_secret_refused_in_production():
    with pytest.raises(ValueError, match="production"):
        ServiceSettings(service_name="parcours", env="production").check_production()
    ServiceSettings(service_name="parcours", env="production", client_secret="vrai-secret").check_production()


class ShopSettings(ServiceSettings):
    colour: str = "bleu"


ShopSettingsDep = Annotated[ShopSettings, Depends(settings_dependency(ShopSettings))]


async def test_a_route_reads_its_service_settings_typed():
    app = FastAPI()

    @app.get("/colour")
    async def colour(settings: ShopSettingsDep) -> str:
        return settings.colour

    app.state.settings = ShopSettings(colour="vert")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        assert (await client.get("/colour")).json() == "vert"
    app.state.settings = ServiceSettings()  # not what the route was promised: refused, not guessed
    with pytest.raises(TypeError):
        settings_of(app, ShopSettings)


async def test_is_postgres_asks_every_kind_of_handle_the_same(tmp_path):
    assert is_postgres("postgresql+asyncpg://u@h/db") and not is_postgres("sqlite+aiosqlite:///x.db")
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", "x")
    try:
        async with database.engine.connect() as conn, database.sessionmaker() as session:
            assert not any(is_postgres(h) for h in (database, database.engine, conn, session))
    finally:
        await database.dispose()
