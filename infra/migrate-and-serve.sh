#!/bin/sh
# Production start of one service: apply its migrations with alembic, then serve it.
# Usage: migrate-and-serve.sh <catalog|parcours|indicators|echanges|gateway> <port>
set -eu
service="$1"; port="$2"
if [ "$service" = gateway ]; then dir=/app/gateway; else dir="/app/services/$service"; fi
(cd "$dir" && alembic upgrade head)
if [ "$service" = gateway ]; then exec python -m gateway; fi
exec python -m servicekit.serve "$service" --host 0.0.0.0 --port "$port"
