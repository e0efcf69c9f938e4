"""Settings base shared by every PRF process; each service subclasses it with its own env prefix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, Request
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEMO_INTERNAL_SECRET = "internal-demo-secret"


class ServiceSettings(BaseSettings):
    """Common settings. `service_name` names the SQLite file and the PostgreSQL schema."""

    model_config = SettingsConfigDict(env_prefix="PRF_", extra="ignore")

    service_name: str = "service"
    env: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path("var")
    # sqlite+aiosqlite:///path or postgresql+asyncpg://user@host/db; empty → SQLite file in data_dir.
    database_url: str = ""
    # PostgreSQL schema owned by this service (defaults to service_name).
    db_schema: str = ""
    # PostgreSQL connections kept open per process: at least the requests it serves at once.
    db_pool_size: int = 20
    # PostgreSQL settings for this service's connections (e.g. planner costs), as `SET` would take them.
    db_server_settings: dict[str, str] = {}
    migrate_on_start: bool = True
    log_level: str = "INFO"
    # Token verification: the gateway's keys, from a file (embedded) or a URL (multi-process).
    jwks_file: Path | None = None
    jwks_url: str = ""
    token_issuer: str = "http://localhost:8000"
    token_audience: str = "prf-api"
    # Where to reach the other services (through the gateway) and this service's own credentials.
    gateway_url: str = "http://localhost:8000"
    client_id: str = ""
    client_secret: SecretStr = SecretStr(DEMO_INTERNAL_SECRET)
    demo: bool = True
    # Set by the gateway when the service runs inside its process (the single-process default).
    embedded: bool = False

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / f'{self.service_name}.db').as_posix()}"

    def resolved_schema(self) -> str:
        return self.db_schema or self.service_name

    def check_production(self) -> None:
        """Refuse demo secrets in production."""
        if self.env == "production" and self.client_secret.get_secret_value() == DEMO_INTERNAL_SECRET:
            raise ValueError(f"{self.service_name}: le secret de démonstration est refusé en production")


S = TypeVar("S", bound=ServiceSettings)


def settings_of(app: Any, cls: type[S]) -> S:
    """The settings `create_app(settings)` was given, typed: `settings_of(app, CatalogSettings)`."""
    settings = app.state.settings
    if not isinstance(settings, cls):
        raise TypeError(f"{type(settings).__name__} n'est pas un {cls.__name__}")
    return settings


def settings_dependency(cls: type[S]) -> Callable[[Request], S]:
    """A route dependency answering the app's settings as `cls`; each service declares its own:

    SettingsDep = Annotated[CatalogSettings, Depends(settings_dependency(CatalogSettings))]
    """

    def dependency(request: Request) -> S:
        return settings_of(request.app, cls)

    return dependency


# The common part only; a service's routes want its own SettingsDep (its fields, typed).
SettingsDep = Annotated[ServiceSettings, Depends(settings_dependency(ServiceSettings))]
