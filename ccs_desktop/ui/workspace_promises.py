"""The workspace's Promises tab: the arrangement in force with each instalment (due date, amount, paid, kept /
partly kept / broken / pending) and its approval state, the account's earlier promises, and the actions: take a
promise, change it, cancel it, and (a supervisor) approve or reject one waiting for approval.

Taking and changing open the promise dialog (`ui/promise_dialogs.py`, the one promise service behind it); the
panel is given the account's money by `ui/workspace_money.py` and refreshes when a write says the account changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.money import ledger, promises
from .i18n import t
from .money_format import (
    FREQUENCY_WORDS,
    KIND_LABELS,
    METHOD_WORDS,
    STATE_COLOURS,
    STATE_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    day,
    escape,
    fitted_tree,
    instalment_state,
    money,
    with_tooltips,
    word,
)


class PromisesPanel(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("promisesPanel")
        self.money: ledger.AccountMoney | None = None
        self.account_id: uuid.UUID | None = None
        self.today: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel(self.tr("Current arrangement"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("arrangementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("&Take a promise…"))
        self.take_button.setObjectName("takePromise")
        self.take_button.clicked.connect(lambda: self.open_promise_dialog())
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.change_button.setObjectName("changePromise")
        self.change_button.setToolTip(self.tr("Replace the arrangement: the new one is taken and this one cancelled "
                                              "in one step"))
        self.change_button.clicked.connect(lambda: self.open_promise_dialog(change=True))
        self.cancel_button = QPushButton(self.tr("Cancel it…"))
        self.cancel_button.setObjectName("cancelPromise")
        self.cancel_button.clicked.connect(self._ask_cancel)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approvePromise")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectPromise")
        self.reject_button.clicked.connect(self._ask_reject)
        for button in (self.take_button, self.change_button, self.cancel_button, self.approve_button,
                       self.reject_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.schedule = fitted_tree([self.tr("#"), self.tr("Due"), self.tr("Amount"), self.tr("Paid"), self.tr("State")],
                                    "promiseSchedule", sized=(0, 4))
        layout.addWidget(self.schedule, 3)
        self.message = QLabel()
        self.message.setObjectName("promisesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        history = QLabel(self.tr("Earlier promises"))
        history.setStyleSheet("font-weight: bold;")
        layout.addWidget(history)
        self.history = fitted_tree([self.tr("Taken"), self.tr("Arrangement"), self.tr("Status"), self.tr("Paid")],
                                   "promiseHistory", sized=(0, 2, 3))
        self.history.setRootIsDecorated(True)
        layout.addWidget(self.history, 2)
        self.show_money(None)

    # --- showing ----------------------------------------------------------------------------------------

    def show_money(self, m: ledger.AccountMoney | None) -> None:
        self.money = m
        current = m.current if m else None
        self._fill_summary(m, current)
        self._fill_schedule(m, current)
        self._fill_history(m, current)
        actor = self.context.actor
        open_ = current is not None and current.open
        pending = current is not None and current.approval == "pending"
        self.take_button.setVisible(m is not None and not open_)
        self.change_button.setVisible(open_)
        self.cancel_button.setVisible(open_)
        may_decide = pending and actor.is_supervisor and (actor.is_admin or current.taken_by_id != actor.user_id)
        self.approve_button.setVisible(may_decide)
        self.reject_button.setVisible(may_decide)

    def _fill_summary(self, m: ledger.AccountMoney | None, p: ledger.PromiseView | None) -> None:
        if m is None:
            self.summary.setText(self.tr("Loading…"))
            return
        if p is None:
            self.summary.setText(self.tr("No promise on this account yet. Key 6 on a call takes one with the contact."))
            return
        cur = m.currency
        colour = STATUS_COLOURS.get(p.status, "#000")
        what = f"<b>{escape(word(KIND_LABELS, p.kind))} {money(p.total, cur)}</b>"
        if len(p.instalments) > 1:
            what += " · " + self.tr("{count} payments").format(count=len(p.instalments)) + " " + word(
                FREQUENCY_WORDS, p.frequency)
        if p.discount_pct is not None:
            what += " · " + self.tr("{percent}% off").format(percent=p.discount_pct)
        if p.method:
            what += " · " + escape(word(METHOD_WORDS, p.method))
        lines = [what + f" · <span style='color:{colour}; font-weight:bold'>{word(STATUS_LABELS, p.status)}</span>"]
        lines.append(escape(self.tr("Taken by {who} on {when}").format(who=p.taken_by, when=day(p.taken_at.date()))
                                 + " · " + self.tr("paid {paid} of {total}").format(paid=money(p.paid, cur),
                                                                                     total=money(p.total, cur))))
        lines.append(self._approval_text(p))
        if p.end_reason:
            lines.append(escape(self.tr("Why it ended: {reason}").format(reason=p.end_reason)))
        nxt = m.next_due
        if nxt is not None and p.open:
            lines.append("<b>" + escape(self.tr("Next: {amount} on {date}").format(
                amount=money(nxt[1], cur), date=day(nxt[0]))) + "</b>")
        self.summary.setText("<br>".join(line for line in lines if line))

    def _approval_text(self, p: ledger.PromiseView) -> str:
        reasons = escape(" ".join(p.approval_reasons))
        if p.approval == "pending":
            return ("<span style='color:#b54708'>" + escape(self.tr("Waiting for a supervisor's approval:"))
                    + f" {reasons}</span>")
        if p.approval == "rejected":
            return "<span style='color:#b42318'>" + escape(self.tr("Rejected by {who} on {when}.").format(
                who=p.decided_by or "", when=day(p.decided_at.date()) if p.decided_at else "")) + "</span>"
        if p.approval == "approved":
            return escape(self.tr("Approved by {who} on {when}").format(
                who=p.decided_by or "", when=day(p.decided_at.date()) if p.decided_at else "")
                + (": " + " ".join(p.approval_reasons) if p.approval_reasons else "."))
        return escape(self.tr("Within the client's rules."))

    def _fill_schedule(self, m: ledger.AccountMoney | None, p: ledger.PromiseView | None) -> None:
        self.schedule.clear()
        if m is None or p is None:
            return
        for inst in p.instalments:
            state = instalment_state(inst.state, inst.past_due)
            item = QTreeWidgetItem([str(inst.seq), day(inst.due_date), money(inst.amount, m.currency),
                                    money(inst.paid, m.currency), word(STATE_LABELS, state)])
            for col in (2, 3):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(4, QBrush(QColor(STATE_COLOURS.get(state, "#000"))))
            font = item.font(4)
            font.setBold(True)
            item.setFont(4, font)
            item.setData(0, Qt.ItemDataRole.UserRole, state)
            if state == "past_due":
                item.setToolTip(4, self.tr("Not paid yet and its date has passed: it is judged once the client's "
                                           "grace days are over."))
            self.schedule.addTopLevelItem(item)

    def _fill_history(self, m: ledger.AccountMoney | None, current: ledger.PromiseView | None) -> None:
        self.history.clear()
        if m is None:
            return
        for p in m.promises:
            if current is not None and p.id == current.id:
                continue
            arrangement = f"{word(KIND_LABELS, p.kind)} {money(p.total, m.currency)}"
            if len(p.instalments) > 1:
                arrangement += "\n" + self.tr("{count} payments").format(count=len(p.instalments))
            top = QTreeWidgetItem([day(p.taken_at.date()) + "\n" + p.taken_by, arrangement,
                                   word(STATUS_LABELS, p.status), money(p.paid, m.currency)])
            top.setForeground(2, QBrush(QColor(STATUS_COLOURS.get(p.status, "#000"))))
            if p.end_reason:
                top.setToolTip(2, p.end_reason)
            for inst in p.instalments:
                state = instalment_state(inst.state, inst.past_due)
                child = QTreeWidgetItem([day(inst.due_date), money(inst.amount, m.currency), word(STATE_LABELS, state),
                                         money(inst.paid, m.currency)])
                child.setForeground(2, QBrush(QColor(STATE_COLOURS.get(state, "#000"))))
                top.addChild(with_tooltips(child))
            self.history.addTopLevelItem(with_tooltips(top))
        if self.history.topLevelItemCount() == 0:
            self.history.addTopLevelItem(QTreeWidgetItem([self.tr("None"), "", "", ""]))

    # --- actions ----------------------------------------------------------------------------------------

    def open_promise_dialog(self, change: bool = False) -> Any:
        """The promise dialog on this account; to change, the new arrangement replaces the open one."""
        from .promise_dialogs import TakePromiseDialog

        if self.money is None:
            return None
        current = self.money.current
        replaces = current.id if change and current is not None and current.open else None
        dialog = TakePromiseDialog(self.context, self.money.account_id, self, today=self.today, replaces=replaces)
        dialog.open()
        return dialog

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color:#b42318;" if error else "color:#027a48;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _ask_cancel(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel the promise"),
                                          self.tr("Why is the promise cancelled? (kept with it)"))
        if ok and reason.strip():
            self.cancel_current(reason)

    def cancel_current(self, reason: str) -> None:
        current = self.money.current if self.money else None
        if current is None:
            return
        self.context.write(self, promises.cancel, self.context.session_factory, self.context.actor, current.id, reason,
                           progress=self.tr("Cancelling the promise…"),
                           on_done=lambda _p: self._show_message(self.tr("The promise is cancelled.")),
                           on_error=lambda message, _t: self._show_message(message, True))

    def _ask_reject(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Reject the promise"),
                                          self.tr("Why is it rejected? The collector sees the reason."))
        if ok and reason.strip():
            self.decide(False, reason)

    def decide(self, approve: bool, reason: str | None = None) -> None:
        current = self.money.current if self.money else None
        if current is None:
            return
        fn = promises.approve if approve else promises.reject
        self.context.write(self, fn, self.context.session_factory, self.context.actor, current.id, reason,
                           progress=self.tr("Saving…"),
                           on_done=lambda _p: self._show_message(self.tr("Approved.") if approve else self.tr("Rejected.")),
                           on_error=lambda message, _t: self._show_message(message, True))
