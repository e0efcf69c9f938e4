"""Start the demo generation in the background when asked and nothing exists yet."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from parcours.settings import ParcoursSettings
from servicekit.settings import settings_of

log = logging.getLogger("parcours.demo")


async def start_demo(app: FastAPI) -> None:
    settings = settings_of(app, ParcoursSettings)
    if not settings.demo:
        return
    from parcours.demo.generator import run_when_ready

    task = asyncio.create_task(run_when_ready(app), name="parcours-demo")
    app.state.demo_task = task
    task.add_done_callback(_log_failure)


async def demo_ready(app: FastAPI) -> str | None:
    """Not ready while the demo population is being written: /readyz answers 200 once it is all there."""
    settings = settings_of(app, ParcoursSettings)
    task: asyncio.Task[None] | None = getattr(app.state, "demo_task", None)
    if not settings.demo or task is None or task.done():
        return None
    status = getattr(app.state, "demo_status", None) or {}
    if status.get("etat") == "EN_COURS":
        done, total = status.get("sessions_traitees", 0), status.get("sessions", 0)
        return f"Données de démonstration en cours de chargement ({done}/{total} sessions)."
    return "Données de démonstration en cours de chargement (attente du catalogue)."


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("génération de la démo interrompue", exc_info=task.exception())


@contextlib.asynccontextmanager
async def demo_context(app: FastAPI) -> AsyncIterator[None]:
    """Cancels a demo generation still running at shutdown."""
    try:
        yield
    finally:
        task: asyncio.Task[None] | None = getattr(app.state, "demo_task", None)
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
