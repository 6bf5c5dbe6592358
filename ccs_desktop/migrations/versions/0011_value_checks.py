"""closed vocabularies checked by the database; sync conflicts know their account

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

Every column whose values come from an enum in ``models/enums.py`` gets a CHECK constraint
``ck_<table>_<column>`` (the models declare the same ones), so one row with an unknown value (``outcome='bogus'``
written with psql) cannot make every later read of that table fail. The allowed values are written out here as they
were at this revision: a later enum change needs its own migration.

A table that already holds a value outside its list keeps working: on PostgreSQL the constraint is added
``NOT VALID`` (new and changed rows are checked, the old row is left for an admin to correct), on SQLite that
column's constraint is not added; either way the upgrade says which table, column and values to look at.

``sync_conflicts.account_id``: the account a conflict is about, filled by the server when it records one, so
row-level security can show a conflict only to those who may see its account.
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

LANGUAGE = ("en", "es")
CHANNEL = ("call", "sms", "email", "letter")
OUTCOME = ("no_answer", "voicemail", "busy", "not_connected", "conversation", "wrong_party", "sent")
PAYMENT_METHOD = ("card", "ach", "check", "cash", "client_direct")

CHECKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "accounts": (("debt_type", ("consumer", "student_loan", "commercial")),
                 ("status", ("open", "paid", "settled", "closed", "recalled"))),
    "account_parties": (("role", ("consumer", "cosigner", "attorney", "third_party")),),
    "result_codes": (("outcome", OUTCOME), ("channel", CHANNEL)),
    "contact_attempts": (("channel", CHANNEL), ("direction", ("outbound", "inbound")), ("outcome", OUTCOME)),
    "disputes": (("received_via", ("written", "oral")),
                 ("status", ("open", "proof_requested", "proof_received", "verification_sent", "resolved")),
                 ("resolution", ("upheld", "corrected", "account_closed"))),
    "letter_templates": (("language", LANGUAGE),),
    "letters": (("language", LANGUAGE),),
    "payments": (("method", PAYMENT_METHOD),),
    "balance_transactions": (("kind", ("placement", "payment", "reversal", "adjustment", "interest", "fee",
                                       "settlement_write_off")),),
    "persons": (("language", LANGUAGE),),
    "phones": (("type", ("home", "cell", "work", "other")),),
    "compliance_flags": (("kind", ("attorney_represented", "cease_requested", "bankruptcy", "deceased", "hardship",
                                   "complaint", "work_contact_prohibited", "dispute_unverified")),),
    "consents": (("channel", CHANNEL),),
    "promises": (("kind", ("single", "plan", "settlement")), ("frequency", ("weekly", "biweekly", "monthly", "custom")),
                 ("method", PAYMENT_METHOD),
                 ("status", ("pending_approval", "active", "kept", "broken", "cancelled", "rejected"))),
    "instalments": (("state", ("due", "kept", "partly_kept", "broken")),),
    "users": (("role", ("collector", "supervisor", "admin")), ("language", LANGUAGE)),
}

# SQLite rebuilds a table to add a constraint; expression indexes are not carried over by the rebuild.
SQLITE_EXPRESSION_INDEXES = {
    "accounts": "CREATE INDEX IF NOT EXISTS ix_accounts_queue ON accounts (assigned_to, status, priority_score DESC, id)",
}


def _condition(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _bad_values(bind: sa.Connection, table: str, column: str, values: tuple[str, ...]) -> list[str]:
    rows = bind.execute(sa.text(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                                f"AND NOT ({_condition(column, values)})")).scalars()
    return [str(v) for v in rows]


def _sqlite_foreign_keys(bind: sa.Connection, on: bool) -> None:
    """SQLite rebuilds a table (new table, copy, drop, rename) to add a constraint; dropping a table other tables
    refer to fails while foreign keys are enforced, and the pragma only takes effect outside a transaction (SQLite
    DDL is not transactional for Alembic anyway). Turning them on again first proves the rebuilt tables still
    satisfy every foreign key."""
    dbapi = bind.connection.dbapi_connection
    if dbapi.in_transaction:
        dbapi.commit()
    if on:
        problems = bind.exec_driver_sql("PRAGMA foreign_key_check").all()
        if problems:
            raise RuntimeError(f"foreign keys broken by the table rebuild: {problems[:5]}")
    bind.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if not postgres:
        _sqlite_foreign_keys(bind, False)
    for table, columns in CHECKS.items():
        wanted = []
        for column, values in columns:
            bad = _bad_values(bind, table, column, values)
            if bad:
                log.warning("%s.%s holds values outside its list (%s): %s", table, column, ", ".join(sorted(bad)),
                            "new and changed rows are checked (constraint added NOT VALID); correct these rows"
                            if postgres else "the constraint is not added until these rows are corrected")
            if postgres:
                op.execute(f'ALTER TABLE "{table}" ADD CONSTRAINT "ck_{table}_{column}" '
                           f"CHECK ({_condition(column, values)})" + (" NOT VALID" if bad else ""))
            elif not bad:
                wanted.append((column, values))
        if wanted:
            with op.batch_alter_table(table, recreate="always") as batch_op:
                for column, values in wanted:
                    batch_op.create_check_constraint(op.f(f"ck_{table}_{column}"), _condition(column, values))
            if table in SQLITE_EXPRESSION_INDEXES:
                op.execute(SQLITE_EXPRESSION_INDEXES[table])
    with op.batch_alter_table("sync_conflicts") as batch_op:
        batch_op.add_column(sa.Column("account_id", sa.Uuid(), nullable=True))
        batch_op.create_index("ix_sync_conflicts_account_id", ["account_id"], unique=False)
    if not postgres:
        _sqlite_foreign_keys(bind, True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        _sqlite_foreign_keys(bind, False)
    with op.batch_alter_table("sync_conflicts") as batch_op:
        batch_op.drop_index("ix_sync_conflicts_account_id")
        batch_op.drop_column("account_id")
    for table, columns in CHECKS.items():
        if bind.dialect.name == "postgresql":
            for column, _values in columns:
                op.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "ck_{table}_{column}"')
            continue
        present = {c["name"] for c in sa.inspect(bind).get_check_constraints(table)}
        names = [f"ck_{table}_{column}" for column, _values in columns if f"ck_{table}_{column}" in present]
        if names:
            with op.batch_alter_table(table, recreate="always") as batch_op:
                for name in names:
                    batch_op.drop_constraint(op.f(name), type_="check")
            if table in SQLITE_EXPRESSION_INDEXES:
                op.execute(SQLITE_EXPRESSION_INDEXES[table])
    if bind.dialect.name != "postgresql":
        _sqlite_foreign_keys(bind, True)
