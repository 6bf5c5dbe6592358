"""agency_profile: the agency's identity as one record

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

Letters took the agency's name, address, phone and hours from two settings with two different built-in defaults
(`letters.agency` for notices and template letters, `agency.profile` for arrangement confirmations). One record
now holds the agency's legal and trade name, address, phone, hours, web site, dispute email, payment address,
licence numbers by state and time zone. A database that had either setting gets a record made from it (the
letterhead setting wins where both name a value); a database without one gets none until an administrator fills
it in, and letters say so instead of printing another agency's name.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import ccs_desktop.models.base
from ccs_desktop.migrations.helpers import install_change_sequence

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "agency_profile",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("trade_name", sa.String(length=200), nullable=True),
        sa.Column("address_lines", JSON, nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("hours_es", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("payment_address_lines", JSON, nullable=False),
        sa.Column("licences", JSON, nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("updated_at", ccs_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", ccs_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_agency_profile_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_profile")),
    )
    with op.batch_alter_table("agency_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_profile_server_seq"), ["server_seq"], unique=False)
    install_change_sequence()
    _from_old_settings()


def _from_old_settings() -> None:
    bind = op.get_bind()
    settings = sa.table("app_settings", sa.column("key", sa.String), sa.column("value", JSON))
    old = dict(bind.execute(sa.select(settings.c.key, settings.c.value)
                            .where(settings.c.key.in_(("letters.agency", "agency.profile")))).all())
    if not old:
        return
    arrangement: dict[str, Any] = old.get("agency.profile") or {}
    letterhead: dict[str, Any] = old.get("letters.agency") or {}
    hours = arrangement.get("hours") if isinstance(arrangement.get("hours"), dict) else {}
    name = letterhead.get("name") or arrangement.get("name")
    if not name:
        return
    address = letterhead.get("address_lines") or arrangement.get("address") or []
    now = dt.datetime.now(dt.timezone.utc)
    table = sa.table("agency_profile", *(sa.column(c) for c in (
        "id", "legal_name", "address_lines", "phone", "hours", "hours_es", "website", "email",
        "payment_address_lines", "licences", "time_zone", "updated_at", "row_version", "created_at")))
    table.c.address_lines.type = table.c.payment_address_lines.type = table.c.licences.type = JSON
    table.c.updated_at.type = table.c.created_at.type = ccs_desktop.models.base.UTCDateTime()
    bind.execute(table.insert().values(
        id=1, legal_name=name, address_lines=list(address), phone=letterhead.get("phone") or arrangement.get("phone", ""),
        hours=letterhead.get("hours") or hours.get("en", ""), hours_es=letterhead.get("hours_es") or hours.get("es", ""),
        website=letterhead.get("website"), email=letterhead.get("email"), payment_address_lines=[], licences={},
        time_zone=letterhead.get("time_zone") or "America/New_York", updated_at=now, row_version=1, created_at=now))


def downgrade() -> None:
    with op.batch_alter_table("agency_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_profile_server_seq"))
    op.drop_table("agency_profile")
