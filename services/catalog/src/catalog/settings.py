"""The catalogue's settings (env prefix CATALOG_) and the typed dependency that hands them to routes."""

from typing import Annotated

from fastapi import Depends
from pydantic_settings import SettingsConfigDict

from servicekit.settings import ServiceSettings, settings_dependency


class CatalogSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")

    service_name: str = "catalog"
    client_id: str = "prf-catalog"
    # Reference data set loaded at first start (one JSON file per Région under catalog/data/).
    region: str = "pdl"
    # A hold lapses this many days after it was recorded unless the entry confirms it.
    hold_ttl_days: int = 15
    # How often the background sweep releases lapsed holds.
    sweep_interval_seconds: float = 300.0
    # Largest LHÉO document accepted by the import (bytes).
    lheo_max_bytes: int = 20_000_000
    # The offer is small and stays in memory: index pages cost what table pages do. At the default
    # (4.0) the planner counted current sessions with a table scan, twice slower than the index.
    db_server_settings: dict[str, str] = {"random_page_cost": "1.1"}
    # Places-search answers kept in memory until the offer changes (0: no cache). About 20 kB each.
    search_cache_entries: int = 1000


SettingsDep = Annotated[CatalogSettings, Depends(settings_dependency(CatalogSettings))]
