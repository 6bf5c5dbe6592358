"""Engines and session factories for the shared database and the local cache; schema upgrades.

Every PostgreSQL connection is bounded in time (`config.DatabaseTimeouts`, set in the settings file per use,
`INTERACTIVE` for the window, `BATCH` for imports, nightly jobs and upgrades): the connection attempt, TCP
keepalives and `tcp_user_timeout` on the workstation's socket and the server's, the server's
`statement_timeout`, `lock_timeout` and `idle_in_transaction_session_timeout` for the session, and a deadline on
each answer the driver waits for (`statement` + `reply_grace`), after which the connection is closed. So a
dropped network ends in an error within a bounded time on the workstation, and the server ends a session that a
vanished workstation left in a transaction, releasing its locks (the audit chain head among them).

`fault_kind(exc)` tells such environment faults ("unreachable", "busy") from defects; the window shows them as
a plain message with a way on (ui/workers.py), never the driver's text or a crash dialog.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
import weakref
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

INTERACTIVE, BATCH = config.INTERACTIVE, config.BATCH


class DatabaseError(Exception):
    """An environment fault with the database, with a message a user can act on."""


class DatabaseUnreachable(DatabaseError):
    """The database stopped answering (the network or the server is down, or a timeout ended the session)."""


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


def make_engine(url: str | URL, *, use: str = INTERACTIVE, timeouts: config.DatabaseTimeouts | None = None,
                **kwargs: Any) -> sa.Engine:
    """An engine for a database URL. PostgreSQL: every connection bounded by `timeouts` (default: the settings
    file's for `use`); `connect_args` given here are added to (and win over) the ones the timeouts make."""
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
    limits = timeouts or config.database_timeouts(use)
    kwargs["connect_args"] = {**postgres_connect_args(limits), **kwargs.get("connect_args", {})}
    engine = sa.create_engine(parsed, **kwargs)
    _TIMEOUTS[engine] = limits
    reply_timeout = limits.reply_timeout()

    def connect(_dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        cls = _deadline_class()
        conn = cls.connect(*cargs, **cparams)
        if hasattr(cls, "default_reply_timeout"):
            conn.reply_timeout = conn.default_reply_timeout = reply_timeout
        return conn

    sa.event.listen(engine, "do_connect", connect)
    sa.event.listen(engine.pool, "checkin", _restore_reply_timeout)
    return engine


# --- timeouts (PostgreSQL) ------------------------------------------------------------------------


_TIMEOUTS: weakref.WeakKeyDictionary[sa.Engine, config.DatabaseTimeouts] = weakref.WeakKeyDictionary()


def timeouts_of(engine: sa.Engine) -> config.DatabaseTimeouts | None:
    """The timeouts a PostgreSQL engine's connections run with (None for SQLite)."""
    return _TIMEOUTS.get(engine)


def _server_settings(limits: config.DatabaseTimeouts) -> dict[str, int]:
    """Session settings for the server, in milliseconds (or seconds, for its own keepalives)."""
    out = {"statement_timeout": limits.statement * 1000, "lock_timeout": limits.lock * 1000,
           "idle_in_transaction_session_timeout": limits.idle_in_transaction * 1000}
    if limits.tcp_user_timeout:
        out["tcp_user_timeout"] = limits.tcp_user_timeout * 1000
    if limits.keepalive_idle:
        out["tcp_keepalives_idle"] = limits.keepalive_idle
    if limits.keepalive_interval:
        out["tcp_keepalives_interval"] = limits.keepalive_interval
    if limits.keepalive_count:
        out["tcp_keepalives_count"] = limits.keepalive_count
    return out


def postgres_connect_args(limits: config.DatabaseTimeouts) -> dict[str, Any]:
    """libpq connection parameters: the workstation's socket (connect timeout, keepalives, TCP user timeout)
    and, through `options`, the server's settings for the session."""
    args: dict[str, Any] = {"application_name": "ccs-desktop", "keepalives": 1}
    if limits.connect:
        args["connect_timeout"] = limits.connect
    for key, value in (("keepalives_idle", limits.keepalive_idle), ("keepalives_interval", limits.keepalive_interval),
                       ("keepalives_count", limits.keepalive_count)):
        if value:
            args[key] = value
    if limits.tcp_user_timeout:
        args["tcp_user_timeout"] = limits.tcp_user_timeout * 1000
    args["options"] = " ".join(f"-c {k}={v}" for k, v in _server_settings(limits).items())
    return args


_connection_class: Any = None


def _deadline_class() -> Any:
    """psycopg's Connection, with a deadline on every answer it waits for (`reply_timeout`, seconds)."""
    global _connection_class
    if _connection_class is None:
        import inspect

        import psycopg

        if "timeout" not in inspect.signature(psycopg.Connection.wait).parameters:  # psycopg < 3.3
            log.warning("psycopg %s has no deadline on answers: install psycopg 3.3 or newer", psycopg.__version__)
            _connection_class = psycopg.Connection
            return _connection_class

        class DeadlineConnection(psycopg.Connection):  # type: ignore[type-arg]
            reply_timeout: float | None = None
            default_reply_timeout: float | None = None

            def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
                limit = timeout if timeout is not None else self.reply_timeout
                try:
                    return super().wait(gen, interval=interval, timeout=limit)
                except psycopg.errors._WaitTimeout:
                    if timeout is not None:
                        raise
                    # No answer although the server would have answered by now (its statement timeout): the
                    # network is gone. The connection is in an unknown state: close it.
                    log.warning("no answer from the database within %.0f s: closing the connection", limit)
                    self.pgconn.finish()
                    raise psycopg.OperationalError(
                        f"the database did not answer within {limit:.0f} seconds; the connection was closed"
                    ) from None

        _connection_class = DeadlineConnection
    return _connection_class


def _restore_reply_timeout(dbapi_connection: Any, _record: Any) -> None:
    if dbapi_connection is not None and hasattr(dbapi_connection, "default_reply_timeout"):
        dbapi_connection.reply_timeout = dbapi_connection.default_reply_timeout


def for_batch(factory: Any) -> Any:
    """Sessions for long work (the import from the window) on an interactive engine: each transaction runs with
    the settings' batch timeouts (statement, lock, idle in transaction, and the answer deadline). A factory
    that is not PostgreSQL's (SQLite, the offline cache) comes back as it is."""
    bind = getattr(factory, "kw", {}).get("bind")
    if bind is None or timeouts_of(bind) is None:
        return factory
    batch = sessionmaker(**factory.kw)
    limits = config.database_timeouts(BATCH)
    sa.event.listen(batch, "after_begin", lambda _s, _t, conn: _raise_limits(conn, limits))
    return batch


def _raise_limits(conn: sa.Connection, limits: config.DatabaseTimeouts) -> None:
    for name, value in _server_settings(limits).items():
        if name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout"):
            conn.exec_driver_sql(f"SET LOCAL {name} = {int(value)}")
    driver = conn.connection.driver_connection
    if hasattr(driver, "reply_timeout"):
        driver.reply_timeout = limits.reply_timeout()  # back to the engine's when the connection is checked in


# --- environment faults -------------------------------------------------------------------------------

UNREACHABLE, BUSY = "unreachable", "busy"
FAULT_MESSAGES = {
    UNREACHABLE: "The shared database is not answering (the network or the database server is down). What you "
                 "entered is still here: try again when the connection is back.",
    BUSY: "The shared database is busy and gave up waiting (another workstation holds what this needs, or the "
          "request took too long). What you entered is still here: try again in a moment.",
}


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, the driver's error it wraps, and what caused them."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 20:
        current = todo.pop(0)
        if current in seen:
            continue
        seen.append(current)
        todo.extend(e for e in (getattr(current, "orig", None), current.__cause__, current.__context__)
                    if isinstance(e, BaseException))
    return seen


def fault_kind(exc: BaseException) -> str | None:
    """UNREACHABLE (connection lost, refused, or timed out; the server ended the session), BUSY (a lock or
    statement timeout; the database is up) or None (not an environment fault: a defect or a refusal)."""
    for error in _causes(exc):
        if isinstance(error, DatabaseUnreachable):
            return UNREACHABLE
        if isinstance(error, sa.exc.TimeoutError):  # no free connection in the pool
            return BUSY
        if isinstance(error, sa.exc.DBAPIError) and error.connection_invalidated:
            return UNREACHABLE
        kind = _driver_fault(error)
        if kind is not None:
            return kind
    return None


_REFUSALS = ("password authentication failed", "no password supplied", "not permitted to log in",
             "does not exist")


def _driver_fault(error: BaseException) -> str | None:
    if isinstance(error, sqlite3.OperationalError):
        return BUSY if "locked" in str(error).lower() or "busy" in str(error).lower() else None
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    sqlstate = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    if sqlstate.startswith("28") or any(s in text for s in _REFUSALS):
        return None  # the server answered: wrong password, no such login (a refusal, handled by the sign-in)
    if isinstance(error, (psycopg.errors.LockNotAvailable, psycopg.errors.QueryCanceled,
                          psycopg.errors.DeadlockDetected)) or sqlstate.startswith("53"):
        return BUSY  # a lock or statement timeout; too many connections, out of memory or disk on the server
    if isinstance(error, (psycopg.OperationalError, psycopg.errors.IdleInTransactionSessionTimeout)):
        return UNREACHABLE  # connection failures and losses, the answer deadline, the server ending the session
    if isinstance(error, psycopg.InterfaceError) and "closed" in str(error).lower():
        return UNREACHABLE
    return None


def fault_message(exc: BaseException) -> str | None:
    """The plain message for an environment fault (None for anything else)."""
    kind = fault_kind(exc)
    return FAULT_MESSAGES[kind] if kind else None


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
    # On PostgreSQL an upgrade is batch work (a migration may rewrite a big table): the batch timeouts apply.
    postgres = engine.url.get_backend_name() == "postgresql"
    migrator = make_engine(engine.url, use=BATCH, poolclass=sa.pool.NullPool) if postgres else engine
    try:
        command.upgrade(alembic_config(migrator), "head")
        # A later SQLite migration that rebuilds a table drops its triggers: the derived search name's come back.
        from .migrations import consumer_search

        with migrator.begin() as conn:
            if consumer_search.present(conn):
                consumer_search.install(conn)
        if postgres:
            # Grants and row-level security also cover tables that later migrations added.
            from .migrations import security

            with migrator.begin() as conn:
                security.install(conn)
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"Could not upgrade {describe(engine)}: {exc.orig}") from exc
    finally:
        if migrator is not engine:
            migrator.dispose()
    return True


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a login role that does not own the schema


def open_database(url: str | URL, *, migrate: bool = True,
                  use: str = INTERACTIVE) -> tuple[sa.Engine, sessionmaker[Session]]:
    """Open (and, by default, upgrade) a database; environment faults become DatabaseError (DatabaseUnreachable
    when it does not answer). `use`: INTERACTIVE (the window) or BATCH (imports, nightly jobs): its timeouts."""
    engine = make_engine(url, use=use)
    try:
        with engine.connect():
            pass
        if migrate:
            upgrade(engine)
        else:
            check_schema(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        kind = DatabaseUnreachable if fault_kind(exc) == UNREACHABLE else DatabaseError
        raise kind(f"Cannot reach the database {describe(engine)}: {str(exc.orig).strip()}") from exc
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
