"""the consumer's search name on the account, kept by the database, for search as you type

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08

`accounts.consumer_search_name` is the upper-cased "LAST FIRST" search name (`persons.search_name`) of the
account's consumer (the first consumer party linked), or NULL when it has none or its consumer was pseudonymised
by the retention policy. With the index `ix_accounts_queue_search` (assigned_to, status, consumer_search_name,
priority_score, id), the queue's name search is one index range read of the collector's own accounts instead of
a look-up of every matching person's accounts.

The column is derived, never written by the application: triggers keep it on both backends, so every writer
(placement import, demo generator, retention, edits, sync) keeps it current without knowing it:

- a person's `search_name` or `pseudonymised_at` changes: the accounts they are the consumer of are updated;
- an account party is linked, changed or removed: that account's value is recomputed.

On PostgreSQL the trigger functions are SECURITY DEFINER (a collector renaming a person on one of their accounts
updates the person's other accounts, which row-level security hides from them), and a direct write of the column
by anyone (a workstation's login, a sync push) is replaced by the derived value (`ccs_accounts_search_guard`).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ccs_desktop.migrations.consumer_search import derived, drop, install

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

INDEX_COLUMNS = ["assigned_to", "status", "consumer_search_name", "priority_score", "id"]


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("consumer_search_name", sa.String(length=210), nullable=True))
    # Backfill in one statement, before the triggers exist (no guard to pass, no sequence number per row twice).
    bind.exec_driver_sql(f"UPDATE accounts SET consumer_search_name = {derived('accounts.id')}")
    op.create_index("ix_accounts_queue_search", "accounts", INDEX_COLUMNS)
    install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    drop(bind)
    op.drop_index("ix_accounts_queue_search", table_name="accounts")
    # A plain DROP COLUMN (SQLite 3.35+): a batch rebuild would turn 0015's column CHECK into a table CHECK.
    op.execute("ALTER TABLE accounts DROP COLUMN consumer_search_name")
