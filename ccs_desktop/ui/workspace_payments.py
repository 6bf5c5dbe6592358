"""The workspace's Payments tab: post a payment received (amount, date, method, reference; allocated in the client's
order), the payments and reversals with how each was allocated across principal, interest, fees and costs and
who posted it, reversing one with a reason, and the balance history by component.

Posting and reversing go through `services/money/payments.py` (the roles and the access rule are checked there);
the history is the account's balance transactions with the running balance of each component, and the panel says
whether the stored balance is their sum. The panel is given the account's money by `ui/workspace_money.py`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.money import ledger, payments
from ..services.money.schedules import ZERO
from . import i18n
from .i18n import t
from .money_format import (
    COMPONENT_WORDS,
    METHOD_WORDS,
    SHOWN_COMPONENTS,
    STATUS_LABELS,
    TRANSACTION_WORDS,
    amount,
    escape,
    fitted_tree,
    iso_day,
    money,
    pydate,
    with_tooltips,
    word,
)
from .promise_dialogs import METHOD_LABELS, describe_posting, parse_money, qdate


class PaymentsPanel(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("paymentsPanel")
        self.money: ledger.AccountMoney | None = None
        self.today = dt.date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        post = QGroupBox(self.tr("Post a payment received"))
        grid = QGridLayout(post)
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 250.00"))
        self.paid_on = QDateEdit()
        self.paid_on.setObjectName("paymentDate")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setLocale(i18n.locale())
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method.setMinimumContentsLength(6)
        for method, label in METHOD_LABELS.items():
            self.method.addItem(t(label), method)
        self.reference = QLineEdit()
        self.reference.setObjectName("paymentReference")
        self.reference.setPlaceholderText(self.tr("authorisation, check or trace number"))
        self.reference.setMinimumWidth(60)
        self.amount.setMinimumWidth(60)
        grid.addWidget(QLabel(self.tr("Amount")), 0, 0)
        grid.addWidget(self.amount, 0, 1)
        grid.addWidget(QLabel(self.tr("Paid on")), 0, 2)
        grid.addWidget(self.paid_on, 0, 3)
        grid.addWidget(QLabel(self.tr("Method")), 1, 0)
        grid.addWidget(self.method, 1, 1)
        grid.addWidget(QLabel(self.tr("Reference")), 1, 2)
        grid.addWidget(self.reference, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.order_label = QLabel()
        self.order_label.setObjectName("allocationOrder")
        self.order_label.setWordWrap(True)
        self.order_label.setStyleSheet("color:#475467;")
        self.post_button = QPushButton(self.tr("&Post payment"))
        self.post_button.setObjectName("postPayment")
        self.post_button.clicked.connect(self.post)
        self.amount.returnPressed.connect(self.post)
        grid.addWidget(self.order_label, 2, 0, 1, 3)
        grid.addWidget(self.post_button, 2, 3)
        layout.addWidget(post)
        self.message = QLabel()
        self.message.setObjectName("paymentsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        title = QLabel(self.tr("Payments and reversals"))
        title.setStyleSheet("font-weight: bold;")
        row.addWidget(title, 1)
        self.reverse_button = QPushButton(self.tr("&Reverse…"))
        self.reverse_button.setObjectName("reversePayment")
        self.reverse_button.setToolTip(self.tr("A returned payment (NSF, stopped, charged back): a new negative payment "
                                               "restores what it paid; the payment itself is kept"))
        self.reverse_button.setEnabled(False)
        self.reverse_button.clicked.connect(self._ask_reverse)
        row.addWidget(self.reverse_button)
        top_layout.addLayout(row)
        self.payments = fitted_tree([self.tr("Paid on"), self.tr("Amount"), self.tr("How, by whom"),
                                     self.tr("Allocated")], "paymentsList", sized=(0, 1))
        self.payments.itemSelectionChanged.connect(self._selection_changed)
        top_layout.addWidget(self.payments)
        split.addWidget(top)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Balance history"))
        title.setStyleSheet("font-weight: bold;")
        bottom_layout.addWidget(title)
        self.check_label = QLabel()
        self.check_label.setObjectName("balanceCheck")
        self.check_label.setWordWrap(True)
        bottom_layout.addWidget(self.check_label)
        self.history = fitted_tree([self.tr("When")] + [t(COMPONENT_WORDS[c]) for c in SHOWN_COMPONENTS]
                                   + [self.tr("Balance")], "balanceHistory", sized=(0,))
        bottom_layout.addWidget(self.history)
        split.addWidget(bottom)
        layout.addWidget(split, 1)
        self.show_money(None)

    # --- showing ----------------------------------------------------------------------------------------

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self.paid_on.setMaximumDate(qdate(today))
        self.paid_on.setDate(qdate(today))

    def show_money(self, m: ledger.AccountMoney | None) -> None:
        same = m is not None and self.money is not None and self.money.account_id == m.account_id
        self.money = m
        if not same:
            self.message.hide()
            self.amount.clear()
            self.reference.clear()
        self.post_button.setEnabled(m is not None)
        if m is None:
            self.order_label.setText("")
            self.payments.clear()
            self.history.clear()
            self.check_label.setText(self.tr("Loading…"))
            return
        self.order_label.setText(self.tr("Allocated in the client's order: {order}").format(
            order=" → ".join(word(COMPONENT_WORDS, c) for c in m.allocation_order)))
        self._fill_payments(m)
        self._fill_history(m)

    def _fill_payments(self, m: ledger.AccountMoney) -> None:
        selected = self.selected_payment()
        self.payments.clear()
        for p in m.payments:
            how = word(METHOD_WORDS, p.method) + (f" · {p.reference}" if p.reference else "")
            how += "\n" + self.tr("by {who}").format(who=p.posted_by)
            parts = [f"{word(COMPONENT_WORDS, c)} {amount(p.allocation[c])}" for c in m.allocation_order
                     if p.allocation.get(c)]
            item = QTreeWidgetItem([iso_day(p.paid_on), money(p.amount, m.currency), how, "\n".join(parts) or "—"])
            item.setData(0, Qt.ItemDataRole.UserRole, p.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if p.reverses_id is not None:
                item.setText(2, item.text(2) + "\n" + self.tr("Reversal: {reason}").format(reason=p.note or ""))
                item.setForeground(1, QBrush(QColor("#b42318")))
            elif p.reversed_by_id is not None:
                item.setText(2, item.text(2) + "\n" + self.tr("Reversed"))
                font = item.font(1)
                font.setStrikeOut(True)
                item.setFont(1, font)
            self.payments.addTopLevelItem(with_tooltips(item))
            if p.id == selected:
                item.setSelected(True)
        if not m.payments:
            self.payments.addTopLevelItem(QTreeWidgetItem([self.tr("No payments yet."), "", "", ""]))
        self._selection_changed()

    def _fill_history(self, m: ledger.AccountMoney) -> None:
        self.history.clear()
        for line in reversed(m.history):  # newest first
            cells = [iso_day(line.effective_on) + "\n" + word(TRANSACTION_WORDS, line.kind)]
            for c in SHOWN_COMPONENTS:
                change = line.change[c]
                cells.append(amount(line.balance[c]) + (f"\n({change:+,.2f})" if change else ""))
            total = sum((line.change[c] for c in SHOWN_COMPONENTS), ZERO)
            cells.append(amount(line.balance["total"]) + (f"\n({total:+,.2f})" if total else ""))
            item = QTreeWidgetItem(cells)
            for col in range(1, len(cells)):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if line.memo:
                item.setToolTip(0, line.memo)
            self.history.addTopLevelItem(with_tooltips(item))
        total = money(m.balance["total"], m.currency)
        if m.consistent:
            self.check_label.setText(self.tr("Balance {total}: the sum of the account's transactions ({count}).")
                                     .format(total=total, count=len(m.history)))
            self.check_label.setStyleSheet("color:#027a48;")
        else:
            self.check_label.setText(self.tr("The stored balance {total} is not the sum of its transactions: "
                                             "tell an administrator (ccs-desktop promises verify-balances).")
                                     .format(total=total))
            self.check_label.setStyleSheet("color:#b42318; font-weight: bold;")

    def selected_payment(self) -> uuid.UUID | None:
        items = self.payments.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        chosen = self.selected_payment()
        p = next((p for p in self.money.payments if p.id == chosen), None) if self.money and chosen else None
        self.reverse_button.setEnabled(p is not None and p.reverses_id is None and p.reversed_by_id is None)

    # --- actions ----------------------------------------------------------------------------------------

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color:#b42318;" if error else "color:#027a48;")
        self.message.setText(escape(text))
        self.message.setVisible(bool(text))

    def post(self) -> None:
        if self.money is None:
            return
        try:
            value = parse_money(self.amount.text())
        except ValueError as exc:
            self._show_message(str(exc), True)
            return
        if value is None:
            self._show_message(self.tr("Enter the amount received."), True)
            self.amount.setFocus()
            return
        data = payments.PaymentInput(self.money.account_id, value, pydate(self.paid_on.date()), self.method.currentData(),
                                     reference=self.reference.text().strip() or None)
        currency = self.money.currency
        self.post_button.setEnabled(False)
        self.context.write(self, payments.post_payment, self.context.session_factory, self.context.actor, data,
                           progress=self.tr("Posting the payment…"),
                           on_done=lambda result: self._posted(result, currency), on_error=self._failed)

    def _posted(self, result: payments.PostResult, currency: str) -> None:
        self.post_button.setEnabled(True)
        self.amount.clear()
        self.reference.clear()
        if result.payment.reverses_id is None:
            self._show_message(describe_posting(result, currency))
            return
        text = self.tr("Reversed {amount}; the balance is {balance}.").format(
            amount=money(-result.payment.amount, currency), balance=money(result.balance_after, currency))
        if result.promise_status is not None:
            status = word(STATUS_LABELS, result.promise_status.value).lower()
            text += " " + self.tr("The promise is now {status}.").format(status=status)
        self._show_message(text)

    def _failed(self, message: str, _trace: str) -> None:
        """Nothing typed is cleared; the message says what was refused."""
        self.post_button.setEnabled(self.money is not None)
        self._show_message(message, True)

    def _ask_reverse(self) -> None:
        payment_id = self.selected_payment()
        if payment_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reverse the payment"),
                                          self.tr("Why was it returned? (e.g. NSF, stopped, charged back)"))
        if ok and reason.strip():
            self.reverse(payment_id, reason)

    def reverse(self, payment_id: uuid.UUID, reason: str) -> None:
        currency = self.money.currency if self.money else "USD"
        self.reverse_button.setEnabled(False)
        self.context.write(self, payments.reverse_payment, self.context.session_factory, self.context.actor,
                           payment_id, reason, progress=self.tr("Reversing the payment…"),
                           on_done=lambda result: self._posted(result, currency), on_error=self._failed)
