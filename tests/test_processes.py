"""The real commands: `python -m gateway` (make run) and scripts/run_multi.py (make run-multi).

Started as processes on a free port with a fresh data directory; stopped with SIGINT (Ctrl-C).
"""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from servicekit.db import is_postgres
from servicekit.testing import throwaway_database

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, token: str | None = None) -> tuple[int, dict]:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


def _token(base: str, client_id: str = "demo-region") -> str:
    data = urllib.parse.urlencode(
        {"grant_type": "client_credentials", "client_id": client_id, "client_secret": "demo-secret"}
    ).encode()
    with urllib.request.urlopen(f"{base}/oauth2/token", data=data, timeout=10) as resp:
        return json.loads(resp.read())["access_token"]


def _wait(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if _get(url)[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} ne répond pas")


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Logs go to a file: a pipe nobody reads would fill up and block the processes. The child keeps
    # its own copy of the descriptor, so ours is closed at once.
    with tempfile.TemporaryFile() as log:
        return subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=log
        )


def _stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def test_embedded_run_stops_cleanly_and_keeps_its_data(tmp_path):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        "GATEWAY_PORT": str(port),
        "GATEWAY_DATA_DIR": str(tmp_path),
        "GATEWAY_DEMO": "false",
        "GATEWAY_PUBLIC_URL": base,
    }
    proc = _start(["-m", "gateway"], env)
    try:
        _wait(f"{base}/readyz")
        token = _token(base)
        assert _get(f"{base}/api/parcours/v1/events", token)[0] == 200
        kids_before = {k["kid"] for k in _get(f"{base}/.well-known/jwks.json")[1]["keys"]}
    finally:
        code = _stop(proc)
    assert code == 0
    assert (tmp_path / "catalog.db").exists() and (tmp_path / "gateway.db").exists()

    proc = _start(["-m", "gateway"], env)
    try:
        _wait(f"{base}/readyz")
        # Same signing key after a restart: the token from the first run is still accepted.
        kids_after = {k["kid"] for k in _get(f"{base}/.well-known/jwks.json")[1]["keys"]}
        assert kids_after == kids_before
        assert _get(f"{base}/api/parcours/v1/events", token)[0] == 200
    finally:
        assert _stop(proc) == 0


@pytest.mark.asyncio
async def test_multi_process_run_behaves_the_same(tmp_path):
    port = _free_port()
    # The services take the next three ports.
    base = f"http://127.0.0.1:{port}"
    env = {"PORT": str(port), "DATA_DIR": str(tmp_path), "DEMO": "0", "GATEWAY_PUBLIC_URL": base}
    async with throwaway_database(tmp_path, "gateway") as (url, schema):
        if is_postgres(url):
            # PostgreSQL pass: every process in its own schema of the test database.
            env.update({"DATABASE_URL": url, "SCHEMA_PREFIX": schema.removesuffix("gateway")})
        _run_multi_checks(env, base, tmp_path, postgres=is_postgres(url))


def _run_multi_checks(env: dict[str, str], base: str, tmp_path: Path, *, postgres: bool) -> None:
    proc = _start(["scripts/run_multi.py"], env)
    try:
        _wait(f"{base}/readyz", timeout=90)
        status, body = _get(f"{base}/api/catalog/v1/referentiels/territoires")
        assert status == 200 and len(body["items"]) == 18
        token = _token(base)
        assert _get(f"{base}/api/parcours/v1/events", token)[0] == 200
        assert _get(f"{base}/api/parcours/v1/events")[0] == 401
        assert _get(f"{base}/api/indicators/v1/indicateurs")[0] == 200
        _check_recall_reaches_the_services(base, token)
    finally:
        code = _stop(proc)
    assert code == 0
    for db in ("catalog", "parcours", "indicators", "gateway"):
        assert (tmp_path / f"{db}.db").exists() != postgres


def _post(url: str, token: str) -> int:
    req = urllib.request.Request(url, data=b"", method="POST", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status


def _refused_within(url: str, token: str, seconds: float) -> float:
    """Seconds until `url` refuses `token` (401), polling; fails past `seconds`."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if _get(url, token)[0] == 401:
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(f"{url} accepte encore le jeton après {seconds} s")


def _check_recall_reaches_the_services(base: str, region: str) -> None:
    """A deactivation at the gateway stops the client's token at a service reached directly, on its own
    port, behind the gateway's back: the service polls the gateway's revocation list."""
    port = int(base.rsplit(":", 1)[1])
    parcours = f"http://127.0.0.1:{port + 2}/v1/parcours"
    held = _token(base, "demo-of-1")
    assert _get(parcours, held)[0] == 200
    assert _post(f"{base}/api/admin/clients/demo-of-1/desactivation", region) == 200
    assert _get(f"{base}/api/parcours/v1/parcours", held)[0] == 401  # the gateway itself: at once
    waited = _refused_within(parcours, held, 10)
    print(f"révocation vue par parcours (multi-processus) en {waited:.2f} s")
    _post(f"{base}/api/admin/clients/demo-of-1/reactivation", region)
    assert _get(parcours, held)[0] == 401  # reactivation does not revive it


def _jwks_from(base: str, forwarded_for: str) -> int:
    req = urllib.request.Request(f"{base}/.well-known/jwks.json", headers={"X-Forwarded-For": forwarded_for})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.mark.parametrize("trusted", ["", '["127.0.0.1"]'])
def test_forwarded_for_is_believed_only_from_configured_proxies(tmp_path, trusted):
    """A local caller changing X-Forwarded-For on every request is still one caller for the rate limit,
    unless 127.0.0.1 is declared as a reverse proxy (GATEWAY_TRUSTED_PROXIES)."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    nowhere = "http://127.0.0.1:9"  # the gateway alone: its own endpoints are enough here
    env = {
        "GATEWAY_PORT": str(port),
        "GATEWAY_DATA_DIR": str(tmp_path),
        "GATEWAY_DEMO": "false",
        "GATEWAY_PUBLIC_URL": base,
        "GATEWAY_RATE_LIMIT_PER_MINUTE": "3",
        "GATEWAY_TRUSTED_PROXIES": trusted or "[]",
        "GATEWAY_CATALOG_URL": nowhere,
        "GATEWAY_PARCOURS_URL": nowhere,
        "GATEWAY_INDICATORS_URL": nowhere,
        "GATEWAY_ECHANGES_URL": nowhere,
    }
    proc = _start(["-m", "gateway"], env)
    try:
        _wait(f"{base}/healthz")
        statuses = [_jwks_from(base, f"203.0.113.{i}") for i in range(1, 6)]
    finally:
        assert _stop(proc) == 0
    if trusted:
        assert statuses == [200] * 5  # each forwarded address is its own caller
    else:
        assert statuses == [200, 200, 200, 429, 429]
