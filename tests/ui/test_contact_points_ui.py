"""The contact points editor from the workspace: a number the consumer gives on a call is entered in a few keys,
and the workspace, the queue and the guardrails agree at once; bad input is shown inline and nothing is written."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ccs_desktop.models import Address, AuditEvent, Phone
from ccs_desktop.services.contacts import attempts as contact_service
from ccs_desktop.ui.queue_model import COLUMNS, QueueModel
from tests.ui.test_workspace import AT, build, fixed_now, open_workspace  # noqa: F401 (fixture)

HONOLULU = "+18085550100"


def _phones(session_factory, person_id) -> dict[str, Phone]:
    with session_factory() as s:
        return {p.e164: p for p in s.scalars(sa.select(Phone).where(Phone.person_id == person_id))}


def test_a_new_number_from_the_workspace_and_the_queue_workspace_and_engine_agree(qtbot, session_factory, fixed_now):
    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    model = QueueModel(ws.context, synchronous=True)
    model.clock = AT
    model.fetchMore()
    state_col = [k for k, _ in COLUMNS].index("callable")
    assert model.index(0, state_col).data() == "callable" and ws.call_button.isEnabled()

    # Tuesday 11:00 in New York is 06:00 in Honolulu. Ctrl+Shift+N, the number, Enter.
    ws.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws, timeout=5000)
    ws.setFocus()
    qtbot.keyClick(ws, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = ws.points_dialog
    qtbot.waitUntil(lambda: dialog.phones.rowCount() == 1, timeout=20000)
    qtbot.keyClicks(dialog.number_edit, "(808) 555-0100")
    with qtbot.waitSignal(dialog.saved, timeout=20000), qtbot.waitSignal(ws.loaded, timeout=20000):
        qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    phone = _phones(session_factory, person_id)[HONOLULU]
    assert phone.type == "cell" and phone.source == "consumer"
    with session_factory() as s:
        event = s.scalars(sa.select(AuditEvent).where(AuditEvent.action == "phone.added")).one()
    assert event.user_id == actor.user_id and event.reason == "Given by the consumer on a call"

    # The workspace, the queue and the engine: not now, in every zone the information points to.
    assert "Pacific/Honolulu" in ws.times_label.text()
    assert "Not until" in ws.state_label.text() and not ws.call_button.isEnabled()
    qtbot.waitUntil(lambda: model.row_at(0).callable.state == "later", timeout=20000)
    assert model.index(0, state_col).data().startswith("not until")
    assert "Pacific/Honolulu" in model.row_at(0).zones
    decision = contact_service.check_contact(session_factory, actor, account_id, person_id, "call",
                                             phone_id=next(p.id for p in _phones(session_factory, person_id).values()
                                                           if p.e164 == "+12125550142"), at=AT)
    assert not decision.allowed and "Pacific/Honolulu" in decision.time_zones
    qtbot.waitUntil(lambda: dialog.phones.rowCount() == 2, timeout=20000)
    assert "Pacific/Honolulu" in dialog.zones_label.text()

    # It was not theirs after all: mark it wrong, and New York's 11:00 is callable again.
    row = next(r for r in range(dialog.phones.rowCount()) if dialog.phones.item(r, 0).text() == HONOLULU)
    dialog.phones.selectRow(row)
    with qtbot.waitSignal(dialog.saved, timeout=20000), qtbot.waitSignal(ws.loaded, timeout=20000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "wrongNumber"), Qt.MouseButton.LeftButton)
    assert _phones(session_factory, person_id)[HONOLULU].bad_reason == "wrong_number"
    assert "Callable now" in ws.state_label.text() and ws.call_button.isEnabled()
    dialog.close()
    ws.close()


def test_bad_input_is_shown_in_the_editor_and_nothing_is_written(qtbot, session_factory, fixed_now):
    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    dialog = ws.edit_contact_points(new_number=True)
    qtbot.waitUntil(lambda: dialog.phones.rowCount() == 1, timeout=20000)
    qtbot.keyClicks(dialog.number_edit, "555-01")
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    assert "not a valid phone number" in failed.args[0]
    assert dialog.error.isVisible() and "555-01" in dialog.error.text()
    assert dialog.number_edit.text() == "555-01"  # what was typed stays
    assert set(_phones(session_factory, person_id)) == {"+12125550142"}

    dialog.tabs.setCurrentIndex(1)
    for edit, text in ((dialog.line1_edit, "9 Elm St"), (dialog.city_edit, "Los Angeles"), (dialog.state_edit, "NY"),
                       (dialog.zip_edit, "90012")):
        edit.setText(text)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        dialog.add_address()
    assert "90012 is in CA, not NY" in failed.args[0] and dialog.error.isVisible()
    dialog.zip_edit.setText("00000")
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        dialog.add_address()
    assert "not a known US ZIP code" in failed.args[0]
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Address).where(Address.person_id == person_id)) == 1
    # Corrected: the state left to the ZIP; the address is added and the error goes away.
    dialog.zip_edit.setText("90012")
    dialog.state_edit.setText("")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.add_address()
    assert not dialog.error.isVisible()
    qtbot.waitUntil(lambda: dialog.addresses.rowCount() == 2, timeout=20000)
    assert any("90012" in dialog.addresses.item(r, 0).text() and dialog.addresses.item(r, 1).text() == "current"
               for r in range(2))
    dialog.close()
    ws.close()
