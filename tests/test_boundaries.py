"""The house's walls: no service imports another (they talk over HTTP and share only libs/), every
`<service>.app` follows servicekit's convention, and inside the catalogue the search sits below the writers."""

import ast
import importlib
import re
import typing
from pathlib import Path

import pytest
from fastapi import FastAPI

from servicekit.convention import ServiceModule
from servicekit.factory import ServiceSpec
from servicekit.settings import ServiceSettings

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ["catalog", "parcours", "indicators"]
CATALOG = ROOT / "services" / "catalog" / "src" / "catalog"


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def _imported_roots(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imported(path)}


@pytest.mark.parametrize("service", SERVICES)
def test_service_imports_no_other_service(service):
    others = (set(SERVICES) | {"gateway"}) - {service}
    offenders = []
    for path in (ROOT / "services" / service).rglob("*.py"):
        hit = _imported_roots(path) & others
        if hit:
            offenders.append(f"{path.relative_to(ROOT)} importe {sorted(hit)}")
    assert offenders == []


def test_servicekit_imports_no_service():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "libs").rglob("*.py")
        if _imported_roots(p) & (set(SERVICES) | {"gateway"})
    ]
    assert offenders == []


def test_the_check_sees_imports():
    # Guard against a scanner that finds nothing: it must see this file's own imports.
    assert {"ast", "pathlib", "pytest"} <= _imported_roots(Path(__file__))


@pytest.mark.parametrize("service", [*SERVICES, "gateway"])
def test_each_service_app_module_follows_the_convention(service):
    module = importlib.import_module(f"{service}.app")
    assert isinstance(module, ServiceModule)
    settings_cls = typing.get_type_hints(module.settings_from_env)["return"]
    assert issubclass(settings_cls, ServiceSettings) and settings_cls is not ServiceSettings
    assert settings_cls.model_config["env_prefix"] == f"{service.upper()}_"
    create_hints = typing.get_type_hints(module.create_app)
    assert create_hints["settings"] == settings_cls | None
    assert create_hints["return"] is FastAPI
    spec = module.service_spec()
    assert isinstance(spec, ServiceSpec) and spec.name == service


# What the catalogue's search may lean on: data definitions and the shared helpers, never a writer.
SEARCH_MAY_IMPORT = re.compile(
    r"^catalog\.(search(\..+)?|common(\..+)?|db|errors|settings|\w+\.(models|schemas))(\.\w+)?$"
)


def test_catalog_search_imports_no_writer():
    offenders = []
    for path in (CATALOG / "search").rglob("*.py"):
        for name in _imported(path):
            if name.split(".")[0] == "catalog" and not SEARCH_MAY_IMPORT.match(name):
                offenders.append(f"{path.relative_to(ROOT)} importe {name}")
    assert offenders == []
    # The writers do call down into it (else the rule above guards nothing).
    assert "catalog.search.index" in _imported(CATALOG / "formations" / "service.py")


# "Is this PostgreSQL?" is asked of servicekit.db.is_postgres, nowhere else.
DIALECT_QUESTION = re.compile(r"dialect\.name|get_backend_name|\.sqlite\b|startswith\(.(sqlite|postgres)")


@pytest.mark.parametrize(
    "tree",
    [
        "libs/servicekit/src",
        "services/catalog/src",
        "services/catalog/tests",
        "services/parcours/src",
        "services/indicators/src",
        "gateway/src",
    ],
)
def test_the_backend_is_asked_one_way(tree):
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / tree).rglob("*.py")
        if path.name != "db.py" or "servicekit" not in path.parts
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if DIALECT_QUESTION.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "tree", ["services/catalog/src", "services/parcours/src", "services/indicators/src", "gateway/src"]
)
def test_settings_are_read_typed(tree):
    # settings_dependency / settings_of check the class; a bare app.state.settings is Any.
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / tree).rglob("*.py")
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if "state.settings" in line and "state.settings =" not in line
    ]
    assert offenders == []
