"""Dialogs to take a promise (single, plan, settlement) with a live schedule preview, and to post a payment.

Both load the account's facts and talk to the services on worker threads; the schedule preview asks the
same `promises.quote` the service uses when it records the promise, so what the collector sees is what is
stored (and whether it needs a supervisor's approval, with the reasons).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import PaymentMethod, PlanFrequency, PromiseKind
from ..services.letters import arrangement
from ..services.money import payments, promises
from ..services.money.promises import PromiseRequest, fmt_money
from . import i18n, workers
from .context import AppContext
from .date_input import DateInput, DateInputError, day_first, parse_date
from .i18n import t

METHOD_LABELS = {PaymentMethod.CARD: QT_TRANSLATE_NOOP("ccs", "Card"), PaymentMethod.ACH: QT_TRANSLATE_NOOP("ccs", "ACH (bank transfer)"),
                 PaymentMethod.CHECK: QT_TRANSLATE_NOOP("ccs", "Check"), PaymentMethod.CASH: QT_TRANSLATE_NOOP("ccs", "Cash"),
                 PaymentMethod.CLIENT_DIRECT: QT_TRANSLATE_NOOP("ccs", "Paid to the client directly")}
FREQUENCY_LABELS = {PlanFrequency.WEEKLY: QT_TRANSLATE_NOOP("ccs", "Weekly"), PlanFrequency.BIWEEKLY: QT_TRANSLATE_NOOP("ccs", "Every two weeks"),
                    PlanFrequency.MONTHLY: QT_TRANSLATE_NOOP("ccs", "Monthly"), PlanFrequency.CUSTOM: QT_TRANSLATE_NOOP("ccs", "Dates chosen by hand")}


def typed_date(field: DateInput) -> dt.date:
    """The date a field holds; ValueError with the field's own message when what is typed is not one it takes."""
    value = field.value()
    if value is None:
        raise ValueError(field.error() or "type a date")
    return value.date() if isinstance(value, dt.datetime) else value


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def parse_money(text: str) -> Decimal | None:
    cleaned = text.replace("$", "").replace(",", "").replace("CA", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(t(QT_TRANSLATE_NOOP("ccs", "“{text}” is not an amount")).format(text=text)) from None


def _methods(box: QComboBox) -> None:
    for method, label in METHOD_LABELS.items():
        box.addItem(t(label), method)


class _AccountHeader(QLabel):
    def show_context(self, c: promises.ArrangementContext) -> None:
        promise = "<br/>" + self.tr("Current promise: {promise}").format(promise=c.open_promise) if c.open_promise else ""
        rules = self.tr("Client rules: instalments from {minimum}, settlement discount up to {discount}%, plans up to "
                        "{months} months, {grace} days' grace.").format(
            minimum=fmt_money(c.min_instalment, c.currency), discount=c.max_settlement_discount_pct,
            months=c.max_plan_months, grace=c.grace_days)
        balance = self.tr("Balance {amount}").format(amount=f"<b>{fmt_money(c.balance, c.currency)}</b>")
        self.setText(f"<b>{c.account_number}</b> · {c.consumer} · {c.client}<br/>"
                     f"{balance}{promise}<br/><span style='color:#4b5563'>{rules}</span>")


class TakePromiseDialog(QDialog):
    """Take a promise to pay on one account; beyond the client's rules it is sent for approval."""

    taken = Signal(object)  # the Promise

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None, *,
                 contact_id: uuid.UUID | None = None, today: dt.date | None = None,
                 replaces: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.account_id, self.contact_id = ctx, account_id, contact_id
        self.replaces = replaces  # a change: the open promise the new one replaces (cancelled in the same step)
        self.today = today or dt.date.today()
        self.context: promises.ArrangementContext | None = None
        self.quote: promises.PromiseQuote | None = None
        self.promise: Any = None
        self._generation = 0
        self.setWindowTitle(self.tr("Change the arrangement") if replaces else self.tr("Take a promise to pay"))
        self.setMinimumWidth(620)
        self.resize(660, 700)

        self.header = _AccountHeader(self.tr("Loading the account…"))
        self.header.setWordWrap(True)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons = {}
        for kind, label in ((PromiseKind.SINGLE, self.tr("One payment")), (PromiseKind.PLAN, self.tr("Payment plan")),
                            (PromiseKind.SETTLEMENT, self.tr("Settlement"))):
            button = QRadioButton(label)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_buttons[PromiseKind.PLAN].setChecked(True)

        self.first_due = DateInput(self.today + dt.timedelta(days=1), past=False, today=lambda: self.today,
                                   latest=self.today + promises.FIRST_PAYMENT_WITHIN, objectName="firstDue")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 250.00"))
        self.total = QLineEdit()
        self.total.setPlaceholderText(self.tr("the whole balance"))
        self.frequency = QComboBox()
        for f, label in FREQUENCY_LABELS.items():
            self.frequency.addItem(t(label), f)
        self.frequency.setCurrentIndex(2)
        self.by_count = QRadioButton(self.tr("Number of instalments"))
        self.by_amount = QRadioButton(self.tr("Amount per instalment"))
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, 260)
        self.count.setValue(6)
        self.per = QLineEdit()
        self.per.setPlaceholderText(self.tr("e.g. 100.00"))
        self.custom = QPlainTextEdit()
        self.custom.setPlaceholderText(self.tr("One payment per line: date and amount, e.g.\n2026-12-05 200.00\n"
                                               "2026-12-20 150.00\n(leave the amounts out to split the total evenly)"))
        self.custom.setMaximumHeight(90)
        self.method = QComboBox()
        _methods(self.method)
        self.method.setCurrentIndex(1)
        self.note = QLineEdit()
        self.letter_box = QCheckBox(self.tr("Create the confirmation letter"))
        self.letter_box.setChecked(True)

        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("First payment on"), self.first_due)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Plan total"), self.total)
        form.addRow(self.tr("How often"), self.frequency)
        split = QHBoxLayout()
        split.addWidget(self.by_count)
        split.addWidget(self.count)
        split.addWidget(self.by_amount)
        split.addWidget(self.per)
        self.split_row = QWidget()
        self.split_row.setLayout(split)
        split.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Instalments"), self.split_row)
        form.addRow(self.tr("Dates"), self.custom)
        form.addRow(self.tr("Will pay by"), self.method)
        form.addRow(self.tr("Note"), self.note)

        self.schedule = QTableWidget(0, 2)
        self.schedule.setObjectName("schedulePreview")
        self.schedule.setHorizontalHeaderLabels([self.tr("Due date"), self.tr("Amount")])
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.verticalHeader().setVisible(True)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.setMinimumHeight(180)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("promiseMessage")
        self.message.setWordWrap(True)
        preview = QGroupBox(self.tr("Schedule"))
        pl = QVBoxLayout(preview)
        pl.addWidget(self.schedule)
        pl.addWidget(self.summary)
        pl.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Take promise"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addLayout(kinds)
        lay.addLayout(form)
        lay.addWidget(preview, 1)
        lay.addWidget(self.letter_box)
        lay.addWidget(self.buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh_preview)
        for w in (self.amount, self.total, self.per):
            w.textChanged.connect(self._changed)
        self.custom.textChanged.connect(self._changed)
        self.first_due.dateChanged.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.frequency.currentIndexChanged.connect(self._changed)
        self.kind_group.buttonToggled.connect(lambda *_: self._changed())
        self.by_count.toggled.connect(lambda *_: self._changed())
        self._update_fields()
        ctx.query(self, promises.arrangement_context, ctx.session_factory, ctx.actor, account_id,
                  on_done=self._context_loaded, on_error=self._context_failed)

    # --- fields ---

    def kind(self) -> PromiseKind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _update_fields(self) -> None:
        kind = self.kind()
        plan = kind == PromiseKind.PLAN
        custom = plan and self.frequency.currentData() == PlanFrequency.CUSTOM
        self.form.setRowVisible(self.amount, kind != PromiseKind.PLAN)
        self.form.labelForField(self.amount).setText(
            self.tr("Settlement amount") if kind == PromiseKind.SETTLEMENT else self.tr("Amount"))
        self.form.setRowVisible(self.total, plan)
        self.form.setRowVisible(self.frequency, plan)
        self.form.setRowVisible(self.split_row, plan and not custom)
        self.form.setRowVisible(self.custom, custom)
        self.form.setRowVisible(self.first_due, not custom)
        self.count.setEnabled(self.by_count.isChecked())
        self.per.setEnabled(self.by_amount.isChecked())

    def _changed(self, *_args: Any) -> None:
        self._update_fields()
        self._debounce.start()

    def request(self) -> PromiseRequest:
        """The request the fields describe (raises ValueError for text that is not an amount or a date)."""
        kind = self.kind()
        common = dict(account_id=self.account_id, kind=kind, method=self.method.currentData(),
                      contact_id=self.contact_id, note=self.note.text().strip() or None, today=self.today,
                      replaces_id=self.replaces)
        if kind != PromiseKind.PLAN:
            return PromiseRequest(first_due=typed_date(self.first_due), amount=parse_money(self.amount.text()), **common)
        frequency = self.frequency.currentData()
        total = parse_money(self.total.text())
        if frequency == PlanFrequency.CUSTOM:
            dates, amounts = [], []
            for n, line in enumerate(l for l in self.custom.toPlainText().splitlines() if l.strip()):
                parts = line.replace(",", " ").split()
                try:
                    dates.append(parse_date(parts[0], self.today, day_first=day_first()))
                except DateInputError as exc:
                    raise ValueError(self.tr("line {n}: {error}").format(n=n + 1, error=str(exc))) from None
                if len(parts) > 1:
                    amounts.append(parse_money(parts[1]))
            if amounts and len(amounts) != len(dates):
                raise ValueError(self.tr("give an amount on every line, or on none"))
            if amounts and total is None:
                total = sum(amounts, Decimal("0.00"))
            return PromiseRequest(frequency=frequency, total=total, dates=tuple(dates),
                                  amounts=tuple(amounts) if amounts else None, **common)
        return PromiseRequest(frequency=frequency, first_due=typed_date(self.first_due), total=total,
                              count=self.count.value() if self.by_count.isChecked() else None,
                              per_instalment=parse_money(self.per.text()) if self.by_amount.isChecked() else None,
                              **common)

    # --- preview ---

    def _context_loaded(self, context: promises.ArrangementContext) -> None:
        self.context = context
        self.header.show_context(context)
        self.refresh_preview()

    def _context_failed(self, message: str, _trace: str) -> None:
        self.header.setText(self.tr("Could not load the account: {message}").format(message=message))

    def refresh_preview(self) -> None:
        if self.context is None:
            return
        try:
            request = self.request()
        except ValueError as exc:
            self._show_error(str(exc)[0].upper() + str(exc)[1:] + ".")
            return
        self._generation += 1
        generation = self._generation
        self.ctx.query(self, promises.preview, self.ctx.session_factory, self.ctx.actor, request, key="preview",
                       on_done=lambda q: self._previewed(generation, q), on_error=lambda m, _t: self._show_error(m))

    def _show_error(self, message: str) -> None:
        self.quote = None
        self.schedule.setRowCount(0)
        self.summary.setText("")
        self.message.setStyleSheet("color:#b91c1c;")
        self.message.setText(message)
        self.ok.setEnabled(False)

    def _previewed(self, generation: int, quote: promises.PromiseQuote) -> None:
        if generation != self._generation:
            return
        self.quote = quote
        cur = self.context.currency if self.context else "USD"
        self.schedule.setRowCount(len(quote.lines))
        for row, line in enumerate(quote.lines):
            date_item = QTableWidgetItem(i18n.locale().toString(qdate(line.due_date), self.tr("ddd MMM d, yyyy")))
            amount_item = QTableWidgetItem(fmt_money(line.amount, cur))
            amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.schedule.setItem(row, 0, date_item)
            self.schedule.setItem(row, 1, amount_item)
        discount = (", " + self.tr("{percent}% off the balance").format(percent=quote.discount_pct)
                    if quote.discount_pct is not None else "")
        self.summary.setText(self.tr("%n payment(s) totalling {total} of the balance {balance}", "", len(quote.lines))
                             .format(total=f"<b>{fmt_money(quote.total, cur)}</b>", balance=fmt_money(quote.balance, cur))
                             + discount + ".")
        if quote.needs_approval and not self.ctx.actor.is_supervisor:
            self.message.setStyleSheet("color:#92400e;")
            self.message.setText(self.tr("Needs a supervisor's approval:") + " " + " ".join(quote.approval_reasons))
            self.ok.setText(self.tr("Send for approval"))
        else:
            self.message.setStyleSheet("color:#166534;")
            self.message.setText(self.tr("Within the client's rules.") if not quote.needs_approval else
                                 self.tr("Beyond the client's rules; recorded as approved by you:") + " "
                                 + " ".join(quote.approval_reasons))
            self.ok.setText(self.tr("Take promise"))
        self.ok.setEnabled(True)

    # --- submit ---

    def submit(self) -> None:
        try:
            request = self.request()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        self.ok.setEnabled(False)
        make_letter = self.letter_box.isChecked()

        def work() -> Any:
            promise = promises.take_promise(self.ctx.session_factory, self.ctx.actor, request)
            letter = None
            if make_letter and promise.status.value == "active":
                letter = arrangement.create_confirmation(self.ctx.session_factory, self.ctx.actor, promise.id,
                                                                 today=self.today)
            return promise, letter

        self.ctx.write(self, work, progress=self.tr("Taking the promise…"), on_done=self._taken,
                       on_error=self._submit_failed)

    def _submit_failed(self, message: str, _trace: str) -> None:
        if workers.fault_of(message) is None:
            self._show_error(message)
            return
        # The database did not answer: every field and the schedule stay as they are, and the button takes the
        # promise again once the connection is back.
        self.message.setStyleSheet("color:#b91c1c;")
        self.message.setText(self.tr("Not saved.") + " " + message)
        self.ok.setEnabled(True)

    def _taken(self, result: tuple[Any, Any]) -> None:
        self.promise, self.letter = result
        self.taken.emit(self.promise)
        self.accept()


class PostPaymentDialog(QDialog):
    """Record a payment received (this product does not process cards) and show how it was allocated."""

    posted = Signal(object)  # payments.PostResult

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.account_id = ctx, account_id
        self.today = today or dt.date.today()
        self.result_: payments.PostResult | None = None
        self.setWindowTitle(self.tr("Post a payment"))
        self.setMinimumWidth(480)
        self.header = _AccountHeader(self.tr("Loading the account…"))
        self.header.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 250.00"))
        self.paid_on = DateInput(self.today, latest=self.today, today=lambda: self.today, objectName="paidOn")
        self.method = QComboBox()
        _methods(self.method)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("authorisation, check or trace number"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Note"), self.note)
        self.message = QLabel()
        self.message.setObjectName("paymentMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Post payment"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        ctx.query(self, promises.arrangement_context, ctx.session_factory, ctx.actor, account_id,
                  on_done=self.header.show_context,
                  on_error=lambda m, _t: self.header.setText(
                      self.tr("Could not load the account: {message}").format(message=m)))

    def submit(self) -> None:
        try:
            amount = parse_money(self.amount.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        if amount is None:
            self.message.setText(self.tr("Enter the amount received."))
            return
        data = payments.PaymentInput(self.account_id, amount, typed_date(self.paid_on), self.method.currentData(),
                                     reference=self.reference.text().strip() or None,
                                     note=self.note.text().strip() or None)
        self.ok.setEnabled(False)
        self.ctx.write(self, payments.post_payment, self.ctx.session_factory, self.ctx.actor, data,
                       progress=self.tr("Posting the payment…"), on_done=self._posted, on_error=self._failed)

    def _failed(self, message: str, _trace: str) -> None:
        self.message.setStyleSheet("color:#b91c1c;")
        self.message.setText(message)
        self.ok.setEnabled(True)

    def _posted(self, result: payments.PostResult) -> None:
        self.result_ = result
        self.posted.emit(result)
        self.accept()


def describe_posting(result: payments.PostResult, currency: str = "USD") -> str:
    parts = ", ".join(f"{k} {fmt_money(v, currency)}" for k, v in result.allocation.items() if v)
    promise = f" The promise is now {result.promise_status.value.replace('_', ' ')}." if result.promise_status else ""
    return f"Posted {fmt_money(result.payment.amount, currency)} ({parts}). Balance {fmt_money(result.balance_after, currency)}.{promise}"
