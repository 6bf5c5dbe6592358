"""Typed dates: what a collector types, how it reads, and what is refused (one widget everywhere)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from ccs_desktop.ui import i18n
from ccs_desktop.ui.date_input import DateInput, DateInputError, parse_date, parse_date_time

MONDAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("typed, day_first, expected", [
    ("12/15", False, dt.date(2026, 12, 15)),
    ("15/12", False, dt.date(2026, 12, 15)),      # only one reading is a date
    ("15/12", True, dt.date(2026, 12, 15)),
    ("5/6", False, dt.date(2027, 5, 6)),          # no year: the next May 6
    ("5/6", True, dt.date(2027, 6, 5)),           # Spanish: day first
    ("12/15/26", False, dt.date(2026, 12, 15)),
    ("2026-12-15", False, dt.date(2026, 12, 15)),
    ("Tue Dec 15, 2026", False, dt.date(2026, 12, 15)),
    ("Dec 15", False, dt.date(2026, 12, 15)),
    ("+7", False, dt.date(2026, 12, 14)),
    ("+2w", False, dt.date(2026, 12, 21)),
    ("+1m", False, dt.date(2027, 1, 7)),
    ("in 3 days", False, dt.date(2026, 12, 10)),
    ("fri", False, dt.date(2026, 12, 11)),
    ("Friday", False, dt.date(2026, 12, 11)),
    ("mon", False, dt.date(2026, 12, 14)),        # never today: the next Monday
    ("viernes", True, dt.date(2026, 12, 11)),
    ("next month", False, dt.date(2027, 1, 7)),
    ("next week", False, dt.date(2026, 12, 14)),
    ("today", False, MONDAY),
    ("tomorrow", False, dt.date(2026, 12, 8)),
])
def test_the_forms_a_collector_types(typed, day_first, expected):
    assert parse_date(typed, MONDAY, day_first=day_first) == expected


@pytest.mark.parametrize("typed, message", [
    ("Dec 8, 5202", "year 5202"),
    ("Fri Dec 15, 2026", "is a Tuesday, not a Friday"),
    ("2/30", "no day 30"),
    ("13/13", "not a date"),
    ("soon", "not a date"),
    ("", "Type a date"),
    ("+3 fortnights", "days, weeks or months"),
])
def test_impossible_dates_are_refused_with_a_message(typed, message):
    with pytest.raises(DateInputError, match=message):
        parse_date(typed, MONDAY)


def test_a_time_after_the_date():
    assert parse_date_time("fri 14:30", MONDAY) == dt.datetime(2026, 12, 11, 14, 30)
    assert parse_date_time("+1 9am", MONDAY) == dt.datetime(2026, 12, 8, 9, 0)
    assert parse_date_time("12/15 2:15 pm", MONDAY) == dt.datetime(2026, 12, 15, 14, 15)
    with pytest.raises(DateInputError, match="not a time"):
        parse_date_time("fri 25:00", MONDAY)


def test_the_field_shows_how_it_reads_and_refuses_the_past(qtbot):
    field = DateInput(past=False, latest=MONDAY + dt.timedelta(days=366), today=lambda: MONDAY)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged):
        qtbot.keyClicks(field.line, "fri")
    assert field.value() == dt.date(2026, 12, 11) and field.note.text() == "Fri Dec 11, 2026"
    field.line.clear()
    qtbot.keyClicks(field.line, "12/1/2026")
    assert field.value() is None and not field.date().isValid()
    assert field.note.text() == "Tue Dec 01, 2026 is in the past"
    field.line.setText("Tue Dec 15, 5202")
    assert field.value() is None and "check the year" in field.error()
    field.line.setText("+2")
    field.line.editingFinished.emit()
    assert field.line.text() == "12/09/2026"  # written out in full once typing ends: what is kept is what is shown


def test_spanish_reads_the_day_first(qtbot):
    assert i18n.install(QApplication.instance(), "es")
    try:
        field = DateInput(today=lambda: MONDAY)
        qtbot.addWidget(field)
        field.line.setText("5/6/2027")
        assert field.value() == dt.date(2027, 6, 5)
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_promise_dialog_takes_a_typed_date_and_refuses_a_far_one(qtbot, session_factory):
    from ccs_desktop.ui.context import AppContext
    from ccs_desktop.ui.promise_dialogs import TakePromiseDialog
    from tests.promise_book import make_book

    today = dt.datetime.now(dt.timezone.utc).date()
    book = make_book(session_factory)
    dialog = TakePromiseDialog(AppContext(session_factory, book.collector, "test"), book.account_id, today=today)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=10000)
    dialog.first_due.line.setText("+7")
    qtbot.waitUntil(lambda: dialog.quote is not None and dialog.quote.lines[0].due_date == today
                    + dt.timedelta(days=7), timeout=10000)
    dialog.first_due.line.setText(f"Dec 8, {today.year + 3000}")
    qtbot.waitUntil(lambda: "check the year" in dialog.message.text(), timeout=10000)
    assert not dialog.ok.isEnabled()


def test_a_callback_is_typed_with_its_time_and_a_past_one_is_refused(qtbot, session_factory):
    from tests.ui.test_workspace import AT, build, open_workspace

    actor, account_id, _ = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    ws.pick_code("NA")
    ws.callback_check.setChecked(True)
    ws.callback_edit.line.setText("+1 9am")
    attempt = ws.attempt_input()
    local_tomorrow = AT.astimezone().date() + dt.timedelta(days=1)
    assert attempt is not None
    assert attempt.callback_at == dt.datetime.combine(local_tomorrow, dt.time(9, 0)).astimezone(dt.timezone.utc)
    ws.callback_edit.line.setText("11/1/2026 10:00")
    assert ws.attempt_input() is None
    assert "in the past" in ws.status.text()
