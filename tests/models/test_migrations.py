"""Schema upgrades on both backends, refusal of a newer schema, the SQLite backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ccs_desktop import db
from ccs_desktop.models import Base, Client, Placement, new_id


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def test_upgrade_from_empty_sqlite_creates_every_table(tmp_path):
    engine, _ = db.open_database(f"sqlite:///{(tmp_path / 'new.sqlite3').as_posix()}")
    try:
        assert db.current_revision(engine) == db.head_revision()
        assert set(Base.metadata.tables) <= _tables(engine)
        assert db.upgrade(engine) is False  # already at head: nothing applied
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_upgrade_from_empty_postgres_matches_the_models(pg_empty_url):
    engine, _ = db.open_database(pg_empty_url)
    try:
        assert db.current_revision(engine) == db.head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_downgrade_and_upgrade_again(sqlite_url):
    engine = db.make_engine(sqlite_url)
    try:
        command.downgrade(db.alembic_config(engine), "base")
        assert "accounts" not in _tables(engine)
        assert db.upgrade(engine) is True
        assert "accounts" in _tables(engine)
    finally:
        engine.dispose()


def test_a_schema_newer_than_this_version_is_refused(sqlite_url):
    engine = db.make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    with pytest.raises(db.SchemaTooNewError, match="newer than this version"):
        db.open_database(sqlite_url)


def test_unreachable_shared_database_is_a_clear_error():
    with pytest.raises(db.DatabaseError, match="Cannot reach the database"):
        db.open_database("postgresql://nobody@127.0.0.1:1/none")


def test_sqlite_backup_is_a_consistent_copy(sqlite_url, tmp_path):
    engine = db.make_engine(sqlite_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO app_settings (key, value, created_at, updated_at, row_version) "
                                 "VALUES ('k', '{}', '2026-01-01', '2026-01-01', 1)")
        backup = db.backup_sqlite(engine, db.head_revision())
    finally:
        engine.dispose()
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT key FROM app_settings").fetchall() == [("k",)]


def test_placements_already_holding_a_repeated_file_still_upgrade(sqlite_url):
    """Only a race could have placed one file twice for a client; such a database keeps opening (without the unique
    index) instead of refusing to start."""
    engine = db.make_engine(sqlite_url)
    try:
        command.downgrade(db.alembic_config(engine), "0009")
        with db.session_factory(engine)() as s, s.begin():
            # Through Core with the columns revision 0009 has (the model's clients table has grown since).
            client_id = new_id()
            s.execute(sa.insert(Client.__table__).values(id=client_id, code="NWB", name="Northwind Bank"))
            for name in ("may.csv", "may-again.csv"):
                s.add(Placement(client_id=client_id, received_at=dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc),
                                file_name=name, file_sha256="ab" * 32))
        assert db.upgrade(engine) is True
        assert db.current_revision(engine) == db.head_revision()
        assert "uq_placements_client_file" not in {i["name"] for i in sa.inspect(engine).get_indexes("placements")}
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_sign_in_that_may_not_change_the_schema_is_told_to_ask_it_and_nothing_changes(pg_empty_url):
    owner = db.make_engine(pg_empty_url)
    command.upgrade(db.alembic_config(owner), "0009")
    role = f"clerk_{uuid.uuid4().hex[:8]}"
    with owner.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{sa.make_url(pg_empty_url).database}" TO {role}')
        conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT, UPDATE ON alembic_version TO {role}")
    clerk = sa.make_url(pg_empty_url).set(username=role).render_as_string(hide_password=False)
    try:
        with pytest.raises(db.DatabaseError, match="Ask IT to run `ccs-desktop db upgrade` as the database owner"):
            db.open_database(clerk)
        assert db.current_revision(owner) == "0009"  # the failed upgrade left the schema as it was
    finally:
        with owner.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
        owner.dispose()


def test_upgrade_names_each_teams_only_supervisor_member_its_supervisor(db_url):
    """Who a supervisor answers for is `teams.supervisor_id` alone (services/access.py); a database where a team's
    supervisor was known only by membership keeps its supervisor after the upgrade. A team with two supervisor
    members, or none, is left for an admin."""
    from ccs_desktop.models import Team
    from ccs_desktop.models.enums import Role
    from tests.factories import make_user

    engine = db.make_engine(db_url)
    try:
        command.downgrade(db.alembic_config(engine), "0012")
        with db.session_factory(engine)() as s, s.begin():
            one, two, none = Team(name="One"), Team(name="Two"), Team(name="None")
            s.add_all([one, two, none])
            s.flush()
            sam = make_user(s, Role.SUPERVISOR, team_id=one.id)
            make_user(s, Role.COLLECTOR, team_id=one.id)
            make_user(s, Role.SUPERVISOR, team_id=two.id)
            make_user(s, Role.SUPERVISOR, team_id=two.id)
            make_user(s, Role.COLLECTOR, team_id=none.id)
        assert db.upgrade(engine) is True
        with db.session_factory(engine)() as s:
            supervisors = dict(s.execute(sa.select(Team.name, Team.supervisor_id)).all())
        assert supervisors == {"One": sam.id, "Two": None, "None": None}
    finally:
        engine.dispose()
