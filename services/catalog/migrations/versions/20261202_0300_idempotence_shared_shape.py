"""idempotent answers in servicekit's one shape: table `idempotence`, keyed by (principal, cle)

The answers already kept are carried over, so a partner retrying across the upgrade still gets its
first answer.

Revision ID: 9c4e2f1a7b30
Revises: 5b1e0c7d2a93
Create Date: 2026-12-02 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import servicekit.models

revision: str = "9c4e2f1a7b30"
down_revision: str | None = "5b1e0c7d2a93"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "principal, cle, empreinte, statut_http, reponse, created_at"


def upgrade() -> None:
    op.create_table(
        "idempotence",
        sa.Column("principal", sa.String(length=160), nullable=False),
        sa.Column("cle", sa.String(length=200), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("statut_http", sa.Integer(), nullable=False),
        sa.Column("reponse", sa.JSON(), nullable=False),
        sa.Column("created_at", servicekit.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("principal", "cle", name=op.f("pk_idempotence")),
    )
    op.execute(f"INSERT INTO idempotence ({COLUMNS}) SELECT {COLUMNS} FROM idempotent_answer")
    op.drop_table("idempotent_answer")


def downgrade() -> None:
    op.create_table(
        "idempotent_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("principal", sa.String(length=160), nullable=False),
        sa.Column("cle", sa.String(length=200), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("statut_http", sa.Integer(), nullable=False),
        sa.Column("reponse", sa.JSON(), nullable=False),
        sa.Column("created_at", servicekit.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotent_answer")),
        sa.UniqueConstraint("principal", "cle", name="uq_idempotent_answer_principal_cle"),
    )
    op.execute(f"INSERT INTO idempotent_answer ({COLUMNS}) SELECT {COLUMNS} FROM idempotence")
    op.drop_table("idempotence")
