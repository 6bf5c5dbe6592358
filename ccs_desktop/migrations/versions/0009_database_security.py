"""database security: group roles, grants, row-level security, append-only triggers (PostgreSQL only)

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-23

On SQLite nothing changes: the embedded database is one workstation's and the services enforce the rules.
"""
from __future__ import annotations

from alembic import op

from ccs_desktop.migrations import security

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    security.install(op.get_bind())


def downgrade() -> None:
    security.uninstall(op.get_bind())
