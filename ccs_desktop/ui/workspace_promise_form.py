"""The record panel's promise form: key 6 ("Promise to pay") opens it under the result keys, and Ctrl+Enter records
the contact and takes the promise in one transaction (`services/money/promise_call.py`).

One payment (amount and date) or a plan (total, number of instalments, how often, first date), and how the
consumer will pay. The live line under it is the promise service's own quote (`promises.preview`): the schedule,
and whether the client's caps send it to a supervisor for approval, exactly as the promise dialog says it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ..models.enums import PlanFrequency, PromiseKind
from ..services.money import promises
from ..services.money.promises import PromiseRequest
from . import i18n
from .i18n import t
from .money_format import day, escape, money, pydate
from .promise_dialogs import FREQUENCY_LABELS, METHOD_LABELS, parse_money, qdate

PROMISE_CODE = "PTP"


class InlinePromiseForm(QGroupBox):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("inlinePromise")
        self.setTitle(self.tr("Promise to pay"))
        self.setToolTip(self.tr("Saved with the contact in one step: Ctrl+Enter records both, or neither"))
        self.account_id: uuid.UUID | None = None
        self.currency = "USD"
        self.today = dt.date.today()
        self.quote: promises.PromiseQuote | None = None
        self._generation = 0
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.single = QRadioButton(self.tr("One payment"))
        self.single.setObjectName("promiseSingle")
        self.plan = QRadioButton(self.tr("Plan"))
        self.plan.setObjectName("promisePlan")
        self.single.setChecked(True)
        for button in (self.single, self.plan):
            self.kind_group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        form.addRow(kinds)
        self.amount = QLineEdit()
        self.amount.setObjectName("promiseAmount")
        form.addRow(self.tr("Amount"), self.amount)
        self.first_due = QDateEdit()
        self.first_due.setObjectName("promiseDate")
        self.first_due.setCalendarPopup(True)
        self.first_due.setLocale(i18n.locale())
        self.first_due.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Pays on"), self.first_due)
        plan_row = QHBoxLayout()
        plan_row.setContentsMargins(0, 0, 0, 0)
        self.count = QSpinBox()
        self.count.setObjectName("promiseCount")
        self.count.setRange(2, 260)
        self.count.setValue(6)
        self.frequency = QComboBox()
        self.frequency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.frequency.setMinimumContentsLength(8)
        self.frequency.setObjectName("promiseFrequency")
        for frequency in (PlanFrequency.WEEKLY, PlanFrequency.BIWEEKLY, PlanFrequency.MONTHLY):
            self.frequency.addItem(t(FREQUENCY_LABELS[frequency]), frequency)
        self.frequency.setCurrentIndex(2)
        plan_row.addWidget(self.count)
        plan_row.addWidget(self.frequency, 1)
        self.plan_box = QWidget()
        self.plan_box.setLayout(plan_row)
        form.addRow(self.tr("Payments"), self.plan_box)
        self.method = QComboBox()
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method.setMinimumContentsLength(8)
        self.method.setObjectName("promiseMethod")
        for method, label in METHOD_LABELS.items():
            self.method.addItem(t(label), method)
        self.method.setCurrentIndex(1)
        form.addRow(self.tr("Pays by"), self.method)
        self.replace_box = QCheckBox(self.tr("Replaces the current arrangement"))
        self.replace_box.setObjectName("promiseReplaces")
        self.replace_box.setToolTip(self.tr("The open promise is cancelled in the same step; if the new one is "
                                            "refused, the old one stays as it was"))
        self.replace_box.hide()
        form.addRow(self.replace_box)
        self.replaces: uuid.UUID | None = None
        self.preview_label = QLabel()
        self.preview_label.setObjectName("promisePreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.preview_label)
        self.form = form
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh_preview)
        self.amount.textChanged.connect(self._changed)
        self.first_due.dateChanged.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.frequency.currentIndexChanged.connect(self._changed)
        self.method.currentIndexChanged.connect(self._changed)
        self.kind_group.buttonToggled.connect(lambda *_: self._changed())
        self.replace_box.toggled.connect(self._changed)
        self._update_fields()
        self.hide()

    # --- the account, the code ------------------------------------------------------------------------

    def set_account(self, account_id: uuid.UUID, currency: str, today: dt.date) -> None:
        """A newly opened account: an empty form (nothing carries over from the last consumer)."""
        self.account_id, self.currency, self.today = account_id, currency, today
        self.first_due.setMinimumDate(qdate(today))
        self.first_due.setDate(qdate(today + dt.timedelta(days=1)))
        self.amount.clear()
        self.single.setChecked(True)
        self.replaces = None
        self.replace_box.setChecked(False)
        self.replace_box.hide()
        self.quote = None
        self.preview_label.setText("")
        self.hide()

    def set_money(self, money: Any) -> None:
        """The account's money (ui/workspace_money.py): an open promise can be replaced from here, as "Change"."""
        current = money.current if money is not None and money.account_id == self.account_id else None
        self.replaces = current.id if current is not None and current.open else None
        self.replace_box.setVisible(self.replaces is not None)
        if self.replaces is None:
            self.replace_box.setChecked(False)

    def follow_code(self, code: str | None) -> None:
        """Shown while the result is "Promise to pay"; the amount takes the keyboard."""
        wanted = code == PROMISE_CODE
        self.setVisible(wanted)
        if wanted:
            self.amount.setFocus()
            self.refresh_preview()

    def wanted(self) -> bool:
        return not self.isHidden()

    def _update_fields(self) -> None:
        plan = self.plan.isChecked()
        self.form.setRowVisible(self.plan_box, plan)
        self.form.labelForField(self.amount).setText(self.tr("Plan total") if plan else self.tr("Amount"))
        self.form.labelForField(self.first_due).setText(self.tr("First payment") if plan else self.tr("Pays on"))
        self.amount.setPlaceholderText(self.tr("the whole balance") if plan else self.tr("e.g. 250.00"))

    def _changed(self, *_args: Any) -> None:
        self._update_fields()
        self._debounce.start()

    # --- the request and its quote --------------------------------------------------------------------

    def request(self) -> PromiseRequest:
        """What the fields say (raises ValueError for an amount that is not one)."""
        if self.account_id is None:
            raise ValueError(self.tr("No account is open."))
        replaces = self.replaces if self.replace_box.isChecked() else None
        common = dict(account_id=self.account_id, first_due=pydate(self.first_due.date()),
                      method=self.method.currentData(), today=self.today, replaces_id=replaces)
        value = parse_money(self.amount.text())
        if self.plan.isChecked():
            return PromiseRequest(kind=PromiseKind.PLAN, total=value, count=self.count.value(),
                                  frequency=self.frequency.currentData(), **common)
        if value is None:
            raise ValueError(self.tr("Enter the amount promised."))
        return PromiseRequest(kind=PromiseKind.SINGLE, amount=value, **common)

    def checked_request(self) -> PromiseRequest | None:
        """The request, or None with the reason shown in the form (nothing is sent)."""
        try:
            return self.request()
        except ValueError as exc:
            self.show_error(str(exc))
            self.amount.setFocus()
            return None

    def refresh_preview(self) -> None:
        if not self.wanted() or self.account_id is None:
            return
        try:
            request = self.request()
        except ValueError as exc:
            self.quote = None
            self.preview_label.setText(f"<span style='color:#475467'>{escape(str(exc))}</span>")
            return
        self._generation += 1
        generation = self._generation
        self.context.query(self, promises.preview, self.context.session_factory, self.context.actor, request,
                           key="preview", on_done=lambda q: self._previewed(generation, q),
                           on_error=lambda message, _t: self.show_error(message))

    def _previewed(self, generation: int, quote: promises.PromiseQuote) -> None:
        if generation != self._generation:
            return
        self.quote = quote
        lines = quote.lines
        if len(lines) == 1:
            text = self.tr("{amount} on {date}").format(amount=money(lines[0].amount, self.currency),
                                                        date=day(lines[0].due_date))
        else:
            text = self.tr("{count} payments of {amount}, {first} to {last}").format(
                count=len(lines), amount=money(lines[0].amount, self.currency), first=day(lines[0].due_date),
                last=day(lines[-1].due_date))
        text = escape(text + " · " + self.tr("balance {balance}").format(balance=money(quote.balance, self.currency)))
        if quote.needs_approval and not self.context.actor.is_supervisor:
            note = self.tr("Needs a supervisor's approval:") + " " + " ".join(quote.approval_reasons)
            text += f"<br><span style='color:#92400e'>{escape(note)}</span>"
        elif quote.needs_approval:
            note = self.tr("Beyond the client's rules; recorded as approved by you:") + " " + " ".join(quote.approval_reasons)
            text += f"<br><span style='color:#166534'>{escape(note)}</span>"
        else:
            within = escape(self.tr("Within the client's rules."))
            text += f"<br><span style='color:#166534'>{within}</span>"
        self.preview_label.setText(text)

    def show_error(self, message: str) -> None:
        self.quote = None
        self.preview_label.setText(f"<span style='color:#b42318'>{escape(message)}</span>")

    def taken(self, promise: Any) -> str:
        """After a save: the form closes and empties; returns what to say about the promise."""
        self.amount.clear()
        self.replace_box.setChecked(False)
        self.quote = None
        self.preview_label.setText("")
        self.hide()
        status = str(promise.status).replace("_", " ")
        return self.tr("Promise of {amount} taken ({status}).").format(
            amount=money(promise.total_amount, self.currency), status=status)


def record_with_promise(session_factory: Any, actor: Any, attempt: Any, request: PromiseRequest) -> tuple[str, Any]:
    """Worker: the contact and the promise in one transaction; a guardrail refusal comes back with its decision."""
    from ..services.contacts.attempts import ContactBlocked
    from ..services.money.promise_call import record_promise_call

    try:
        return "recorded", record_promise_call(session_factory, actor, attempt, request)
    except ContactBlocked as blocked:
        return "blocked", blocked.decision
