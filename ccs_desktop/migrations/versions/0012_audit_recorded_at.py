"""audit events: recorded_at, stamped by the server; the audit chain head is moved by the database

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08

`audit_events.recorded_at` is when the shared database recorded the event; the event's hash covers it. On
PostgreSQL the security install (`migrations/security.py`, run again here) adds the trigger that checks each
new event follows the chain head and carries the server's stamp, and moves the head; workstation roles may
no longer write `audit_chain_head`. It also moves login roles into the database's own group roles.
Events written before this revision have no `recorded_at` and verify as before.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ccs_desktop.migrations import security
from ccs_desktop.models.base import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recorded_at", UTCDateTime(), nullable=True))
    security.install(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute('DROP TRIGGER IF EXISTS trg_audit_events_append ON "audit_events"')
        op.execute("DROP FUNCTION IF EXISTS ccs_audit_append()")
        op.execute("DROP FUNCTION IF EXISTS ccs_audit_head_for_append()")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("recorded_at")
