"""Engines and session factories for the shared database and the local cache; schema upgrades."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from . import config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SessionFactory = Callable[[], Session]


class DatabaseError(Exception):
    """An environment fault with the database, with a message a user can act on."""


class SchemaTooNewError(DatabaseError):
    pass


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def resolve_url(url: str | URL, password_lookup: Callable[[str], str | None] | None = None) -> URL:
    """Normalise a database URL: psycopg 3 driver for PostgreSQL; the password from the keyring."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.password is None and parsed.username:
            lookup = password_lookup or config.get_secret
            secret = lookup(
                config.database_secret_name(parsed.username, parsed.host or "localhost", parsed.port, parsed.database or "")
            )
            if secret:
                parsed = parsed.set(password=secret)
    return parsed


def make_engine(url: str | URL, **kwargs: Any) -> sa.Engine:
    parsed = resolve_url(url)
    # Error messages (logged, shown in crash reports) never carry the statement's values: personal data.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 5, "application_name": "ccs-desktop"})
    return sa.create_engine(parsed, **kwargs)


def session_factory(engine: sa.Engine) -> sessionmaker[Session]:
    """Short sessions, objects usable after commit (handed to the UI)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def describe(engine: sa.Engine) -> str:
    """What the window shows as "the database it is on" (never the password)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.username or ''}@{url.host}:{url.port or 5432}/{url.database}"


@dataclasses.dataclass(frozen=True)
class UrlParts:
    """A database URL's parts, for code that must not import SQLAlchemy (the UI)."""

    backend: str            # "postgresql" or "sqlite"
    username: str
    host: str
    port: int
    database: str

    @property
    def shared(self) -> bool:
        return self.backend == "postgresql"

    def where(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"


def url_parts(url: str | URL | sa.Engine) -> UrlParts:
    parsed = url.url if isinstance(url, sa.Engine) else (make_url(url) if isinstance(url, str) else url)
    return UrlParts(parsed.get_backend_name(), parsed.username or "", parsed.host or "localhost",
                    parsed.port or 5432, parsed.database or "")


def is_environment_fault(exc: BaseException) -> bool:
    """The database is out of reach, locked or refused the connection: not a defect of the program."""
    return isinstance(exc, (DatabaseError, sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.TimeoutError))


# --- migrations -----------------------------------------------------------------------------------


def alembic_config(engine: sa.Engine | None = None) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: sa.Engine) -> str | None:
    """The database's revision; raises SchemaTooNewError for a schema this version does not know."""
    revision = current_revision(engine)
    if revision is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(revision)
    except Exception:
        raise SchemaTooNewError(
            f"The database {describe(engine)} has schema revision {revision}, which is newer than this version "
            f"of CCS Desktop knows (latest {head_revision()}). Install the newer CCS Desktop that upgraded it."
        ) from None
    return revision


def backup_sqlite(engine: sa.Engine, revision: str) -> Path | None:
    """Copy a SQLite database file (consistently, WAL included) before it is migrated."""
    path = engine.url.database
    if not path or path == ":memory:" or not Path(path).exists():
        return None
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = Path(path).with_name(f"{Path(path).name}.{revision}.{stamp}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    log.info("backed up the database before upgrading it to %s", target.name)
    return target


def upgrade(engine: sa.Engine, *, backup: bool = True) -> bool:
    """Bring the schema to the head revision. Returns True if anything was applied."""
    revision = check_schema(engine)
    head = head_revision()
    if revision == head:
        return False
    if backup and revision is not None and engine.url.get_backend_name() == "sqlite":
        backup_sqlite(engine, revision)
    try:
        command.upgrade(alembic_config(engine), "head")
        if engine.url.get_backend_name() == "postgresql":
            # Grants and row-level security also cover tables that later migrations added.
            from .migrations import security

            with engine.begin() as conn:
                security.install(conn)
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"Could not upgrade {describe(engine)}: {exc.orig}") from exc
    return True


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a login role that does not own the schema


def open_database(url: str | URL, *, migrate: bool = True) -> tuple[sa.Engine, sessionmaker[Session]]:
    """Open (and, by default, upgrade) a database; environment faults become DatabaseError."""
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
        if migrate:
            upgrade(engine)
        else:
            check_schema(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot reach the database {describe(engine)}: {str(exc.orig).strip()}") from exc
    except sa.exc.ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        engine.dispose()
        raise DatabaseError(
            f"The shared database {describe(engine)} needs an upgrade to schema revision {head_revision()} for this "
            "version of CCS Desktop, and your sign-in may not change the schema. Ask IT to run "
            "`ccs-desktop db upgrade` as the database owner (docs/install.md), then start again. Nothing was "
            "changed.") from exc
    return engine, session_factory(engine)
