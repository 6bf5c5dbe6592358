"""The supervisor workspace on the hand-made floor: review a call, read KPIs, verify the audit chain."""

from __future__ import annotations

import os
import re

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt

from ccs_desktop import db
from ccs_desktop.models import Account, AuditEvent
from ccs_desktop.services.context import PermissionDenied
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.supervisor import SupervisorWorkspace
from ccs_desktop.ui.supervisor.call_log_model import CallLogModel
from tests.services.floor import build

SHOTS = os.environ.get("CCS_SCREENSHOTS")


@pytest.fixture
def floor(sqlite_url):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    fl = build(factory)
    yield engine, factory, fl
    engine.dispose()


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _workspace(qtbot, floor, who="sam"):
    engine, factory, fl = floor
    ctx = AppContext(factory, fl.actor(who), "test", engine)
    ws = SupervisorWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1400, 820)
    ws.show()
    qtbot.waitUntil(lambda: not ws.busy(), timeout=10000)
    return ws


def test_call_log_model_passes_the_model_tester(qtmodeltester, floor):
    _engine, factory, fl = floor
    model = CallLogModel(factory, fl.actor("ada"), synchronous=True)
    model.PAGE = 4
    model.fetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 11
    qtmodeltester.check(model)


def test_a_supervisor_reviews_a_collectors_call(qtbot, floor):
    _engine, factory, fl = floor
    ws = _workspace(qtbot, floor)
    tab = ws.call_log
    qtbot.waitUntil(lambda: tab.model.rowCount() == 9, timeout=10000)
    # Filter: Cole's calls that nobody reviewed.
    tab.collector.setCurrentIndex(tab.collector.findText("Cole Collector"))
    tab.not_reviewed.setChecked(True)
    tab.apply_filter()
    qtbot.waitUntil(lambda: tab.model.exhausted() and tab.model.rowCount() == 6, timeout=10000)
    row = next(i for i in range(6) if tab.model.index(i, 6).data() == "RPC")
    tab.select_row(row)
    qtbot.waitUntil(lambda: "mini_miranda" in tab.detail.toPlainText(), timeout=10000)
    assert "us-2026.11" in tab.detail.toPlainText() and "cole RPC" in tab.detail.toPlainText()
    for code in ("right_party_verified", "no_threats", "accurate_balance"):
        tab._checks[code].setChecked(True)
    tab.comment.setPlainText("Disclosure missing.")
    _shot(ws, "supervisor_call_log")
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(row, 9).data() == "6/8", timeout=10000)
    qtbot.waitUntil(lambda: "Disclosure missing." in tab.detail.toPlainText(), timeout=10000)
    # The reviews tab lists it, waiting for Cole to acknowledge.
    ws.tabs.setCurrentWidget(ws.reviews)
    qtbot.waitUntil(lambda: ws.reviews.table.rowCount() == 1, timeout=10000)
    assert ws.reviews.table.item(0, 8).text() == "not yet"
    # Blocked attempts come from the audit trail, drawn in red.
    ws.tabs.setCurrentWidget(ws.call_log)
    tab.collector.setCurrentIndex(0)
    tab.not_reviewed.setChecked(False)
    tab.blocked.setChecked(True)
    tab.apply_filter()
    qtbot.waitUntil(lambda: tab.model.exhausted() and tab.model.rowCount() == 2, timeout=10000)
    assert tab.model.index(0, 9).data() == "blocked"


def test_kpis_charts_and_reports(qtbot, floor, tmp_path):
    ws = _workspace(qtbot, floor)
    ws.tabs.setCurrentWidget(ws.kpis)
    k = ws.kpis
    qtbot.waitUntil(lambda: k.team.count() == 1 and not k.busy, timeout=10000)
    k.date_from.setDate(QDate(2026, 11, 1))
    k.date_to.setDate(QDate(2026, 11, 30))
    k.refresh()
    qtbot.waitUntil(lambda: not k.busy, timeout=10000)
    assert k.values["attempts"].text() == "8"
    assert k.values["dispute_cycle_days"].text() == "7.25"
    assert k.values["right_party_rate"].text() == "50.00 %"
    assert k.values["collected"].text() == "USD 500.00"
    assert k.values["liquidation_rate"].text() == "14.29 %"
    assert len(k.daily_view.chart().series()) == 2
    assert k.rules_view.chart().series()[0].barSets()[0].at(0) == 2.0
    _shot(ws, "supervisor_kpis")
    k.export("performance", str(tmp_path / "perf.pdf"))
    qtbot.waitUntil(lambda: (tmp_path / "perf.pdf").exists() and not k.busy, timeout=10000)
    assert "Saved" in k.message.text()


def test_overrides_assignments_and_audit(qtbot, floor):
    _engine, factory, fl = floor
    ws = _workspace(qtbot, floor)
    ws.tabs.setCurrentWidget(ws.overrides)
    qtbot.waitUntil(lambda: ws.overrides.overrides.rowCount() == 1 and ws.overrides.pending.rowCount() == 1, timeout=10000)
    assert ws.overrides.overrides.item(0, 5).text() == "reg_f_7_in_7"
    _shot(ws, "supervisor_overrides")

    ws.tabs.setCurrentWidget(ws.assignments)
    a = ws.assignments
    qtbot.waitUntil(lambda: a.targets.count() == 2, timeout=10000)
    a.regions.setText("ny")
    a.preview()
    qtbot.waitUntil(lambda: a.preview_label.text() == "2 accounts match", timeout=10000)
    casey_row = next(i for i in range(a.targets.count()) if a.targets.item(i).text().startswith("Casey"))
    a.targets.item(casey_row).setCheckState(Qt.CheckState.Checked)
    a.confirm = False
    a.assign()
    qtbot.waitUntil(lambda: "1 of 2 matching accounts moved" in a.message.text(), timeout=10000)
    with factory() as s:
        assert s.scalar(sa.select(Account.assigned_to).where(Account.client_account_number == "ACME-1")) == fl.users["casey"].id
    a.rule_collector.setCurrentIndex(a.rule_collector.findText("Cole Collector"))
    a.rule_regions.setText("NY, NJ")
    a.rule_balance_min.setText("250")
    a.save_rules()
    qtbot.waitUntil(lambda: "Queue rules saved" in a.message.text(), timeout=10000)
    _shot(ws, "supervisor_assignments")

    ws.tabs.setCurrentWidget(ws.audit)
    au = ws.audit
    au.verify()
    qtbot.waitUntil(lambda: "intact" in au.verify_result.text(), timeout=10000)
    au.search.setText("ACME-1")
    au.find()
    qtbot.waitUntil(lambda: au.history.rowCount() == 2, timeout=10000)
    assert {au.history.item(r, 3).text() for r in range(2)} == {"Contact refused by the guardrails", "Account assigned"}
    uuid_like = r"[0-9a-f]{8}-[0-9a-f]{4}-"
    for r in range(2):  # words, not JSON and ids; the stored event is on hover
        details = au.history.item(r, 4).text()
        assert "{" not in details and not re.search(uuid_like, details), details
        assert '"action"' in au.history.item(r, 4).toolTip()
    _shot(ws, "supervisor_audit")
    # Someone deletes an event in the database: the button names where the chain breaks.
    with factory() as s, s.begin():
        seq = s.scalar(sa.select(AuditEvent.seq).where(AuditEvent.action == "account.assigned"))
        s.execute(sa.delete(AuditEvent).where(AuditEvent.seq == seq))
    au.verify()
    qtbot.waitUntil(lambda: "broken" in au.verify_result.text(), timeout=10000)
    assert f"event {seq}" in au.verify_result.text()


def test_collectors_cannot_open_the_workspace(qtbot, floor):
    engine, factory, fl = floor
    with pytest.raises(PermissionDenied):
        SupervisorWorkspace(AppContext(factory, fl.actor("cole"), "test", engine))


def test_a_collector_reads_and_acknowledges_feedback(qtbot, floor):
    from ccs_desktop.services.supervision import reviews
    from ccs_desktop.ui.feedback_panel import FeedbackPanel

    engine, factory, fl = floor
    answers = {"right_party_verified": True, "disclosure_given": False, "no_threats": True, "accurate_balance": True}
    reviews.review_attempt(factory, fl.actor("sam"), fl.attempts["cole3"], answers, "Give the disclosure first.")
    panel = FeedbackPanel(AppContext(factory, fl.actor("cole"), "test", engine))
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and not panel.busy, timeout=10000)
    panel.table.selectRow(0)
    assert "6/8" in panel.detail.toPlainText() and "Give the disclosure first." in panel.detail.toPlainText()
    assert "✘ Mini-Miranda" in panel.detail.toPlainText()
    _shot(panel, "collector_feedback")
    qtbot.mouseClick(panel.ack, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0 and not panel.busy, timeout=10000)
    panel.only_new.setChecked(False)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and not panel.busy, timeout=10000)
    assert panel.table.item(0, 7).text() != ""


def test_the_main_window_opens_the_workspace_for_a_signed_in_supervisor(qtbot, floor):
    from ccs_desktop.ui.main_window import MainWindow, OpenedDatabase

    engine, factory, fl = floor
    window = MainWindow()
    qtbot.addWidget(window)
    window.database = OpenedDatabase(engine, factory, "test database", 4, 0)
    window.actor = fl.actor("sam")
    assert window.supervisor_action.text() == "Supervisor &workspace…"
    window.supervisor_action.trigger()
    opened = window.findChildren(SupervisorWorkspace)
    assert len(opened) == 1 and opened[0].isVisible() and opened[0].ctx.actor.username == "sam"
    qtbot.waitUntil(lambda: not opened[0].busy(), timeout=10000)
    opened[0].close()
