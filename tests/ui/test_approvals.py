"""The supervisor's approval queue lists promises beyond the client's rules and approves or rejects them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ccs_desktop.models.enums import PromiseKind, PromiseStatus
from ccs_desktop.services.money import promises
from ccs_desktop.services.money.promises import PromiseRequest
from ccs_desktop.ui import workers
from ccs_desktop.ui.approvals import ApprovalQueue
from ccs_desktop.ui.context import AppContext
from tests.promise_book import make_book

TODAY = dt.datetime.now(dt.timezone.utc).date()


def test_supervisor_approves_one_and_rejects_another(qtbot, qtmodeltester, session_factory):
    first = make_book(session_factory)
    settle = lambda book, amount: promises.take_promise(session_factory, book.collector, PromiseRequest(  # noqa: E731
        book.account_id, PromiseKind.SETTLEMENT, first_due=TODAY, amount=Decimal(amount)))
    a = settle(first, "500.00")
    with session_factory() as s, s.begin():  # a second account of the same collector
        from ccs_desktop.models import Account
        from tests import factories

        other = factories.make_account(s, client=s.get(Account, first.account_id).client, assigned_to=first.collector.user_id)
        other_id = other.id
    b = promises.take_promise(session_factory, first.collector, PromiseRequest(
        other_id, PromiseKind.SETTLEMENT, first_due=TODAY, amount=Decimal("100.00")))
    queue = ApprovalQueue(AppContext(session_factory, first.supervisor, "test"))
    qtbot.addWidget(queue)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(queue.model)
    assert "more than the client's maximum of 30.00%" in queue.model.index(0, 6).data()
    queue.table.selectRow(0)
    task = queue.decide(True)
    qtbot.waitUntil(lambda: task.done.is_set() and queue.model.rowCount() == 1, timeout=10000)
    queue.table.selectRow(0)
    task = queue.decide(False, "Below the client's floor")
    qtbot.waitUntil(lambda: task.done.is_set() and queue.model.rowCount() == 0, timeout=10000)
    assert queue.status.text() == "Nothing is waiting for approval."
    statuses = {p.id: p.status for acc in (first.account_id, other_id)
                for p in promises.promises_of(session_factory, first.supervisor, acc)}
    assert statuses == {a.id: PromiseStatus.ACTIVE, b.id: PromiseStatus.REJECTED}
    workers.wait_all()
