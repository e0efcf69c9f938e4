#!/usr/bin/env bash
# The merged OpenAPI of the services as committed at a revision (default HEAD), ignoring uncommitted work in
# the tree: `scripts/openapi-at-commit.sh [REV] > spec.json`, then `PRF_OPENAPI_FILE=spec.json npm run gen:api`.
# The project's virtualenv runs it; PYTHONPATH puts the revision's sources before the editable installs.
set -euo pipefail
rev="${1:-HEAD}"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
git -C "$root" archive "$rev" gateway services libs frontend/scripts | tar -x -C "$tree"
paths="$tree/gateway/src:$tree/libs/servicekit/src"
for s in "$tree"/services/*/src; do paths="$paths:$s"; done
cd "$tree" && PYTHONPATH="$paths" PYTHONWARNINGS=ignore "$root/.venv/bin/python" frontend/scripts/dump_openapi.py
