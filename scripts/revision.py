"""Autogenerate a migration for one service: `uv run python scripts/revision.py catalog "message"`.

Upgrades a scratch SQLite database to head, then diffs it against the service's models.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy.engine import Connection

from servicekit.db import Database
from servicekit.migrations import upgrade_to_head


async def main(service: str, message: str) -> None:
    module = importlib.import_module(f"{service}.app")
    spec = module.service_spec()
    from servicekit.migrations import alembic_config

    cfg = alembic_config(
        spec.migrations_dir, version_table=f"alembic_version_{spec.name}", metadata=spec.metadata, schema=None
    )
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite+aiosqlite:///{Path(tmp) / 'scratch.db'}", service)
        await upgrade_to_head(database, cfg)
        async with database.engine.connect() as conn:

            def run(sync_conn: Connection) -> None:
                cfg.attributes["connection"] = sync_conn
                command.revision(cfg, message=message, autogenerate=True)

            await conn.run_sync(run)
        await database.dispose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
