"""What the benchmarks share: waiting for a process, stopping them, the throw-away schema, CPU time."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

import asyncpg
import httpx

from servicekit.db import driver_dsn


def wait_until_up(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} ne répond pas")


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


async def drop_schema(pg: str, schema: str) -> None:
    conn = await asyncpg.connect(driver_dsn(pg))
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def cpu_ms(pid: int) -> float:
    """CPU time (user + system, ms) of a process and its children, from /proc (Linux).

    Children that already ended count too (the parent's cutime/cstime): PostgreSQL backends opened and
    closed during a measure would otherwise vanish from the sum.
    """
    total, tick = 0, os.sysconf("SC_CLK_TCK")
    for entry in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
        if entry == pid:
            total += int(fields[13]) + int(fields[14])
    return total * 1000 / tick


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(c) for c in found] + [g for c in found for g in _children(int(c))]


def postmaster_pid() -> int | None:
    """The local PostgreSQL server's main process, whose children are the backends (None if not here)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, _, rest = stat.read_text().rpartition(")")
        except OSError:
            continue
        if head.endswith("(postgres") and rest.split()[1] == "1":
            return int(stat.parent.name)
    return None
