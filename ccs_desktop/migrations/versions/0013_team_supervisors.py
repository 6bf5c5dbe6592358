"""teams: a team without a supervisor gets the one supervisor who is a member of it; the one access rule

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

Who a supervisor answers for is now decided only by ``teams.supervisor_id`` (services/access.py): being a member
of a team grants nothing. Until now several places also let a supervisor see the members of the team they
belonged to, so a database where a team's supervisor was recorded only by membership would leave that supervisor
with nobody to supervise. Each team without a supervisor whose members include exactly one supervisor gets that
supervisor; a team with none or several is left for an admin and named in the log.

On PostgreSQL, `db.upgrade` then reinstalls the row-level security policies, which are generated from the same rule.
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

_MEMBERS = "FROM users u WHERE u.team_id = teams.id AND u.role = 'supervisor'"


def upgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text(
        f"UPDATE teams SET supervisor_id = (SELECT u.id {_MEMBERS}) "
        f"WHERE supervisor_id IS NULL AND (SELECT COUNT(*) {_MEMBERS}) = 1"))
    left = bind.execute(sa.text("SELECT name FROM teams WHERE supervisor_id IS NULL ORDER BY name")).scalars().all()
    if left:
        log.warning("teams without a supervisor (their members' accounts are seen by their collectors and by admins "
                    "only until an admin names one): %s", ", ".join(left))


def downgrade() -> None:
    pass  # which supervisors were named by the upgrade is not recorded; they stay
