"""Request headers shared by the services' partner endpoints."""

from typing import Annotated

from fastapi import Header

# API.md: partner POSTs accept an Idempotency-Key; a replay with the same body returns the first answer.
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key")]
