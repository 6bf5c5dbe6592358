"""documents received for an account; the guided call's right-party verification and disclosure reason

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-07

`documents` keeps each file received for an account (a dispute letter, proof of debt, a bankruptcy notice, an
attorney's letter of representation) once per account and SHA-256; it is append-only and travels with a
checked-out account like the notes. Contact attempts gain `verification` (the right-party verification the
collector made before disclosing anything) and `disclosure_reason` (why a conversation went without the
mini-Miranda disclosure; the supervisor's call log flags such a conversation). A client may have a call
script (`clients.call_script`) the workspace shows beside the record panel.

On PostgreSQL the new table gets its server sequence trigger here and its grants and row-level security from
`db.upgrade` (migrations/security.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import ccs_desktop.models.base
from ccs_desktop.migrations.helpers import install_change_sequence, sqlite_rebuilds

revision = "0019"
down_revision = "0017"
branch_labels = None
depends_on = None

KINDS = "'dispute_letter', 'proof_of_debt', 'bankruptcy_notice', 'attorney_letter', 'other'"


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.Enum("dispute_letter", "proof_of_debt", "bankruptcy_notice", "attorney_letter", "other",
                                  name="documentkind", native_enum=False, create_constraint=False, length=24),
                  nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", ccs_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attached_by", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ccs_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f("ck_documents_kind")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f("fk_documents_account_id_accounts")),
        sa.ForeignKeyConstraint(["attached_by"], ["users.id"], name=op.f("fk_documents_attached_by_users")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_documents_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("account_id", "sha256", name="uq_documents_account_sha256"),
    )
    op.create_index("ix_documents_account_received", "documents", ["account_id", "received_at"])
    op.create_index(op.f("ix_documents_server_seq"), "documents", ["server_seq"])
    with op.batch_alter_table("contact_attempts") as batch:
        batch.add_column(sa.Column("disclosure_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("verification", sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()),
                                                                          "postgresql"), nullable=True))
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("call_script", sa.Text(), nullable=True))
    install_change_sequence()


def downgrade() -> None:
    with sqlite_rebuilds():
        with op.batch_alter_table("clients") as batch:
            batch.drop_column("call_script")
        with op.batch_alter_table("contact_attempts") as batch:
            batch.drop_column("verification")
            batch.drop_column("disclosure_reason")
    op.drop_index(op.f("ix_documents_server_seq"), table_name="documents")
    op.drop_index("ix_documents_account_received", table_name="documents")
    op.drop_table("documents")
