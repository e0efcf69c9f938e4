"""The background loops: one poller per feed, started with the service."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI

from indicators.feed.consumer import Consumer
from indicators.projection.contracts import log_check
from indicators.settings import IndicatorsSettings
from servicekit.feedreader import poll_forever
from servicekit.settings import settings_of

log = logging.getLogger("indicators.feed")


async def start_consumer(app: FastAPI) -> None:
    settings = settings_of(app, IndicatorsSettings)
    log_check()  # the payload models against the producers' committed schemas: mismatches logged
    app.state.consumer = Consumer(
        app.state.database,
        app.state.gateway,
        page_size=settings.feed_page_size,
        registry=getattr(app.state, "metrics_registry", None),
    )


def poller(source: str) -> Callable[[FastAPI], Awaitable[None]]:
    async def loop(app: FastAPI) -> None:
        settings = settings_of(app, IndicatorsSettings)
        if not settings.poll_enabled:
            return
        consumer: Consumer = app.state.consumer
        await poll_forever(lambda: consumer.sync(source), settings.poll_interval, source, log)

    loop.__name__ = f"poll_{source}"
    return loop
