"""oauth2 server tables

Revision ID: 9777852cdff5
Revises: 4a4c6f118905
Create Date: 2026-11-22 19:08:16.109798
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import servicekit.models

revision: str = '9777852cdff5'
down_revision: str | None = '4a4c6f118905'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows (a skeleton database) get defaults for the new oauth_client columns.
    op.create_table('account',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('nom', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('org_type', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('demo', sa.Boolean(), nullable=False),
    sa.Column('external_issuer', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('external_sub', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('created_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', servicekit.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_external_sub'), ['external_sub'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_username'), ['username'], unique=True)

    op.create_table('authorization_code',
    sa.Column('code_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('redirect_uri', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('code_challenge', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('code_challenge_method', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('nonce', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('family_id', sa.Uuid(), nullable=False),
    sa.Column('auth_time', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', servicekit.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_authorization_code'))
    )
    op.create_table('broker_login',
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('nonce', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('code_verifier', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('authorize_query', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('expires_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('state', name=op.f('pk_broker_login'))
    )
    op.create_table('login_throttle',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('window_start', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('blocked_until', servicekit.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle'))
    )
    op.create_table('refresh_token',
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('family_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('issued_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('session_expires_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('auth_time', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', servicekit.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', servicekit.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_refresh_token'))
    )
    with op.batch_alter_table('refresh_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refresh_token_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refresh_token_family_id'), ['family_id'], unique=False)

    op.create_table('used_assertion',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('expires_at', servicekit.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_used_assertion'))
    )
    with op.batch_alter_table('oauth_client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('token_endpoint_auth_method', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False, server_default='client_secret_basic'))
        batch_op.add_column(sa.Column('jwks', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False, server_default='partenaire'))
        batch_op.add_column(sa.Column('secret_rotated_at', servicekit.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('updated_at', servicekit.models.UTCDateTime(timezone=True), nullable=False, server_default='2026-01-01 00:00:00'))

    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('oauth_client', schema=None) as batch_op:
        batch_op.drop_column('updated_at')
        batch_op.drop_column('secret_rotated_at')
        batch_op.drop_column('kind')
        batch_op.drop_column('jwks')
        batch_op.drop_column('token_endpoint_auth_method')

    op.drop_table('used_assertion')
    with op.batch_alter_table('refresh_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refresh_token_family_id'))
        batch_op.drop_index(batch_op.f('ix_refresh_token_account_id'))

    op.drop_table('refresh_token')
    op.drop_table('login_throttle')
    op.drop_table('broker_login')
    op.drop_table('authorization_code')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_username'))
        batch_op.drop_index(batch_op.f('ix_account_external_sub'))

    op.drop_table('account')
    # ### end Alembic commands ###
