"""The queue screen: filters, search and the lazy queue table. Enter opens the selected account.

Search runs as you type (after a short pause, `SEARCH_DELAY_MS`), keyset-paged like the queue; Down or Enter in
the search box moves into the results. Ctrl+F is the main window's one Find action (`focus_search`)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models import MoneyError, to_money
from ..models.enums import AccountStatus
from ..services.accounts import queue
from ..services.data import reference
from .i18n import t
from .queue_model import COLUMNS, QueueModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250   # typing pauses this long before the search runs

STATUS_LABELS = {
    AccountStatus.OPEN: QT_TRANSLATE_NOOP("ccs", "Open"), AccountStatus.PAID: QT_TRANSLATE_NOOP("ccs", "Paid"),
    AccountStatus.SETTLED: QT_TRANSLATE_NOOP("ccs", "Settled"), AccountStatus.CLOSED: QT_TRANSLATE_NOOP("ccs", "Closed"),
    AccountStatus.RECALLED: QT_TRANSLATE_NOOP("ccs", "Recalled"),
}


class QueueView(QWidget):
    open_requested = Signal(object)     # account id
    next_requested = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("queueView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(self.tr("Search name, account number or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_typed)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.textChanged.connect(lambda text: text or self._search_timer.start())  # the clear button
        bar.addWidget(self.search, 2)
        self.client = QComboBox()
        self.client.setObjectName("clientFilter")
        self.client.addItem(self.tr("All clients"), None)
        self.client.currentIndexChanged.connect(self.apply)
        bar.addWidget(self.client)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("Open"), AccountStatus.OPEN)
        for status in AccountStatus:
            if status != AccountStatus.OPEN:
                self.status_combo.addItem(t(STATUS_LABELS[status]), status)
        self.status_combo.addItem(self.tr("Any status"), None)
        self.status_combo.currentIndexChanged.connect(self.apply)
        bar.addWidget(self.status_combo)
        self.balance_min = QLineEdit()
        self.balance_min.setObjectName("balanceMin")
        self.balance_min.setPlaceholderText(self.tr("Balance from"))
        self.balance_min.setMaximumWidth(110)
        self.balance_max = QLineEdit()
        self.balance_max.setObjectName("balanceMax")
        self.balance_max.setPlaceholderText(self.tr("to"))
        self.balance_max.setMaximumWidth(110)
        for edit in (self.balance_min, self.balance_max):
            edit.returnPressed.connect(self.apply)
            bar.addWidget(edit)
        layout.addLayout(bar)

        bar = QHBoxLayout()
        self.callable_now = QCheckBox(self.tr("&Callable now"))
        self.callable_now.setObjectName("callableNow")
        self.promises_due = QCheckBox(self.tr("&Promises due today"))
        self.promises_due.setObjectName("promisesDue")
        self.broken = QCheckBox(self.tr("&Broken promises"))
        self.broken.setObjectName("brokenPromises")
        self.callbacks = QCheckBox(self.tr("Call&backs due"))
        self.callbacks.setObjectName("callbacksDue")
        for box in (self.callable_now, self.promises_due, self.broken, self.callbacks):
            box.toggled.connect(self.apply)
            bar.addWidget(box)
        bar.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("queueMessage")
        bar.addWidget(self.message)
        self.next_button = QPushButton(self.tr("&Next callable in my queue (Ctrl+N)"))
        self.next_button.setToolTip(self.tr("The best callable account of your queue that you have not opened yet; "
                                            "the search and filters do not apply"))
        self.next_button.setObjectName("nextAccount")
        self.next_button.clicked.connect(self.next_requested)
        bar.addWidget(self.next_button)
        layout.addLayout(bar)

        self.model = QueueModel(context, parent=self, synchronous=synchronous)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(lambda m: self.message.setText(self.tr("Could not load the queue: ") + m))
        self._sized = False

    def start(self) -> None:
        self.context.query(self, reference.clients, self.context.session_factory, key="clients", on_done=self._clients)
        self.model.reload()

    def _clients(self, clients: list[reference.ClientRef]) -> None:
        self.client.blockSignals(True)
        for client_id, _code, name in clients:
            self.client.addItem(name, client_id)
        self.client.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_typed(self) -> None:
        """The search box paused: search, unless what is typed cannot be searched yet (one letter)."""
        text = self.search.text().strip()
        if text:
            try:
                queue.search_condition(text)
            except queue.ServiceError:
                self.message.setText(self.tr("Keep typing: a name needs two letters, a number three digits"))
                return
        if text != self.model.filters.search:
            self.apply()

    def enter_results(self) -> None:
        """From the search box into the results: run a pending search now, select the first row, focus the table."""
        self._search_timer.stop()
        if self.search.text().strip() != self.model.filters.search:
            self._search_typed()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        elif self.model.rowCount():
            self.table.selectRow(self.table.currentIndex().row())

    def filters(self) -> queue.QueueFilters | None:
        try:
            low = to_money(self.balance_min.text()) if self.balance_min.text().strip() else None
            high = to_money(self.balance_max.text()) if self.balance_max.text().strip() else None
        except MoneyError:
            self.message.setText(self.tr("A balance must be an amount like 1500 or 1500.00"))
            return None
        current = self.model.filters
        try:
            return queue.QueueFilters(
                client_id=self.client.currentData(), status=self.status_combo.currentData(), balance_min=low,
                balance_max=high, callable_now=self.callable_now.isChecked(),
                promises_due_today=self.promises_due.isChecked(), broken_promises=self.broken.isChecked(),
                callbacks_due=self.callbacks.isChecked(), search=self.search.text().strip(), sort=current.sort,
                descending=current.descending)
        except queue.ServiceError as exc:
            self.message.setText(str(exc))
            return None

    def apply(self, *_args: Any) -> None:
        filters = self.filters()
        if filters is None:
            return
        if filters.search:
            try:
                queue.search_condition(filters.search)
            except queue.ServiceError as exc:
                self.message.setText(str(exc))
                return
        self.message.setText(self.tr("Loading…"))
        self.model.set_filters(filters)

    def _page_loaded(self, rows: int) -> None:
        more = "" if self.model.exhausted() else "+"
        self.message.setText(self.tr("{n}{more} shown").format(n=f"{rows:,}", more=more))
        if not self._sized and rows:
            self._sized = True
            self.table.resizeColumnsToContents()
            for column in range(len(COLUMNS)):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 260))
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.open_requested.emit(found.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown):
                self.enter_results()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
                self._open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)
