from pydantic_settings import SettingsConfigDict
from servicekit.settings import ServiceSettings


class CatalogSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")

    service_name: str = "catalog"
    client_id: str = "prf-catalog"
    # Reference data set loaded at first start (one JSON file per Région under catalog/data/).
    region: str = "pdl"
