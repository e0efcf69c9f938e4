# PRF — the README's commands. `make run` and `make test` set everything up on a fresh clone.
SHELL := /bin/bash
PORT ?= 8000
DATA_DIR ?= var
DEMO ?= 1
# uv: the one on PATH, else a former `pip install --user uv`, else our private virtualenv .tools/ (what a
# stock Debian/Ubuntu Python accepts: PEP 668 refuses `pip install --user`, never a virtualenv).
TOOLS := $(CURDIR)/.tools
UV := $(shell command -v uv 2>/dev/null || { test -x $(HOME)/.local/bin/uv && echo $(HOME)/.local/bin/uv; } || echo $(TOOLS)/bin/uv)
# uv trusts the system's certificate store, as pip and curl do (a Région's TLS-inspecting proxy adds its CA
# there); UV_NATIVE_TLS is the same switch for uv before 0.9.
export UV_SYSTEM_CERTS ?= 1
export UV_NATIVE_TLS ?= 1
PYTEST_ARGS ?=
# Two workers: most of a test's time is I/O (SQLite fsync, PostgreSQL, in-process HTTP).
PYTEST_WORKERS ?= 2

.PHONY: k8s run run-multi test test-api-fuzz test-python test-frontend lint sync uv spa bench migration clean

uv:
	@if [ ! -x "$(UV)" ]; then \
		echo "Installation de uv dans .tools/ (environnement virtuel privé du projet)…"; \
		python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
			|| { echo "Python ≥ 3.11 requis (python3 est $$(python3 --version 2>&1))" >&2; exit 1; }; \
		python3 -m venv $(TOOLS) \
			|| { echo "python3 -m venv a échoué : installez le paquet python3-venv (Debian/Ubuntu)" >&2; exit 1; }; \
		echo '*' > $(TOOLS)/.gitignore; \
		$(TOOLS)/bin/pip install --quiet uv; \
	fi

sync: uv
	@$(UV) sync --quiet

## The SPA, rebuilt only when frontend/ changed since the last build (scripts/spa_build.py).
spa: sync
	@$(UV) run --no-sync python scripts/spa_build.py

## Everything in one process: gateway + the three services, SQLite under $(DATA_DIR).
## Bytecode caches are kept even where PYTHONDONTWRITEBYTECODE is set (containers often do): without them
## every start compiles the gateway and its services' dependencies again (≈ 5 s of a warm start).
run: sync spa
	GATEWAY_PORT=$(PORT) GATEWAY_DATA_DIR=$(DATA_DIR) GATEWAY_DEMO=$$( [ "$(DEMO)" = 0 ] && echo false || echo true ) \
		env -u PYTHONDONTWRITEBYTECODE $(UV) run --no-sync python -m gateway

## One uvicorn per service behind the gateway (same data, same URLs).
run-multi: sync spa
	PORT=$(PORT) DATA_DIR=$(DATA_DIR) DEMO=$(DEMO) $(UV) run python scripts/run_multi.py

## Regenerates infra/k8s/base from infra/settings.py (the one list of processes and settings).
k8s: sync
	$(UV) run python scripts/gen_k8s.py

lint: sync
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy libs/servicekit/src services/catalog/src services/parcours/src services/indicators/src services/echanges/src gateway/src

## First pass really on SQLite (TEST_DATABASE_URL removed for it), then the same suite on PostgreSQL when
## TEST_DATABASE_URL is set. -rs lists each pass's own skips with their reason.
test-python: sync
	@echo "— suite Python sur SQLite (fichiers temporaires ; TEST_DATABASE_URL ignoré pour cette passe) —"
	env -u TEST_DATABASE_URL $(UV) run pytest -q -rs -n $(PYTEST_WORKERS) $(PYTEST_ARGS)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "— même suite sur PostgreSQL ($$TEST_DATABASE_URL) —"; \
		$(UV) run pytest -q -rs -n $(PYTEST_WORKERS) $(PYTEST_ARGS); \
	else echo "TEST_DATABASE_URL absent : passe PostgreSQL sautée"; fi

test-frontend: sync
	@if [ -f frontend/package.json ]; then \
		$(UV) run --no-sync python scripts/spa_build.py --dependencies && cd frontend && UV=$(UV) npm test; \
	fi

test: lint test-python test-frontend

## schemathesis over the merged OpenAPI in a throw-away embedded stack, three roles (scripts/api_fuzz.py).
## FUZZ_TIME seconds per role. Not yet in `make test`: the findings listed in docs/security.md come first.
FUZZ_TIME ?= 60
test-api-fuzz: sync
	$(UV) run python scripts/api_fuzz.py --max-time $(FUZZ_TIME)

bench: sync
	$(UV) run python -m bench

## make migration svc=catalog msg="add sessions"
migration: sync
	$(UV) run python scripts/revision.py $(svc) "$(msg)"

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache .tools
