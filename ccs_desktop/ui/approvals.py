"""The supervisor's approval queue: promises beyond the client's rules, with the reasons, approved or rejected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.money import promises
from ..services.context import Changes
from ..services.money.promises import PendingApproval, fmt_money
from . import workers
from .context import AppContext
from .i18n import t

COLUMNS = (QT_TRANSLATE_NOOP("ccs", "Account"), QT_TRANSLATE_NOOP("ccs", "Taken by"), QT_TRANSLATE_NOOP("ccs", "Taken"), QT_TRANSLATE_NOOP("ccs", "Kind"),
           QT_TRANSLATE_NOOP("ccs", "Promise"), QT_TRANSLATE_NOOP("ccs", "Balance"), QT_TRANSLATE_NOOP("ccs", "Why it needs approval"))
KIND_NAMES = {"single": QT_TRANSLATE_NOOP("ccs", "Single"), "plan": QT_TRANSLATE_NOOP("ccs", "Plan"), "settlement": QT_TRANSLATE_NOOP("ccs", "Settlement")}


class ApprovalModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[PendingApproval] = []

    def set_items(self, items: list[PendingApproval]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        p = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.account_number, p.taken_by or "", f"{p.taken_at:%b %d %H:%M}", t(KIND_NAMES[p.kind.value]) if p.kind.value in KIND_NAMES else p.kind.value.title(),
                    fmt_money(p.total, p.currency), fmt_money(p.balance, p.currency), " ".join(p.reasons))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return "\n".join(p.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return p.promise_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return t(COLUMNS[section])
        return None


class ApprovalQueue(QWidget):
    """Pending promises of the supervisor's team, oldest first; approve, or reject with a reason. It reloads
    when promises change anywhere in the window (a promise taken, approved or cancelled)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ApprovalModel(self)
        self.table = QTableView()
        self.table.setObjectName("approvalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(self._open)
        self.status = QLabel(self.tr("Loading…"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.refresh_button, self.reject_button, self.approve_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.refresh_button.clicked.connect(self.reload)
        self.ctx.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.ctx.query(self, promises.pending_approvals, self.ctx.session_factory, self.ctx.actor, key="load",
                       on_done=self._loaded, on_error=self._failed)

    def _changed(self, changes: Changes, _by: object) -> None:
        if changes.promises or changes.all_accounts:
            self.reload()

    def _loaded(self, items: list[PendingApproval]) -> None:
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("%n promise(s) waiting for approval", "", len(items))
                            if items else self.tr("Nothing is waiting for approval."))

    def _failed(self, message: str, _trace: str) -> None:
        self.status.setText(message)

    def selected(self) -> PendingApproval | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def decide(self, approve: bool, reason: str | None = None) -> workers.Task | None:
        item = self.selected()
        if item is None:
            self.status.setText(self.tr("Select a promise first."))
            return None
        if not approve and reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Reject the promise"),
                                              self.tr("Why is it rejected? The collector sees this."))
            if not ok:
                return None
        fn = promises.approve if approve else promises.reject
        return self.ctx.write(self, fn, self.ctx.session_factory, self.ctx.actor, item.promise_id, reason,
                              progress=self.tr("Approving…") if approve else self.tr("Rejecting…"),
                              on_error=self._failed)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_account(self.model.items[index.row()].account_id)
