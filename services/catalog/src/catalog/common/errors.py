"""Collect every invalid field of a request, then answer them all at once (422, problem+json)."""

from servicekit.problems import FieldError, Problem


class Errors:
    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def add(self, pointer: str, message: str) -> None:
        self.items.append(FieldError(pointer, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            first = self.items[0]
            raise Problem(422, f"{first['pointer']} : {first['message']}", errors=list(self.items))


def forbidden(detail: str) -> Problem:
    return Problem(403, detail, code="hors_perimetre")


def conflict(detail: str, code: str, pointer: str | None = None) -> Problem:
    errors = [FieldError(pointer, detail)] if pointer else None
    return Problem(409, detail, code=code, errors=errors)
