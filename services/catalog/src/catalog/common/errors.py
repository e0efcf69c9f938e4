"""Collect every invalid field of a request, then answer them all at once (422, problem+json)."""

from servicekit.problems import FieldError, InvalidData


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
            raise InvalidData(f"{first['pointer']} : {first['message']}", errors=list(self.items))
