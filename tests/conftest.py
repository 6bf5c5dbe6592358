"""Shared fixtures: a private app home, a migrated SQLite file, and a fresh PostgreSQL database per run.

PostgreSQL: the server at CCS_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres). A
migrated database is created once per run and emptied before each test that asks for `pg_url`; tests that need
a database of their own ask for `pg_fresh_url` or `pg_empty_url`. Every database is dropped at the end. Without a reachable server the
PostgreSQL tests skip with a message, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import sqlalchemy as sa

from ccs_desktop import db

PG_ADMIN_URL = os.environ.get("CCS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, config and logs of the app under test live in a private folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CCS_DESKTOP_HOME", str(home))
    monkeypatch.delenv("CCS_DESKTOP_SETTINGS", raising=False)
    return home


@pytest.fixture(autouse=True)
def private_keyring(app_home: Path) -> Iterator[object]:
    """Secrets (the offline cache key, remembered passwords) go to a file keyring (keyrings.alt) in the test's
    private folder, never the user's keyring. Tests that need another keyring set their own and put this one
    back."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(app_home / "keyring.cfg")
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


# --- SQLite ----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine, _ = db.open_database(f"sqlite:///{path.as_posix()}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(_sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated, empty SQLite database file of this test's own."""
    target = tmp_path / "ccs.sqlite3"
    shutil.copyfile(_sqlite_template, target)
    return f"sqlite:///{target.as_posix()}"


# --- PostgreSQL --------------------------------------------------------------------------------------


def _admin_engine() -> sa.Engine:
    return sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})


class PgServer:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.created: list[str] = []


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as exc:
        engine.dispose()
        message = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(exc.orig).strip().splitlines()[0]}"
        if IN_CI:
            pytest.fail(f"{message} (CI=true: the PostgreSQL tests must run)")
        pytest.skip(f"{message}; start a PostgreSQL server or set CCS_TEST_PG_URL to run these tests")
    server = PgServer(engine)
    yield server
    from ccs_desktop.migrations import security

    with engine.connect() as conn:
        for name in reversed(server.created):
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # Each database has group roles of its own; with the database gone nothing depends on them.
            for group in security.group_names(name).names:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{group}"')
    engine.dispose()


def _url_for(name: str) -> str:
    return sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def create_pg_database(server: PgServer, template: str | None = None) -> str:
    """A new database; a copy of a migrated template gets its own group roles and grants (they are made from
    the database's name), as `ccs-desktop db upgrade` does after a restore under another name."""
    name = f"ccs_test_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    with server.engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    server.created.append(name)
    if template:
        from ccs_desktop.migrations import security

        engine = sa.create_engine(_url_for(name), poolclass=sa.pool.NullPool)
        try:
            with engine.begin() as conn:
                security.install(conn)
        finally:
            engine.dispose()
    return name


@pytest.fixture(scope="session")
def _pg_template(pg_server: PgServer) -> str:
    name = create_pg_database(pg_server)
    engine, _ = db.open_database(_url_for(name))
    engine.dispose()
    return name


class _SharedPg:
    """One migrated database for the run, emptied before each test that uses it.

    Emptying (TRUNCATE, then restoring the rows the migrations seeded) is far cheaper than creating and dropping
    a database per test: each DROP DATABASE forces a checkpoint of the whole server.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with self.engine.connect() as conn:
            self.tables = [r[0] for r in conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
            meta = sa.MetaData()
            meta.reflect(conn, only=self.tables)
            self.meta = meta
            self.seed = {t: [dict(r._mapping) for r in conn.execute(meta.tables[t].select())] for t in self.tables}

    def reset(self) -> None:
        database = sa.make_url(self.url).database
        with self.engine.connect() as conn:
            # Sessions a previous test left open would block TRUNCATE: end them.
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %(db)s AND pid <> pg_backend_pid()",
                {"db": database})
            conn.exec_driver_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in self.tables) + " CASCADE")
            for table, rows in self.seed.items():
                if rows:
                    conn.execute(self.meta.tables[table].insert(), rows)
            conn.commit()


@pytest.fixture(scope="session")
def _pg_shared(pg_server: PgServer, _pg_template: str) -> Iterator[_SharedPg]:
    shared = _SharedPg(_url_for(create_pg_database(pg_server, _pg_template)))
    yield shared
    shared.engine.dispose()


@pytest.fixture
def pg_url(_pg_shared: _SharedPg) -> str:
    """A migrated PostgreSQL database holding nothing but what the migrations seed."""
    _pg_shared.reset()
    return _pg_shared.url


@pytest.fixture
def pg_fresh_url(pg_server: PgServer, _pg_template: str) -> str:
    """A migrated PostgreSQL database of this test's own (a clone of the run's template), for tests that change
    the schema or server-level state."""
    return _url_for(create_pg_database(pg_server, _pg_template))


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> str:
    """A PostgreSQL database with no schema at all."""
    return _url_for(create_pg_database(pg_server))


@pytest.fixture(scope="session")
def scram_cluster() -> Iterator[object]:
    """A PostgreSQL cluster of the run's own that checks passwords (scram-sha-256), on a free port of 127.0.0.1
    (tests/pg_cluster.py). A test that restarts it with other settings restarts it with none before it ends."""
    from tests.pg_cluster import ScramCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        message = "no PostgreSQL server binaries (initdb, pg_ctl) found for a scram-sha-256 test cluster"
        if IN_CI:
            pytest.fail(f"{message} (CI=true: these tests must run)")
        pytest.skip(f"{message}; install postgresql or set CCS_TEST_PG_BINDIR")
    cluster = ScramCluster(bindir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


# --- either backend ----------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Run the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    eng = db.make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: sa.Engine):
    return db.session_factory(engine)
