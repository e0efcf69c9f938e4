"""Test helpers: a throw-away database per test (SQLite file or PostgreSQL schema) and token minting."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from authlib.jose import JsonWebKey, jwt
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from servicekit.lifespan import running

ISSUER = "http://testserver"
AUDIENCE = "prf-api"


def postgres_url() -> str | None:
    """The PostgreSQL the suite runs against on its second pass (TEST_DATABASE_URL)."""
    return os.environ.get("TEST_DATABASE_URL") or None


@asynccontextmanager
async def throwaway_database(tmp_path: Path, name: str) -> AsyncIterator[tuple[str, str]]:
    """Yields (database_url, schema): a fresh SQLite file, or a fresh PostgreSQL schema.

    On PostgreSQL every schema sharing the test's prefix (t_<hex>_*) is dropped afterwards, so an
    embedded gateway's service schemas (t_<hex>_catalog…) go too.
    """
    pg = postgres_url()
    if pg is None:
        yield f"sqlite+aiosqlite:///{(tmp_path / f'{name}.db').as_posix()}", name
        return
    prefix = f"t_{uuid.uuid4().hex[:12]}_"
    try:
        yield pg, prefix + name
    finally:
        engine = create_async_engine(pg)
        async with engine.begin() as conn:
            rows = await conn.execute(
                text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"), {"p": prefix + "%"}
            )
            for (schema,) in rows.all():
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await engine.dispose()


class TestKeys:
    """An RSA key pair standing in for the gateway's: writes its JWKS, mints tokens."""

    __test__ = False  # not a pytest class

    def __init__(self, directory: Path, issuer: str = ISSUER, audience: str = AUDIENCE) -> None:
        self.key = JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": uuid.uuid4().hex})
        self.issuer = issuer
        self.audience = audience
        self.jwks_file = directory / "jwks.json"
        self.jwks_file.write_text(json.dumps({"keys": [self.key.as_dict(is_private=False)]}))

    def mint(
        self,
        *,
        role: str,
        org_id: str = "",
        org_type: str = "",
        scopes: list[str] | tuple[str, ...] = (),
        sub: str | None = None,
        client_id: str = "test-client",
        expires_in: int = 600,
        audience: str | None = None,
        **extra: Any,
    ) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": sub or f"{role}:{org_id or 'x'}",
            "aud": audience or self.audience,
            "exp": now + expires_in,
            "iat": now,
            "jti": uuid.uuid4().hex,
            "client_id": client_id,
            "role": role,
            "org_id": org_id,
            "org_type": org_type,
            "scope": " ".join(scopes),
            **extra,
        }
        header = {"alg": "RS256", "kid": self.key.kid, "typ": "at+jwt"}
        return jwt.encode(header, claims, self.key).decode()


@asynccontextmanager
async def app_client(app: FastAPI, base_url: str = "http://testserver") -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client wired to `app` in-process, with the app's lifespan running."""
    async with running(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
            yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def token_for(client: httpx.AsyncClient, client_id: str, secret: str = "demo-secret") -> str:
    """A client_credentials token from the gateway under test (demo clients share `demo-secret`)."""
    resp = await client.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
    )
    assert resp.status_code == 200, resp.text
    token: str = resp.json()["access_token"]
    return token
