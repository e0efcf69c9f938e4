"""docker-compose.yml is valid and consistent with the code (no Docker engine runs here to try it)."""

import importlib
import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
APPS = {"gateway": "GATEWAY_", "catalog": "CATALOG_", "parcours": "PARCOURS_", "indicators": "INDICATORS_", "echanges": "ECHANGES_"}
ENV = {
    "POSTGRES_PASSWORD": "s3cret",
    "PRF_INTERNAL_SECRET": "interne-xyz",
    "PRF_PUBLIC_URL": "https://prf.example",
    "PRF_NIR_PEPPER": "poivre-xyz",
}
_VAR = re.compile(r"\$\{([A-Z_]+)(?::?[-?][^}]*)?\}")


def _interpolate(text: str, env: dict[str, str]) -> str:
    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in env:
            return env[name]
        spec = match.group(0)
        if ":?" in spec or "?" in spec.split(name, 1)[1][:2]:
            raise KeyError(f"variable obligatoire absente : {name}")
        default = spec.split(":-", 1)[1][:-1] if ":-" in spec else ""
        return default

    return _VAR.sub(sub, text)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(_interpolate((ROOT / "docker-compose.yml").read_text(), ENV))


def test_required_secrets_are_enforced():
    with pytest.raises(KeyError, match="POSTGRES_PASSWORD"):
        _interpolate((ROOT / "docker-compose.yml").read_text(), {})


def test_every_process_and_postgres_are_there(compose):
    services = compose["services"]
    assert set(services) == {"postgres", *APPS}
    assert "healthcheck" in services["postgres"]
    for name in APPS:
        deps = services[name]["depends_on"]
        assert deps["postgres"]["condition"] == "service_healthy"
        for dep in deps:
            assert dep in services and "healthcheck" in services[dep]


def test_the_image_builds_from_files_that_exist(compose):
    build = compose["services"]["gateway"]["build"]
    dockerfile = ROOT / build["context"] / build["dockerfile"]
    assert dockerfile.is_file()
    for line in dockerfile.read_text().splitlines():
        if line.startswith("COPY ") and "--from" not in line:
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), f"{source} absent du dépôt"
    for name in APPS:
        command = compose["services"][name]["command"]
        assert command[:2] == ["migrate-and-serve", name]
    assert (ROOT / "infra" / "migrate-and-serve.sh").stat().st_mode & 0o111


@pytest.mark.parametrize("name", list(APPS))
def test_environment_matches_the_settings(compose, name, monkeypatch):
    environment = compose["services"][name]["environment"]
    module = importlib.import_module(f"{name}.app")
    settings_cls = type(module.settings_from_env())
    fields = set(settings_cls.model_fields)
    for key in environment:
        assert key.startswith(APPS[name]), f"{key} n'a pas le préfixe {APPS[name]}"
        assert key.removeprefix(APPS[name]).lower() in fields, f"{key} ne correspond à aucun réglage"
    for key in list(os.environ):
        if key.startswith(APPS[name]):
            monkeypatch.delenv(key)
    for key, value in environment.items():
        monkeypatch.setenv(key, str(value))
    settings = settings_cls()
    assert settings.env == "production"
    settings.check_production()  # no demo secret left
    assert settings.resolved_database_url().startswith("postgresql+asyncpg://prf:s3cret@postgres")
    assert settings.resolved_schema() == name


def test_gateway_routes_to_the_compose_services(compose):
    env = compose["services"]["gateway"]["environment"]
    for name in ("catalog", "parcours", "indicators", "echanges"):
        assert env[f"GATEWAY_{name.upper()}_URL"] == f"http://{name}:8000"
