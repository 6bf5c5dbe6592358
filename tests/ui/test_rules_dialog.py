"""The admin's rules dialog: shows every rule with its citation; a change is saved as a new, audited version."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from ccs_desktop import db
from ccs_desktop.models import AuditEvent
from ccs_desktop.models.enums import Role
from ccs_desktop.services.contacts import rulepacks
from ccs_desktop.services.context import Actor
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.rules_dialog import RulesDialog


def _dialog(qtbot, url, role):
    engine = db.make_engine(url)
    context = AppContext(db.session_factory(engine), Actor(None, role.value, role), "test", engine)
    dialog = RulesDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 10, timeout=10000)
    return dialog, engine


def test_admin_switches_a_rule_on_with_a_reason(qtbot, sqlite_url, app_home, monkeypatch):
    dialog, engine = _dialog(qtbot, sqlite_url, Role.ADMIN)
    ids = [dialog.model.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dialog.model.rowCount())]
    assert "fdcpa.hours" in ids and "regf.call_frequency" in ids
    row = ids.index("agency.daily_call_limit")
    citation = dialog.model.item(ids.index("regf.call_frequency"), 3).text()
    assert "1006.14" in citation
    dialog.model.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.table.selectRow(row)
    dialog.params_edit.setPlainText(dialog.params_edit.toPlainText().replace('"max": 3', '"max": 2'))
    assert dialog.changes() == {"agency.daily_call_limit": {"enabled": True, "parameters": {"max": 2}}}
    packs = [dialog.pack_model.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dialog.pack_model.rowCount())]
    nyc = packs.index("us_nyc") if "us_nyc" in packs else next(i for i, p in enumerate(packs) if "nyc" in p)
    assert dialog.pack_model.item(nyc, 0).checkState() == Qt.CheckState.Unchecked  # shipped switched off
    dialog.comment.setText("Agency policy from December: two calls a day")
    dialog.show()
    dialog.grab().save(str(app_home / "rules.png"))
    import ccs_desktop.ui.rules_dialog as module

    shown = []
    monkeypatch.setattr(module.QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2])))
    dialog.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Saved as version" in shown[0]
    with db.session_factory(engine)() as s:
        pack = rulepacks.active_rulepack(s)
        event = s.scalars(sa.select(AuditEvent).where(AuditEvent.action == "rules.changed")).one()
    assert pack.rule("agency.daily_call_limit").enabled and pack.rule("agency.daily_call_limit").parameters["max"] == 2
    assert event.reason == "Agency policy from December: two calls a day"
    engine.dispose()


def test_a_supervisor_sees_the_rules_read_only(qtbot, sqlite_url):
    dialog, engine = _dialog(qtbot, sqlite_url, Role.SUPERVISOR)
    assert not dialog.save_button.isEnabled()
    assert not dialog.model.item(0, 0).isCheckable()
    assert "only an admin" in dialog.version_label.text().lower()
    engine.dispose()
