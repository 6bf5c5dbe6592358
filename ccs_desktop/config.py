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


class SecretInConfigError(ConfigError):
    """A password where a user's configuration enters (settings file, --database): refused, never used or
    logged; the message says where the password belongs."""


@dataclasses.dataclass
class Settings:
    version: int = SETTINGS_VERSION
    # Empty: the embedded SQLite database in the user's data dir.
    database_url: str = ""
    language: str = "en"
    idle_lock_minutes: int = 10
    workstation_name: str = ""
    # Offline cache (SQLite) used when the shared database is unreachable.
    cache_path: str = ""
    log_level: str = "INFO"

    def effective_database_url(self) -> str:
        return self.database_url or default_database_url()


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
