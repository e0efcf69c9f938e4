"""`make run` as a user starts it, timed from launch: a free port, a data directory, the process group."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class MakeRun:
    """One `make run` in its own process group (make, uv and python stop together)."""

    def __init__(self, data_dir: Path, *, demo: bool = True, log: Path | None = None) -> None:
        self.port = free_port()
        self.log = log or data_dir.with_suffix(".log")
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PORT": str(self.port), "DATA_DIR": str(data_dir), "DEMO": "1" if demo else "0"}
        env.pop("TEST_DATABASE_URL", None)
        self.started = time.monotonic()
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                ["make", "--no-print-directory", "run"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait(self, path: str, timeout: float, every: float = 0.05) -> float:
        """Seconds from launch until `path` answers 200 (polled `every` s: each /readyz asks every service)."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"make run s'est arrêté (code {self.proc.returncode}), voir {self.log}")
            try:
                if httpx.get(self.url(path), timeout=2).status_code == 200:
                    return time.monotonic() - self.started
            except httpx.HTTPError:
                pass
            time.sleep(every)
        raise RuntimeError(f"{path} pas prêt après {timeout} s, voir {self.log}")

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
