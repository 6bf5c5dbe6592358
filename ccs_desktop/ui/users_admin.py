"""Users (admin): create, disable, lock/unlock, change role or team, set passwords and database logins."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import Role
from ..services.context import Changes
from ..services.users import auth, db_roles, policy
from .context import AppContext
from .i18n import t

COLUMNS = (QT_TRANSLATE_NOOP("ccs", "User"), QT_TRANSLATE_NOOP("ccs", "Role"), QT_TRANSLATE_NOOP("ccs", "Team"), QT_TRANSLATE_NOOP("ccs", "State"), QT_TRANSLATE_NOOP("ccs", "Database login"))


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.role.addItems([r.value for r in Role])
        self.team = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr("At least {n} characters, letters and a digit or symbol, not the user's name.")
                           .format(n=policy.MIN_PASSWORD_LENGTH))
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Users"))
        self.resize(820, 420)
        self.shared = context.shared
        self.users: list[auth.UserInfo] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([t(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("add", self.tr("New user…")), ("password", self.tr("Set password…")),
                          ("role", self.tr("Role and team…")), ("lock", self.tr("Lock")), ("unlock", self.tr("Unlock")),
                          ("disable", self.tr("Disable")), ("enable", self.tr("Enable"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._action(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.reload()

    def _run(self, fn: Any, *args: Any, done: str | None = None) -> None:
        def finished(result: Any) -> None:
            if done:
                self.status.setText(done)
            self.reload()

        def failed(message: str, _trace: str) -> None:
            self.status.setText(f"<span style='color:#b00020'>{message}</span>")

        self.context.write(self, fn, *args, changes=Changes(settings=True), on_done=finished, on_error=failed)

    def reload(self) -> None:
        self.context.query(self, auth.list_users, self.context.session_factory, self.context.actor, key="load",
                           on_done=self._show, on_error=lambda m, _t: self.status.setText(m))

    def _show(self, users: list[auth.UserInfo]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            locked = u.locked_until is not None and u.locked_until > dt.datetime.now(dt.timezone.utc)
            state = (self.tr("disabled") if not u.active
                     else (self.tr("locked") if locked else self.tr("active")))
            for c, text in enumerate((f"{u.username} — {u.display_name}", u.role.value, u.team or "", state,
                                      u.db_role or "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.username)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()].username if rows else None

    def _action(self, key: str) -> None:
        f, actor = self.context.session_factory, self.context.actor
        if key == "add":
            dialog = NewUserDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            username, password = dialog.username.text(), dialog.password.text()
            name, role, team = dialog.display_name.text(), Role(dialog.role.currentText()), dialog.team.text() or None

            def create() -> None:
                auth.add_user(f, actor, username, name, role, None if self.shared else password, team=team)
                if self.shared:
                    db_roles.grant_login(f, actor, username, password)

            self._run(create, done=self.tr("{user} created").format(user=username))
            return
        username = self.selected()
        if username is None:
            self.status.setText(self.tr("Select a user first."))
            return
        if key == "password":
            password, ok = QInputDialog.getText(self, self.tr("Set password"),
                                                self.tr("New password for {user}:").format(user=username),
                                                QLineEdit.EchoMode.Password)
            if ok:
                fn = db_roles.set_login_password if self.shared else auth.set_password
                self._run(fn, f, actor, username, password, done=self.tr("password of {user} changed").format(user=username))
        elif key == "role":
            current = next(u for u in self.users if u.username == username)
            role, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role of {user}:").format(user=username),
                                            [r.value for r in Role],
                                            [r.value for r in Role].index(current.role.value), False)
            if not ok:
                return
            team, ok = QInputDialog.getText(self, self.tr("Team"),
                                            self.tr("Team of {user} (empty for none):").format(user=username),
                                            text=current.team or "")
            if ok:
                self._run(lambda: auth.reassign_user(f, actor, username, role=Role(role), team=team),
                          done=self.tr("{user} is now {role}").format(user=username, role=role))
        elif key in ("lock", "unlock"):
            def lock() -> None:
                auth.lock_user(f, actor, username, locked=key == "lock")
                if self.shared:
                    db_roles.apply_lock(f, actor, username)

            self._run(lock, done=(self.tr("{user} locked") if key == "lock" else self.tr("{user} unlocked")).format(user=username))
        elif key in ("disable", "enable"):
            if key == "disable" and QMessageBox.question(self, self.tr("Disable"), self.tr("Disable {user}?").format(user=username)) != \
                    QMessageBox.StandardButton.Yes:
                return

            def activate() -> None:
                auth.set_active(f, actor, username, key == "enable")
                if self.shared:
                    db_roles.apply_lock(f, actor, username)

            self._run(activate, done=(self.tr("{user} disabled") if key == "disable" else self.tr("{user} enabled"))
                      .format(user=username))
