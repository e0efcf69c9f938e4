from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict
from servicekit.settings import DEMO_INTERNAL_SECRET, ServiceSettings


class GatewaySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    service_name: str = "gateway"
    client_id: str = "prf-gateway"
    port: int = 8000
    # Public base URL of the gateway: the issuer of its tokens.
    public_url: str = ""
    access_token_ttl: int = 600
    # Upstreams: empty → the service runs inside this process (embedded mode).
    catalog_url: str = ""
    parcours_url: str = ""
    indicators_url: str = ""
    upstream_timeout: float = 30.0
    # Secret of the internal service clients (prf-parcours, prf-indicators…).
    internal_secret: SecretStr = SecretStr(DEMO_INTERNAL_SECRET)
    # The built SPA (frontend/dist); a placeholder page is served when it is missing.
    spa_dir: Path = Path("frontend/dist")

    def issuer(self) -> str:
        return (self.public_url or f"http://localhost:{self.port}").rstrip("/")

    def public_jwks_file(self) -> Path:
        return self.jwks_file or (self.data_dir / "jwks.json")

    def check_production(self) -> None:
        if self.env == "production" and self.internal_secret.get_secret_value() == DEMO_INTERNAL_SECRET:
            raise ValueError("gateway : le secret interne de démonstration est refusé en production")
