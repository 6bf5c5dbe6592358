"""The workspace's Notes and Documents tabs and the guided call: a quick note, attaching a document, the history's
order and filter, and right-party verification and the disclosure gating a conversation's save."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ccs_desktop.models import ContactAttempt, Document, Note
from tests.ui.test_workspace import AT, attempts, build, fixed_now, open_workspace  # noqa: F401  (fixture)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_quick_note_document_and_the_history_in_order_with_a_filter(qtbot, session_factory, fixed_now, tmp_path):
    actor, account_id, _person = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    timeline = ws.timeline
    qtbot.waitUntil(lambda: "No history yet" in timeline.status.text(), timeout=20000)

    # Ctrl+L: the Notes tab's quick note line; Enter saves an account note through the notes service.
    from PySide6.QtCore import Qt

    qtbot.keyClick(ws, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ws.tabs.currentWidget() is timeline and timeline.quick_note.hasFocus()
    qtbot.keyClicks(timeline.quick_note, "Asked for a copy of the contract")
    with qtbot.waitSignal(timeline.note_saved, timeout=20000), qtbot.waitSignal(timeline.loaded, timeout=20000):
        qtbot.keyClick(timeline.quick_note, Qt.Key.Key_Return)
    assert timeline.quick_note.text() == ""
    with session_factory() as s:
        assert s.scalars(sa.select(Note.text).where(Note.account_id == account_id)).all() == [
            "Asked for a copy of the contract"]
    timeline.quick_note.setText("   ")
    timeline.save_note()
    assert "Write the note first" in timeline.status.text()

    # Attach a received document from a file; the same file again is not stored twice; a program is refused.
    received = ws.documents_panel.received
    letter = tmp_path / "dispute.pdf"
    letter.write_bytes(PDF)
    with qtbot.waitSignal(received.attached, timeout=20000), qtbot.waitSignal(timeline.loaded, timeout=20000):
        received.attach(str(letter), "dispute_letter", AT - dt.timedelta(hours=1), "Says the balance is wrong")
    qtbot.waitUntil(lambda: received.table.rowCount() == 1, timeout=20000)
    assert "dispute.pdf" in received.table.item(0, 2).text() and received.table.item(0, 1).text() == "Dispute letter"
    with qtbot.waitSignal(received.attached, timeout=20000):
        received.attach(str(letter), "proof_of_debt", AT)
    assert "not stored twice" in received.message.text()
    program = tmp_path / "invoice.pdf.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    with qtbot.waitSignal(received.failed, timeout=20000) as failed:
        received.attach(str(program), "other", AT)
    assert "not a document" in failed.args[0] and "not a document" in received.message.text()
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Document)) == 1

    # The history: newest first (the note was written at the real clock, after the document's receipt time).
    kinds = [timeline.table.item(r, 1).data(0x0100) for r in range(timeline.table.rowCount())]
    assert kinds == ["note", "document"]
    assert "Document received: dispute letter" in timeline.table.item(1, 1).text()
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findData("document"))
    assert timeline.table.rowCount() == 1 and "dispute.pdf" in timeline.table.item(0, 1).text()
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findData("payment"))
    assert timeline.table.rowCount() == 0 and "Nothing of this kind" in timeline.status.text()
    timeline.kind_filter.setCurrentIndex(0)
    assert timeline.table.rowCount() == 2


def test_a_conversation_is_saved_only_after_verification_and_disclosure_or_with_a_reason(
        qtbot, session_factory, fixed_now):
    actor, account_id, _person = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    identity = ws.guided.identity
    qtbot.waitUntil(lambda: identity.guide is not None, timeout=20000)
    assert identity.fields["zip"].isEnabled() and not identity.fields["dob"].isEnabled()  # no DOB on record

    ws.pick_code("RPC")
    assert ws.disclosure_check.isVisible() and not ws.disclosure_check.isEnabled()
    ws.record()  # neither a disclosure nor a reason: not saved
    assert "needs the disclosure" in ws.status.text()
    ws.disclosure_check.setChecked(True)  # ticked without verifying: refused too
    ws.record()
    assert "Verify the person's identity first" in ws.status.text()
    assert attempts(session_factory, account_id) == []

    identity.fields["zip"].setText("90210")  # the wrong ZIP: verification fails, the disclosure stays locked
    with qtbot.waitSignal(identity.checked, timeout=20000):
        identity.check()
    assert identity.result["result"] == "failed" and "do not disclose" in identity.outcome.text()
    assert not ws.disclosure_check.isEnabled()
    ws.disclosure_check.setChecked(False)
    ws.disclosure_reason.setText("Could not verify the caller; disclosed nothing")
    with qtbot.waitSignal(ws.recorded, timeout=20000):
        ws.record()
    saved = attempts(session_factory, account_id)
    assert [(a.result_code, a.disclosures, a.disclosure_reason, a.verification["result"]) for a in saved] == [
        ("RPC", [], "Could not verify the caller; disclosed nothing", "failed")]
    assert identity.result is None and ws.disclosure_reason.text() == ""  # the next call verifies again

    # Inbound this time (no cooldown on a call the consumer makes): verified, then the disclosure is saved.
    ws.direction_combo.setCurrentIndex(1)
    identity.fields["zip"].setText("10001")
    with qtbot.waitSignal(identity.checked, timeout=20000):
        identity.check()
    assert ws.disclosure_check.isEnabled()
    ws.pick_code("RPC")
    ws.disclosure_check.setChecked(True)
    with qtbot.waitSignal(ws.recorded, timeout=20000):
        ws.record()
    with session_factory() as s:
        last = s.scalars(sa.select(ContactAttempt).order_by(ContactAttempt.created_at.desc())).first()
    assert last.disclosures == ["debt_collector"] or last.disclosures == ["mini_miranda"]
    assert last.verification["result"] == "verified" and last.disclosure_reason is None

    # The supervisor's call log flags the conversation saved without a disclosure, with its reason.
    from PySide6.QtCore import Qt

    from ccs_desktop.models.enums import Role
    from ccs_desktop.services.context import Actor
    from ccs_desktop.ui.supervisor.call_log_model import COLUMNS, CallLogModel
    from tests.factories import make_user

    with session_factory() as s, s.begin():
        boss = make_user(s, Role.ADMIN, username="ada")
    model = CallLogModel(session_factory, Actor(boss.id, "ada", Role.ADMIN), synchronous=True)
    model.fetchMore()
    column = COLUMNS.index("Disclosure")
    flags = {model.index(r, column).data(): model.index(r, column).data(Qt.ItemDataRole.ToolTipRole)
             for r in range(model.rowCount())}
    assert set(flags) == {"missing", ""}
    assert "Could not verify the caller; disclosed nothing" in flags["missing"]


def test_a_letter_sent_is_saved_and_printed_as_kept_and_an_altered_one_is_refused(qtbot, session_factory, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ccs_desktop.models import Letter
    from ccs_desktop.services.letters import template_letters
    from ccs_desktop.ui.workspace_documents import spool_pdf

    actor, account_id, _person = build(session_factory)
    sent = template_letters.send_letter(session_factory, actor, account_id, "cease_acknowledgement", None, {})
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    letters = ws.documents_panel.letters
    qtbot.waitUntil(lambda: letters.table.rowCount() == 1, timeout=20000)
    letters.table.selectRow(0)
    assert letters.print_button.isEnabled() and letters.save_button.isEnabled()
    with session_factory() as s:
        kept = s.get(Letter, sent.id).pdf
    target = tmp_path / "copy.pdf"
    letters.save_selected(str(target))
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    assert target.read_bytes() == kept and "fingerprint matched" in letters.message.text()
    # "Print to file" in the system print dialog: the kept PDF itself is what reaches the file.
    printer = QPrinter()
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert spool_pdf(printer, kept, "letter.pdf") == str(tmp_path / "printed.pdf")
    assert (tmp_path / "printed.pdf").read_bytes() == kept

    with session_factory() as s, s.begin():
        s.get(Letter, sent.id).pdf = kept.replace(b"%PDF", b"%PDF", 1) + b"% altered"
    with qtbot.waitSignal(letters.failed, timeout=20000) as failed:
        letters.save_selected(str(tmp_path / "altered.pdf"))
    assert "fingerprint" in failed.args[0] and not (tmp_path / "altered.pdf").exists()


def test_each_account_opens_scrolled_to_the_top(qtbot, session_factory, fixed_now):
    from tests.factories import make_account

    actor, account_id, _person = build(session_factory)
    with session_factory() as s, s.begin():
        other = make_account(s, assigned_to=actor.user_id, tz_group="America/New_York").id
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    ws.resize(1366, 600)
    bar = ws._record_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws.show_account(other)
    assert bar.value() == 0
