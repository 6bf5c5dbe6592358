"""The workspace's money: a promise taken with key 6 and Ctrl+Enter (the contact and the promise in one
transaction), the Payments tab posting and reversing a payment, and the Promises tab's kept and broken states."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from ccs_desktop.models import AuditEvent, ContactAttempt, Payment, Promise
from ccs_desktop.models.enums import PaymentMethod, PlanFrequency, PromiseKind
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.money import payments, promises
from ccs_desktop.services.money.balances import recompute_balances
from ccs_desktop.services.money.payments import PaymentInput
from ccs_desktop.services.money.promises import PromiseRequest
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.workspace import AccountWorkspace
from tests.promise_book import make_book
from tests.ui.test_workspace import AT, fixed_now  # noqa: F401  (the contact service's clock)

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def book(session_factory, **kw):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
    return make_book(session_factory, **kw)


def open_ws(qtbot, session_factory, actor, account_id, clock=None) -> AccountWorkspace:
    context = AppContext(session_factory, actor, "test")
    ws = AccountWorkspace(context)
    qtbot.addWidget(ws)
    ws.clock = clock
    ws.resize(1366, 700)
    ws.show()
    with qtbot.waitSignal(ws.money.loaded, timeout=20000):
        ws.show_account(account_id)
    activate(qtbot, ws)
    return ws


def activate(qtbot, ws) -> None:
    """The keys go to the workspace's window (a slow load's progress window may have taken the focus)."""
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()
                                    if w.objectName() == "operationProgress"), timeout=20000)
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow, timeout=5000)
    ws.setFocus()


def verify_and_disclose(qtbot, ws) -> None:
    """The guided call: the consumer's ZIP confirms who they are, then the disclosure is given."""
    identity = ws.guided.identity
    qtbot.waitUntil(lambda: identity.guide is not None, timeout=20000)
    identity.fields["zip"].setText("10001")
    with qtbot.waitSignal(identity.checked, timeout=20000):
        identity.check_button.click()
    ws.disclosure_check.setChecked(True)


def counts(session_factory, account_id) -> tuple[int, int]:
    with session_factory() as s:
        return (s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt)
                         .where(ContactAttempt.account_id == account_id)),
                s.scalar(sa.select(sa.func.count()).select_from(Promise).where(Promise.account_id == account_id)))


def save(qtbot, ws, widget, *, recorded: bool):
    activate(qtbot, ws)
    widget.setFocus()
    if recorded:
        with qtbot.waitSignal(ws.recorded, timeout=20000), qtbot.waitSignal(ws.money.loaded, timeout=20000):
            qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(ws.refusal.isVisible, timeout=20000)


def test_key_6_and_ctrl_enter_save_the_contact_and_the_promise_in_one_transaction(qtbot, session_factory, fixed_now):
    b = book(session_factory)  # balance $1,000.00
    ws = open_ws(qtbot, session_factory, b.collector, b.account_id, clock=AT)
    form = ws.promise_form
    assert not form.isVisible()
    qtbot.keyClick(ws, Qt.Key.Key_6)
    assert ws.code_group.checkedButton().property("code") == "PTP"
    assert form.isVisible() and form.amount.hasFocus()
    verify_and_disclose(qtbot, ws)

    # A plan for more than the balance: the promise service refuses it, and the contact is not kept either.
    form.plan.setChecked(True)
    form.count.setValue(4)
    qtbot.keyClicks(form.amount, "1500.00")
    qtbot.waitUntil(lambda: "more than the balance" in form.preview_label.text(), timeout=20000)
    save(qtbot, ws, form.amount, recorded=False)
    assert "more than the balance" in ws.refusal.text()
    assert counts(session_factory, b.account_id) == (0, 0)
    assert form.amount.text() == "1500.00" and form.isVisible()  # nothing typed is lost

    # Four monthly payments of $250: one attempt and one promise, the promise naming the attempt.
    form.amount.clear()
    qtbot.keyClicks(form.amount, "1000")
    qtbot.waitUntil(lambda: "4 payments of $250.00" in form.preview_label.text(), timeout=20000)
    assert "Within the client's rules" in form.preview_label.text()
    said = []
    ws.recorded.connect(lambda _attempt: said.append(ws.status.text()))
    save(qtbot, ws, form.amount, recorded=True)
    assert counts(session_factory, b.account_id) == (1, 1)
    with session_factory() as s:
        attempt = s.scalar(sa.select(ContactAttempt).where(ContactAttempt.account_id == b.account_id))
        promise = s.scalar(sa.select(Promise).where(Promise.account_id == b.account_id))
        assert attempt.result_code == "PTP" and promise.contact_id == attempt.id
        assert (promise.kind, promise.total_amount, len(promise.instalments)) == (PromiseKind.PLAN, D("1000.00"), 4)
        assert promise.instalments[0].due_date == AT.date() + dt.timedelta(days=1)
    assert not form.isVisible() and "Promise of $1,000.00 taken (active)" in said[0]
    # The tab and the header show it.
    assert ws.money.promises.schedule.topLevelItemCount() == 4
    assert ws.money.promises.schedule.topLevelItem(0).text(4) == "Pending"
    assert "Next instalment $250.00 on Nov 25, 2026" in ws.money.header_label.text()


def test_beyond_the_caps_the_promise_waits_for_approval_as_in_the_dialog(qtbot, session_factory, fixed_now):
    b = book(session_factory)
    ws = open_ws(qtbot, session_factory, b.collector, b.account_id, clock=AT)
    qtbot.keyClick(ws, Qt.Key.Key_6)
    verify_and_disclose(qtbot, ws)
    form = ws.promise_form
    form.plan.setChecked(True)
    form.frequency.setCurrentIndex(0)  # weekly
    form.count.setValue(100)           # $10 a week for two years: below the minimum and beyond the longest plan
    qtbot.keyClicks(form.amount, "1000")
    qtbot.waitUntil(lambda: "Needs a supervisor's approval" in form.preview_label.text(), timeout=20000)
    request = form.request()
    reasons = promises.preview(session_factory, b.collector, request).approval_reasons
    assert all(r in form.preview_label.text() for r in reasons)
    save(qtbot, ws, form.amount, recorded=True)
    with session_factory() as s:
        promise = s.scalar(sa.select(Promise).where(Promise.account_id == b.account_id))
        assert promise.status.value == "pending_approval" and promise.approval_reasons.splitlines() == list(reasons)
    assert "Waiting for a supervisor's approval" in ws.money.promises.summary.text()
    assert "waiting for a supervisor's approval" in ws.money.header_label.text()


def test_the_payments_tab_posts_and_reverses_a_payment(qtbot, session_factory, monkeypatch):
    b = book(session_factory)  # costs 40, fees 60, interest 100, principal 800
    ws = open_ws(qtbot, session_factory, b.collector, b.account_id)
    qtbot.keyClick(ws, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    panel = ws.money.payments
    assert ws.tabs.currentWidget().widget() is panel
    assert "Costs → Fees → Interest → Principal" in panel.order_label.text()

    qtbot.keyClicks(panel.amount, "abc")
    panel.post_button.click()
    assert "is not an amount" in panel.message.text()
    panel.amount.clear()
    qtbot.keyClicks(panel.amount, "150.00")
    panel.method.setCurrentIndex(panel.method.findData(PaymentMethod.CHECK))
    qtbot.keyClicks(panel.reference, "CHK 1042")
    with qtbot.waitSignal(ws.money.loaded, timeout=20000):
        panel.post_button.click()
    assert "Posted $150.00" in panel.message.text()
    row = panel.payments.topLevelItem(0)
    how = row.text(2).splitlines()
    assert row.text(1) == "$150.00" and how[0] == "Check · CHK 1042" and how[1].startswith("by User ")
    assert row.text(3).splitlines() == ["Costs 40.00", "Fees 60.00", "Interest 50.00"]
    assert panel.history.topLevelItemCount() == 2 and "Payment" in panel.history.topLevelItem(0).text(0)
    assert panel.history.topLevelItem(0).text(5).splitlines() == ["850.00", "(-150.00)"]
    assert "$850.00: the sum of the account's transactions (2)" in panel.check_label.text()

    row.setSelected(True)
    assert panel.reverse_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("NSF", True)))
    with qtbot.waitSignal(ws.money.loaded, timeout=20000):
        panel.reverse_button.click()
    assert "Reversed $150.00; the balance is $1,000.00." in panel.message.text()
    reversal, original = (panel.payments.topLevelItem(i) for i in range(2))
    assert reversal.text(1) == "-$150.00" and "Reversal: NSF" in reversal.text(2)
    assert "Reversed" in original.text(2) and original.font(1).strikeOut()
    original.setSelected(True)
    assert not panel.reverse_button.isEnabled()  # a payment is reversed once
    assert "$1,000.00: the sum of the account's transactions (3)" in panel.check_label.text()
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Payment)) == 2
        assert recompute_balances(s, b.account_id).ok
        assert s.scalar(sa.select(AuditEvent.reason).where(AuditEvent.action == "payment.reversed")) == "NSF"
    assert "1,000.00" in ws.balances_label.text()  # the header follows


def test_the_promises_tab_shows_kept_partly_kept_broken_and_pending_from_the_payments(qtbot, session_factory):
    b = book(session_factory, grace_days=0)
    start = TODAY - dt.timedelta(days=15)
    promise = promises.take_promise(session_factory, b.collector, PromiseRequest(
        b.account_id, PromiseKind.PLAN, first_due=start, frequency=PlanFrequency.WEEKLY, count=4,
        method=PaymentMethod.ACH, today=start))
    for amount, day in (("250.00", start), ("100.00", start + dt.timedelta(days=7))):
        payments.post_payment(session_factory, b.collector, PaymentInput(b.account_id, D(amount), day,
                                                                           PaymentMethod.ACH))
    ws = open_ws(qtbot, session_factory, b.collector, b.account_id)
    schedule = ws.money.promises.schedule
    rows = [[schedule.topLevelItem(i).text(c) for c in (3, 4)] for i in range(schedule.topLevelItemCount())]
    assert rows == [["$250.00", "Kept"], ["$100.00", "Partly kept"], ["$0.00", "Broken"], ["$0.00", "Pending"]]
    assert "Broken" in ws.money.promises.summary.text() and "Broken promise" in ws.money.header_label.text()
    # The collector cancels the broken arrangement? No: a broken promise is history; a new one can be taken.
    panel = ws.money.promises
    assert panel.take_button.isVisibleTo(panel) and not panel.cancel_button.isVisibleTo(panel)

    # A supervisor sees a promise waiting for approval and approves it from the tab.
    new = promises.take_promise(session_factory, b.collector, PromiseRequest(
        b.account_id, PromiseKind.PLAN, first_due=TODAY + dt.timedelta(days=2), frequency=PlanFrequency.WEEKLY,
        count=60, method=PaymentMethod.ACH))
    assert new.status.value == "pending_approval"
    sup = open_ws(qtbot, session_factory, b.supervisor, b.account_id)
    panel = sup.money.promises
    assert panel.approve_button.isVisibleTo(panel) and panel.reject_button.isVisibleTo(panel)
    history = panel.history.topLevelItem(0)
    assert history.text(2) == "Broken" and history.childCount() == 4 and promise.id != new.id
    with qtbot.waitSignal(sup.money.loaded, timeout=20000):
        panel.approve_button.click()
    assert "Approved by" in panel.summary.text() and not panel.approve_button.isVisibleTo(panel)


@pytest.mark.parametrize("size", [(1366, 700)])
def test_the_money_tabs_fit_without_a_horizontal_scroll_bar(qtbot, session_factory, size):
    b = book(session_factory)
    payments.post_payment(session_factory, b.collector, PaymentInput(b.account_id, D("150.00"), TODAY,
                                                                       PaymentMethod.CARD, reference="AUTH-778812"))
    ws = open_ws(qtbot, session_factory, b.collector, b.account_id)
    ws.resize(*size)
    for index in (2, 3):
        ws.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        holder = ws.tabs.currentWidget()
        assert not holder.horizontalScrollBar().isVisible()
        for tree in holder.widget().findChildren(type(ws.money.payments.payments)):
            assert not tree.horizontalScrollBar().isVisible()
