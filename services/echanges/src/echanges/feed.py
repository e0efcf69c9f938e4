"""The background loops: one poller per producer feed, started with the service."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI

from echanges.consumer import Consumer
from echanges.settings import EchangesSettings
from servicekit.settings import settings_of

log = logging.getLogger("echanges.feed")


async def start_consumer(app: FastAPI) -> None:
    settings = settings_of(app, EchangesSettings)
    app.state.consumer = Consumer(app.state.database, app.state.gateway, page_size=settings.feed_page_size)


def poller(source: str) -> Callable[[FastAPI], Awaitable[None]]:
    async def loop(app: FastAPI) -> None:
        settings = settings_of(app, EchangesSettings)
        if not settings.poll_enabled:
            return
        consumer: Consumer = app.state.consumer
        delay = settings.poll_interval
        while True:
            try:
                await consumer.sync(source)
                delay = settings.poll_interval
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # producer not up yet, gateway restarting…
                log.warning("lecture du flux %s impossible : %s", source, exc)
                delay = min(max(delay * 2, settings.poll_interval), 10.0)
            await asyncio.sleep(delay)

    loop.__name__ = f"poll_{source}"
    return loop
