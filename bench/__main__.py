"""Runs the benchmarks one after the other (they need PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL).

`uv run python -m bench` runs all; `uv run python -m bench catalog_search` runs one.
"""

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    wanted = sys.argv[1:]
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))
    failures = 0
    for name in names:
        if wanted and name not in wanted:
            continue
        module = importlib.import_module(f"bench.{name}")
        if not hasattr(module, "main"):
            continue
        print(f"\n## {name}\n", flush=True)
        sys.argv = [name]
        try:
            module.main()
        except Exception as exc:  # one bench failing must not hide the others' figures
            failures += 1
            print(f"échec de {name} : {exc!r}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
