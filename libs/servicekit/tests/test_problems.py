"""problem+json as a client sees it: validation pointers, French messages, domain problems, no stack traces."""

from typing import Literal

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, field_validator

from servicekit.problems import Problem, install_problem_handlers, invalid
from servicekit.requestid import RequestIdMiddleware

pytestmark = pytest.mark.asyncio


class Stagiaire(BaseModel):
    sexe: Literal["F", "M"]
    heures: float

    @field_validator("heures")
    @classmethod
    def positive(cls, value: float) -> float:
        if value < 0:
            raise ValueError("Les heures ne peuvent pas être négatives.")
        return value


class Body(BaseModel):
    stagiaire: Stagiaire
    presences: list[Stagiaire] = []


def make_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)
    app.add_middleware(RequestIdMiddleware)

    @app.post("/items")
    async def create(body: Body) -> dict[str, str]:
        return {"ok": "oui"}

    @app.get("/full")
    async def full() -> None:
        raise Problem(409, "Plus aucune place.", code="session_complete")

    @app.get("/bad-field")
    async def bad_field() -> None:
        raise invalid("/debut", "La date de début doit précéder la fin.")

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret interne")

    return app


async def _client() -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=make_app(), raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://t")


async def test_validation_errors_point_at_each_field():
    async with await _client() as client:
        resp = await client.post(
            "/items",
            json={
                "stagiaire": {"sexe": "X", "heures": 2},
                "presences": [{"sexe": "F", "heures": 1}, {"sexe": "M", "heures": -3}],
            },
        )
    assert resp.status_code == 422
    assert resp.headers["content-type"] == "application/problem+json"
    body = resp.json()
    pointers = {e["pointer"]: e["message"] for e in body["errors"]}
    assert pointers["/stagiaire/sexe"].startswith("Valeur non autorisée")
    assert pointers["/presences/1/heures"] == "Les heures ne peuvent pas être négatives."
    assert body["code"] == "validation_error" and body["status"] == 422
    assert body["request_id"] == resp.headers["x-request-id"]


async def test_missing_field_is_named_in_french():
    async with await _client() as client:
        resp = await client.post("/items", json={"stagiaire": {"sexe": "F"}})
    assert resp.json()["errors"] == [{"pointer": "/stagiaire/heures", "message": "Champ obligatoire."}]


async def test_domain_problem_keeps_its_code():
    async with await _client() as client:
        full = await client.get("/full")
        field = await client.get("/bad-field")
    assert full.status_code == 409 and full.json()["code"] == "session_complete"
    assert field.json()["errors"][0]["pointer"] == "/debut"


async def test_unexpected_error_hides_the_trace():
    async with await _client() as client:
        resp = await client.get("/boom", headers={"X-Request-ID": "abc-123"})
    assert resp.status_code == 500
    assert "secret interne" not in resp.text
    assert resp.json()["request_id"] == "abc-123"


async def test_unknown_path_is_a_french_problem():
    async with await _client() as client:
        resp = await client.get("/nope")
    assert resp.status_code == 404
    assert resp.json()["detail"] == "Cette adresse n'existe pas."


async def test_request_id_is_made_up_or_sanitised():
    async with await _client() as client:
        fresh = await client.get("/full")
        hostile = await client.get("/full", headers={"X-Request-ID": "bad id\twith spaces"})
    assert len(fresh.headers["x-request-id"]) == 32
    assert hostile.headers["x-request-id"] != "bad id\twith spaces"
