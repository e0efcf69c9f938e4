"""No service package imports another service package (they talk over HTTP and share only libs/)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ["catalog", "parcours", "indicators"]


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


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
