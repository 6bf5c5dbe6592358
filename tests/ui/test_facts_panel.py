"""The Facts panel: a collector records a bankruptcy and an attorney from the workspace ("Consumer said..."), the
workspace, the queue and the guardrails agree at once, the records show who set them and when; only a supervisor
clears a legal block, with a reason; the supervisor's complaints tab lists open complaints by due date."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from ccs_desktop.models import AttorneyRepresentation, Bankruptcy
from ccs_desktop.models.enums import Channel, Role
from ccs_desktop.services.contacts import attempts as contact_service
from ccs_desktop.services.context import Actor
from ccs_desktop.services.facts import records
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.facts_panel import FactDialog, FactsPanel
from ccs_desktop.ui.queue_model import COLUMNS, QueueModel
from tests.factories import make_team, make_user
from tests.ui.test_workspace import AT, build, open_workspace


@pytest.fixture
def fixed_now(monkeypatch):
    monkeypatch.setattr(contact_service, "utcnow", lambda: AT)
    return AT


def _fill_dialog(values: dict[str, object], covers: str = "person") -> None:
    """When the fact dialog opens: type the values into its fields and press Record."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FactDialog), dialog
        for name, value in values.items():
            widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QComboBox, name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            else:
                widget.setCurrentIndex(widget.findData(value))
        dialog.covers.setCurrentIndex(dialog.covers.findData(covers))
        dialog._accept()
    QTimer.singleShot(0, fill)


def _badges(ws) -> list[str]:
    return [ws.badges.itemAt(i).widget().text() for i in range(ws.badges.count()) if ws.badges.itemAt(i).widget()]


def _rows(panel: FactsPanel) -> list[list[str]]:
    return [[panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
            for r in range(panel.table.rowCount())]


def test_a_collector_records_a_bankruptcy_and_an_attorney_and_everything_agrees(qtbot, session_factory, fixed_now):
    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    model = QueueModel(ws.context, synchronous=True)
    model.clock = AT
    model.fetchMore()
    state_col = [k for k, _ in COLUMNS].index("callable")
    assert model.index(0, state_col).data() == "callable" and ws.call_button.isEnabled()
    panel = ws.facts_panel
    qtbot.waitUntil(lambda: "Nothing recorded" in panel.note.text(), timeout=20000)

    _fill_dialog({"chapter": 13, "case_number": "1:26-bk-10234", "court": "S.D.N.Y."})
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws._ask_said("bankruptcy")  # the "Consumer said..." menu entry
    assert ws.tabs.currentWidget() is panel
    assert "Bankruptcy" in _badges(ws) and "Blocked" in ws.state_label.text() and not ws.call_button.isEnabled()
    fresh = QueueModel(ws.context, synchronous=True)  # the queue as it reads now
    fresh.clock = AT
    fresh.fetchMore()
    assert fresh.index(0, state_col).data() == "blocked"
    decision = contact_service.check_contact(session_factory, actor, account_id, person_id, Channel.CALL, at=AT,
                                             phone_id=ws.phone_combo.currentData()[1].id)
    assert not decision.allowed and decision.reasons[0].code == "bankruptcy"
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=20000)
    kind, details, covers, set_by, state = _rows(panel)[0]
    assert kind == "Bankruptcy" and "Chapter 13" in details and "1:26-bk-10234" in details
    assert covers == "Every debt" and set_by.startswith("Cole Collector\n20") and state == "In force"

    _fill_dialog({"firm": "Baker & Lane LLP", "attorney_name": "Ann Baker", "phone": "(212) 555-0177"}, covers="debt")
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws._ask_said("attorney")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=20000)
    assert {"Bankruptcy", "Attorney"} <= set(_badges(ws))
    assert any(p.role == "attorney" and p.name == "Baker & Lane LLP" for p in ws.view.parties)
    with session_factory() as s:
        record = s.scalars(sa.select(AttorneyRepresentation)).one()
    assert record.debt_ids == [str(account_id)] and record.phone == "+12125550177" and record.set_by == actor.user_id

    # A collector cannot clear the bankruptcy: the button says a supervisor does.
    panel.table.selectRow([r[0] for r in _rows(panel)].index("Bankruptcy"))
    assert not panel.clear_button.isEnabled() and "supervisor" in panel.clear_button.toolTip()
    ws.close()


def test_a_supervisor_clears_a_bankruptcy_with_a_reason_and_the_account_is_callable_again(qtbot, session_factory,
                                                                                         fixed_now):
    actor, account_id, person_id = build(session_factory)
    with session_factory() as s, s.begin():
        sam = make_user(s, Role.SUPERVISOR, username="sam", display_name="Sam Supervisor")
        from ccs_desktop.models import User

        make_team(s, sam, s.get(User, actor.user_id))
        records.record_bankruptcy(s, actor, person_id, account_id=account_id, chapter=7)
    supervisor = Actor(sam.id, "sam", Role.SUPERVISOR)
    panel = FactsPanel(AppContext(session_factory, supervisor, "test"))
    qtbot.addWidget(panel)
    panel.show_account(account_id, person_id, "A1")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=20000)
    panel.table.selectRow(0)
    assert panel.clear_button.isEnabled()
    with qtbot.waitSignal(panel.context.changed, timeout=20000):
        panel.clear(panel.selected(), "Case dismissed on 2026-11-20 (PACER)")
    qtbot.waitUntil(lambda: _rows(panel) and _rows(panel)[0][4].startswith("Cleared by Sam Supervisor"),
                    timeout=20000)
    assert "Case dismissed" in _rows(panel)[0][4]
    with session_factory() as s:
        record = s.scalars(sa.select(Bankruptcy)).one()
    assert record.cleared_by == sam.id and record.clear_reason.startswith("Case dismissed")
    assert contact_service.check_contact(session_factory, actor, account_id, person_id, Channel.CALL,
                                         at=AT, phone_id=_phone(session_factory, person_id)).allowed


def _phone(session_factory, person_id):
    from ccs_desktop.models import Phone

    with session_factory() as s:
        return s.scalars(sa.select(Phone.id).where(Phone.person_id == person_id)).first()


def test_a_refused_record_says_why_and_writes_nothing(qtbot, session_factory, fixed_now):
    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    panel = ws.facts_panel
    panel.record("attorney", firm="Lane", phone="not a number", debt_ids=[])
    qtbot.waitUntil(lambda: "Not recorded" in panel.note.text(), timeout=20000)
    assert "Not a phone number" in panel.note.text()
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(AttorneyRepresentation)) == 0
    ws.close()


def test_the_supervisor_sees_open_complaints_by_due_date(qtbot, session_factory):
    from ccs_desktop.ui.supervisor import SupervisorWorkspace

    actor, account_id, person_id = build(session_factory)
    with session_factory() as s, s.begin():
        sam = make_user(s, Role.SUPERVISOR, username="sam", display_name="Sam Supervisor")
        from ccs_desktop.models import User

        make_team(s, sam, s.get(User, actor.user_id))
        today = dt.date.today()
        records.record_complaint(s, actor, person_id, account_id=account_id, received_from="cfpb",
                                 due_on=today + dt.timedelta(days=10), summary="calls at work")
        records.record_complaint(s, actor, person_id, account_id=account_id, received_from="bbb",
                                 received_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=20),
                                 due_on=today - dt.timedelta(days=2), summary="rude collector")
    ws = SupervisorWorkspace(AppContext(session_factory, Actor(sam.id, "sam", Role.SUPERVISOR), "test"))
    qtbot.addWidget(ws)
    ws.tabs.setCurrentWidget(ws.complaints)
    qtbot.waitUntil(lambda: ws.complaints.table.rowCount() == 2, timeout=20000)
    table = ws.complaints.table
    assert [table.item(r, 1).text() for r in range(2)] == ["BBB", "CFPB"]  # the overdue one first
    assert "1 overdue" in ws.complaints.message.text()


def test_a_bankruptcys_outcome_and_a_complaints_response_are_recorded_from_the_panel(qtbot, session_factory,
                                                                                    monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    actor, account_id, person_id = build(session_factory)
    with session_factory() as s, s.begin():
        records.record_bankruptcy(s, actor, person_id, account_id=account_id, chapter=13,
                                  filed_on=dt.date(2026, 1, 5))
    panel = FactsPanel(AppContext(session_factory, actor, "test"))
    qtbot.addWidget(panel)
    panel.show_account(account_id, person_id, "A1")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=20000)
    panel.table.selectRow(0)
    assert panel.update_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Dismissed", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2026-11-20", True))
    with qtbot.waitSignal(panel.context.changed, timeout=20000):
        panel.update_selected()
    qtbot.waitUntil(lambda: "dismissed 2026-11-20" in _rows(panel)[0][1], timeout=20000)
    assert _rows(panel)[0][4] == "In force"  # a dismissal does not lift the block: a supervisor clears it
    with session_factory() as s:
        assert str(s.scalars(sa.select(Bankruptcy)).one().outcome) == "dismissed"
