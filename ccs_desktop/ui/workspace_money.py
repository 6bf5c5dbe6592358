"""The workspace's money: one read of the account's promises, payments and balance history (`services/money/ledger`)
feeds the Promises tab, the Payments tab and the header's line with the next instalment due and the callback time.

The workspace hooks it in with `install(tabs)` and calls `show_account(...)` each time it shows the account, so it
reloads with the workspace whenever a write says the account changed (whoever made it: these tabs, the promise
dialog, the record panel).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

from ..services.money import ledger
from .i18n import t
from .money_format import day, escape, money
from .workspace_payments import PaymentsPanel
from .workspace_promises import PromisesPanel

TITLES = {"promises": QT_TRANSLATE_NOOP("ccs", "Promises"), "payments": QT_TRANSLATE_NOOP("ccs", "Payments")}


class MoneyTabs(QObject):
    loaded = Signal(object)   # ledger.AccountMoney

    def __init__(self, context: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.owner = parent
        self.account_id: uuid.UUID | None = None
        self.zones: tuple[str, ...] = ()
        self.today: dt.date | None = None
        self.money: ledger.AccountMoney | None = None
        self.promises = PromisesPanel(context)
        self.payments = PaymentsPanel(context)
        self.header_label = QLabel()
        self.header_label.setObjectName("arrangementLine")
        self.header_label.setWordWrap(True)
        self.header_label.hide()

    def install(self, tabs: QTabWidget) -> None:
        """Put the two panels in the workspace's tabs, where tabs of these titles are (else at the end)."""
        for key, panel in (("promises", self.promises), ("payments", self.payments)):
            holder = QScrollArea()  # narrow windows scroll down, never sideways
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setHorizontalScrollBarPolicy(holder.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
            holder.setWidget(panel)
            title = t(TITLES[key])
            index = next((i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title), -1)
            if index < 0:
                tabs.addTab(holder, title)
                continue
            old = tabs.widget(index)
            tabs.removeTab(index)
            tabs.insertTab(index, holder, title)
            if old is not None:
                old.deleteLater()

    def show_account(self, account_id: uuid.UUID, zones: tuple[str, ...], today: dt.date) -> None:
        if account_id != self.account_id:
            self.money = None
            self.promises.show_money(None)
            self.payments.show_money(None)
            self.header_label.hide()
        self.account_id, self.zones, self.today = account_id, zones, today
        self.promises.today = today
        self.payments.set_today(today)
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        self.context.query(self.owner, ledger.load, self.context.session_factory, self.context.actor, self.account_id,
                           self.today, key="money", on_done=self._show, on_error=self._failed)

    def _failed(self, message: str, _trace: str) -> None:
        self.promises.summary.setText(escape(message))
        self.payments.check_label.setText(escape(message))

    def _show(self, m: ledger.AccountMoney) -> None:
        if m.account_id != self.account_id:
            return
        self.money = m
        self.promises.show_money(m)
        self.payments.show_money(m)
        self._fill_header(m)
        self.loaded.emit(m)

    def _fill_header(self, m: ledger.AccountMoney) -> None:
        parts = []
        nxt = m.next_due
        if nxt is not None:
            parts.append(self.tr("Next instalment {amount} on {date}").format(amount=money(nxt[1], m.currency),
                                                                            date=day(nxt[0])))
        current = m.current
        if current is not None and current.approval == "pending":
            parts.append(self.tr("Promise waiting for a supervisor's approval"))
        elif current is not None and current.status == "broken":
            parts.append(self.tr("Broken promise"))
        if m.callback_at is not None:
            mine = m.callback_at.astimezone()
            when = f"{mine:%Y-%m-%d %H:%M}"
            if self.zones:
                theirs = m.callback_at.astimezone(ZoneInfo(self.zones[0]))
                when += " · " + self.tr("{time} consumer").format(time=f"{theirs:%H:%M %Z}")
            parts.append(self.tr("Callback {when}").format(when=when))
        self.header_label.setText("<b>" + escape(" · ".join(parts)) + "</b>" if parts else "")
        self.header_label.setVisible(bool(parts))
