"""The ONE list of PRF's processes and their settings: infra/k8s/base is generated from it
(scripts/gen_k8s.py) and docker-compose.yml is checked against it (tests/system/test_infra_manifests.py),
so the two deployments cannot drift. Adding a service = one line in SERVICES (+ its extra settings)."""

from __future__ import annotations

PORT = 8000
IMAGE = "prf"
# Services behind the gateway, each with its own schema, migrations and settings prefix.
SERVICES = ["catalog", "parcours", "indicators", "echanges"]
# Settings a service has beyond the common ones: name -> compose expression (secret when in SECRETS).
EXTRA: dict[str, dict[str, str]] = {"parcours": {"NIR_PEPPER": "${PRF_NIR_PEPPER}"}}
# Compose ${VAR} -> key of the Kubernetes Secret `prf-secrets` that holds the same value.
SECRETS = {
    "${PRF_INTERNAL_SECRET}": "internal-secret",
    "${PRF_NIR_PEPPER}": "nir-pepper",
    "DATABASE_URL": "database-url",
}
# Compose ${VAR} -> key of the ConfigMap `prf-config` (not secret, differs per installation).
CONFIG = {"${PRF_PUBLIC_URL}": "public-url"}
# Settings whose value each overlay picks (ConfigMap `prf-config`), whatever compose writes.
CONFIG_BY_SUFFIX = {"_DEMO": "demo"}
DATABASE_URL = "postgresql+asyncpg://prf:${POSTGRES_PASSWORD}@postgres:5432/prf"


def service_env(name: str) -> dict[str, str]:
    """Environment of one service process, as compose writes it."""
    p = name.upper() + "_"
    env = {
        "ENV": "production",
        "DATABASE_URL": DATABASE_URL,
        "DB_SCHEMA": name,
        "MIGRATE_ON_START": "false",
        "JWKS_URL": f"http://gateway:{PORT}/.well-known/jwks.json",
        "TOKEN_ISSUER": "${PRF_PUBLIC_URL}",
        "GATEWAY_URL": f"http://gateway:{PORT}",
        "CLIENT_SECRET": "${PRF_INTERNAL_SECRET}",
        "DEMO": "false",
        **EXTRA.get(name, {}),
    }
    return {p + k: v for k, v in env.items()}


def gateway_env() -> dict[str, str]:
    env = {
        "ENV": "production",
        "PORT": str(PORT),
        "PUBLIC_URL": "${PRF_PUBLIC_URL}",
        "DATABASE_URL": DATABASE_URL,
        "DB_SCHEMA": "gateway",
        "MIGRATE_ON_START": "false",
        "DATA_DIR": "/tmp/prf",
        "INTERNAL_SECRET": "${PRF_INTERNAL_SECRET}",
        **{f"{s.upper()}_URL": f"http://{s}:{PORT}" for s in SERVICES},
        "SPA_DIR": "/app/frontend/dist",
        "DEMO": "false",
    }
    return {"GATEWAY_" + k: v for k, v in env.items()}


def processes() -> dict[str, dict[str, str]]:
    """Every process (the gateway first) -> its environment."""
    return {"gateway": gateway_env(), **{s: service_env(s) for s in SERVICES}}


def secret_key(name: str, value: str) -> str | None:
    """The `prf-secrets` key a setting comes from in Kubernetes, None for a plain value."""
    if name.endswith("_DATABASE_URL"):
        return SECRETS["DATABASE_URL"]
    return SECRETS.get(value)


def config_key(name: str, value: str) -> str | None:
    """The `prf-config` key a setting comes from in Kubernetes, None for a value written in the manifest."""
    for suffix, key in CONFIG_BY_SUFFIX.items():
        if name.endswith(suffix):
            return key
    return CONFIG.get(value)
