import pytest

from servicekit.settings import ServiceSettings


def test_sqlite_file_per_service_by_default(tmp_path):
    settings = ServiceSettings(service_name="catalog", data_dir=tmp_path)
    assert settings.resolved_database_url() == f"sqlite+aiosqlite:///{tmp_path.as_posix()}/catalog.db"
    assert settings.resolved_schema() == "catalog"


def test_demo_secret_refused_in_production():
    with pytest.raises(ValueError, match="production"):
        ServiceSettings(service_name="parcours", env="production").check_production()
    ServiceSettings(service_name="parcours", env="production", client_secret="vrai-secret").check_production()
