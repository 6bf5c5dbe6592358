"""Account notes, received documents, the one history of an account, and the guided call's identity check: on
SQLite and PostgreSQL, and on PostgreSQL through a collector's own login role."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import AuditEvent, ComplianceFlag, ContactAttempt, Document, Note, Payment, utcnow
from ccs_desktop.models.enums import Channel, FlagKind, PaymentMethod, Role
from ccs_desktop.services.accounts import documents, notes, timeline
from ccs_desktop.services.contacts import verification
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.supervision import call_log
from tests.factories import make_account, make_person, make_team, make_user
from tests.services.pg_world import world  # noqa: F401  (fixture)

UTC = dt.timezone.utc
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _world(factory):
    with factory() as s, s.begin():
        ensure_reference_data(s)
        sup = make_user(s, Role.SUPERVISOR, username="sam")
        cole = make_user(s, username="cole", display_name="Cole Ames")
        other = make_user(s, username="olga")
        make_team(s, sup, cole, other)
        person = make_person(s, first_name="Maria", last_name="Lopez", ssn_last4="4321", zip_code="10001")
        person.date_of_birth = dt.date(1980, 5, 17)
        account = make_account(s, person=person, assigned_to=cole.id)
        elsewhere = make_account(s, assigned_to=other.id)
    return (Actor(cole.id, "cole", Role.COLLECTOR, cole.team_id), Actor(sup.id, "sam", Role.SUPERVISOR),
            account.id, person.id, elsewhere.id)


def test_a_note_is_appended_audited_and_corrected_by_a_new_note(session_factory):
    cole, _sam, account_id, _person, elsewhere = _world(session_factory)
    first = notes.add_note(session_factory, cole, account_id, "  Promised to call back Friday  ")
    fix = notes.add_note(session_factory, cole, account_id, "Correction: Thursday, not Friday", corrects_id=first.id)
    with session_factory() as s:
        rows = s.scalars(sa.select(Note).where(Note.account_id == account_id).order_by(Note.at)).all()
        assert [(n.text, n.corrects_id) for n in rows] == [("Promised to call back Friday", None),
                                                          ("Correction: Thursday, not Friday", first.id)]
        actions = s.scalars(sa.select(AuditEvent.action).where(AuditEvent.account_id == account_id)).all()
        assert actions.count("note.added") == 1 and actions.count("note.corrected") == 1
    assert fix.author_id == cole.user_id
    with pytest.raises(ServiceError, match="empty note"):
        notes.add_note(session_factory, cole, account_id, "   ")
    with pytest.raises(ServiceError, match="at most"):
        notes.add_note(session_factory, cole, account_id, "x" * (notes.MAX_NOTE + 1))
    with pytest.raises(PermissionDenied):
        notes.add_note(session_factory, cole, elsewhere, "not my account")
    other_note = notes.add_note(session_factory, _sam, elsewhere, "on another account")
    with pytest.raises(ServiceError, match="not a note of this account"):
        notes.add_note(session_factory, cole, account_id, "fix", corrects_id=other_note.id)
    # The same note id sent twice (a retry after a fault) is written once.
    again = notes.add_note(session_factory, cole, account_id, "retry", note_id=fix.id)
    assert again.id == fix.id and again.text == "Correction: Thursday, not Friday"


def test_documents_are_kept_once_per_account_and_hostile_files_are_refused(session_factory, tmp_path):
    cole, _sam, account_id, _person, elsewhere = _world(session_factory)
    received = utcnow() - dt.timedelta(days=2)
    kept = documents.attach_document(session_factory, cole, account_id, "dispute_letter", "C:\\scans\\dispute.pdf",
                                     PDF, received, "Consumer says the balance is wrong")
    assert kept.file_name == "dispute.pdf" and kept.media_type == "application/pdf" and not kept.duplicate
    same = documents.attach_document(session_factory, cole, account_id, "proof_of_debt", "copy.pdf", PDF, utcnow())
    assert same.duplicate and same.id == kept.id and not same.changes
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Document)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "document.attached")) == 1

    refusals = {
        b"MZ\x90\x00\x03" + b"\x00" * 60: "not a document",
        b"PK\x03\x04" + b"\x00" * 30: "not a document",
        PDF.replace(b"/Catalog", b"/Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"): "active content",
        b"": "empty",
    }
    for content, message in refusals.items():
        with pytest.raises(ServiceError, match=message):
            documents.attach_document(session_factory, cole, account_id, "other", "x.bin", content, received)
    with pytest.raises(ServiceError, match="future"):
        documents.attach_document(session_factory, cole, account_id, "other", "a.pdf", PDF + b"1",
                                  utcnow() + dt.timedelta(days=1))
    with pytest.raises(ServiceError, match="unknown document type"):
        documents.attach_document(session_factory, cole, account_id, "love_letter", "a.pdf", PDF + b"2", received)
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(documents.MAX_BYTES + 1)
    with pytest.raises(ServiceError, match="at most 20 MB"):
        documents.attach_file(session_factory, cole, account_id, "other", big, received)
    with pytest.raises(ServiceError, match="not a file"):
        documents.attach_file(session_factory, cole, account_id, "other", tmp_path / "missing.pdf", received)
    with pytest.raises(PermissionDenied):
        documents.attach_document(session_factory, cole, elsewhere, "other", "a.pdf", PDF, received)
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Document)) == 1  # nothing refused was written

    listed = documents.list_documents(session_factory, cole, account_id)
    assert [(d.kind, d.attached_by, d.description) for d in listed] == [
        ("dispute_letter", "Cole Ames", "Consumer says the balance is wrong")]
    view, content = documents.document_content(session_factory, cole, kept.id)
    assert content == PDF and view.sha256 == kept.sha256


def test_a_document_altered_in_the_database_is_refused_on_open(sqlite_url):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    cole, _sam, account_id, _person, _ = _world(factory)
    kept = documents.attach_document(factory, cole, account_id, "proof_of_debt", "proof.pdf", PDF, utcnow())
    with engine.begin() as conn:
        conn.execute(sa.update(Document.__table__).values(content=PDF.replace(b"Catalog", b"Katalog")))
    with pytest.raises(ServiceError, match="fingerprint"):
        documents.document_content(factory, cole, kept.id)
    engine.dispose()


def test_the_history_is_in_time_order_and_filters_by_kind(session_factory):
    cole, sam, account_id, person_id, _ = _world(session_factory)
    t0 = utcnow() - dt.timedelta(days=10)
    with session_factory() as s, s.begin():
        s.add(ContactAttempt(account_id=account_id, person_id=person_id, user_id=cole.user_id, at=t0,
                             channel=Channel.CALL, result_code="NA", outcome="no_answer", notes="rang 8 times",
                             phone_e164="+12125550100"))
        s.add(ContactAttempt(account_id=account_id, person_id=person_id, user_id=cole.user_id,
                             at=t0 + dt.timedelta(days=1), channel=Channel.CALL, result_code="RPC",
                             outcome="conversation", disclosures=[], disclosure_reason="consumer hung up"))
        s.add(ComplianceFlag(person_id=person_id, kind=FlagKind.HARDSHIP, set_at=t0 + dt.timedelta(days=2),
                             set_by=cole.user_id, cleared_at=t0 + dt.timedelta(days=4), cleared_by=sam.user_id))
        s.add(Payment(account_id=account_id, amount=Decimal("50.00"), paid_on=(t0 + dt.timedelta(days=3)).date(),
                      method=PaymentMethod.CARD, reference="R-1", posted_by=cole.user_id,
                      posted_at=t0 + dt.timedelta(days=3)))
    notes.add_note(session_factory, cole, account_id, "Asked for proof of debt")
    documents.attach_document(session_factory, cole, account_id, "dispute_letter", "d.pdf", PDF,
                              t0 + dt.timedelta(days=5))
    entries = timeline.account_timeline(session_factory, cole, account_id)
    assert [e.kind for e in entries] == ["note", "document", "flag", "payment", "flag", "contact", "contact"]
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    conversation = entries[-2]
    assert conversation.flagged and "consumer hung up" in (conversation.detail or "")
    assert entries[-1].detail == "rang 8 times" and not entries[-1].flagged
    assert [e.title for e in entries if e.kind == "flag"] == ["Flag cleared: hardship", "Flag set: hardship"]
    only = timeline.account_timeline(session_factory, cole, account_id, kinds=["note", "payment"])
    assert [e.kind for e in only] == ["note", "payment"] and only[1].title == "Payment: USD 50.00"
    with pytest.raises(ServiceError, match="unknown history kinds"):
        timeline.account_timeline(session_factory, cole, account_id, kinds=["gossip"])


def test_identity_is_checked_against_the_record_and_the_call_log_flags_a_conversation_without_disclosure(
        session_factory):
    cole, sam, account_id, person_id, _ = _world(session_factory)
    ok = verification.verify_identity(session_factory, cole, account_id, person_id,
                                      {"dob": "05/17/1980", "ssn_last4": "4321"})
    assert ok["result"] == "verified" and ok["checked"] == ["dob", "ssn_last4"]
    wrong = verification.verify_identity(session_factory, cole, account_id, person_id,
                                         {"dob": "1980-05-17", "zip": "90210"})
    assert wrong["result"] == "failed" and wrong["mismatched"] == ["zip"]
    one = verification.verify_identity(session_factory, cole, account_id, person_id, {"zip": "10001-1234"})
    assert one["result"] == "incomplete"
    with pytest.raises(ServiceError, match="at least one item"):
        verification.verify_identity(session_factory, cole, account_id, person_id, {"dob": " "})
    with session_factory() as s:
        logged = s.scalars(sa.select(AuditEvent.after).where(AuditEvent.action == "identity.checked")).all()
        assert len(logged) == 3 and all("05/17/1980" not in str(a) and "4321" not in str(a) for a in logged)
    guide = verification.call_guide(session_factory, cole, account_id)
    assert guide.items[person_id] == ("dob", "ssn_last4", "zip") and guide.script is None

    from ccs_desktop.models import Phone
    from ccs_desktop.services.contacts import attempts

    with session_factory() as s:
        phone_id = s.scalar(sa.select(Phone.id).where(Phone.person_id == person_id))
    base = attempts.AttemptInput(account_id=account_id, person_id=person_id, channel=Channel.CALL,
                                 result_code="RPC", direction="inbound", phone_id=phone_id)
    with pytest.raises(ServiceError, match="not verified"):
        attempts.record_attempt(session_factory, cole, attempts.AttemptInput(
            **{**base.__dict__, "disclosures": ("mini_miranda",), "verification": wrong}))
    good = attempts.record_attempt(session_factory, cole, attempts.AttemptInput(
        **{**base.__dict__, "disclosures": ("mini_miranda",), "verification": ok}))
    bare = attempts.record_attempt(session_factory, cole, attempts.AttemptInput(
        **{**base.__dict__, "disclosure_reason": "Consumer hung up before I could say it"}))
    rows = {r.id: r for r in call_log.call_log_page(session_factory, sam)}
    assert not rows[good.id].no_disclosure and rows[bare.id].no_disclosure
    assert rows[bare.id].disclosure_reason == "Consumer hung up before I could say it"
    with session_factory() as s:
        assert s.get(ContactAttempt, good.id).verification["result"] == "verified"


@pytest.mark.postgres
def test_through_a_collectors_login_documents_and_notes_follow_the_access_rule(world):
    from ccs_desktop.models.enums import Role as R

    a = Actor(world.col_a.id, world.col_a.username, R.COLLECTOR, world.col_a.team_id)
    b = Actor(world.col_b.id, world.col_b.username, R.COLLECTOR, world.col_b.team_id)
    fa = db.session_factory(world.connect(world.col_a))
    fb = db.session_factory(world.connect(world.col_b))
    kept = documents.attach_document(fa, a, world.acc_a.id, "bankruptcy_notice", "bk.pdf", PDF, utcnow())
    note = notes.add_note(fa, a, world.acc_a.id, "Chapter 7 filed, case 26-10001")
    assert [d.id for d in documents.list_documents(fa, a, world.acc_a.id)] == [kept.id]
    assert [e.kind for e in timeline.account_timeline(fa, a, world.acc_a.id)][:2] == ["note", "document"]
    # Collector B's own login: the rows are not there at all, and the services refuse the account.
    with fb() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Document)) == 0
        assert s.get(Note, note.id) is None
    with pytest.raises((PermissionDenied, ServiceError)):
        documents.document_content(fb, b, kept.id)
    with pytest.raises((PermissionDenied, ServiceError)):
        timeline.account_timeline(fb, b, world.acc_a.id)
    # Append-only for the workstation roles: no edit, no delete of a note or a document.
    for table, row_id in (("notes", note.id), ("documents", kept.id)):
        for sql in (f"UPDATE {table} SET created_at = now() WHERE id = :id", f"DELETE FROM {table} WHERE id = :id"):
            with fa() as s, s.begin(), pytest.raises(sa.exc.DBAPIError):
                s.execute(sa.text(sql), {"id": row_id})


def test_retention_removes_a_documents_bytes_and_name_and_keeps_its_fingerprint(session_factory):
    import hashlib

    from ccs_desktop.models.enums import AccountStatus
    from ccs_desktop.services.context import SYSTEM
    from ccs_desktop.services.data import retention

    now = dt.datetime(2026, 11, 23, 12, tzinfo=UTC)
    old = now - dt.timedelta(days=365 * 6)
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        gone = make_person(s, first_name="Gwen", last_name="Oldfield")
        account = make_account(s, person=gone, status=AccountStatus.PAID, closed_at=old, last_contact_at=old)
        s.add(Document(account_id=account.id, person_id=gone.id, kind="bankruptcy_notice",
                       file_name="gwen-oldfield-bk.pdf", media_type="application/pdf", size=len(PDF),
                       sha256=hashlib.sha256(PDF).hexdigest(), content=PDF, received_at=old,
                       description="Gwen's chapter 7"))
        s.add(ContactAttempt(account_id=account.id, person_id=gone.id, at=old, channel=Channel.CALL,
                             result_code="RPC", outcome="conversation", disclosure_reason="Gwen hung up"))
    assert retention.pseudonymise_closed(session_factory, SYSTEM, years=5, now=now).accounts == 1
    with session_factory() as s:
        doc = s.scalars(sa.select(Document)).one()
        assert doc.content == b"" and "gwen" not in doc.file_name.lower() and doc.description is None
        assert doc.sha256 == hashlib.sha256(PDF).hexdigest() and doc.kind == "bankruptcy_notice"
        assert s.scalars(sa.select(ContactAttempt.disclosure_reason)).one() is None
    with pytest.raises(ServiceError, match="retention"):
        documents.document_content(session_factory, SYSTEM, doc.id)
