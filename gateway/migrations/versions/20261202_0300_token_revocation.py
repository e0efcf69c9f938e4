"""token revocation: recalled access tokens (jti, sid, tokens of an account or client before T)

Revision ID: 3c1d2e4f5a6b
Revises: 9777852cdff5
Create Date: 2026-12-02 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import servicekit.models

revision: str = "3c1d2e4f5a6b"
down_revision: str | None = "9777852cdff5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "token_revocation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("before", sa.Integer(), nullable=False),
        sa.Column("expires_at", servicekit.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", servicekit.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_token_revocation")),
    )
    with op.batch_alter_table("token_revocation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_token_revocation_value"), ["value"], unique=False)
        batch_op.create_index(batch_op.f("ix_token_revocation_expires_at"), ["expires_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("token_revocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_token_revocation_expires_at"))
        batch_op.drop_index(batch_op.f("ix_token_revocation_value"))
    op.drop_table("token_revocation")
