"""The queue's Qt model and screen: lazy pages by key, concurrent changes, filters, sorting, next account."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from PySide6.QtCore import Qt

from ccs_desktop.models import Account
from ccs_desktop.models.enums import Role
from ccs_desktop.services.accounts import queue
from ccs_desktop.services.context import Actor, Changes
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.queue_model import COLUMNS, QueueModel
from ccs_desktop.ui.queue_view import QueueView
from tests.factories import make_account, make_client, make_person, make_user

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 11:00 in New York


def build(session_factory, n: int = 130):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        cole = make_user(s, username="cole")
        client = make_client(s, name="Northwind Bank")
        ids = []
        for i in range(n):
            person = make_person(s, last_name=f"Name{i:03d}", phone=f"+1212555{i:04d}")
            person.search_name = f"NAME{i:03d} PAT"
            ids.append(make_account(s, client=client, person=person, assigned_to=cole.id, tz_group="America/New_York",
                                    priority_score=Decimal(1000 - i), balance=Decimal(100 + i)).id)
    return Actor(cole.id, "cole", Role.COLLECTOR, cole.team_id), ids


def scores(model: QueueModel) -> list[float]:
    return [float(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_queue_model_passes_the_model_tester(qtbot, qtmodeltester, session_factory):
    actor, _ = build(session_factory, 60)
    context = AppContext(session_factory, actor, "test")
    model = QueueModel(context, synchronous=True)
    model.clock = AT
    model.fetchMore()
    assert model.rowCount() == QueueModel.PAGE and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 60
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:2] == ["Score", "Consumer"] and "Local time" in header and "Callable" in header
    callable_col = [k for k, _ in COLUMNS].index("callable")
    assert model.index(0, callable_col).data() == "callable"
    assert "11:00 EST" in model.index(0, [k for k, _ in COLUMNS].index("local_time")).data()


def test_paging_neither_skips_nor_repeats_under_concurrent_score_changes(qtbot, session_factory):
    actor, ids = build(session_factory)
    context = AppContext(session_factory, actor, "test")
    model = QueueModel(context, synchronous=True)
    model.clock = AT
    time.sleep(0.01)
    model.fetchMore()
    assert model.rowCount() == 50
    # Another workstation changes scores without telling this one: an unseen account jumps to the top,
    # a seen one drops to the bottom, one unseen one moves within the unseen part.
    with session_factory() as s, s.begin():
        s.get(Account, ids[120]).priority_score = Decimal("5000")
        s.get(Account, ids[10]).priority_score = Decimal("1")
        s.get(Account, ids[70]).priority_score = Decimal("800.50")
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    assert len(shown) == len(set(shown)) == 130          # nothing repeated
    assert set(shown) == set(ids)                        # nothing skipped
    assert shown[0] == ids[120] and shown[-1] == ids[10]
    assert scores(model) == sorted(scores(model), reverse=True)


def test_operations_refresh_the_rows_they_changed(qtbot, session_factory):
    actor, ids = build(session_factory, 20)
    context = AppContext(session_factory, actor, "test")
    model = QueueModel(context, synchronous=True)
    model.clock = AT
    model.fetchMore()
    with session_factory() as s, s.begin():
        s.get(Account, ids[15]).priority_score = Decimal("9999")
        s.get(Account, ids[3]).contact_blocked = True
        s.get(Account, ids[3]).blocked_reason = "cease_requested"
    with qtbot.waitSignal(model.rowsInserted):
        context.changed.emit(Changes.for_accounts([ids[15], ids[3]]), None)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == ids[15]
    row = model.row_of(ids[3])
    assert model.index(row, [k for k, _ in COLUMNS].index("callable")).data() == "blocked"
    assert "cease" in model.index(row, [k for k, _ in COLUMNS].index("callable")).data(Qt.ItemDataRole.ToolTipRole).lower()
    # With "callable now" on, the blocked account leaves the view when its change is announced.
    model.set_filters(model.filters.with_(callable_now=True))
    assert model.row_of(ids[3]) == -1
    with session_factory() as s, s.begin():
        s.get(Account, ids[5]).contact_blocked = True
    context.changed.emit(Changes.for_accounts([ids[5]]), None)
    assert model.row_of(ids[5]) == -1


def test_queue_screen_filters_searches_and_sorts(qtbot, session_factory):
    actor, ids = build(session_factory, 60)
    context = AppContext(session_factory, actor, "test")
    view = QueueView(context)
    qtbot.addWidget(view)
    view.model.clock = AT
    view.resize(1400, 700)
    view.show()
    with qtbot.waitSignal(view.model.page_loaded, timeout=20000):
        view.start()
    assert view.model.rowCount() == 50
    # Search by a phone number typed with punctuation.
    view.search.setText("(212) 555-0042")
    with qtbot.waitSignal(view.model.page_loaded, timeout=20000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).id == ids[42]
    view.search.clear()
    view.balance_min.setText("150")
    view.balance_max.setText("155.50")
    with qtbot.waitSignal(view.model.page_loaded, timeout=20000):
        qtbot.keyClick(view.balance_max, Qt.Key.Key_Return)
    assert [view.model.row_at(r).balance for r in range(view.model.rowCount())] == [Decimal(b) for b in range(150, 156)]
    view.balance_max.setText("12.345")
    view.apply()
    assert "amount" in view.message.text()
    view.balance_min.clear()
    view.balance_max.clear()
    with qtbot.waitSignal(view.model.page_loaded, timeout=20000):
        view.apply()
    assert view.model.rowCount() == 50
    # Sort by balance, lowest first, from the header.
    balance_col = [k for k, _ in COLUMNS].index("balance")
    with qtbot.waitSignal(view.model.page_loaded, timeout=20000):
        view.table.sortByColumn(balance_col, Qt.SortOrder.AscendingOrder)
    balances = [view.model.row_at(r).balance for r in range(view.model.rowCount())]
    assert balances[:3] == [Decimal("100.00"), Decimal("101.00"), Decimal("102.00")]
    # Enter on the selected row asks to open it.
    view.table.setFocus()
    view.table.selectRow(2)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args[0] == view.model.row_at(2).id
    view.close()
