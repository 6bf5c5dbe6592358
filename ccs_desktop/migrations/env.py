"""Alembic environment: the engine comes from the application (``config.attributes['engine']``)."""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import context

from ccs_desktop.models import Base

target_metadata = Base.metadata

_RENAME = re.compile(r"\s*ALTER\s+TABLE\s+\S+\s+RENAME\s+TO\s", re.IGNORECASE)


def _rename_unchecked(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
    """SQLite: batch mode rebuilds a table as a copy and renames the copy; while the table is away, the triggers of
    other tables that name it (0020's on persons and account_parties) must not be checked, so the rename alone
    runs with legacy_alter_table (which leaves other objects' text as it is)."""
    if _RENAME.match(statement):
        cursor.execute("PRAGMA legacy_alter_table = ON")


def _rename_done(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
    if _RENAME.match(statement):
        cursor.execute("PRAGMA legacy_alter_table = OFF")


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine")
    if engine is None:
        from .. import config as app_config
        from ccs_desktop.db import make_engine

        url = context.config.get_main_option("sqlalchemy.url") or app_config.load().effective_database_url()
        engine = make_engine(url)
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            sa.event.listen(connection, "before_cursor_execute", _rename_unchecked)
            sa.event.listen(connection, "after_cursor_execute", _rename_done)
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
