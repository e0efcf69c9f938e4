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
    echanges_url: str = ""
    upstream_timeout: float = 30.0
    # Secret of the internal service clients (prf-parcours, prf-indicators…).
    internal_secret: SecretStr = SecretStr(DEMO_INTERNAL_SECRET)
    # The built SPA (frontend/dist); a placeholder page is served when it is missing.
    spa_dir: Path = Path("frontend/dist")

    # --- OAuth2 authorization server -------------------------------------------------------------
    # Authorization codes live this long (RFC 6749 recommends at most 10 minutes).
    authorization_code_ttl: int = 300
    # A refresh token is good this long after it was issued (each use rotates it)…
    refresh_token_ttl: int = 8 * 3600
    # …and a login session (a refresh-token family) never outlives this.
    refresh_session_max_age: int = 24 * 3600
    # Signing-key rotation: the retired key stays published this long (≥ the access-token TTL).
    key_rotation_window: int = 3600
    # Redirect URIs of the SPA besides http://localhost:$PORT/auth/callback and 127.0.0.1
    # (e.g. the Vite dev server: GATEWAY_SPA_EXTRA_REDIRECT_URIS='["http://localhost:5173/auth/callback"]').
    spa_extra_redirect_uris: list[str] = []

    # --- Login throttling ------------------------------------------------------------------------
    login_max_failures_per_user: int = 5
    login_max_failures_per_ip: int = 20
    login_failure_window: int = 900
    login_lockout: int = 900

    # --- Broker mode: an external OpenID Connect provider (Keycloak, ProConnect) ----------------
    broker_issuer: str = ""
    broker_client_id: str = ""
    broker_client_secret: SecretStr = SecretStr("")
    broker_name: str = "ProConnect"
    broker_scope: str = "openid email profile"
    # Claims read to create an account on first login (when auto-provisioning is on).
    broker_role_claim: str = "prf_role"
    broker_org_id_claim: str = "prf_org_id"
    broker_org_type_claim: str = "prf_org_type"
    # Off: only accounts the Région created beforehand (matched by verified e-mail) may log in.
    broker_auto_provision: bool = False
    # Hide the local password form when every person logs in through the provider.
    broker_only: bool = False

    # --- Edge protections ------------------------------------------------------------------------
    # Requests per minute per principal (token subject, else client IP); 0 disables.
    rate_limit_per_minute: int = 600
    # Redis shared by every replica for that limit (redis://host:6379/0); empty → counted in this process.
    redis_url: str = ""
    redis_key_prefix: str = "prf:ratelimit:"
    # Largest request body accepted (bulk attendance, CSV and LHÉO imports need several MB).
    max_body_bytes: int = 20 * 1024 * 1024
    # File uploads that the services read as a stream (attendance CSV, LHÉO): a million-line CSV is ~60 MB.
    max_upload_bytes: int = 200 * 1024 * 1024
    upload_paths: list[str] = ["/api/parcours/v1/presences/import", "/api/catalog/v1/imports/lheo"]
    # Smaller limit for the OAuth endpoints (forms of a few hundred bytes).
    max_auth_body_bytes: int = 64 * 1024
    # Origins allowed to call the API from a browser (CORS); empty → same origin only.
    cors_origins: list[str] = []
    # Content-Security-Policy of the SPA's pages (a Vite build: no inline script). Styles may be inline:
    # react-dsfr injects a small <style> (color-scheme) at run time.
    spa_csp: str = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )
    hsts_max_age: int = 31536000
    # Addresses of the reverse proxies in front of the gateway whose X-Forwarded-For / -Proto are
    # believed (uvicorn's forwarded_allow_ips); empty → none, the TCP peer is the client.
    trusted_proxies: list[str] = []

    # --- Token recall ------------------------------------------------------------------------------
    # Seconds between two reads of the revocations other gateway processes wrote (same database).
    revocation_refresh: float = 1.0

    def issuer(self) -> str:
        return (self.public_url or f"http://localhost:{self.port}").rstrip("/")

    def any_host(self) -> bool:
        """Embedded/development mode without a configured public URL: the gateway answers on whatever
        host name reaches it (localhost, 127.0.0.1, a LAN name), its endpoints and the SPA's callback
        on that same origin; tokens keep the one issuer above. Never in production."""
        return not self.public_url and self.env != "production"

    def base_url(self, request_origin: str) -> str:
        """Where the endpoints are announced: the caller's own origin in any-host mode, else the issuer."""
        return request_origin.rstrip("/") if self.any_host() else self.issuer()

    def public_jwks_file(self) -> Path:
        return self.jwks_file or (self.data_dir / "jwks.json")

    def spa_redirect_uris(self) -> list[str]:
        uris = [
            f"http://localhost:{self.port}/auth/callback",
            f"http://127.0.0.1:{self.port}/auth/callback",
        ]
        if self.public_url:
            uris.append(f"{self.issuer()}/auth/callback")
        for uri in self.spa_extra_redirect_uris:
            if uri not in uris:
                uris.append(uri)
        return uris

    def broker_enabled(self) -> bool:
        return bool(self.broker_issuer and self.broker_client_id)

    def check_production(self) -> None:
        if self.env != "production":
            return
        if self.internal_secret.get_secret_value() == DEMO_INTERNAL_SECRET:
            raise ValueError("gateway : le secret interne de démonstration est refusé en production")
        if not self.public_url.startswith("https://"):
            raise ValueError("gateway : en production, GATEWAY_PUBLIC_URL doit être l'adresse https publique")
        if self.broker_enabled() and not self.broker_issuer.startswith("https://"):
            raise ValueError("gateway : en production, le fournisseur d'identité doit être en https")
