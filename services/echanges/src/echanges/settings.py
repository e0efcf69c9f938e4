from typing import Annotated

from fastapi import Depends
from pydantic_settings import SettingsConfigDict

from servicekit.settings import ServiceSettings, settings_dependency


class EchangesSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="ECHANGES_", extra="ignore")

    service_name: str = "echanges"
    client_id: str = "prf-echanges"
    # Feed polling (seconds between two reads when idle) and events per page.
    poll_enabled: bool = True
    poll_interval: float = 0.5
    feed_page_size: int = 1000
    # Webhooks: http:// URLs only in embedded mode (or when this says so); private addresses refused in
    # production.
    http_autorise: bool = False
    livraison_intervalle: float = 0.1  # seconds between two looks at the due deliveries
    livraison_timeout: float = 5.0  # a receiver slower than this counts as failed
    livraison_concurrence: int = 4  # requests in flight per subscriber (a dead one holds only its own)
    livraison_duree_max_h: float = 24.0  # retries stop after this long
    retry_base_s: float = 10.0  # first retry after this, doubling each time (capped at one hour)
    rotation_chevauchement_h: float = 24.0  # the previous secret still signs for this long


SettingsDep = Annotated[EchangesSettings, Depends(settings_dependency(EchangesSettings))]
