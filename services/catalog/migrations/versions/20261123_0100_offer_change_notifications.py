"""offer change notifications: a statement trigger on every offer table sends pg_notify at commit

PostgreSQL only. Each catalogue process LISTENs on `prf_catalog_offre` and forgets its cached places
searches when a write to its own schema (the payload) is committed, whoever made it
(catalog.search.changes). A table added to the offer later needs the same trigger:
tests/test_offer_cache.py checks every table but the outbox and the idempotency answers has it.

Revision ID: 5b1e0c7d2a93
Revises: 18d3fa4c9071
Create Date: 2026-11-23 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e0c7d2a93"
down_revision: str | None = "18d3fa4c9071"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OFFER_TABLES = (
    "referentiel",
    "organisme",
    "marche",
    "lot",
    "formation",
    "action_formation",
    "session_formation",
    "reservation",
    "module_additionnel",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        sa.text(
            "CREATE OR REPLACE FUNCTION prf_offre_modifiee() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            "  PERFORM pg_notify('prf_catalog_offre', TG_TABLE_SCHEMA);\n"
            "  RETURN NULL;\n"
            "END $$"
        )
    )
    for table in OFFER_TABLES:
        op.execute(
            sa.text(
                f"CREATE TRIGGER offre_modifiee AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION prf_offre_modifiee()"
            )
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in OFFER_TABLES:
        op.execute(sa.text(f"DROP TRIGGER IF EXISTS offre_modifiee ON {table}"))
    op.execute(sa.text("DROP FUNCTION IF EXISTS prf_offre_modifiee()"))
