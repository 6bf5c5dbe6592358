"""Pieces migrations share: the server change sequence that stamps ``server_seq`` (PostgreSQL), and SQLite's table
rebuilds with foreign keys held off."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op

GENESIS_HASH = "0" * 64


def _tables_with_server_seq(bind: sa.Connection) -> list[str]:
    inspector = sa.inspect(bind)
    return sorted(
        name for name in inspector.get_table_names() if any(c["name"] == "server_seq" for c in inspector.get_columns(name))
    )


def install_change_sequence() -> None:
    """On PostgreSQL every insert or update of a synced row takes the next server sequence number.

    The SQLite database is a single workstation's (or a cache's, which copies the server's numbers), so
    nothing is installed there.
    """
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE SEQUENCE IF NOT EXISTS ccs_change_seq")
    op.execute(
        """
        CREATE OR REPLACE FUNCTION ccs_stamp_server_seq() RETURNS trigger AS $$
        BEGIN
            NEW.server_seq := nextval('ccs_change_seq');
            RETURN NEW;
        END
        $$ LANGUAGE plpgsql
        """
    )
    install_change_fence()
    for table in _tables_with_server_seq(bind):
        op.execute(f'DROP TRIGGER IF EXISTS trg_{table}_server_seq ON "{table}"')
        op.execute(
            f'CREATE TRIGGER trg_{table}_server_seq BEFORE INSERT OR UPDATE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION ccs_stamp_server_seq()"
        )


# Advisory lock key of the change fence (any constant; "CCS1" in ASCII).
CHANGE_FENCE_KEY = 0x43435331


def install_change_fence() -> None:
    """Make ``server_seq`` safe to pull up to: every writer holds a shared advisory lock until it commits.

    A sequence number is taken before its transaction commits, so a reader could see number 12 committed
    while 11 is still in flight and move its cursor past 11 for ever. With the fence, a puller takes the
    lock exclusively for an instant: once it has it, every number handed out so far belongs to a finished
    transaction, and ``last_value`` of the sequence is a safe high-water mark (see ``ccs_desktop.sync``).
    """
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION ccs_stamp_server_seq() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock_shared({CHANGE_FENCE_KEY});
            NEW.server_seq := nextval('ccs_change_seq');
            RETURN NEW;
        END
        $$ LANGUAGE plpgsql
        """
    )


def drop_change_sequence() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in _tables_with_server_seq(bind):
        op.execute(f'DROP TRIGGER IF EXISTS trg_{table}_server_seq ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS ccs_stamp_server_seq()")
    op.execute("DROP SEQUENCE IF EXISTS ccs_change_seq")


@contextlib.contextmanager
def sqlite_rebuilds() -> Iterator[None]:
    """Around batch operations that rebuild SQLite tables (new table, copy, drop, rename): dropping a table other
    tables refer to fails while foreign keys are enforced, so they are held off (the pragma only takes effect
    outside a transaction) and checked before they are turned on again, which proves the rebuilt tables still
    satisfy every foreign key. Nothing happens on PostgreSQL."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        yield
        return
    dbapi = bind.connection.dbapi_connection
    if dbapi.in_transaction:
        dbapi.commit()
    bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    try:
        yield
        if dbapi.in_transaction:
            dbapi.commit()
        problems = bind.exec_driver_sql("PRAGMA foreign_key_check").all()
        if problems:
            raise RuntimeError(f"foreign keys broken by the table rebuild: {problems[:5]}")
    finally:
        bind.exec_driver_sql("PRAGMA foreign_keys=ON")
