from pydantic_settings import SettingsConfigDict
from servicekit.settings import ServiceSettings


class ParcoursSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PARCOURS_", extra="ignore")

    service_name: str = "parcours"
    client_id: str = "prf-parcours"
