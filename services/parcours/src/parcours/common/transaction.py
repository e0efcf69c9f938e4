"""How a use case ends: what the caller keeps with the change (the idempotent answer), then one commit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")
Keep = Callable[[Any], Awaitable[Any]]  # servicekit `Once.keep`: stores the answer with the change


async def keep_nothing(_: Any) -> None:
    return None


async def commit(session: AsyncSession, answer: T, keep: Keep) -> T:
    """Stores `answer` beside the change (same transaction) and commits; the caller rolls back on error."""
    await keep(answer)
    await session.commit()
    return answer
