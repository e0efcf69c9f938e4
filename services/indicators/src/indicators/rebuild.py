"""`uv run python -m indicators.rebuild` — wipe the projections and replay both feeds from sequence 0.

Reads INDICATORS_* settings (database, gateway URL, client secret) like the service; the producers are
read through the gateway, which must be running. The service may keep running: its pollers pause on
the same cursors only within one process, so stop it first in multi-process mode (or use
POST /v1/admin/reconstruction as the Région, which runs inside the service).
"""

from __future__ import annotations

import asyncio
import sys
import time

from indicators.app import service_spec, settings_from_env
from indicators.feed import Consumer
from servicekit.db import Database
from servicekit.migrations import alembic_config, upgrade_to_head
from servicekit.outbound import GatewayClient


async def rebuild() -> int:
    settings = settings_from_env()
    spec = service_spec()
    database = Database(settings.resolved_database_url(), settings.resolved_schema())
    cfg = alembic_config(
        spec.migrations_dir, version_table=f"alembic_version_{spec.name}", metadata=spec.metadata, schema=None
    )
    gateway = GatewayClient(settings)
    try:
        await upgrade_to_head(database, cfg)
        consumer = Consumer(database, gateway, page_size=settings.feed_page_size)
        started = time.perf_counter()
        applied = await consumer.rebuild()
        elapsed = time.perf_counter() - started
        print(f"{applied} événements rejoués en {elapsed:.1f} s ({applied / max(elapsed, 1e-9):.0f}/s).")
        return applied
    finally:
        await gateway.aclose()
        await database.dispose()


def main() -> int:
    asyncio.run(rebuild())
    return 0


if __name__ == "__main__":
    sys.exit(main())
