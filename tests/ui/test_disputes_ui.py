"""The dispute panel and the batch-letter dialog, offscreen, on a demo database."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Account, Letter, User
from ccs_desktop.models.enums import DisputeResolution, DisputeStatus, ReceivedVia, Role
from ccs_desktop.services.data import demo
from ccs_desktop.services.accounts import disputes
from ccs_desktop.services.context import Actor
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.disputes import DisputePanel, NewDisputeDialog
from ccs_desktop.ui.letters import BatchLettersDialog
from ccs_desktop.ui.main_window import MainWindow

SHOTS = os.environ.get("CCS_SCREENSHOTS")  # a folder to save the panels to, for looking at them


@pytest.fixture
def demo_db(sqlite_url):
    engine = db.make_engine(sqlite_url)
    demo.generate(engine, demo.DemoOptions(accounts=200))
    factory = db.session_factory(engine)
    with factory() as s:
        sup = s.scalar(sa.select(User).where(User.role == Role.SUPERVISOR))
        account_id = s.scalar(sa.select(Account.id).where(Account.contact_blocked.is_(False))
                              .order_by(Account.priority_score.desc()).limit(1))
    yield factory, Actor(sup.id, sup.username, Role.SUPERVISOR), account_id
    engine.dispose()


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_dispute_panel_takes_a_dispute_holds_sends_verification_and_keeps_notes(qtbot, demo_db):
    factory, actor, account_id = demo_db
    ctx = AppContext(factory, actor, "test")
    changed = []
    ctx.changed.connect(lambda changes, _by: changed.append(changes))
    panel = DisputePanel(ctx, account_id)
    qtbot.addWidget(panel)
    panel.resize(900, 640)
    panel.show()
    qtbot.waitUntil(lambda: panel.types != [], timeout=10000)
    assert panel.table.rowCount() == 0 and "No dispute" in panel.summary.text()

    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.record(disputes.DisputeInput(account_id=account_id, received_via=ReceivedVia.WRITTEN,
                                           type_code="already_paid", hold=True,
                                           note="Says she paid the clinic in March."))
    assert panel.table.rowCount() == 1 and panel.table.item(0, 5).text() == "HELD"
    assert "Collection is held" in panel.summary.text() and "Collection is held" in panel.message.text()
    assert changed and changed[-1].accounts == {account_id} and changed[-1].disputes == {panel.views[0].id}
    with factory() as s:
        assert s.get(Account, account_id).contact_blocked
    assert panel.buttons["send_verification"].isEnabled() and not panel.buttons["proof_received"].isEnabled()

    # A note and its correction: both stay, the first struck through.
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.add_note("Consumer will fax the receipt.")
    first = panel.notes.item(1).data(0x0100)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.add_note("Correction: she will mail it, no fax.", corrects_id=first)
    assert panel.notes.count() == 3
    assert panel.notes.item(1).font().strikeOut() and "corrects the note" in panel.notes.item(2).text()

    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.change(DisputeStatus.PROOF_REQUESTED, detail="Asked the client for the payment history")
    _shot(panel, "dispute_panel_held.png")
    # Skipping a state is refused with the service's message.
    with qtbot.waitSignal(panel.failed, timeout=10000) as refused:
        panel.change(DisputeStatus.VERIFICATION_SENT)
    assert "cannot become verification sent" in refused.args[0]
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.change(DisputeStatus.PROOF_RECEIVED)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.send_verification()
    assert panel.table.item(0, 5).text() == "" and "Verification sent" in panel.table.item(0, 4).text()
    with factory() as s:
        assert not s.get(Account, account_id).contact_blocked
        assert s.scalar(sa.select(Letter.kind).where(Letter.account_id == account_id,
                                                     Letter.kind == "verification_response")) is not None
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.change(DisputeStatus.RESOLVED, DisputeResolution.UPHELD, "Payment was to another account")
    assert panel.history.count() == 5 and "cycle time" in panel.summary.text()
    assert not any(b.isEnabled() for b in panel.buttons.values())
    _shot(panel, "dispute_panel_resolved.png")


def test_new_dispute_dialog_builds_the_input(qtbot):
    dialog = NewDisputeDialog([("not_my_debt", "Not my debt", False), ("pricing", "Pricing", True)],
                              Decimal("812.50"), can_hold=False)
    qtbot.addWidget(dialog)
    assert not dialog.hold.isEnabled() and "$812.50" in dialog.whole.text()
    dialog.part.setChecked(True)
    dialog.amount.setText("112.50")
    dialog.type.setCurrentIndex(1)
    dialog.via.setCurrentIndex(1)
    data = dialog.data(account_id=None)
    assert (data.type_code, data.received_via, data.amount_disputed, data.hold) == (
        "pricing", ReceivedVia.ORAL, "112.50", False)
    assert data.received_at.tzinfo is not None
    _shot(dialog, "new_dispute_dialog.png")


def test_batch_dialog_generates_notices_for_a_new_placement(qtbot, demo_db):
    factory, actor, _ = demo_db
    ctx = AppContext(factory, actor, "test")
    dialog = BatchLettersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=10000)
    # Pick the smallest placement so the test stays quick.
    smallest = min(dialog.choices, key=lambda c: c.pending)
    dialog.placement.setCurrentIndex(dialog.placement.findData(smallest.placement_id))
    # One consumer asked us to stop: the batch skips that account and names it by its number.
    from ccs_desktop.models import AccountParty, ComplianceFlag
    from ccs_desktop.models.enums import FlagKind
    from ccs_desktop.services.letters import notices

    needing = list(notices.accounts_needing_notice(factory, actor, smallest.placement_id))
    with factory() as s, s.begin():
        stopped = s.get(Account, needing[0])
        person_id = s.scalar(sa.select(AccountParty.person_id).where(AccountParty.account_id == stopped.id))
        s.add(ComplianceFlag(person_id=person_id, kind=FlagKind.CEASE_REQUESTED, set_at=dt.datetime.now(dt.timezone.utc),
                             detail="test"))
        stopped_number = stopped.client_account_number
    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start()
        assert not dialog.generate_button.isEnabled() and dialog.cancel_button.text() == "Cancel"
    result = finished.args[0]
    assert len(result.sent) + len(result.skipped) == smallest.pending and result.sent
    assert dialog.progress.value() == smallest.pending and "generated" in dialog.status.text()
    with factory() as s:
        in_placement = s.scalar(sa.select(sa.func.count()).select_from(Letter).join(Account).where(
            Account.placement_id == smallest.placement_id, Letter.kind == "validation_notice"))
    assert in_placement == len(result.sent)
    qtbot.waitUntil(lambda: smallest.placement_id not in [c.placement_id for c in dialog.choices]
                    or len(result.skipped) > 0, timeout=10000)
    skipped = dialog.skipped.toPlainText()
    assert stopped_number in skipped and str(stopped.id) not in skipped
    _shot(dialog, "batch_letters_dialog.png")
    dialog.close()


def test_batch_dialog_cancel_keeps_what_was_made(qtbot, demo_db):
    factory, actor, _ = demo_db
    dialog = BatchLettersDialog(AppContext(factory, actor, "test"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start()
        dialog.cancel()
    result = finished.args[0]
    assert result.cancelled and len(result.sent) < result.requested
    with factory() as s:
        kept = s.scalar(sa.select(sa.func.count()).select_from(Letter).where(Letter.batch_id == result.batch_id))
    assert kept == len(result.sent)


def test_main_window_has_the_letters_menu(qtbot, app_home):
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Letters" in titles
    window.close()


def test_letters_panel_sends_and_lists_letters(qtbot, demo_db):
    from ccs_desktop.ui.letters import LettersPanel, SendLetterDialog

    factory, actor, account_id = demo_db
    ctx = AppContext(factory, actor, "test")
    panel = LettersPanel(ctx, account_id)
    qtbot.addWidget(panel)
    panel.resize(760, 360)
    qtbot.waitUntil(lambda: panel.templates != [], timeout=10000)
    with qtbot.waitSignal(panel.failed, timeout=10000) as refused:
        panel.send_letter("settlement_offer", "en")
    assert "needs: settlement amount, settlement due" in refused.args[0]
    with qtbot.waitSignal(panel.sent, timeout=10000):
        panel.send_letter("settlement_offer", "en", {"settlement_amount": "300.00", "settlement_due": "2026-12-20"})
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10000)
    assert panel.table.item(0, 1).text() == "Settlement offer" and "sent" in panel.message.text()
    dialog = SendLetterDialog(panel.templates)
    qtbot.addWidget(dialog)
    codes = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert "verification_response" not in codes and {"payment_reminder", "cease_acknowledgement"} <= set(codes)
    _shot(panel, "letters_panel.png")


def test_sending_the_verification_asks_first_and_cancel_sends_nothing(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    factory, actor, account_id = demo_db
    panel = DisputePanel(AppContext(factory, actor, "test"), account_id)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.types != [], timeout=10000)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.record(disputes.DisputeInput(account_id=account_id, received_via=ReceivedVia.WRITTEN,
                                           type_code="already_paid", hold=True))
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *_a):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    panel.buttons["send_verification"].click()
    qtbot.wait(300)
    assert "lifts the collection hold" in asked[-1]
    with factory() as s:
        assert s.get(Account, account_id).contact_blocked
        assert s.scalar(sa.select(Letter.id).where(Letter.account_id == account_id,
                                                   Letter.kind == "verification_response")) is None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.buttons["send_verification"].click()
    with factory() as s:
        assert not s.get(Account, account_id).contact_blocked


def test_a_demo_dispute_hold_is_lifted_by_its_verification(qtbot, demo_db):
    """The demo's held disputes: sending the verification clears the account's block (the header follows)."""
    from ccs_desktop.models import Dispute
    from ccs_desktop.services.letters import template_letters

    factory, actor, _ = demo_db
    with factory() as s:
        dispute = s.scalar(sa.select(Dispute).where(Dispute.hold.is_(True)).limit(1))
        assert s.get(Account, dispute.account_id).blocked_reason == "dispute_unverified"
    admin = Actor(None, "admin", Role.ADMIN)
    template_letters.send_verification(factory, admin, dispute.id)
    with factory() as s:
        account = s.get(Account, dispute.account_id)
        assert not account.contact_blocked and account.blocked_reason is None
