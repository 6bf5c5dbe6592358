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
        raise ConfigError(f"{path} holds a password: secrets belong in the OS keyring, not a file")
    values["version"] = SETTINGS_VERSION
    return Settings(**values)


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
