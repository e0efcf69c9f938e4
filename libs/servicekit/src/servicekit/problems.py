"""RFC 9457 problem+json: one exception type for domain errors, handlers for everything else."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

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


def invalid(pointer: str, message: str, *, code: str = "validation_error", status: int = 422) -> Problem:
    """Shortcut for a single invalid field."""
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


def pointer_from_loc(loc: tuple[Any, ...] | list[Any]) -> str:
    """('body', 'stagiaire', 'sexe') → /stagiaire/sexe ; ('query', 'page') → /page."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


_PYDANTIC_FR = {
    "missing": "Champ obligatoire.",
    "string_type": "Une chaîne de caractères est attendue.",
    "int_parsing": "Un nombre entier est attendu.",
    "int_type": "Un nombre entier est attendu.",
    "float_parsing": "Un nombre est attendu.",
    "float_type": "Un nombre est attendu.",
    "bool_parsing": "Un booléen (true/false) est attendu.",
    "bool_type": "Un booléen (true/false) est attendu.",
    "date_from_datetime_parsing": "Une date au format AAAA-MM-JJ est attendue.",
    "date_parsing": "Une date au format AAAA-MM-JJ est attendue.",
    "date_type": "Une date au format AAAA-MM-JJ est attendue.",
    "datetime_parsing": "Un horodatage ISO 8601 est attendu.",
    "datetime_from_date_parsing": "Un horodatage ISO 8601 est attendu.",
    "uuid_parsing": "Un identifiant (UUID) est attendu.",
    "uuid_type": "Un identifiant (UUID) est attendu.",
    "enum": "Valeur non autorisée.",
    "literal_error": "Valeur non autorisée.",
    "greater_than_equal": "Valeur trop petite.",
    "greater_than": "Valeur trop petite.",
    "less_than_equal": "Valeur trop grande.",
    "less_than": "Valeur trop grande.",
    "string_too_short": "Texte trop court.",
    "string_too_long": "Texte trop long.",
    "string_pattern_mismatch": "Format invalide.",
    "extra_forbidden": "Champ inconnu.",
    "json_invalid": "JSON invalide.",
    "model_attributes_type": "Un objet JSON est attendu.",
    "dict_type": "Un objet JSON est attendu.",
    "list_type": "Une liste est attendue.",
    "too_short": "Liste trop courte.",
    "too_long": "Liste trop longue.",
}


def french_message(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "value_error":
        # Our own validators raise ValueError with a French message.
        msg = str(err.get("msg", ""))
        return msg.removeprefix("Value error, ")
    base = _PYDANTIC_FR.get(kind)
    if base is None:
        return str(err.get("msg", "Valeur invalide."))
    ctx = err.get("ctx") or {}
    if kind in ("enum", "literal_error") and "expected" in ctx:
        return f"{base} Attendu : {ctx['expected']}."
    if kind in ("greater_than_equal", "greater_than") and ctx:
        return f"{base} Minimum : {ctx.get('ge', ctx.get('gt'))}."
    if kind in ("less_than_equal", "less_than") and ctx:
        return f"{base} Maximum : {ctx.get('le', ctx.get('lt'))}."
    return base


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
