"""audit hash chain: position and empreinte on each entry, existing entries chained in (at, id) order

Revision ID: a7c41e9d2f30
Revises: 7d3a9e51c2b8
Create Date: 2026-12-02 14:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from parcours.audit.chain import FIELDS, GENESE, link
from servicekit.models import UTCDateTime

revision: str = "a7c41e9d2f30"
down_revision: str | None = "7d3a9e51c2b8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_audit = sa.table(
    "audit",
    sa.column("id", sa.Uuid()),
    sa.column("at", UTCDateTime()),
    *(sa.column(name, sa.String()) for name in FIELDS[2:-2]),
    sa.column("stagiaire_id", sa.Uuid()),
    sa.column("detail", sa.JSON()),
    sa.column("position", sa.BigInteger()),
    sa.column("empreinte", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("empreinte", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_audit_position", ["position"])
    bind = op.get_bind()
    columns = [_audit.c[name] for name in FIELDS]
    rows = [dict(r._mapping) for r in bind.execute(sa.select(*columns).order_by(_audit.c.at, _audit.c.id))]
    link(rows, 0, GENESE)
    for row in rows:
        bind.execute(
            _audit.update()
            .where(_audit.c.id == row["id"])
            .values(position=row["position"], empreinte=row["empreinte"])
        )


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_position", type_="unique")
        batch_op.drop_column("empreinte")
        batch_op.drop_column("position")
