"""Open complaints about the consumers the supervisor answers for, the soonest response due first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.context import Changes
from ...services.facts import views
from ..context import AppContext
from .common import Panel, fill, table

SOURCES = {"consumer": "Consumer", "cfpb": "CFPB", "state_regulator": "State regulator", "bbb": "BBB"}


class ComplaintsTab(Panel):
    """Each open complaint: due date (overdue in red), where it came from, account, consumer, status, summary.
    Double-click opens the account, where its Facts tab responds to or closes it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = table((self.tr("Response due"), self.tr("From"), self.tr("Received"), self.tr("Account"),
                            self.tr("Consumer"), self.tr("Status"), self.tr("What about")), "complaintsTable")
        self.table.doubleClicked.connect(self._open_account)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Open complaints, the soonest response due first. Double-click to open the "
                                     "account; close a complaint from its Facts tab.")))
        top.addStretch(1)
        top.addWidget(QPushButton(self.tr("Refresh"), clicked=self.refresh))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        self._started = False
        self.rows: list[views.OpenComplaint] = []
        ctx.changed.connect(self._changed)

    def start(self) -> None:
        self._started = True
        self.refresh()

    def _changed(self, changes: Changes, _by: object) -> None:
        if self._started and (changes.accounts or changes.all_accounts):
            self.refresh()

    def refresh(self) -> None:
        self.run(views.open_complaints, self.ctx.session_factory, self.ctx.actor, key="load", on_done=self._show)

    def _show(self, rows: list[views.OpenComplaint]) -> None:
        self.rows = rows
        fill(self.table, [(r.due_on or self.tr("no date"), SOURCES.get(r.received_from, r.received_from),
                           r.received_at, r.account_number, r.consumer, r.status, r.summary or "") for r in rows],
             data=[r.account_id for r in rows])
        for i, r in enumerate(rows):
            if r.overdue:
                for c in range(self.table.columnCount()):
                    self.table.item(i, c).setForeground(QColor("#b42318"))
        overdue = sum(r.overdue for r in rows)
        self.say(self.tr("%n open complaint(s)", "", len(rows))
                 + (", " + self.tr("%n overdue", "", overdue) if overdue else ""), error=bool(overdue))

    def _open_account(self, index: Any) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.ctx.open_account(item.data(Qt.ItemDataRole.UserRole))
