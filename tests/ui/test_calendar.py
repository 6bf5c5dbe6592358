"""The promise calendar: month and week models, the day list, opening accounts, and .ics export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from ccs_desktop.models.enums import PaymentMethod, PlanFrequency, PromiseKind
from ccs_desktop.services.money import calendar, evaluation, payments, promises
from ccs_desktop.services.context import PermissionDenied
from ccs_desktop.services.money.payments import PaymentInput
from ccs_desktop.services.money.promises import PromiseRequest
from ccs_desktop.ui import workers
from ccs_desktop.ui.calendar import AccountRole, DateRole, EntryRole, PromiseCalendar, month_grid_start
from ccs_desktop.ui.context import AppContext
from tests.promise_book import make_book

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def _plan(book, first_due, count=3, frequency=PlanFrequency.WEEKLY, total="300.00"):
    return promises.take_promise(book.factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.PLAN, frequency=frequency, first_due=first_due, count=count, total=D(total),
        method=PaymentMethod.CHECK))


@pytest.fixture
def two_collectors(session_factory):
    mine = make_book(session_factory)
    theirs = make_book(session_factory)  # another team: a different collector and supervisor
    _plan(mine, TODAY)
    _plan(theirs, TODAY + dt.timedelta(days=1), count=2, total="200.00")
    return mine, theirs


def test_entries_show_a_collector_only_their_promises_and_a_supervisor_the_team(session_factory, two_collectors):
    mine, theirs = two_collectors
    window = (TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=40))
    own = calendar.entries(session_factory, mine.collector, *window)
    assert [e.due_date for e in own] == [TODAY + dt.timedelta(weeks=i) for i in range(3)]
    assert {e.account_id for e in own} == {mine.account_id}
    assert {e.account_id for e in calendar.entries(session_factory, mine.supervisor, *window)} == {mine.account_id}
    with pytest.raises(PermissionDenied):
        calendar.entries(session_factory, mine.supervisor, *window, collector_ids=[theirs.collector.user_id])


def test_states_follow_payments(session_factory):
    book = make_book(session_factory, grace_days=2)
    promise = _plan(book, TODAY, count=3)
    payments.post_payment(session_factory, book.collector, PaymentInput(book.account_id, D("150.00"), TODAY,
                                                                        PaymentMethod.CASH))
    got = calendar.entries(session_factory, book.collector, TODAY, TODAY + dt.timedelta(days=30))
    assert [(e.state, e.paid_amount) for e in got] == [("kept", D("100.00")), ("due", D("50.00")), ("due", D("0.00"))]
    # Seen from a later day, the second instalment is overdue while in grace, then partly kept.
    later = calendar.entries(session_factory, book.collector, TODAY, TODAY + dt.timedelta(days=30),
                                     today=TODAY + dt.timedelta(days=8))
    assert later[1].state == "overdue"
    evaluation.evaluate_due(session_factory, TODAY + dt.timedelta(days=10))
    judged = calendar.entries(session_factory, book.collector, TODAY, TODAY + dt.timedelta(days=30))
    assert [e.state for e in judged] == ["kept", "partly_kept", "due"]
    assert promise.id == judged[0].promise_id


def test_ics_export_reads_back_as_all_day_events_without_names_unless_asked(session_factory, two_collectors):
    mine, _ = two_collectors
    got = calendar.entries(session_factory, mine.collector, TODAY, TODAY + dt.timedelta(days=30))
    cal = Calendar.from_ical(calendar.to_ics(got))
    events = cal.walk("VEVENT")
    assert len(events) == 3
    assert [e.decoded("dtstart") for e in events] == [TODAY + dt.timedelta(weeks=i) for i in range(3)]
    assert all(isinstance(e.decoded("dtstart"), dt.date) and not isinstance(e.decoded("dtstart"), dt.datetime)
               for e in events)
    assert str(events[0]["summary"]) == f"Promise {got[0].account_number}: $100.00 (Due)"
    assert "Rosa" not in calendar.to_ics(got).decode()
    assert "Rosa Delgado" in str(Calendar.from_ical(calendar.to_ics(got, include_names=True))
                                 .walk("VEVENT")[0]["summary"])
    assert len({str(e["uid"]) for e in events}) == 3  # stable, unique: a re-import updates, not duplicates


def _calendar(qtbot, session_factory, actor, today=TODAY) -> PromiseCalendar:
    ctx = AppContext(session_factory, actor, "test")
    widget = PromiseCalendar(ctx, today=today)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.status.text().endswith("shown") or "broken" in widget.status.text(), timeout=10000)
    return widget


def test_month_view_shows_the_plan_and_the_due_list_opens_the_account(qtbot, qtmodeltester, session_factory,
                                                                       two_collectors):
    mine, _ = two_collectors
    widget = _calendar(qtbot, session_factory, mine.collector)
    qtmodeltester.check(widget.month_model)
    qtmodeltester.check(widget.day_model)
    index = widget.month_model.index_of(TODAY)
    assert index.data(DateRole) == TODAY
    assert [e.amount for e in index.data(EntryRole)] == [D("100.00")]
    assert "1 due" in index.data(Qt.ItemDataRole.DisplayRole)
    assert widget.day_title.text() == "Due today"
    assert widget.day_model.rowCount() == 1
    assert "Rosa Delgado" in widget.day_model.index(0).data()
    with qtbot.waitSignal(widget.ctx.account_opened) as opened:
        widget._open_entry(widget.day_model.index(0))
    assert opened.args == [mine.account_id]
    widget.resize(1200, 760)
    assert not widget.grab().isNull()


def test_week_view_and_navigation(qtbot, qtmodeltester, session_factory, two_collectors):
    mine, _ = two_collectors
    widget = _calendar(qtbot, session_factory, mine.collector)
    with qtbot.waitSignal(widget.loaded):
        widget.set_mode("week")
    qtmodeltester.check(widget.week_model)
    col = (TODAY - widget.week_model.start).days
    cell = widget.week_model.index(0, col)
    assert cell.data(AccountRole) == mine.account_id
    assert "$100.00" in cell.data()
    with qtbot.waitSignal(widget.ctx.account_opened):
        widget._week_clicked(cell)
    first_start = widget.week_model.start
    with qtbot.waitSignal(widget.loaded):
        widget.step(1)
    assert widget.week_model.start == first_start + dt.timedelta(days=7)
    # Next week holds the second instalment, on the same weekday.
    assert widget.week_model.index(0, col).data(EntryRole).seq == 2
    with qtbot.waitSignal(widget.loaded):
        widget.go_today()
    assert TODAY in [widget.week_model.start + dt.timedelta(days=i) for i in range(7)]


def test_supervisor_picks_a_collector_and_exports_the_month(qtbot, session_factory, two_collectors, tmp_path):
    mine, _ = two_collectors
    widget = _calendar(qtbot, session_factory, mine.supervisor)
    names = [widget.collector_box.itemText(i) for i in range(widget.collector_box.count())]
    assert names[0] == "Whole team" and len(names) == 3  # the team: supervisor and collector
    assert len(widget.entries) == len([e for e in widget.entries if e.account_id == mine.account_id]) >= 1
    target = tmp_path / "promises.ics"
    task = widget.export_to(target)
    qtbot.waitUntil(lambda: task.done.is_set() and target.exists(), timeout=5000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    start, end = widget.visible_range()
    assert len(events) == len(widget.entries)
    assert all(start <= e.decoded("dtstart") <= end for e in events)
    workers.wait_all()


def test_month_grid_starts_on_sunday():
    assert month_grid_start(2026, 11) == dt.date(2026, 11, 1)  # Nov 1 2026 is a Sunday
    assert month_grid_start(2027, 2) == dt.date(2027, 1, 31)
