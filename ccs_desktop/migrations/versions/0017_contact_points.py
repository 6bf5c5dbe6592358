"""contact points: consent when and how, why a number is bad, email consent and use; scrub files

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

- phones.consent_at, phones.consent_how: when and how the consumer consented to calls at the number;
  phones.bad_reason: why it is marked bad ("wrong_number", "disconnected").
- emails.consent, consent_at, consent_how: the consumer's consent to email them at the address (an employer-provided
  address may be used only with it, or once the consumer wrote from it: 12 CFR 1006.22(f)(3));
  emails.consumer_used: the consumer wrote to the agency from the address.
- scrub_files: each scrub or skip-trace file imported, by its SHA-256 (unique: imported once).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ccs_desktop.migrations.helpers import install_change_sequence, sqlite_rebuilds
from ccs_desktop.models.base import JSONType, UTCDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("phones") as batch_op:
        batch_op.add_column(sa.Column("consent_at", UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("consent_how", sa.String(40), nullable=True))
        batch_op.add_column(sa.Column("bad_reason", sa.String(40), nullable=True))
    with op.batch_alter_table("emails") as batch_op:
        batch_op.add_column(sa.Column("consent", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("consent_at", UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("consent_how", sa.String(40), nullable=True))
        batch_op.add_column(sa.Column("consumer_used", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "scrub_files",
        sa.Column("received_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("person_count", sa.Integer(), nullable=False),
        sa.Column("summary", JSONType, nullable=True),
        sa.Column("imported_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["imported_by"], ["users.id"], name=op.f("fk_scrub_files_imported_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scrub_files")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_scrub_files_file_sha256")),
    )
    with op.batch_alter_table("scrub_files") as batch_op:
        batch_op.create_index(batch_op.f("ix_scrub_files_server_seq"), ["server_seq"], unique=False)
    install_change_sequence()  # the new table's server_seq is stamped like every synced table's


def downgrade() -> None:
    op.drop_table("scrub_files")
    with sqlite_rebuilds():
        with op.batch_alter_table("emails") as batch_op:
            for column in ("consumer_used", "consent_how", "consent_at", "consent"):
                batch_op.drop_column(column)
        with op.batch_alter_table("phones") as batch_op:
            for column in ("bad_reason", "consent_how", "consent_at"):
                batch_op.drop_column(column)
