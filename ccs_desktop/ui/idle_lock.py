"""Locks the main window after a quiet spell and asks for the signed-in user's password again.

While locked, the window's content and menus are hidden (nothing personal stays on screen); the unlock
dialog counts wrong passwords like a sign-in, so five wrong ones lock the user out and sign them out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from .login import LoginDialog

log = logging.getLogger(__name__)

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()
    signed_out = Signal()

    def __init__(self, window: QMainWindow, username: str, verify: Callable[[str, str, bool], Any], *,
                 timeout_ms: int, database_description: str = "") -> None:
        """`verify(username, password, remember)` raises with a message when the password is wrong."""
        super().__init__(window)
        self.window = window
        self.username = username
        self.verify = verify
        self.database_description = database_description
        self.dialog: LoginDialog | None = None
        self._hidden: list[Any] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        log.info("window locked after inactivity")
        self.timer.stop()
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)
        self.window.menuBar().setEnabled(False)
        # Other windows (the supervisor workspace, an account opened on its own) hide until unlocked.
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window]
        for widget in self._hidden:
            widget.hide()
        self.dialog = LoginDialog(self.verify, username=self.username, unlock=True,
                                  database_description=self.database_description, parent=self.window)
        self.dialog.signed_in.connect(self._unlocked)
        self.dialog.rejected.connect(self._sign_out)
        self.dialog.refused.connect(self._refused)
        self.locked.emit()
        self.dialog.open()

    def _unlocked(self, _result: Any) -> None:
        self.dialog = None
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(True)
        self.window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.timer.start()
        self.unlocked.emit()

    def _refused(self, message: str) -> None:
        if "locked" in message and self.dialog is not None:
            # Locked out: the user cannot unlock; the dialog stays until they sign out.
            self.dialog.sign_in_button.setEnabled(False)

    def _sign_out(self) -> None:
        self.dialog = None
        self.signed_out.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
