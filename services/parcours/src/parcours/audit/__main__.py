"""`uv run python -m parcours.audit verify` — check the audit hash chain; exit 1 naming the first broken link.

Reads PARCOURS_* settings (database) like the service.
"""

from __future__ import annotations

import asyncio
import sys

from parcours.audit.verification import verify
from parcours.settings import ParcoursSettings
from servicekit.db import Database


async def _run() -> int:
    settings = ParcoursSettings()
    database = Database(settings.resolved_database_url(), settings.resolved_schema())
    try:
        async with database.sessionmaker() as session:
            result = await verify(session)
    finally:
        await database.dispose()
    if result.premiere_rupture is None:
        print(f"Chaîne d'audit valide : {result.entrees} entrées.")
        return 0
    r = result.premiere_rupture
    print(f"Chaîne d'audit rompue à la position {r.position} (entrée {r.id}) : {r.raison}", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    if argv != ["verify"]:
        print("Usage : python -m parcours.audit verify", file=sys.stderr)
        return 2
    return asyncio.run(_run())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
