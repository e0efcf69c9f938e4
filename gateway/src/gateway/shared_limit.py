"""Rate limit shared by every gateway replica: a fixed one-minute window per principal, counted in Redis."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger("prf.gateway.ratelimit")

WINDOW_SECONDS = 60


class RedisRateLimiter:
    """`per_minute` requests per key and minute window; INCR and EXPIRE go in one MULTI so no key outlives it.

    Redis unreachable → the request passes (fail open) and a warning is logged: the limiter protects
    against floods, while refusing every request would turn a Redis outage into a full outage.
    """

    def __init__(self, per_minute: int, url: str, prefix: str) -> None:
        self.capacity = per_minute
        self.prefix = prefix
        self.warned_at = float("-inf")
        # Short timeouts: a slow Redis must not hold every request.
        self.redis = Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)

    async def check(self, key: str) -> float:
        """0 when the request may pass, else the seconds until the window ends."""
        now = time.time()
        window = int(now // WINDOW_SECONDS)
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(f"{self.prefix}{key}:{window}")
                pipe.expire(f"{self.prefix}{key}:{window}", WINDOW_SECONDS + 1)
                count, _ = await pipe.execute()
        except (RedisError, OSError) as exc:
            if now - self.warned_at >= WINDOW_SECONDS:  # once a minute, not once per request
                self.warned_at = now
                log.warning("Redis injoignable pour la limite de débit, requêtes laissées passer : %s", exc)
            return 0.0
        if int(count) <= self.capacity:
            return 0.0
        return (window + 1) * WINDOW_SECONDS - now

    async def aclose(self) -> None:
        await self.redis.aclose()


@asynccontextmanager
async def shared_limit_context(app: FastAPI) -> AsyncIterator[None]:
    """Closes the Redis connections of the limiter when the gateway stops."""
    try:
        yield
    finally:
        limiter = getattr(app.state, "rate_limiter", None)
        if isinstance(limiter, RedisRateLimiter):
            await limiter.aclose()
