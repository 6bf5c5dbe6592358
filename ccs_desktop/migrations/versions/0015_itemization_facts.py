"""accounts: which reference date the itemization date is, and the account number on it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

Reg F's validation notice prints the itemization date, the amount owed on it and the account number the debt had on
it (12 CFR 1006.34(c)(2)(iv), (vi), (vii)); the itemization date must be one of five reference dates
(1006.34(b)(3): last statement, charge-off, last payment, transaction, judgment). ``itemization_date`` and
``itemization_balance`` exist since 0001; this adds ``itemization_reference`` (checked against the five, like the
other closed vocabularies of 0011) and ``itemization_account_number``. Existing rows keep NULL: their notices are
refused until a placement file gives the facts, never invented from the placement or creation date.

SQLite and PostgreSQL both take the column with its CHECK constraint in one ``ADD COLUMN`` (no table rebuild).
"""
from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

REFERENCES = ("last_statement", "charge_off", "last_payment", "transaction", "judgment")


def upgrade() -> None:
    allowed = ", ".join(f"'{v}'" for v in REFERENCES)
    op.execute("ALTER TABLE accounts ADD COLUMN itemization_reference VARCHAR(16) "
               f"CONSTRAINT ck_accounts_itemization_reference CHECK (itemization_reference IN ({allowed}))")
    op.execute("ALTER TABLE accounts ADD COLUMN itemization_account_number VARCHAR(40)")


def downgrade() -> None:
    op.execute("ALTER TABLE accounts DROP COLUMN itemization_account_number")
    op.execute("ALTER TABLE accounts DROP COLUMN itemization_reference")
