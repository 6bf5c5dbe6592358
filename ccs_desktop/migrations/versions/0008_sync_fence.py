"""offline sync: outbox order column; change fence on the server sequence

Revision ID: 0008
Revises: 0001
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ccs_desktop.migrations.helpers import install_change_fence

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_seq"), ["seq"], unique=False)
    install_change_fence()


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_seq"))
        batch_op.drop_column("seq")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION ccs_stamp_server_seq() RETURNS trigger AS $$
            BEGIN
                NEW.server_seq := nextval('ccs_change_seq');
                RETURN NEW;
            END
            $$ LANGUAGE plpgsql
            """
        )
