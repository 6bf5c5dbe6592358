"""The sign-in dialog (at start-up and to unlock an idle-locked window).

The dialog knows nothing about databases: it is given `authenticate(username, password, remember)`, which
runs on a worker thread and returns what the caller needs (an Actor, a server session) or raises with a
message meant for the user (services.auth.SignInError).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import ops, workers

log = logging.getLogger(__name__)

Authenticate = Callable[[str, str, bool], Any]


class LoginDialog(QDialog):
    signed_in = Signal(object)   # whatever authenticate returned
    refused = Signal(str)        # the message shown

    def __init__(self, authenticate: Authenticate, *, database_description: str = "", username: str = "",
                 unlock: bool = False, keyring_offer: str | None = None, parent: QWidget | None = None) -> None:
        """`unlock`: the window is idle-locked; the user name is fixed and the other button signs out.
        `keyring_offer`: when given (shared database with a keyring), a "remember" check box with this label."""
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._authenticate = authenticate
        self._task: workers.Task | None = None
        self.result_value: Any = None
        self.unlock = unlock
        self.setWindowTitle(self.tr("CCS Desktop — locked") if unlock else self.tr("CCS Desktop — sign in"))
        self.setModal(True)
        self.setMinimumWidth(480)

        heading = QLabel(self.tr("Locked after inactivity") if unlock else self.tr("Sign in to CCS Desktop"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Enter your password to continue, {username}.").format(username=username) if unlock else
                       self.tr("Version {version}. Sign in with your own user name; never share a password.")
                       .format(version=__version__))
        intro.setWordWrap(True)
        self.database_label = QLabel(database_description)
        self.database_label.setObjectName("loginDatabase")
        self.database_label.setStyleSheet("color: palette(mid);")
        self.database_label.setWordWrap(True)

        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.username.setReadOnly(unlock)
        self.username.setMaxLength(63)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.remember = QCheckBox(keyring_offer or "")
        self.remember.setObjectName("loginRemember")
        self.remember.setVisible(bool(keyring_offer))

        self.message = QLabel("")
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        # Room for a two-line message from the start, so the dialog does not jump or clip it.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setAccessibleName(self.tr("Sign-in message"))

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Unlock") if unlock else self.tr("Sign in"))
        self.sign_in_button.setObjectName("loginSubmit")
        self.sign_in_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Sign out and quit") if unlock else self.tr("Quit"))
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.database_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if unlock or username else self.username).setFocus()

    def submit(self) -> None:
        if self._task is not None:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_message(self.tr("Enter your user name and password."))
            return
        self._busy(True)
        self._show_message(self.tr("Signing in…"), error=False)
        self._task = ops.query(self, self._authenticate, username, password, self.remember.isChecked(),
                               on_done=self._done, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button, self.remember):
            widget.setEnabled(not busy)
        if not busy:
            self.username.setReadOnly(self.unlock)

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: palette(text);")
        self.message.setText(text)

    def _done(self, result: Any) -> None:
        self._task = None
        self.password.clear()
        self.result_value = result
        self._show_message("", error=False)
        self.signed_in.emit(result)
        self.accept()

    def _failed(self, message: str, _trace: str) -> None:
        self._task = None
        self._busy(False)
        self.password.clear()
        self._show_message(message)
        self.refused.emit(message)
        self.password.setFocus()

    def reject(self) -> None:
        if self._task is not None:
            return  # let the running check finish; it cannot be cancelled half-way
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
