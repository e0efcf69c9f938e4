from pydantic_settings import SettingsConfigDict
from servicekit.settings import ServiceSettings


class IndicatorsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INDICATORS_", extra="ignore")

    service_name: str = "indicators"
    client_id: str = "prf-indicators"
    # Cells whose denominator is under this are suppressed for every audience but the Région.
    seuil_secret: int = 5
