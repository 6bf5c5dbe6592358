"""Where the application's files live: shipped resources, user data, config and logs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CCS Desktop"
APP_AUTHOR = "CCS"


def resources_dir() -> Path:
    """The shipped `resources/` folder (source checkout, editable install or frozen bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _user_dir(kind: str) -> Path:
    """A per-user folder; `CCS_DESKTOP_HOME` puts all of them under one folder (portable use, tests)."""
    home = os.environ.get("CCS_DESKTOP_HOME")
    if home:
        path = Path(home) / kind
    else:
        finder = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir,
                  "logs": platformdirs.user_log_dir}[kind]
        path = Path(finder(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _user_dir("data")


def config_dir() -> Path:
    return _user_dir("config")


def log_dir() -> Path:
    return _user_dir("logs")
