"""call-log indexes: contact attempts and audit events of one kind newest first, paged by (at, id)

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-23
"""
from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_contact_attempts_at_id", ["at", "id"], unique=False)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_action_at", ["action", "at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_action_at")
    with op.batch_alter_table("contact_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_attempts_at_id")
