"""accounts.tz_group: text without a length limit

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

`Account.tz_group` holds every candidate time zone of the consumer (compliance.location.person_zones), "|"-joined.
An Alaska number alone has seven zones, and a consumer with an address in one state and numbers from others can
have more than 200 characters of them; cutting the list would drop zones the calling hours must be checked in.
SQLite does not enforce a VARCHAR length, so only PostgreSQL's column changes.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("accounts", "tz_group", type_=sa.Text(), existing_type=sa.String(200), existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("accounts", "tz_group", type_=sa.String(200), existing_type=sa.Text(), existing_nullable=True,
                        postgresql_using="left(tz_group, 200)")
