"""`make spa`: build the SPA only when `frontend/` changed since the last build.

A warm `make run` must not spend ~25 s rebuilding an interface nobody touched. The build writes a digest
of every source file (paths and contents, not mtimes: a fresh clone or a checkout changes those) beside
the bundle, in `dist/.sources-sha256`; the next start compares it and skips npm when it matches.
`npm ci` runs again when `package-lock.json` changed since the last install (`node_modules/.lock-sha256`),
so a pull that adds a dependency does not break the build.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

FRONTEND = Path(__file__).resolve().parents[1] / "frontend"
# Outputs, caches and test artefacts: nothing in them is an input of `npm run build`.
IGNORED = {"node_modules", "dist", "test-results", "playwright-report", ".vite", "coverage"}
SOURCES_STAMP = ".sources-sha256"
LOCK_STAMP = ".lock-sha256"

Runner = Callable[[list[str], Path], None]


def _files(frontend: Path) -> Iterator[Path]:
    # os.walk with pruning: never descend into node_modules (tens of thousands of files).
    for directory, subdirs, names in os.walk(frontend):
        subdirs[:] = sorted(d for d in subdirs if d not in IGNORED)
        for name in sorted(names):
            yield Path(directory, name)


def sources_digest(frontend: Path) -> str:
    digest = hashlib.sha256()
    for path in _files(frontend):
        digest.update(path.relative_to(frontend).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _stamp(path: Path) -> str:
    return path.read_text().strip() if path.is_file() else ""


def _npm(args: list[str], cwd: Path) -> None:
    subprocess.run(["npm", *args], cwd=cwd, check=True)


def ensure_dependencies(frontend: Path = FRONTEND, run: Runner = _npm) -> None:
    """`npm ci` when node_modules is missing or older than package-lock.json."""
    lock = _file_digest(frontend / "package-lock.json")
    modules = frontend / "node_modules"
    if not modules.is_dir() or _stamp(modules / LOCK_STAMP) != lock:
        run(["ci", "--no-audit", "--no-fund"], frontend)
        modules.mkdir(exist_ok=True)
        (modules / LOCK_STAMP).write_text(lock + "\n")


def ensure_built(frontend: Path = FRONTEND, run: Runner = _npm) -> str:
    """Builds `frontend/dist` if its sources changed; returns what it did, in French, for the console."""
    digest = sources_digest(frontend)
    dist = frontend / "dist"
    if (dist / "index.html").is_file() and _stamp(dist / SOURCES_STAMP) == digest:
        return "interface à jour (frontend/ inchangé depuis la dernière construction)"
    ensure_dependencies(frontend, run)
    print("construction de l'interface (frontend/)…", flush=True)
    run(["run", "build"], frontend)
    dist.mkdir(exist_ok=True)
    (dist / SOURCES_STAMP).write_text(digest + "\n")
    return "interface construite (frontend/dist)"


def main() -> int:
    if not (FRONTEND / "package.json").is_file():
        print("pas d'interface (frontend/package.json absent) : page d'attente servie à /")
        return 0
    if shutil.which("npm") is None:
        print("npm absent (Node.js ≥ 20 requis pour l'interface) : page d'attente servie à /")
        return 0
    try:
        if sys.argv[1:] == ["--dependencies"]:  # `make test-frontend`: node_modules only
            ensure_dependencies()
        else:
            print(ensure_built())
    except subprocess.CalledProcessError as exc:
        print(f"construction de l'interface en échec ({' '.join(exc.cmd)})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
