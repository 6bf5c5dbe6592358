"""Pieces migrations share: the server change sequence that stamps ``server_seq`` (PostgreSQL)."""

from __future__ import annotations

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
    for table in _tables_with_server_seq(bind):
        op.execute(f'DROP TRIGGER IF EXISTS trg_{table}_server_seq ON "{table}"')
        op.execute(
            f'CREATE TRIGGER trg_{table}_server_seq BEFORE INSERT OR UPDATE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION ccs_stamp_server_seq()"
        )


def drop_change_sequence() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in _tables_with_server_seq(bind):
        op.execute(f'DROP TRIGGER IF EXISTS trg_{table}_server_seq ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS ccs_stamp_server_seq()")
    op.execute("DROP SEQUENCE IF EXISTS ccs_change_seq")
