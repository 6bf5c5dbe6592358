"""Typed, versioned settings kept in the platformdirs config dir; secrets come from the OS keyring."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

from . import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
KEYRING_SERVICE = "CCS Desktop"


class ConfigError(Exception):
    """The settings file cannot be read; the message says which file and why."""


INTERACTIVE = "interactive"   # the window: a person waits for each answer
BATCH = "batch"               # the import, the nightly jobs, retention, schema upgrades: long statements


@dataclasses.dataclass(frozen=True)
class DatabaseTimeouts:
    """How long the app waits on the shared PostgreSQL database before it gives up, in seconds (0: no limit).

    `connect`: to open a connection. `keepalive_*` and `tcp_user_timeout`: how soon a connection whose peer has
    gone silent (a dropped network) is declared dead by TCP, on both ends. `statement`, `lock` and
    `idle_in_transaction`: the server's limits for each session (`statement_timeout`, `lock_timeout`,
    `idle_in_transaction_session_timeout`); the last one ends a session left in a transaction by a workstation
    that vanished, releasing its locks. `reply_grace`: how long past `statement` the app waits for an answer
    before it treats the connection as dead (the server answers by then, unless the network is gone)."""

    connect: int = 10
    keepalive_idle: int = 10
    keepalive_interval: int = 5
    keepalive_count: int = 3
    tcp_user_timeout: int = 20
    statement: int = 30
    lock: int = 20
    idle_in_transaction: int = 15
    reply_grace: int = 10

    def reply_timeout(self) -> float | None:
        """The longest the app waits for one answer from the server (None: no limit)."""
        return float(self.statement + self.reply_grace) if self.statement else None


class SecretInConfigError(ConfigError):
    """A password where a user's configuration enters (settings file, --database): refused, never used or
    logged; the message says where the password belongs."""


@dataclasses.dataclass
class Settings:
    version: int = SETTINGS_VERSION
    # Empty: the embedded SQLite database in the user's data dir.
    database_url: str = ""
    language: str = "en"
    # Appearance: "light", "dark" or "system" (follows the operating system); text size in points, 0 = the system's.
    theme: str = "system"
    font_size: int = 0
    idle_lock_minutes: int = 10
    workstation_name: str = ""
    # Offline cache (SQLite) used when the shared database is unreachable.
    cache_path: str = ""
    log_level: str = "INFO"
    # Shared PostgreSQL database, in seconds (`DatabaseTimeouts`; docs/security.md, "Timeouts").
    db_connect_timeout: int = 10
    db_keepalive_idle: int = 10
    db_keepalive_interval: int = 5
    db_keepalive_count: int = 3
    db_tcp_user_timeout: int = 20
    db_statement_timeout: int = 30
    db_lock_timeout: int = 20
    db_idle_in_transaction_timeout: int = 15
    db_reply_grace: int = 10
    # Batch work (the import, the nightly jobs, retention, schema upgrades) allows longer statements and waits.
    db_batch_statement_timeout: int = 3600
    db_batch_lock_timeout: int = 600
    db_batch_idle_in_transaction_timeout: int = 600

    def effective_database_url(self) -> str:
        return self.database_url or default_database_url()

    def database_timeouts(self, use: str = INTERACTIVE) -> DatabaseTimeouts:
        """The timeouts for a use of the shared database (`INTERACTIVE` or `BATCH`)."""
        batch = use == BATCH
        return DatabaseTimeouts(
            connect=self.db_connect_timeout, keepalive_idle=self.db_keepalive_idle,
            keepalive_interval=self.db_keepalive_interval, keepalive_count=self.db_keepalive_count,
            tcp_user_timeout=self.db_tcp_user_timeout,
            statement=self.db_batch_statement_timeout if batch else self.db_statement_timeout,
            lock=self.db_batch_lock_timeout if batch else self.db_lock_timeout,
            idle_in_transaction=self.db_batch_idle_in_transaction_timeout if batch
            else self.db_idle_in_transaction_timeout,
            reply_grace=self.db_reply_grace)


def database_timeouts(use: str = INTERACTIVE) -> DatabaseTimeouts:
    """The timeouts the settings file sets (defaults when it has none, or cannot be read)."""
    try:
        return load().database_timeouts(use)
    except ConfigError as exc:
        log.warning("settings unreadable, database timeouts at their defaults: %s", exc)
        return Settings().database_timeouts(use)


THEMES = ("system", "light", "dark")
FONT_SIZES = (8, 24)


def default_database_url() -> str:
    return f"sqlite:///{(paths.data_dir() / 'ccs-desktop.sqlite3').as_posix()}"


def settings_path() -> Path:
    override = os.environ.get("CCS_DESKTOP_SETTINGS")
    return Path(override) if override else paths.config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"settings file {path} does not hold a JSON object")
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        log.warning("ignoring unknown settings: %s", ", ".join(unknown))
    values = {k: v for k, v in raw.items() if k in known}
    if "password" in raw or any("password" in str(k).lower() for k in raw):
        raise SecretInConfigError(f"{path} holds a password: secrets belong in the OS keyring, not a file")
    if values.get("database_url"):
        check_database_url(str(values["database_url"]), f"database_url in {path}")
    values["version"] = SETTINGS_VERSION
    if values.get("theme", "system") not in THEMES:
        raise ConfigError(f"{path}: theme must be one of {', '.join(THEMES)} (got {values['theme']!r})")
    size = values.get("font_size", 0)
    if not isinstance(size, int) or isinstance(size, bool) or not (size == 0 or FONT_SIZES[0] <= size <= FONT_SIZES[1]):
        raise ConfigError(f"{path}: font_size must be 0 (the system's) or {FONT_SIZES[0]} to {FONT_SIZES[1]} points "
                          f"(got {size!r})")
    for name, value in values.items():
        if name.startswith("db_") and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ConfigError(f"{path}: {name} must be a whole number of seconds, 0 or more (got {value!r})")
    return Settings(**values)


def check_database_url(url: str, source: str) -> None:
    """Refuse a database URL from a user's configuration (the settings file, --database) that carries a
    password, in the URL's user part or as a query parameter. The message names the keyring entry where the
    password belongs and shows the URL without it; the password itself is never shown or logged.

    Only where a user's configuration enters: the engine factory (db.make_engine) still takes a URL object
    whose password was filled in from the keyring or typed at sign-in."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        # Not echoed: an unreadable URL may still hold a password.
        raise ConfigError(f"{source} is not a database URL (expected postgresql://user@host:5432/database or "
                          "sqlite:///path/to/file)") from None
    secret_params = [k for k in parsed.query if "password" in k.lower()]  # password=, sslpassword=
    if not parsed.password and not secret_params:
        return
    clean = URL.create(parsed.drivername, username=parsed.username, host=parsed.host, port=parsed.port,
                       database=parsed.database, query=parsed.query).difference_update_query(secret_params)
    entry = database_secret_name(parsed.username or "<user>", parsed.host or "localhost", parsed.port,
                                 parsed.database or "")
    raise SecretInConfigError(
        f"{source} holds a password. A database password never goes in a URL (settings files and command "
        f"lines are readable by others): it belongs in the OS keyring (Windows Credential Manager), service "
        f"\"{KEYRING_SERVICE}\", entry \"{entry}\" — the sign-in window stores it there when you tick \"Remember my "
        f"password\"; docs/install.md shows how IT stores it. Use the URL without it: "
        f"{clean.render_as_string(hide_password=True)}")


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dataclasses.asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)


# --- secrets --------------------------------------------------------------------------------------


def keyring_available() -> bool:
    import keyring
    from keyring.backends import fail

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def get_secret(name: str) -> str | None:
    """A secret from the OS keyring (Windows Credential Manager, Secret Service, Keychain), or None."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except NoKeyringError:
        log.debug("no OS keyring on this machine: no stored secret for %s", name.split("@")[0])
        return None
    except KeyringError as exc:
        log.warning("keyring unavailable: %s", type(exc).__name__)
        return None


def set_secret(name: str, value: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, name, value)


def database_secret_name(username: str, host: str, port: int | None, database: str) -> str:
    return f"db:{username}@{host}:{port or 5432}/{database}"


def delete_secret(name: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, name)
    except (PasswordDeleteError, KeyringError):
        pass


def remember_secret(name: str, value: str) -> bool:
    """Store a secret in the OS keyring if there is one. Without a keyring nothing is stored anywhere (the
    app asks again next time); the secret is never written to a file by the app."""
    if not keyring_available():
        return False
    from keyring.errors import KeyringError

    try:
        set_secret(name, value)
    except KeyringError as exc:
        log.warning("could not store a secret in the keyring: %s", type(exc).__name__)
        return False
    return True
