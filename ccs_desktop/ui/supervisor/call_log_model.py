"""The call log as a lazy Qt table model: pages by key (at, id) arrive from a worker as the view scrolls."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...services.supervision import call_log
from ...services.context import Actor
from .. import ops

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("When (UTC)", "Collector", "Account", "Client", "Consumer", "Channel", "Result", "To", "Override", "Review",
           "Disclosure")
REFUSED = QColor("#b3261e")


class CallLogModel(QAbstractTableModel):
    PAGE = 200
    load_failed = Signal(str)
    page_loaded = Signal(int)   # rows now loaded

    def __init__(self, session_factory: Callable[[], Any], actor: Actor, parent: Any = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self._factory = session_factory
        self._actor = actor
        self._filter = call_log.CallLogFilter()
        self._rows: list[call_log.CallLogRow] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0          # pages of an older filter are dropped
        self._synchronous = synchronous

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
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if row.kind == "refused":
                review = "blocked"
            elif row.reviewed:
                review = f"{row.score}/{row.max_score}"
            else:
                review = ""
            return (row.at.strftime("%Y-%m-%d %H:%M"), row.collector, row.account_number, row.client, row.consumer,
                    row.channel, row.result, row.destination or "", "yes" if row.override_id else "", review,
                    "missing" if row.no_disclosure else "")[col]
        if role == Qt.ItemDataRole.ForegroundRole and (row.kind == "refused" or (row.no_disclosure and col == 10)):
            return QBrush(REFUSED)
        if role == Qt.ItemDataRole.ToolTipRole and row.no_disclosure and col == 10:
            return ("A conversation without the mini-Miranda disclosure. Reason given: "
                    + (row.disclosure_reason or "none"))
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == "refused" and col == 6:
            return "Refused by the guardrails: " + row.result
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        after = (self._rows[-1].at, self._rows[-1].id) if self._rows else None
        generation = self._generation
        if self._synchronous:
            self._append(generation, self._load(self._filter, after))
            return
        flt = self._filter
        ops.query(self, self._load, flt, after, on_done=lambda rows: self._append(generation, rows),
                  on_error=lambda m, _t: self._failed(generation, m))

    # --- loading ----------------------------------------------------------------------------------

    def _load(self, flt: call_log.CallLogFilter, after: call_log.CallLogKey | None) -> list[call_log.CallLogRow]:
        return call_log.call_log_page(self._factory, self._actor, flt, after, self.PAGE)

    def _append(self, generation: int, rows: list[call_log.CallLogRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(rows) < self.PAGE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        log.warning("could not load the call log (its error is logged just before, scrubbed)")
        self.load_failed.emit(message)

    # --- what the panel uses ----------------------------------------------------------------------

    def loading(self) -> bool:
        return self._loading

    def exhausted(self) -> bool:
        return self._exhausted

    def filter(self) -> call_log.CallLogFilter:
        return self._filter

    def row_at(self, row: int) -> call_log.CallLogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_filter(self, flt: call_log.CallLogFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows.clear()
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()

    def replace_row(self, new: call_log.CallLogRow) -> None:
        """Show a row's new state (after a review) without reloading the log."""
        for i, r in enumerate(self._rows):
            if r.id == new.id:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return
