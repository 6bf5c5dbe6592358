"""Alembic environment: the engine comes from the application (``config.attributes['engine']``)."""

from __future__ import annotations

from alembic import context

from ccs_desktop.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine")
    if engine is None:
        from .. import config as app_config
        from ccs_desktop.db import make_engine

        url = context.config.get_main_option("sqlalchemy.url") or app_config.load().effective_database_url()
        engine = make_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table and renames the copy: the triggers of other tables that name it
            # (0020's on persons and account_parties) must not be checked against the table while it is away.
            connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")
            connection.commit()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        try:
            with context.begin_transaction():
                context.run_migrations()
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
                connection.commit()


run_migrations_online()
