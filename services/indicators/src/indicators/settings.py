from typing import Annotated

from fastapi import Depends
from pydantic_settings import SettingsConfigDict

from servicekit.settings import ServiceSettings, settings_dependency


class IndicatorsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INDICATORS_", extra="ignore")

    service_name: str = "indicators"
    client_id: str = "prf-indicators"
    # Cells whose denominator is under this are suppressed for every audience but the Région.
    seuil_secret: int = 5
    # Feed polling: seconds between two reads when idle (freshness ≤ 5 s), events per page.
    poll_enabled: bool = True
    poll_interval: float = 1.0
    feed_page_size: int = 1000


SettingsDep = Annotated[IndicatorsSettings, Depends(settings_dependency(IndicatorsSettings))]
