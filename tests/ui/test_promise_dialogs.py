"""Taking a plan and posting payments through the dialogs, as a collector does in the demo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from ccs_desktop.models import Instalment, Letter, Promise
from ccs_desktop.models.enums import InstalmentState, PlanFrequency, PromiseKind, PromiseStatus
from ccs_desktop.services.money import calendar
from ccs_desktop.ui import workers
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.promise_dialogs import PostPaymentDialog, TakePromiseDialog
from tests.promise_book import make_book

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def test_collector_takes_a_plan_sees_it_on_the_calendar_and_keeps_it_with_a_payment(qtbot, session_factory, tmp_path):
    book = make_book(session_factory)
    ctx = AppContext(session_factory, book.collector, "test")
    dialog = TakePromiseDialog(ctx, book.account_id, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=10000)  # the default: monthly, 6 instalments
    assert dialog.schedule.rowCount() == 6 and dialog.ok.isEnabled()
    dialog.count.setValue(4)
    dialog.frequency.setCurrentIndex(1)  # every two weeks
    qtbot.waitUntil(lambda: dialog.schedule.rowCount() == 4, timeout=10000)
    assert dialog.schedule.item(0, 1).text() == "$250.00"
    assert "Within the client's rules" in dialog.message.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "take-promise.png"))
    # Instalments of $20 are below the client's minimum: the dialog says it will go for approval.
    dialog.by_amount.setChecked(True)
    dialog.per.setText("20")
    qtbot.waitUntil(lambda: dialog.ok.text() == "Send for approval", timeout=10000)
    assert "below the client's minimum" in dialog.message.text()
    dialog.per.setText("abc")
    qtbot.waitUntil(lambda: "not an amount" in dialog.message.text(), timeout=10000)
    assert not dialog.ok.isEnabled()
    dialog.by_count.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and dialog.ok.text() == "Take promise", timeout=10000)
    with qtbot.waitSignal(dialog.taken, timeout=20000):
        dialog.submit()
    promise = dialog.promise
    assert promise.status == PromiseStatus.ACTIVE and promise.frequency == PlanFrequency.BIWEEKLY
    assert promise.kind == PromiseKind.PLAN and promise.taken_by == book.collector.user_id
    assert dialog.letter is not None  # the confirmation letter was written with it
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Letter)) == 1

    shown = calendar.entries(session_factory, book.collector, TODAY, TODAY + dt.timedelta(days=60))
    assert [e.amount for e in shown] == [D("250.00")] * 4

    pay = PostPaymentDialog(ctx, book.account_id, today=TODAY)
    qtbot.addWidget(pay)
    pay.amount.setText("$250.00")
    pay.reference.setText("CHK 1042")
    pay.method.setCurrentIndex(2)
    with qtbot.waitSignal(pay.posted, timeout=20000) as posted:
        pay.submit()
    result = posted.args[0]
    assert result.promise_id == promise.id and result.balance_after == D("750.00")
    with session_factory() as s:
        first = s.scalar(sa.select(Instalment).where(Instalment.promise_id == promise.id, Instalment.seq == 1))
        assert first.state == InstalmentState.KEPT
        assert s.get(Promise, promise.id).status == PromiseStatus.ACTIVE
    workers.wait_all()


def test_payment_dialog_shows_a_refusal(qtbot, session_factory):
    book = make_book(session_factory)
    pay = PostPaymentDialog(AppContext(session_factory, book.collector, "test"), book.account_id, today=TODAY)
    qtbot.addWidget(pay)
    pay.amount.setText("5000")
    pay.submit()
    qtbot.waitUntil(lambda: "more than the balance" in pay.message.text(), timeout=10000)
    assert pay.ok.isEnabled() and pay.result_ is None
    workers.wait_all()


def test_the_promise_dialog_speaks_spanish_when_chosen(qtbot, session_factory, tmp_path):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from ccs_desktop.ui import i18n

    book = make_book(session_factory)
    ctx = AppContext(session_factory, book.collector, "test")
    assert i18n.install(QApplication.instance(), "es")
    try:
        dialog = TakePromiseDialog(ctx, book.account_id, today=TODAY)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.quote is not None, timeout=10000)
        assert dialog.windowTitle() == "Tomar una promesa de pago"
        assert dialog.ok.text() == "Tomar promesa"
        assert dialog.frequency.currentText() == "Mensual"
        assert dialog.summary.text().startswith("6 pagos por un total de")
        assert "Reglas del cliente" in dialog.header.text()
        first = dialog.schedule.item(0, 0).text()
        assert first == i18n.locale().toString(dialog.first_due.date(), "ddd d MMM yyyy") and "," not in first
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"  # Qt's own words
        dialog.show()
        qtbot.wait(200)
        dialog.grab().save(str(tmp_path / "take-promise-es.png"))
        dialog.grab().save("/tmp/ccs-take-promise-es.png")
    finally:
        i18n.install(QApplication.instance(), "en")


def test_a_database_lost_while_taking_a_promise_keeps_the_plan_and_takes_it_on_the_next_try(
        qtbot, session_factory, monkeypatch):
    import psycopg

    from ccs_desktop.services.money import promises

    book = make_book(session_factory)
    ctx = AppContext(session_factory, book.collector, "test")
    dialog = TakePromiseDialog(ctx, book.account_id, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=10000)
    dialog.count.setValue(4)
    dialog.note.setText("Pays on the 1st and the 15th, after payday")
    qtbot.waitUntil(lambda: dialog.schedule.rowCount() == 4 and dialog.ok.isEnabled(), timeout=10000)
    real = promises.take_promise
    calls = []

    def network_down_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise sa.exc.OperationalError("SELECT", {}, psycopg.OperationalError("consuming input failed"))
        return real(*args, **kwargs)

    monkeypatch.setattr(promises, "take_promise", network_down_once)
    dialog.submit()
    qtbot.waitUntil(lambda: "not answering" in dialog.message.text(), timeout=10000)
    assert "psycopg" not in dialog.message.text() and "consuming input" not in dialog.message.text()
    # The plan, the note and the schedule are as they were, and the button takes it again.
    assert dialog.count.value() == 4 and dialog.note.text() == "Pays on the 1st and the 15th, after payday"
    assert dialog.schedule.rowCount() == 4 and dialog.ok.isEnabled()
    assert dialog.result() == 0  # still open: not accepted
    with qtbot.waitSignal(dialog.taken, timeout=20000):
        dialog.ok.click()
    assert dialog.promise.note == "Pays on the 1st and the 15th, after payday"
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Promise)) == 1
