"""The keyboard and the windows as a collector meets them: one Ctrl+F, search as you type, Down/Enter into the
results, Ctrl+N on the queue (never the search), focus in the record panel, menus by role, Ctrl+Q closing every
window, signing out, and switching the language without a restart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ccs_desktop import db
from ccs_desktop.models.enums import Role
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.ui import i18n
from ccs_desktop.ui.main_window import MainWindow
from tests.factories import make_account, make_client, make_person, make_team, make_user

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 11:00 in New York


def build(url: str) -> dict:
    engine = db.make_engine(url)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        ensure_reference_data(s)
        sam = make_user(s, role=Role.SUPERVISOR, username="sam")
        cole = make_user(s, username="cole")
        make_team(s, sam, cole)
        client = make_client(s, name="Northwind Bank")
        ids = {}
        for i, (first, last, score) in enumerate((("Ana", "Best", 90), ("Zoe", "Smithers", 40),
                                                  ("Sam", "Smith", 30), ("Bo", "Other", 20))):
            person = make_person(s, first_name=first, last_name=last, phone=f"+1212555{i:04d}")
            person.search_name = f"{last.upper()} {first.upper()}"
            ids[last] = make_account(s, client=client, person=person, assigned_to=cole.id,
                                     tz_group="America/New_York", priority_score=Decimal(score)).id
        actors = {"cole": Actor(cole.id, "cole", Role.COLLECTOR, cole.team_id),
                  "sam": Actor(sam.id, "sam", Role.SUPERVISOR, sam.team_id)}
    engine.dispose()
    return {"ids": ids, **actors}


def open_window(qtbot, url: str, actor: Actor | None = None) -> MainWindow:
    window = MainWindow(resolve_actor=(lambda _f: actor) if actor else None)
    window.clock = AT
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.open_database(url, seed_demo=False)
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() == 4, timeout=20000)
    return window


def test_one_ctrl_f_search_as_you_type_and_down_enter_reach_the_results(qtbot, sqlite_url, qtlog):
    world = build(sqlite_url)
    window = open_window(qtbot, sqlite_url)
    view = window.queue_view
    window.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    assert not [m for m in qtlog.records if "Ambiguous" in m.message]
    # Typing searches by itself after a pause (no Enter): the two Smiths, best first.
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        qtbot.keyClicks(view.search, "smi")
    assert [view.model.row_at(r).id for r in range(view.model.rowCount())] == \
        [world["ids"]["Smithers"], world["ids"]["Smith"]]
    # Down goes from the search box to the results; Enter there opens the selected account with the keyboard in
    # the record panel's first field.
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.selected_id() == world["ids"]["Smithers"]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000) as loaded:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert loaded.args[0].id == world["ids"]["Smith"]
    assert window.workspace.phone_combo.hasFocus()
    # Back in the queue, Enter in the search box also reaches the results; one letter asks for more.
    qtbot.keyClick(window.workspace, Qt.Key.Key_Escape)
    view.search.setFocus()
    view.search.selectAll()
    qtbot.keyClicks(view.search, "b")
    qtbot.wait(400)
    assert "two letters" in view.message.text()
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        qtbot.keyClicks(view.search, "e")
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.table.hasFocus() and view.selected_id() == world["ids"]["Best"]
    window.close()


def test_ctrl_n_takes_the_queues_next_callable_account_not_the_search_results(qtbot, sqlite_url):
    world = build(sqlite_url)
    window = open_window(qtbot, sqlite_url)
    view = window.queue_view
    view.search.setText("smith")
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        view.enter_results()
    assert view.model.rowCount() == 2
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000) as loaded:
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert loaded.args[0].id == world["ids"]["Best"]  # the queue's best, though the search shows the Smiths
    assert "in your queue" in window.statusBar().currentMessage()
    assert "my queue" in window.next_action.text() and "my queue" in view.next_button.text()
    window.close()


def _menu_items(window: MainWindow) -> set[str]:
    items = set()
    for top in window.menuBar().actions():
        if top.isVisible() and top.menu() is not None:
            items.update(a.text().replace("&", "") for a in top.menu().actions() if a.isVisible() and a.text())
    return items


def test_collectors_never_see_supervisor_items_and_supervisors_do(qtbot, sqlite_url):
    from ccs_desktop.access_rule import CAPABILITIES

    world = build(sqlite_url)
    window = open_window(qtbot, sqlite_url, world["cole"])
    items = _menu_items(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    assert "Letters" not in menus and "Supervisor" not in menus
    for hidden in ("Validation notices for new placements…", "Supervisor workspace…", "Promises waiting for approval",
                   "Import placement file…", "Remittance statement…", "Users…"):
        assert hidden not in items
    assert {"Promise calendar", "Sign out", "Guardrail rules…"} <= items
    window.close()
    window = open_window(qtbot, sqlite_url, world["sam"])
    items = _menu_items(window)
    assert {"Validation notices for new placements…", "Supervisor workspace…", "Promises waiting for approval",
            "Remittance statement…"} <= items
    assert "Import placement file…" not in items and "Users…" not in items  # admins only
    # The menus come from the access rule's table: every guarded item names a capability in it.
    assert {cap for _a, cap in window._guarded} == set(CAPABILITIES)
    window.close()


def test_closing_the_main_window_closes_the_promise_calendar_too(qtbot, sqlite_url):
    build(sqlite_url)
    window = open_window(qtbot, sqlite_url)
    closed = []
    window.closed.connect(lambda: closed.append(True))
    window.open_promise_tool("calendar")
    calendar = window._promise_window
    assert calendar.isVisible()
    calendar.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is calendar, timeout=5000)
    qtbot.keyClick(calendar, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Q in the calendar
    assert not window.isVisible() and not calendar.isVisible() and closed == [True]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_sign_out_drops_the_session_and_asks_who_signs_in(qtbot, sqlite_url):
    world = build(sqlite_url)
    window = open_window(qtbot, sqlite_url)
    asked = []
    window.gate = asked.append
    window.open_promise_tool("calendar")
    calendar = window._promise_window
    with qtbot.waitSignal(window.signed_out, timeout=5000):
        window.sign_out_action.trigger()
    assert window.context is None and window.queue_view is None and window.workspace is None
    assert not calendar.isVisible()
    assert asked == [window.database]
    assert window.user_label.text() == "" and not window.next_action.isEnabled()
    assert "Signed out" in window.loading_label.text()
    # The next user gets their own screens.
    with qtbot.waitSignal(window.ready, timeout=10000):
        window.signed_in(world["sam"])
    assert window.user_label.text() == "sam (supervisor)"
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() == 4, timeout=20000)
    window.close()


@pytest.fixture
def back_to_english(qapp):
    yield
    i18n.install(qapp, "en")


def test_switching_the_language_applies_at_once(qtbot, sqlite_url, back_to_english):
    world = build(sqlite_url)
    window = open_window(qtbot, sqlite_url)
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000):
        window.context.open_account(world["ids"]["Best"])
    window.set_language("es")
    menus = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    assert "Archivo" in menus and "File" not in menus
    assert window.queue_view.search.placeholderText() != "Search name, account number or phone (Ctrl+F)"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20000)  # the account stays open
    assert window.workspace.view.id == world["ids"]["Best"]
    window.set_language("en")
    assert "File" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    window.close()


def test_the_status_bar_is_mine_and_reminds_me_of_a_callback(qtbot, sqlite_url):
    from ccs_desktop.models import Account

    world = build(sqlite_url)
    engine = db.make_engine(sqlite_url)
    with db.session_factory(engine)() as s, s.begin():
        s.get(Account, world["ids"]["Smith"]).callback_at = AT + dt.timedelta(minutes=10)
        extra_client = make_client(s, name="Someone Else's")
        for _ in range(3):  # accounts in the database that are not cole's
            make_account(s, client=extra_client, tz_group="America/New_York")
    engine.dispose()
    window = open_window(qtbot, sqlite_url)
    bar = window.my_day_bar
    qtbot.waitUntil(lambda: bar.day is not None, timeout=20000)
    assert bar.queue_label.text() == "My queue: 4"          # cole's, not the 7 accounts in the database
    assert bar.callable_label.text() == "Callable: 4"
    assert bar.today_label.text() == "Today: 0 worked · 0 RPC · 0 promised"
    assert bar.callback_label.text().startswith("Callback ") and "Sam Smith" in bar.callback_label.text()
    assert bar.online_label.text() == "Local"
    assert not window.count_label.isVisible()
    bar.clock = AT + dt.timedelta(minutes=11)
    with qtbot.waitSignal(bar.callback_due, timeout=5000) as due:
        bar.check_due()
    assert due.args[0].account_id == world["ids"]["Smith"]
    assert bar.callback_label.text().startswith("Callback due now: Sam Smith")
    assert "Callback due now" in window.statusBar().currentMessage()
    with qtbot.assertNotEmitted(bar.callback_due):
        bar.check_due()                                   # said once
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000) as loaded:
        bar.open_callback()
    assert loaded.args[0].id == world["ids"]["Smith"]
    window.close()
