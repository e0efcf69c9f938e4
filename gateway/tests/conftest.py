"""Gateway test helpers: PKCE pairs, the login form, decoding the gateway's tokens."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

SPA = "prf-spa"
CALLBACK = "http://localhost:8000/auth/callback"


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def claims_of(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def header_of(token: str) -> dict[str, Any]:
    head = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


@dataclass
class Login:
    verifier: str
    challenge: str
    state: str
    location: str

    @property
    def params(self) -> dict[str, str]:
        return query_of(self.location)

    @property
    def code(self) -> str:
        return self.params["code"]


def authorize_params(challenge: str | None, state: str, **extra: str) -> dict[str, str]:
    params = {
        "response_type": "code",
        "client_id": SPA,
        "redirect_uri": CALLBACK,
        "scope": "openid profile",
        "state": state,
    }
    if challenge is not None:
        params.update(code_challenge=challenge, code_challenge_method="S256")
    params.update(extra)
    return {k: v for k, v in params.items() if v != ""}


async def login(
    client: httpx.AsyncClient,
    username: str = "of1@demo.fr",
    password: str = "demo",
    **extra: str,
) -> Login:
    """Open the login page, post the credentials, return the redirect the gateway answered with."""
    verifier, challenge = pkce()
    state = secrets.token_urlsafe(8)
    url = "/oauth2/authorize?" + urlencode(authorize_params(challenge, state, **extra))
    page = await client.get(url)
    assert page.status_code == 200, page.text
    resp = await client.post(
        url, data={"username": username, "password": password, "csrf_token": csrf_of(page.text)}
    )
    assert resp.status_code == 302, resp.text
    return Login(verifier, challenge, state, resp.headers["location"])


async def exchange(client: httpx.AsyncClient, got: Login, **override: str) -> httpx.Response:
    data = {
        "grant_type": "authorization_code",
        "code": got.code,
        "redirect_uri": CALLBACK,
        "client_id": SPA,
        "code_verifier": got.verifier,
    }
    data.update(override)
    return await client.post("/oauth2/token", data=data)


async def refresh(client: httpx.AsyncClient, refresh_token: str) -> httpx.Response:
    return await client.post(
        "/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": SPA},
    )


@pytest.fixture
def helpers() -> Any:
    import sys

    return sys.modules[__name__]


async def cc_token(client: httpx.AsyncClient, client_id: str, secret: str = "demo-secret") -> str:
    resp = await client.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    assert resp.status_code == 200, resp.text
    token: str = resp.json()["access_token"]
    return token


# Nothing listens there: the gateway starts without its services (its own endpoints only, much faster).
NO_SERVICE = "http://127.0.0.1:9"


@pytest.fixture
def gateway(gateway_stack: Any) -> Any:
    """`async with gateway(**settings) as client:` — the gateway alone, on a fresh database."""

    def start(**overrides: Any) -> Any:
        options: dict[str, Any] = {
            "catalog_url": NO_SERVICE,
            "parcours_url": NO_SERVICE,
            "indicators_url": NO_SERVICE,
            "echanges_url": NO_SERVICE,
        }
        options.update(overrides)
        return gateway_stack(**options)

    return start


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at minimal cost in these tests only (the parameters travel inside each hash)."""
    from argon2 import PasswordHasher

    from gateway.auth import secrets as gateway_secrets

    monkeypatch.setattr(
        gateway_secrets, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
