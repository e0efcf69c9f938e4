"""Alembic, driven from code: one tree per service, its own version table, its own schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from servicekit.db import Database, is_postgres


def alembic_config(
    migrations_dir: Path, *, version_table: str, metadata: MetaData, schema: str | None
) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    cfg.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d_%%(slug)s")
    cfg.attributes["version_table"] = version_table
    cfg.attributes["target_metadata"] = metadata
    cfg.attributes["schema"] = schema
    return cfg


def run_env(context: Any, service: str) -> None:
    """Body of every service's migrations/env.py.

    From code (app start, tests) the connection is handed over in cfg.attributes; from the
    `alembic` command line (production: `alembic upgrade head` per service) we build it from the
    service's settings.
    """
    cfg = context.config
    if "connection" in cfg.attributes:
        _configure(context, cfg.attributes["connection"])
        return
    import asyncio
    import importlib

    app_module = importlib.import_module(f"{service}.app")
    settings = app_module.settings_from_env()
    spec = app_module.service_spec()
    database = Database(settings.resolved_database_url(), settings.resolved_schema())
    cfg.attributes.setdefault("target_metadata", spec.metadata)
    cfg.attributes.setdefault("version_table", f"alembic_version_{spec.name}")

    async def go() -> None:
        await database.prepare()
        async with database.engine.connect() as conn:
            await conn.run_sync(lambda sync_conn: _configure(context, sync_conn))
            await conn.commit()
        await database.dispose()

    asyncio.run(go())


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Autogenerate ignores PostgreSQL-only indexes made by hand in migrations (names `trgm_…`)."""
    return not (type_ == "index" and (name or "").startswith("trgm_"))


def _configure(context: Any, connection: Connection) -> None:
    cfg = context.config
    schema = cfg.attributes.get("schema")
    context.configure(
        connection=connection,
        target_metadata=cfg.attributes["target_metadata"],
        version_table=cfg.attributes["version_table"],
        version_table_schema=schema,
        render_as_batch=not is_postgres(connection),
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


async def upgrade_to_head(database: Database, cfg: Config) -> None:
    """Migrates to head — unless the database is already there (every start but the first): reading the
    version row is one query, where `command.upgrade` loads env.py and opens a migration context."""
    await database.prepare()
    revision, head = await current_revision(database, cfg)
    if revision is not None and revision == head:
        return
    async with database.engine.connect() as conn:

        def run(sync_conn: Connection) -> None:
            cfg.attributes["connection"] = sync_conn
            command.upgrade(cfg, "head")

        await conn.run_sync(run)
        await conn.commit()


def head_revision(cfg: Config) -> str | None:
    """The tree's head, read once per config (it parses every revision file; /readyz asks each time)."""
    if "head_revision" not in cfg.attributes:
        cfg.attributes["head_revision"] = ScriptDirectory.from_config(cfg).get_current_head()
    head: str | None = cfg.attributes["head_revision"]
    return head


async def current_revision(database: Database, cfg: Config) -> tuple[str | None, str | None]:
    """(database revision, head revision)."""
    head = head_revision(cfg)
    async with database.engine.connect() as conn:

        def read(sync_conn: Connection) -> str | None:
            ctx = MigrationContext.configure(
                sync_conn,
                opts={
                    "version_table": cfg.attributes["version_table"],
                    "version_table_schema": cfg.attributes.get("schema"),
                },
            )
            return ctx.get_current_revision()

        return await conn.run_sync(read), head
