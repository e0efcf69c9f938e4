# PRF — the README's commands. `make run` and `make test` set everything up on a fresh clone.
SHELL := /bin/bash
PORT ?= 8000
DATA_DIR ?= var
DEMO ?= 1
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PYTEST_ARGS ?=
# Two workers: most of a test's time is I/O (SQLite fsync, PostgreSQL, in-process HTTP).
PYTEST_WORKERS ?= 2

.PHONY: run run-multi test test-python test-frontend lint sync uv spa bench migration clean

uv:
	@command -v uv >/dev/null 2>&1 || test -x $(HOME)/.local/bin/uv || python3 -m pip install --quiet --user uv

sync: uv
	@$(UV) sync --quiet

spa:
	@if [ -f frontend/package.json ] && command -v npm >/dev/null 2>&1; then \
		echo "Construction de l'interface (frontend/)…"; \
		cd frontend && ( [ -d node_modules ] || npm ci --no-audit --no-fund ) && npm run build; \
	else echo "npm absent ou pas d'interface : page d'attente servie à /"; fi

## Everything in one process: gateway + the three services, SQLite under $(DATA_DIR).
run: sync spa
	GATEWAY_PORT=$(PORT) GATEWAY_DATA_DIR=$(DATA_DIR) GATEWAY_DEMO=$$( [ "$(DEMO)" = 0 ] && echo false || echo true ) \
		$(UV) run python -m gateway

## One uvicorn per service behind the gateway (same data, same URLs).
run-multi: sync spa
	PORT=$(PORT) DATA_DIR=$(DATA_DIR) DEMO=$(DEMO) $(UV) run python scripts/run_multi.py

lint: sync
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy libs/servicekit/src services/catalog/src services/parcours/src services/indicators/src gateway/src

test-python: sync
	$(UV) run pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "— même suite sur PostgreSQL ($$TEST_DATABASE_URL) —"; \
		$(UV) run pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS); \
	else echo "TEST_DATABASE_URL absent : passe PostgreSQL sautée"; fi

test-frontend:
	@if [ -f frontend/package.json ]; then \
		cd frontend && ( [ -d node_modules ] || npm ci --no-audit --no-fund ) && UV=$(UV) npm test; \
	fi

test: lint test-python test-frontend

bench: sync
	$(UV) run python -m bench

## make migration svc=catalog msg="add sessions"
migration: sync
	$(UV) run python scripts/revision.py $(svc) "$(msg)"

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
