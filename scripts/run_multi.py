"""`make run-multi`: one uvicorn process per service behind the gateway, under a small supervisor.

The gateway starts first (it owns the signing keys), then catalog, parcours and indicators on the
next ports; each service reads the gateway's JWKS over HTTP and calls the others through it.
Ctrl-C (or SIGTERM) stops every process cleanly; if one dies, the others are stopped too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

SERVICES = ("catalog", "parcours", "indicators", "echanges")


def _wait_ready(url: str, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 (local URL)
                if resp.status == 200:
                    return True
        except Exception:
            time.sleep(0.3)
    return False


def main() -> int:
    port = int(os.environ.get("PORT", "8000"))
    data_dir = Path(os.environ.get("DATA_DIR", "var")).resolve()
    demo = os.environ.get("DEMO", "1") != "0"
    gateway_url = f"http://127.0.0.1:{port}"
    issuer = os.environ.get("GATEWAY_PUBLIC_URL") or f"http://localhost:{port}"
    # DATABASE_URL (PostgreSQL) puts every process on it, each in its own schema.
    database_url = os.environ.get("DATABASE_URL", "")
    schema_prefix = os.environ.get("SCHEMA_PREFIX", "")
    procs: list[subprocess.Popen[bytes]] = []
    env = dict(os.environ)
    for i, name in enumerate(SERVICES, start=1):
        prefix = name.upper()
        env.update(
            {
                f"{prefix}_DATA_DIR": str(data_dir),
                f"{prefix}_JWKS_URL": f"{gateway_url}/.well-known/jwks.json",
                f"{prefix}_TOKEN_ISSUER": issuer,
                f"{prefix}_GATEWAY_URL": gateway_url,
                f"{prefix}_DEMO": "true" if demo else "false",
            }
        )
        env[f"GATEWAY_{prefix}_URL"] = f"http://127.0.0.1:{port + i}"
        if database_url:
            env[f"{prefix}_DATABASE_URL"] = database_url
            env[f"{prefix}_DB_SCHEMA"] = schema_prefix + name
    if database_url:
        env["GATEWAY_DATABASE_URL"] = database_url
        env["GATEWAY_DB_SCHEMA"] = schema_prefix + "gateway"
    env.update(
        {
            "GATEWAY_PORT": str(port),
            "GATEWAY_DATA_DIR": str(data_dir),
            "GATEWAY_DEMO": "true" if demo else "false",
        }
    )

    def spawn(args: list[str]) -> None:
        procs.append(subprocess.Popen([sys.executable, *args], env=env))

    def stop(*_: object) -> None:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()

    signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(0)))
    # A process started in the background inherits SIGINT ignored; Ctrl-C must still stop us.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        spawn(["-m", "gateway"])
        if not _wait_ready(f"{gateway_url}/healthz"):
            print("la passerelle n'a pas démarré", file=sys.stderr)
            stop()
            return 1
        for i, name in enumerate(SERVICES, start=1):
            spawn(["-m", "servicekit.serve", name, "--port", str(port + i)])
        print(f"PRF (multi-processus) sur http://localhost:{port} — Ctrl-C pour arrêter", file=sys.stderr)
        while all(proc.poll() is None for proc in procs):
            time.sleep(0.5)
        print("un processus s'est arrêté : arrêt des autres", file=sys.stderr)
        stop()
        return 1
    except KeyboardInterrupt:
        stop()
        return 0


if __name__ == "__main__":
    sys.exit(main())
