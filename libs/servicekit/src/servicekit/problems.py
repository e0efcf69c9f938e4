"""RFC 9457 problem+json: domain errors as classes (`DomainError`), their OpenAPI answers, the handlers.

A domain declares each of its errors once, as a class; routes list them in `responses=`:

    class SessionComplete(DomainError):
        status, code, title = 409, "session_complete", "Session complète"

    @router.post("/reservations", responses=problem_responses(SessionComplete, HorsPerimetre))
    async def hold(...): raise SessionComplete("Plus aucune place libre sur cette session.")

`Problem(status, detail, code=...)` stays for one-off answers; `DomainError` is a `Problem`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from servicekit.french_validation import french_message as french_message
from servicekit.french_validation import pointer_from_loc as pointer_from_loc
from servicekit.requestid import current_request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("servicekit.problems")

_TITLES = {
    400: "Requête invalide",
    401: "Authentification requise",
    403: "Accès refusé",
    404: "Ressource introuvable",
    405: "Méthode non autorisée",
    409: "Conflit",
    413: "Requête trop volumineuse",
    415: "Type de contenu non pris en charge",
    422: "Données invalides",
    429: "Trop de requêtes",
    500: "Erreur interne",
    502: "Service en erreur",
    503: "Service indisponible",
    504: "Service trop lent",
}
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


class FieldError(dict[str, str]):
    """One invalid field: {pointer, message}."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(pointer=pointer, message=message)


class Problem(Exception):
    """A domain error answered as problem+json. `code` is the stable machine word of API.md."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        code: str | None = None,
        title: str | None = None,
        errors: list[FieldError] | list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code or _CODES.get(status, "error")
        self.title = title or _TITLES.get(status, "Erreur")
        self.errors = errors
        self.headers = headers
        self.extra = extra or {}


class DomainError(Problem):
    """Base of the domains' errors: each subclass declares `status`, `code` and a French `title`.

        class HorsPerimetre(DomainError):
            status = 403
            code = "hors_perimetre"
            title = "Hors de votre périmètre"

        raise HorsPerimetre("Cette session relève d'un lot qui n'est pas le vôtre.")
        raise DonneesInvalides("Dates incohérentes.", errors=[FieldError("/fin", "Avant le début.")])

    `detail` (French, for a human) and `errors[]` (one {pointer, message} per invalid field) belong to
    each raise; `detail` defaults to the title. Rendered by `install_problem_handlers` like any
    `Problem`; list the classes a route can raise in `responses=problem_responses(...)`.
    """

    status: int = 400
    code: str = "bad_request"
    title: str = "Requête invalide"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        cls = type(self)
        super().__init__(
            cls.status,
            detail or cls.title,
            code=cls.code,
            title=cls.title,
            errors=errors,
            headers=headers,
            extra=extra,
        )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not 400 <= cls.status <= 599:
            raise TypeError(f"{cls.__name__}: status {cls.status} n'est pas une erreur HTTP")


class InvalidData(DomainError):
    """422 with one entry per invalid field in `errors[]` (what request validation also answers)."""

    status = 422
    code = "validation_error"
    title = "Données invalides"


class AuthenticationRequired(DomainError):
    """401: no token, or a token refused (servicekit.auth answers `unauthorized` or `invalid_token`)."""

    status = 401
    code = "unauthorized"
    title = "Authentification requise"


class TokenRefused(DomainError):
    """401: a bearer token that is malformed, forged, expired or revoked (servicekit.auth)."""

    status = 401
    code = "invalid_token"
    title = "Authentification requise"


class InsufficientScope(DomainError):
    """403: the token lacks the operation's scope (servicekit.auth.require_scopes)."""

    status = 403
    code = "insufficient_scope"
    title = "Accès refusé"


# What every authenticated route can answer, whatever it does: `problem_responses(*AUTHENTICATED, ...)`.
AUTHENTICATED: tuple[type[DomainError], ...] = (
    AuthenticationRequired,
    TokenRefused,
    InsufficientScope,
    InvalidData,
)


# The body of every problem answer, as documented in the OpenAPI (a plain schema: no $ref to resolve).
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "Problème (RFC 9457)",
    "required": ["type", "title", "status", "detail", "code"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "request_id": {"type": ["string", "null"]},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["pointer", "message"],
                "properties": {"pointer": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def problem_responses(*errors: type[DomainError]) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: one problem+json answer per status, its codes listed and exemplified.

    `@router.post("/x", responses=problem_responses(HorsPerimetre, SessionComplete, InvalidData))`.
    Two classes with the same status share the entry (one example each). Declaring 422 replaces
    FastAPI's default `HTTPValidationError`, which is not what the handlers answer.
    """
    by_status: dict[int, list[type[DomainError]]] = {}
    for error in errors:
        by_status.setdefault(error.status, [])
        if error not in by_status[error.status]:
            by_status[error.status].append(error)
    responses: dict[int | str, dict[str, Any]] = {}
    for status in sorted(by_status):
        classes = by_status[status]
        codes = [error.code for error in classes]
        schema = {**PROBLEM_SCHEMA, "properties": {**PROBLEM_SCHEMA["properties"], "code": {"enum": codes}}}
        examples = {
            error.code: {
                "summary": error.title,
                "value": problem_body(status, error.title, code=error.code, title=error.title),
            }
            for error in classes
        }
        responses[status] = {
            "description": " ; ".join(f"{error.title} (`{error.code}`)" for error in classes),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": schema, "examples": examples}},
        }
    return responses


class Answered(Exception):
    """A dependency that already holds the whole answer (an idempotent replay) raises it: sent as is."""

    def __init__(self, response: Response) -> None:
        super().__init__("réponse déjà connue")
        self.response = response


def invalid(pointer: str, message: str, *, code: str = "validation_error", status: int = 422) -> Problem:
    """Shortcut for a single invalid field (an `InvalidData` unless another code or status is asked)."""
    if code == InvalidData.code and status == InvalidData.status:
        return InvalidData(message, errors=[FieldError(pointer, message)])
    return Problem(status, message, code=code, errors=[FieldError(pointer, message)])


def not_found(what: str, code: str = "not_found") -> Problem:
    return Problem(404, f"{what} introuvable.", code=code)


def problem_body(
    status: int,
    detail: str,
    *,
    code: str | None = None,
    title: str | None = None,
    errors: list[Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"https://prf.example/problemes/{code or _CODES.get(status, 'error')}",
        "title": title or _TITLES.get(status, "Erreur"),
        "status": status,
        "detail": detail,
        "code": code or _CODES.get(status, "error"),
        "request_id": current_request_id(),
    }
    if errors is not None:
        body["errors"] = errors
    if extra:
        body.update(extra)
    return body


def problem_response(
    status: int,
    detail: str,
    *,
    code: str | None = None,
    title: str | None = None,
    errors: list[Any] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body = problem_body(status, detail, code=code, title=title, errors=errors, extra=extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, exc: Problem) -> JSONResponse:
        return problem_response(
            exc.status,
            exc.detail,
            code=exc.code,
            title=exc.title,
            errors=exc.errors,
            headers=exc.headers,
            extra=exc.extra,
        )

    @app.exception_handler(Answered)
    async def _answered(_: Request, exc: Answered) -> Response:
        return exc.response

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            FieldError(pointer_from_loc(err.get("loc", ())), french_message(err)) for err in exc.errors()
        ]
        first = errors[0] if errors else None
        detail = f"{first['pointer']} : {first['message']}" if first else "Données invalides."
        return problem_response(422, detail, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Erreur")
        if exc.status_code == 404 and detail == "Not Found":
            detail = "Cette adresse n'existe pas."
        if exc.status_code == 405:
            detail = "Méthode non autorisée sur cette adresse."
        return problem_response(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("erreur inattendue", exc_info=exc)
        return problem_response(500, "Une erreur inattendue est survenue ; elle a été journalisée.")
