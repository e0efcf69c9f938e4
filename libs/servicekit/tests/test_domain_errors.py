"""Domain errors declared as classes: how a client receives them and how the OpenAPI documents them."""

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel

from servicekit.problems import (
    DomainError,
    FieldError,
    InvalidData,
    install_problem_handlers,
    problem_responses,
)
from servicekit.requestid import RequestIdMiddleware


class SessionComplete(DomainError):
    status = 409
    code = "session_complete"
    title = "Session complète"


class DejaReservee(DomainError):
    status = 409
    code = "deja_reservee"
    title = "Place déjà réservée"


class HorsPerimetre(DomainError):
    status = 403
    code = "hors_perimetre"
    title = "Hors de votre périmètre"


class Body(BaseModel):
    places: int


def make_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)
    app.add_middleware(RequestIdMiddleware)

    @app.post("/complete", responses=problem_responses(SessionComplete, DejaReservee, InvalidData))
    async def complete(body: Body) -> None:
        raise SessionComplete("Plus aucune place libre sur cette session.")

    @app.get("/perimetre", responses=problem_responses(HorsPerimetre))
    async def perimetre() -> None:
        raise HorsPerimetre()

    @app.get("/dates")
    async def dates() -> None:
        raise InvalidData("/fin : avant le début.", errors=[FieldError("/fin", "Avant le début.")])

    return app


async def _client() -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=make_app(), raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://t")


async def test_a_domain_error_answers_its_declared_status_code_and_title():
    async with await _client() as client:
        resp = await client.post("/complete", json={"places": 1})
    assert resp.status_code == 409
    assert resp.headers["content-type"] == "application/problem+json"
    body = resp.json()
    assert body["code"] == "session_complete"
    assert body["title"] == "Session complète"
    assert body["detail"] == "Plus aucune place libre sur cette session."
    assert body["type"].endswith("/session_complete")
    assert body["request_id"] == resp.headers["x-request-id"]


async def test_detail_defaults_to_the_title_and_errors_are_per_raise():
    async with await _client() as client:
        perimetre = await client.get("/perimetre")
        dates = await client.get("/dates")
    assert perimetre.status_code == 403
    assert perimetre.json()["detail"] == "Hors de votre périmètre"
    assert "errors" not in perimetre.json()
    assert dates.status_code == 422
    assert dates.json()["errors"] == [{"pointer": "/fin", "message": "Avant le début."}]


async def test_openapi_documents_each_declared_problem_answer():
    async with await _client() as client:
        spec = (await client.get("/openapi.json")).json()
    answers = spec["paths"]["/complete"]["post"]["responses"]
    conflict = answers["409"]["content"]["application/problem+json"]
    assert conflict["schema"]["properties"]["code"] == {"enum": ["session_complete", "deja_reservee"]}
    assert set(conflict["examples"]) == {"session_complete", "deja_reservee"}
    assert "Session complète" in answers["409"]["description"]
    # The declared 422 is the problem+json one, not FastAPI's HTTPValidationError.
    invalid = answers["422"]["content"]
    assert list(invalid) == ["application/problem+json"]
    assert invalid["application/problem+json"]["schema"]["properties"]["code"] == {
        "enum": ["validation_error"]
    }
    forbidden = spec["paths"]["/perimetre"]["get"]["responses"]["403"]
    assert (
        forbidden["content"]["application/problem+json"]["examples"]["hors_perimetre"]["value"]["status"]
        == 403
    )


def test_a_domain_error_must_declare_an_error_status():
    with pytest.raises(TypeError):

        class NotAnError(DomainError):
            status = 200
            code = "ok"
            title = "Tout va bien"
