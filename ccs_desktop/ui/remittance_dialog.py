"""Remittance statement dialog: client and period → collected, commission, remittance; save as PDF, CSV or Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.money import remittance
from ..services.money.remittance import Statement
from .context import AppContext
from .date_input import DateInput
from .i18n import t

# The statement's own (English) labels, as the screen shows them; the exported files keep the English ones.
DETAIL_NAMES = {h: h for h in (
    QT_TRANSLATE_NOOP("ccs", "Paid on"), QT_TRANSLATE_NOOP("ccs", "Account"), QT_TRANSLATE_NOOP("ccs", "Consumer"),
    QT_TRANSLATE_NOOP("ccs", "Method"), QT_TRANSLATE_NOOP("ccs", "Paid to"), QT_TRANSLATE_NOOP("ccs", "Amount"),
    QT_TRANSLATE_NOOP("ccs", "Account age (days)"), QT_TRANSLATE_NOOP("ccs", "Commission %"),
    QT_TRANSLATE_NOOP("ccs", "Commission"))}
SUMMARY_NAMES = {h: h for h in (
    QT_TRANSLATE_NOOP("ccs", "Collected by the agency"), QT_TRANSLATE_NOOP("ccs", "Paid directly to the client"),
    QT_TRANSLATE_NOOP("ccs", "Total collected"), QT_TRANSLATE_NOOP("ccs", "Commission on agency collections"),
    QT_TRANSLATE_NOOP("ccs", "Commission on direct payments"), QT_TRANSLATE_NOOP("ccs", "Total commission"))}


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def _item(value: Any, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:,.2f}" if hasattr(value, "quantize") else str(value))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RemittanceDialog(QDialog):
    statement_ready = Signal(object)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement: Statement | None = None
        self.setWindowTitle(self.tr("Remittance statement"))
        self.resize(960, 640)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.client = QComboBox()
        self.client.setObjectName("remitClient")
        self.client.setMinimumWidth(240)
        start, end = last_month(today or dt.date.today())
        self.start = DateInput(start, objectName="remitFrom")
        self.end = DateInput(end, objectName="remitTo")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showStatement")
        self.show_button.clicked.connect(self.load)
        bar.addWidget(QLabel(self.tr("Client:")))
        bar.addWidget(self.client)
        bar.addWidget(QLabel(self.tr("Payments from")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.status = QLabel(self.tr("Loading clients…"))
        self.status.setObjectName("remitStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.summary = QTableWidget(0, 2)
        self.summary.setObjectName("remitSummary")
        self.summary.setHorizontalHeaderLabels(["", self.tr("Amount")])
        self.summary.verticalHeader().setVisible(False)
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.setColumnWidth(1, 140)
        self.summary.verticalHeader().setDefaultSectionSize(24)
        self.summary.setHorizontalHeaderLabels([self.tr("Summary"), self.tr("Amount")])
        self.summary.setFixedHeight(self.summary.horizontalHeader().sizeHint().height() + 8 * 24 + 4)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setMaximumWidth(560)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.summary)
        self.detail = QTableWidget(0, len(remittance.DETAIL_HEADERS))
        self.detail.setObjectName("remitDetail")
        self.detail.setHorizontalHeaderLabels([t(h) if h in DETAIL_NAMES else h for h in remittance.DETAIL_HEADERS])
        self.detail.verticalHeader().setVisible(False)
        self.detail.setAlternatingRowColors(True)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        self.save_buttons = []
        for label, suffix in ((self.tr("Save PDF…"), ".pdf"), (self.tr("Save CSV…"), ".csv"),
                              (self.tr("Save Excel…"), ".xlsx")):
            button = QPushButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, s=suffix: self._ask_save(s))
            buttons.addWidget(button)
            self.save_buttons.append(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        ctx.query(self, remittance.clients, ctx.session_factory, ctx.actor, on_done=self._clients_loaded,
                  on_error=lambda m, _t: self.status.setText(self.tr("Cannot load clients: {message}").format(message=m)))

    def _clients_loaded(self, clients: list[tuple[str, str]]) -> None:
        for code, name in clients:
            self.client.addItem(f"{code} — {name}", code)
        self.status.setText(self.tr("Choose a client and a period, then Show."))

    def period(self) -> tuple[dt.date, dt.date] | None:
        start, end = self.start.value(), self.end.value()
        if start is None or end is None:
            self.status.setText(self.tr("The period: ") + (self.start.error() or self.end.error()))
            return None
        return start, end  # type: ignore[return-value]

    def load(self) -> None:
        code = self.client.currentData()
        if not code:
            return
        period = self.period()
        if period is None:
            return
        start, end = period
        self.status.setText(self.tr("Adding up the period…"))
        self.show_button.setEnabled(False)
        self.ctx.query(self, remittance.statement, self.ctx.session_factory, self.ctx.actor, code, start, end,
                       key="statement", progress=self.tr("Adding up the period…"), on_done=self._shown,
                       on_error=self._failed)

    def _failed(self, message: str, _trace: str) -> None:
        self.show_button.setEnabled(True)
        self.status.setText("<b>" + self.tr("No statement:") + "</b> " + message)
        self.failed.emit(message)

    def _shown(self, st: Statement) -> None:
        self.statement = st
        self.show_button.setEnabled(True)
        rate = self.tr("commission {pct}%").format(pct=st.base_pct)
        if st.tiers:
            rate += " (" + ", ".join(self.tr("{pct}% from {days} days").format(pct=tier.pct, days=tier.min_age_days)
                                     for tier in st.tiers) + ")"
        self.status.setText(
            f"<b>{st.client_name}</b> · "
            + self.tr("{start} to {end}").format(start=st.period_start, end=st.period_end) + f" · {st.currency} · "
            + (self.tr("gross remittance") if st.remit_gross else self.tr("net remittance")) + f" · {rate} · "
            + self.tr("%n payment(s)", "", len(st.lines)))
        rows = st.summary()
        self.summary.setRowCount(len(rows))
        for r, (label, value) in enumerate(rows):
            cells = (QTableWidgetItem(self._summary_label(r, label, st)), _item(value, right=True))
            for c, cell in enumerate(cells):
                if r in (2, 5, 6, 7):  # totals and what is owed
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.summary.setItem(r, c, cell)
        self.detail.setRowCount(len(st.lines))
        for r, line in enumerate(st.lines):
            values = remittance._detail_row(line)
            for c, value in enumerate(values):
                self.detail.setItem(r, c, _item(value, right=c >= 5))
        self.detail.resizeColumnsToContents()
        for button in self.save_buttons:
            button.setEnabled(True)
        self.statement_ready.emit(st)

    def _summary_label(self, row: int, label: str, st: Statement) -> str:
        if label in SUMMARY_NAMES:
            return t(label)
        if row == 6:
            return (self.tr("Remittance to {client} (gross)") if st.remit_gross
                    else self.tr("Remittance to {client} (net)")).format(client=st.client_code)
        if row == 7:
            return (self.tr("Due from {client} (commission invoice)") if st.remit_gross
                    else self.tr("Due from {client}")).format(client=st.client_code)
        return label

    def _ask_save(self, suffix: str) -> None:
        if self.statement is None:
            return
        st = self.statement
        default = f"remittance_{st.client_code}_{st.period_start:%Y%m%d}_{st.period_end:%Y%m%d}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"), default, f"*{suffix}")
        if path:
            self.save(path)

    def save(self, path: str | Path) -> None:
        """Write the shown statement (format by extension) on a worker."""
        if self.statement is None:
            return
        self.status.setText(self.tr("Writing {file}…").format(file=Path(path).name))
        self.ctx.query(self, remittance.export, self.statement, path, progress=self.tr("Writing the statement…"),
                       on_done=lambda p: (self.status.setText(self.tr("Saved {file}.").format(file=p)),
                                          self.saved.emit(str(p))),
                       on_error=self._failed)
