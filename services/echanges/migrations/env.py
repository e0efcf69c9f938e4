from alembic import context

from servicekit.migrations import run_env

run_env(context, "echanges")
