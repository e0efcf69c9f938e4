"""The demo load: `make run` on an empty data directory (SQLite) until `/readyz` is 200, demo written.

    uv run python -m bench demo_load         # issue 14: demo complete ≤ 60 s on a 2-core machine

Reports the seconds from launch to `/healthz` (the process serves) and to `/readyz` 200 (demo complete:
the parcours service answers 503 while it writes), and the load average around the measure, since the
machine may be shared.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench._make_run import MakeRun, load_average


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="prf-demo-") as tmp:
        before = load_average()
        run = MakeRun(Path(tmp, "var"))
        try:
            up = run.wait("/healthz", 300)
            ready = run.wait("/readyz", 1200, every=1.0)  # not to slow the demo down
        finally:
            run.stop()
        print(
            f"processus prêt : {up:.1f} s ; démo complète (/readyz 200) : {ready:.1f} s après le lancement,"
        )
        print(f"soit {ready - up:.1f} s de démo ; charge moyenne avant {before}, après {load_average()}")


if __name__ == "__main__":
    main()
