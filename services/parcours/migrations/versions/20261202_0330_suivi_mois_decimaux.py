"""follow-up months may be decimal (0.5 = a two-week mission): duree_contrat_mois, duree_emploi_mois as double

Revision ID: 7d3a9e51c2b8
Revises: 5c70584f0593
Create Date: 2026-12-02 03:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7d3a9e51c2b8"
down_revision: str | None = "5c70584f0593"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("duree_contrat_mois", "duree_emploi_mois")


def upgrade() -> None:
    with op.batch_alter_table("suivi", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.alter_column(name, existing_type=sa.Integer(), type_=sa.Float(), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("suivi", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.alter_column(
                name,
                existing_type=sa.Float(),
                type_=sa.Integer(),
                existing_nullable=True,
                postgresql_using=f"round({name})::integer",
            )
