"""What every window and panel shares: the database, who is signed in, and the one signal saying what changed."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, Signal

from .. import db
from ..db import SessionFactory
from ..services.context import Actor
from . import ops


class AppContext(QObject):
    """Passed to every panel. Services run through `ops` (`query` to read, `write` to change); a write's
    `Changes` go out on `changed` (with the widget that made them), and every screen refreshes from it.

    A window opened for another user (a supervisor signing in to the supervisor workspace) gets a context
    `for_actor` that shares this one's `changed`: what changes there reaches the queue and the workspace too."""

    changed = Signal(object, object)  # services.context.Changes, the owner that made them (or None)
    account_opened = Signal(object)   # uuid.UUID: ask the main window to open this account's workspace

    def __init__(self, session_factory: SessionFactory, actor: Actor, database_description: str,
                 engine: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.actor = actor
        self.database_description = database_description
        self.engine = engine
        self.root: AppContext = self

    @property
    def shared(self) -> bool:
        """On the shared PostgreSQL database (not the embedded SQLite file)."""
        return self.engine is not None and db.url_parts(self.engine).shared

    def for_actor(self, actor: Actor, parent: QObject | None = None) -> AppContext:
        """The same database for another user; its writes are broadcast on this context's `changed`."""
        other = AppContext(self.session_factory, actor, self.database_description, self.engine, parent or self)
        other.root = self.root
        self.root.changed.connect(other.changed)
        other.account_opened.connect(self.root.account_opened)
        return other

    def open_account(self, account_id: uuid.UUID) -> None:
        self.account_opened.emit(account_id)

    # --- the one way to the services -----------------------------------------------------------------

    def query(self, owner: QObject, fn: Any, *args: Any, **options: Any) -> Any:
        """`ops.query`: read for a screen."""
        return ops.query(owner, fn, *args, **options)

    def write(self, owner: QObject, fn: Any, *args: Any, **options: Any) -> Any:
        """`ops.write`: change something; what changed is broadcast on the root context's `changed`."""
        return ops.write(self.root, owner, fn, *args, **options)
