"""A lazily loaded table of accounts: pages arrive from a worker thread as the view scrolls."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..services import portfolio
from . import workers

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Score", "Consumer", "Client", "Account", "Balance", "Status", "Time zones", "Last result", "Blocked")


def _money(row: portfolio.AccountRow) -> str:
    return f"{row.currency} {row.balance:,.2f}"


class PortfolioModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, session_factory: Callable[[], Any], parent: Any = None, *, synchronous: bool = False,
                 actor: Any = None) -> None:
        super().__init__(parent)
        self._factory = session_factory
        self._actor = actor  # only the accounts this user may see (services.access)
        self._rows: list[portfolio.AccountRow] = []
        self._exhausted = False
        self._loading = False
        self._synchronous = synchronous  # tests and tools: load in the calling thread
        self._task: workers.Task | None = None

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{row.priority_score:.2f}", row.consumer, row.client, row.account_number, _money(row), row.status,
                (row.tz_group or "unknown").replace("|", ", "), row.last_result or "", row.blocked_reason or "",
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        after = (self._rows[-1].priority_score, self._rows[-1].id) if self._rows else None
        if self._synchronous:
            self._append(self._load(after))
            return
        self._task = workers.run_task(self._load, after, on_done=self._append, on_error=self._failed)

    # --- loading ----------------------------------------------------------------------------------

    def _load(self, after: portfolio.PageKey | None) -> list[portfolio.AccountRow]:
        with self._factory() as session:
            return portfolio.page(session, after, self.PAGE, actor=self._actor)

    def _append(self, rows: list[portfolio.AccountRow]) -> None:
        self._loading = False
        if len(rows) < self.PAGE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _failed(self, message: str, _trace: str) -> None:
        self._loading = False
        log.warning("could not load accounts: %s", message)

    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()
