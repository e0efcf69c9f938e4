"""The background loops: one poller per producer feed, started with the service."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI

from echanges.consumer import Consumer
from echanges.settings import EchangesSettings
from servicekit.feedreader import poll_forever
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
        await poll_forever(lambda: consumer.sync(source), settings.poll_interval, source, log)

    loop.__name__ = f"poll_{source}"
    return loop
