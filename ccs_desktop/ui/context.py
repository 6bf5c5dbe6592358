"""What every window and panel shares: the database, who is signed in, and change notifications."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ..services.context import Actor


class AppContext(QObject):
    """Passed to every panel. Services run on worker threads with `session_factory()`; when they change
    accounts, the panel calls `accounts_changed.emit([ids])` so queues and workspaces refresh."""

    accounts_changed = Signal(list)   # account ids (uuid.UUID) whose data changed
    account_opened = Signal(object)   # uuid.UUID: ask the main window to open this account's workspace

    def __init__(self, session_factory: Callable[[], Session], actor: Actor, database_description: str,
                 engine: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.actor = actor
        self.database_description = database_description
        self.engine = engine

    def open_account(self, account_id: uuid.UUID) -> None:
        self.account_opened.emit(account_id)
