"""Each service: migrations take an empty database to head, and autogenerate then finds no difference."""

import importlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from servicekit.db import Database
from servicekit.migrations import alembic_config, current_revision, include_object, upgrade_to_head
from servicekit.testing import throwaway_database

pytestmark = pytest.mark.asyncio

SERVICES = ["catalog", "parcours", "indicators", "gateway"]


def _spec(service: str):
    return importlib.import_module(f"{service}.app").service_spec()


@pytest.mark.parametrize("service", SERVICES)
async def test_single_head(service):
    spec = _spec(service)
    cfg = alembic_config(
        spec.migrations_dir, version_table=f"alembic_version_{service}", metadata=spec.metadata, schema=None
    )
    heads = ScriptDirectory.from_config(cfg).get_heads()
    assert len(heads) == 1, f"{service} a plusieurs têtes de migration : {heads}"


@pytest.mark.parametrize("service", SERVICES)
async def test_upgrade_then_no_autogenerate_diff(service, tmp_path):
    spec = _spec(service)
    cfg = alembic_config(
        spec.migrations_dir, version_table=f"alembic_version_{service}", metadata=spec.metadata, schema=None
    )
    async with throwaway_database(tmp_path, service) as (url, schema):
        database = Database(url, schema)
        try:
            await upgrade_to_head(database, cfg)
            revision, head = await current_revision(database, cfg)
            assert revision == head

            async with database.engine.connect() as conn:

                def diff(sync_conn):
                    ctx = MigrationContext.configure(
                        sync_conn,
                        opts={
                            "compare_type": True,
                            "version_table": f"alembic_version_{service}",
                            "include_object": include_object,
                        },
                    )
                    return compare_metadata(ctx, spec.metadata)

                differences = await conn.run_sync(diff)
            assert differences == [], f"{service} : modèles et migrations divergent : {differences}"
            # The service's own version table, not alembic's shared default.
            async with database.engine.connect() as conn:
                tables = await conn.run_sync(lambda c: __import__("sqlalchemy").inspect(c).get_table_names())
            assert f"alembic_version_{service}" in tables
            assert "alembic_version" not in tables
        finally:
            await database.dispose()
