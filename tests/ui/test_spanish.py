"""In Spanish, the collector's screens show no English: the queue's next actions and dates, the workspace's
reasons and tooltips, the contact log's results, the placement line, the user's role and the counts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QTreeWidget

from ccs_desktop import config, db
from ccs_desktop.models import Account, AccountParty, ContactAttempt, Phone
from ccs_desktop.services.accounts import queue
from ccs_desktop.services.data.reference import RESULT_CODES
from ccs_desktop.ui import i18n
from ccs_desktop.ui.main_window import MainWindow
from ccs_desktop.ui.queue_model import next_action_text, until_text

UTC = dt.timezone.utc
# What stayed in English before: checked on every text and tooltip the screens show.
ENGLISH = ("promise due", "broken promise", "callback", "not until", "Not until", "Marked as a bad number",
           "Do not call this number", " received ", "(collector)", " accounts", " rows", "Callable now")
ENGLISH_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d")
ENGLISH_RESULTS = {label for _c, label, label_es, *_ in RESULT_CODES if label_es and label_es != label}


@pytest.fixture
def spanish(qapp):
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")


def _texts(widget) -> list[str]:
    """Every text and tooltip a person can read in a window: labels, buttons, menus, tables, trees."""
    out = [widget.windowTitle()]
    for w in widget.findChildren(QLabel):
        out += [w.text(), w.toolTip()]
    for w in widget.findChildren(QAbstractButton):
        out += [w.text(), w.toolTip()]
    for action in widget.menuBar().actions():
        out.append(action.text())
        if action.menu() is not None:
            out += [a.text() for a in action.menu().actions()]
    for t in widget.findChildren(QTableWidget):
        for r in range(t.rowCount()):
            for c in range(t.columnCount()):
                item = t.item(r, c)
                if item is not None:
                    out += [item.text(), item.toolTip()]
    for tree in widget.findChildren(QTreeWidget):
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out += [item.text(c) for c in range(tree.columnCount())] + [item.toolTip(c) for c in range(tree.columnCount())]
            stack += [item.child(i) for i in range(item.childCount())]
    return [x for x in out if x]


def _english_in(texts: list[str]) -> list[str]:
    found = [f"{needle!r} in {text!r}" for text in texts for needle in ENGLISH if needle in text]
    found += [f"English date in {text!r}" for text in texts if ENGLISH_DATE.search(text)]
    return found


def test_the_collectors_screens_in_spanish_show_no_english(qtbot, app_home, spanish):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=90000):
        window.open_database(config.default_database_url(), seed_demo=True, demo_accounts=300)
    model = window.queue_view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading(), timeout=20000)
    assert window.user_label.text() == "cole (cobrador)"
    assert window.count_label.text() == "300 cuentas"

    # The queue: every cell and tooltip of the loaded rows, and the headers.
    queue_texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(r, c).data(role)
                if isinstance(value, str):
                    queue_texts.append(value)
    assert _english_in(queue_texts + _texts(window)) == []

    # The workspace of an account with contacts, one of whose numbers is marked bad.
    engine = window.database.engine
    with db.session_factory(engine)() as s, s.begin():
        account_id = s.scalar(sa.select(ContactAttempt.account_id).join(Account)
                              .where(Account.assigned_to == window.context.actor.user_id).limit(1))
        person_id = s.scalar(sa.select(AccountParty.person_id).where(AccountParty.account_id == account_id))
        phone = s.scalar(sa.select(Phone).where(Phone.person_id == person_id).limit(1))
        phone.bad_number = True
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000):
        window.open_account(account_id)
    texts = _texts(window)
    assert _english_in(texts) == []
    assert any("Marcado como número erróneo" in x for x in texts)
    log = window.workspace.contact_log
    results = [log.item(r, 4).text() for r in range(log.rowCount())]
    assert results and not [r for r in results if r.split(" ", 1)[1] in ENGLISH_RESULTS]
    assert any("recibido el" in x for x in texts)  # the placement line

    # One account found: "1 cuenta", not "1 cuentas" (nor "1 accounts").
    number = window.workspace.view.row.account_number
    window.show_queue()
    with qtbot.waitSignal(model.page_loaded, timeout=20000):
        model.set_filters(dataclasses.replace(model.filters, search=number))
    qtbot.waitUntil(lambda: model.exhausted(), timeout=10000)
    assert window.queue_view.message.text() == "1 cuenta"
    window.close()


def test_dates_next_actions_and_counts_follow_the_language(qapp, spanish):
    now = dt.datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    until = dt.datetime(2026, 12, 14, 14, 0, tzinfo=UTC)
    assert until_text(until, ("America/New_York",), now) == "lun 14 dic 09:00 local"
    row = queue.QueueRow.__new__(queue.QueueRow)
    object.__setattr__(row, "callback_at", None)
    object.__setattr__(row, "has_broken_promise", False)
    object.__setattr__(row, "next_promise_due", dt.date(2026, 12, 7))
    assert next_action_text(row, now) == "promesa vence"
    object.__setattr__(row, "next_promise_due", dt.date(2026, 12, 15))
    assert next_action_text(row, now) == "promesa 15 dic"
    tr = QCoreApplication.translate
    assert tr("CallLogTab", "%Ln row(s)", "", 1) == "1 fila"
    assert tr("BatchLettersDialog", "{placement} — %Ln account(s)", "", 1) == "{placement} — 1 cuenta"
    assert i18n.role_name("supervisor") == "supervisor" and i18n.role_name("admin") == "administrador"


def test_counts_in_english_are_singular_for_one(qapp):
    tr = QCoreApplication.translate
    assert tr("CallLogTab", "%Ln row(s)", "", 1) == "1 row"
    assert tr("QueueView", "%Ln shown", "", 1) == "1 shown"
    assert tr("MainWindow", "%Ln account(s)", "", 2000) == "2,000 accounts"
