"""`make run` builds the SPA only when frontend/ changed (scripts/spa_build.py), with npm stood in for."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "spa_build.py"


@pytest.fixture
def spa_build():
    spec = importlib.util.spec_from_file_location("spa_build", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeNpm:
    """Records the npm commands and does what they would: node_modules for `ci`, dist/ for `build`."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, args: list[str], cwd: Path) -> None:
        self.calls.append(" ".join(args))
        if args[0] == "ci":
            (cwd / "node_modules").mkdir(exist_ok=True)
        else:
            (cwd / "dist").mkdir(exist_ok=True)
            (cwd / "dist" / "index.html").write_text("<html></html>")


@pytest.fixture
def frontend(tmp_path: Path) -> Path:
    root = tmp_path / "frontend"
    (root / "src").mkdir(parents=True)
    (root / "package.json").write_text('{"name": "x"}')
    (root / "package-lock.json").write_text('{"lockfileVersion": 3}')
    (root / "src" / "App.tsx").write_text("export const App = () => null;")
    return root


def test_second_start_does_not_rebuild_an_unchanged_spa(spa_build, frontend: Path) -> None:
    npm = FakeNpm()
    assert "construite" in spa_build.ensure_built(frontend, npm)
    assert npm.calls == ["ci --no-audit --no-fund", "run build"]

    assert "à jour" in spa_build.ensure_built(frontend, npm)
    assert npm.calls == ["ci --no-audit --no-fund", "run build"]  # npm not invoked again


def test_a_changed_source_rebuilds_without_reinstalling(spa_build, frontend: Path) -> None:
    npm = FakeNpm()
    spa_build.ensure_built(frontend, npm)
    (frontend / "src" / "App.tsx").write_text("export const App = () => 'changé';")
    (frontend / "test-results").mkdir()
    (frontend / "test-results" / "trace.zip").write_text("artefact, not a source")

    assert "construite" in spa_build.ensure_built(frontend, npm)
    assert npm.calls[2:] == ["run build"]
    assert "à jour" in spa_build.ensure_built(frontend, npm)  # test artefacts are not sources


def test_a_new_lock_reinstalls_and_a_missing_bundle_rebuilds(spa_build, frontend: Path) -> None:
    npm = FakeNpm()
    spa_build.ensure_built(frontend, npm)
    (frontend / "package-lock.json").write_text('{"lockfileVersion": 3, "packages": {"new": {}}}')
    spa_build.ensure_built(frontend, npm)
    assert npm.calls[2:] == ["ci --no-audit --no-fund", "run build"]

    (frontend / "dist" / "index.html").unlink()
    spa_build.ensure_built(frontend, npm)
    assert npm.calls[4:] == ["run build"]
