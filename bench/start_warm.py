"""Warm start: a second `make run` (SPA built, database migrated, demo loaded) until `/readyz` is 200.

    uv run python -m bench start_warm        # 3 warm starts, median (issue 14: ≤ 5 s)

A first `make run` fills a throw-away data directory (demo included) and stops; each warm start is then
timed from the launch of `make` (uv sync and the SPA digest count, as for a user) to `/readyz` 200.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from bench._make_run import MakeRun, load_average


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--data-dir", type=Path, help="a data directory already filled (skips the first start)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="prf-warm-") as tmp:
        data = args.data_dir or Path(tmp, "var")
        if args.data_dir is None:
            first = MakeRun(data)
            try:
                print(f"premier démarrage (démo comprise) : {first.wait('/readyz', 900):.1f} s", flush=True)
            finally:
                first.stop()
        times = []
        for number in range(1, args.runs + 1):
            run = MakeRun(data, log=Path(tmp, f"warm-{number}.log"))
            try:
                times.append(run.wait("/readyz", 120))
            finally:
                run.stop()
            print(f"démarrage à chaud {number} : {times[-1]:.2f} s (charge {load_average()})", flush=True)
        print(f"démarrage à chaud, médiane de {args.runs} : {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
