"""valid_to on the fact histories: as_of reads `recorded_at <= D < valid_to` (a filter, not a probe)

Revision ID: 7b1e0c2d9a51
Revises: 4175c253aa43
Create Date: 2026-12-02 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import servicekit.models

revision: str = "7b1e0c2d9a51"
down_revision: str | None = "4175c253aa43"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HISTORIES = {
    "f_session_hist": "session_id",
    "f_lot_hist": "lot_id",
    "f_candidature_hist": "candidature_id",
    "f_parcours_hist": "parcours_id",
}


def upgrade() -> None:
    for table, key in HISTORIES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("valid_to", servicekit.models.UTCDateTime(), nullable=True))
        # Backfill: the earliest recorded_at among the later versions of the key (one SQL for both dialects).
        op.execute(
            f"UPDATE {table} SET valid_to = (SELECT min(l.recorded_at) FROM {table} l "
            f"WHERE l.{key} = {table}.{key} AND l.seq > {table}.seq)"
        )


def downgrade() -> None:
    for table in HISTORIES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("valid_to")
