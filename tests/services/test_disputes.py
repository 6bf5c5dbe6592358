"""Disputes: validation period, state machine, note thread, collection hold (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop.models import Account, AuditEvent, ComplianceFlag, Dispute, DisputeEvent, DisputeNote, Letter
from ccs_desktop.models.enums import (
    AccountStatus, Channel, DisputeResolution, DisputeStatus, FlagKind, ReceivedVia, Role,
)
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.accounts import disputes
from ccs_desktop.services.letters import template_letters
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_agency, make_person, make_team, make_user

UTC = dt.timezone.utc
D = dt.date


# --- validation period (pure) ----------------------------------------------------------------------------


@pytest.mark.parametrize(("notice", "receipt", "end", "why"), [
    # Monday: five weekdays later is the next Monday; +30 days.
    (D(2026, 3, 2), D(2026, 3, 9), D(2026, 4, 8), "a plain week"),
    # Thursday: Fri, Mon, Tue, Wed, Thu (the weekend is skipped).
    (D(2026, 3, 5), D(2026, 3, 12), D(2026, 4, 11), "across a weekend"),
    # Friday 2026-11-20: Mon 23, Tue 24, Wed 25, (Thanksgiving 26 skipped), Fri 27, Mon 30.
    (D(2026, 11, 20), D(2026, 11, 30), D(2026, 12, 30), "Thanksgiving and a weekend"),
    # Christmas Friday 2026-12-25 and New Year Friday 2027-01-01 are both skipped.
    (D(2026, 12, 24), D(2027, 1, 4), D(2027, 2, 3), "Christmas and New Year's Day"),
    # Independence Day 2026 falls on Saturday: the observed Friday July 3 is a federal holiday.
    (D(2026, 6, 29), D(2026, 7, 7), D(2026, 8, 6), "observed Independence Day"),
    # Juneteenth (Friday 2026-06-19).
    (D(2026, 6, 16), D(2026, 6, 24), D(2026, 7, 24), "Juneteenth"),
    # A notice dated on a Saturday: Mon..Fri of the next week.
    (D(2026, 3, 7), D(2026, 3, 13), D(2026, 4, 12), "notice dated on a Saturday"),
])
def test_validation_period_skips_weekends_and_federal_holidays(notice, receipt, end, why):
    assert disputes.assumed_receipt_date(notice) == receipt, why
    assert disputes.validation_period_end(notice) == end, why


def test_within_validation_period_counts_the_last_day():
    notice = D(2026, 3, 2)
    assert disputes.within_validation_period(notice, D(2026, 4, 8))
    assert not disputes.within_validation_period(notice, D(2026, 4, 9))
    assert disputes.within_validation_period(None, D(2026, 4, 9))  # no notice sent yet: the period is still ahead


# --- the service -----------------------------------------------------------------------------------------


@pytest.fixture
def world(session_factory):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        make_agency(s)
        collector = make_user(s, Role.COLLECTOR)
        other = make_user(s, Role.COLLECTOR)
        supervisor = make_user(s, Role.SUPERVISOR)
        make_team(s, supervisor, collector)  # the supervisor supervises the collector's team
        person = make_person(s)
        today = dt.datetime.now(UTC).date()
        account = make_account(s, person=person, assigned_to=collector.id, balance=Decimal("1250.40"),
                               validation_notice_sent_on=today - dt.timedelta(days=10))
        old = make_account(s, person=make_person(s), assigned_to=collector.id,
                           validation_notice_sent_on=today - dt.timedelta(days=90))
    return {
        "factory": session_factory,
        "collector": Actor(collector.id, collector.username, Role.COLLECTOR),
        "other": Actor(other.id, other.username, Role.COLLECTOR),
        "supervisor": Actor(supervisor.id, supervisor.username, Role.SUPERVISOR),
        "account": account.id, "old_account": old.id, "person": person.id,
    }


def _account(w, key="account") -> Account:
    with w["factory"]() as s:
        return s.get(Account, w[key])


def _active_hold_flags(w, key="account") -> list[ComplianceFlag]:
    with w["factory"]() as s:
        return list(s.scalars(sa.select(ComplianceFlag).where(
            ComplianceFlag.account_id == w[key], ComplianceFlag.kind == FlagKind.DISPUTE_UNVERIFIED,
            ComplianceFlag.cleared_at.is_(None))))


def _written(w, **kw):
    return disputes.record_dispute(w["factory"], w["collector"], disputes.DisputeInput(
        account_id=w["account"], received_via=ReceivedVia.WRITTEN, type_code="not_my_debt", **kw))


def test_written_dispute_inside_the_period_holds_collection_and_leaves_the_queue(world):
    view = _written(world, note="Letter says the debt belongs to her ex-husband.")
    assert view.within_validation_period and view.hold
    assert view.amount_disputed == Decimal("1250.40") and view.whole_balance
    assert view.status == DisputeStatus.OPEN and view.next_states == {
        DisputeStatus.PROOF_REQUESTED, DisputeStatus.VERIFICATION_SENT, DisputeStatus.RESOLVED}
    assert [n.text for n in view.notes] == ["Letter says the debt belongs to her ex-husband."]
    flags = _active_hold_flags(world)
    assert len(flags) == 1 and flags[0].person_id == world["person"] and flags[0].reference == str(view.id)
    account = _account(world)
    assert account.contact_blocked and account.blocked_reason == "dispute_unverified"


def test_oral_dispute_and_late_written_dispute_do_not_hold(world):
    oral = disputes.record_dispute(world["factory"], world["collector"], disputes.DisputeInput(
        account_id=world["account"], received_via=ReceivedVia.ORAL, type_code="wrong_amount",
        amount_disputed="200.00"))
    assert oral.within_validation_period and not oral.hold
    assert oral.amount_disputed == Decimal("200.00") and not oral.whole_balance
    late = disputes.record_dispute(world["factory"], world["collector"], disputes.DisputeInput(
        account_id=world["old_account"], received_via=ReceivedVia.WRITTEN, type_code="already_paid"))
    assert not late.within_validation_period and not late.hold
    assert _active_hold_flags(world) == [] and _active_hold_flags(world, "old_account") == []
    assert not _account(world).contact_blocked


def test_agency_marks_a_hold_on_a_late_dispute(world):
    with pytest.raises(PermissionDenied):
        disputes.record_dispute(world["factory"], world["collector"], disputes.DisputeInput(
            account_id=world["old_account"], received_via=ReceivedVia.ORAL, type_code="identity_theft", hold=True))
    held = disputes.record_dispute(world["factory"], world["supervisor"], disputes.DisputeInput(
        account_id=world["old_account"], received_via=ReceivedVia.ORAL, type_code="identity_theft", hold=True))
    assert held.hold and not held.within_validation_period
    assert len(_active_hold_flags(world, "old_account")) == 1
    late = disputes.record_dispute(world["factory"], world["collector"], disputes.DisputeInput(
        account_id=world["old_account"], received_via=ReceivedVia.WRITTEN, type_code="already_paid"))
    with pytest.raises(PermissionDenied):
        disputes.set_hold(world["factory"], world["collector"], late.id, "Client asked us to pause")
    after = disputes.set_hold(world["factory"], world["supervisor"], late.id, "Client asked us to pause")
    assert after.hold and after.events[-1].detail == "Collection held: Client asked us to pause"
    assert len(_active_hold_flags(world, "old_account")) == 2


def test_bad_input_is_refused_with_a_message(world):
    w = world
    with pytest.raises(ServiceError, match="more than the balance"):
        _written(w, amount_disputed="5000.00")
    with pytest.raises(ServiceError, match="more than zero"):
        _written(w, amount_disputed="0")
    with pytest.raises(ServiceError, match="not an amount"):
        _written(w, amount_disputed="12.345")
    with pytest.raises(ServiceError, match="unknown dispute type"):
        disputes.record_dispute(w["factory"], w["collector"], disputes.DisputeInput(
            account_id=w["account"], received_via=ReceivedVia.ORAL, type_code="space_aliens"))
    with pytest.raises(ServiceError, match="future"):
        _written(w, received_at=dt.datetime.now(UTC) + dt.timedelta(days=2))
    with pytest.raises(PermissionDenied):
        disputes.record_dispute(w["factory"], w["other"], disputes.DisputeInput(
            account_id=w["account"], received_via=ReceivedVia.ORAL, type_code="not_my_debt"))


def test_state_machine_walks_forward_and_refuses_skips(world):
    w = world
    view = _written(w)
    f, c, sup = w["factory"], w["collector"], w["supervisor"]
    with pytest.raises(ServiceError, match="cannot become proof received"):
        disputes.change_status(f, c, view.id, DisputeStatus.PROOF_RECEIVED)
    with pytest.raises(ServiceError, match="send the verification before resolving"):
        disputes.change_status(f, sup, view.id, DisputeStatus.RESOLVED, resolution=DisputeResolution.UPHELD)
    disputes.change_status(f, c, view.id, DisputeStatus.PROOF_REQUESTED, detail="Asked Northwind for the contract")
    with pytest.raises(ServiceError, match="cannot become verification sent"):
        disputes.change_status(f, c, view.id, DisputeStatus.VERIFICATION_SENT)
    disputes.change_status(f, c, view.id, DisputeStatus.PROOF_RECEIVED)
    assert len(_active_hold_flags(w)) == 1  # proof in the file is not yet verification sent
    disputes.change_status(f, c, view.id, DisputeStatus.VERIFICATION_SENT, detail="Mailed with the contract")
    assert _active_hold_flags(w) == [] and not _account(w).contact_blocked
    with pytest.raises(PermissionDenied):
        disputes.change_status(f, c, view.id, DisputeStatus.RESOLVED, resolution=DisputeResolution.UPHELD)
    with pytest.raises(ServiceError, match="say how the dispute was resolved"):
        disputes.change_status(f, sup, view.id, DisputeStatus.RESOLVED)
    done = disputes.change_status(f, sup, view.id, DisputeStatus.RESOLVED, resolution=DisputeResolution.UPHELD)
    assert done.status == DisputeStatus.RESOLVED and done.resolution == DisputeResolution.UPHELD
    assert done.next_states == frozenset() and done.cycle_days is not None and done.cycle_days >= 0
    with pytest.raises(ServiceError, match="nothing"):
        disputes.change_status(f, sup, view.id, DisputeStatus.PROOF_REQUESTED)
    # Every change has who and when; the audit chain has each one.
    assert [(e.from_status, e.to_status) for e in done.events] == [
        (None, "open"), ("open", "proof_requested"), ("proof_requested", "proof_received"),
        ("proof_received", "verification_sent"), ("verification_sent", "resolved")]
    assert all(e.user for e in done.events)
    assert done.events[3].detail == "Mailed with the contract. Collection hold lifted"
    with f() as s:
        actions = list(s.scalars(sa.select(AuditEvent.action).where(AuditEvent.entity_id == str(view.id))
                                 .order_by(AuditEvent.seq)))
    assert actions == ["dispute.recorded", "dispute.proof_requested", "dispute.proof_received",
                       "dispute.verification_sent", "dispute.resolved"]


def test_closing_the_account_resolves_a_held_dispute_and_lifts_the_hold(world):
    view = _written(world)
    done = disputes.change_status(world["factory"], world["supervisor"], view.id, DisputeStatus.RESOLVED,
                                  resolution=DisputeResolution.ACCOUNT_CLOSED, detail="Client recalled")
    assert done.resolution == DisputeResolution.ACCOUNT_CLOSED and not done.hold
    account = _account(world)
    assert account.status == AccountStatus.CLOSED and account.close_reason == "dispute"
    assert _active_hold_flags(world) == []


def test_notes_are_append_only_and_a_correction_is_a_new_note(world):
    w = world
    view = _written(w)
    first = disputes.add_note(w["factory"], w["collector"], view.id, "Consumer says paid on 03/12.")
    fix = disputes.add_note(w["factory"], w["collector"], view.id, "Correction: paid on 03/21, check 1042.",
                            corrects_id=first.id)
    with pytest.raises(ServiceError, match="some text"):
        disputes.add_note(w["factory"], w["collector"], view.id, "   ")
    other = _written(w)
    with pytest.raises(ServiceError, match="not in this dispute"):
        disputes.add_note(w["factory"], w["collector"], other.id, "wrong thread", corrects_id=first.id)
    thread = disputes.get_dispute(w["factory"], w["collector"], view.id).notes
    assert [n.text for n in thread] == ["Consumer says paid on 03/12.", "Correction: paid on 03/21, check 1042."]
    assert thread[0].corrected_by == (fix.id,) and thread[1].corrects_id == first.id
    assert all(n.author for n in thread)
    # The original note is still there, word for word, next to its correction.
    with w["factory"]() as s:
        assert s.get(DisputeNote, first.id).text == "Consumer says paid on 03/12."
        assert s.scalar(sa.select(sa.func.count()).select_from(DisputeNote)
                        .where(DisputeNote.dispute_id == view.id)) == 2


def test_hold_blocks_collection_contact_but_allows_the_verification(world):
    w = world
    _written(w)
    with pytest.raises(attempts.ContactBlocked) as refused:
        attempts.record_attempt(w["factory"], w["collector"], attempts.AttemptInput(
            account_id=w["account"], person_id=w["person"], channel=Channel.LETTER, result_code="SENT"))
    assert "dispute_unverified" in [r.code for r in refused.value.decision.reasons]
    allowed = attempts.check_contact(w["factory"], w["collector"], w["account"], w["person"], Channel.LETTER,
                                     purpose="verification")
    assert allowed.allowed


def test_cycle_times_for_the_supervisor(world):
    w = world
    received = dt.datetime.now(UTC) - dt.timedelta(days=12)
    view = disputes.record_dispute(w["factory"], w["collector"], disputes.DisputeInput(
        account_id=w["account"], received_via=ReceivedVia.ORAL, type_code="wrong_amount", received_at=received))
    _written(w)  # still open
    disputes.change_status(w["factory"], w["supervisor"], view.id, DisputeStatus.RESOLVED,
                           resolution=DisputeResolution.CORRECTED, detail="Late fee removed")
    with pytest.raises(PermissionDenied):
        disputes.cycle_times(w["factory"], w["collector"], received, dt.datetime.now(UTC) + dt.timedelta(days=1))
    kpi = disputes.cycle_times(w["factory"], w["supervisor"], received, dt.datetime.now(UTC) + dt.timedelta(days=1))
    assert kpi.resolved == 1 and kpi.open_disputes == 1 and kpi.by_resolution == {"corrected": 1}
    assert 11.9 < kpi.mean_days < 12.1


def test_validation_period_uses_the_latest_notice_letter(world):
    """A notice letter on file wins over the account's date: a dispute 20 days after it is inside the period."""
    w = world
    with w["factory"]() as s, s.begin():
        s.add(Letter(account_id=w["old_account"], person_id=None, kind="validation_notice", language="en",
                     created_at_local=dt.datetime.now(UTC).date() - dt.timedelta(days=20),
                     sent_at=dt.datetime.now(UTC), pdf=b"%PDF", pdf_sha256="0" * 64))
    view = disputes.record_dispute(w["factory"], w["collector"], disputes.DisputeInput(
        account_id=w["old_account"], received_via=ReceivedVia.WRITTEN, type_code="not_my_debt"))
    assert view.within_validation_period and view.hold
    assert view.validation_period_end == disputes.validation_period_end(
        dt.datetime.now(UTC).date() - dt.timedelta(days=20))


def test_admin_configures_dispute_types(world):
    w = world
    admin = Actor(None, "admin", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        disputes.save_dispute_type(w["factory"], w["supervisor"], "late_delivery", "Late delivery")
    disputes.save_dispute_type(w["factory"], admin, "late_delivery", "Late delivery", "Entrega tardía",
                               commercial=True)
    codes = {t.code for t in disputes.dispute_types(w["factory"], commercial=True)}
    assert {"late_delivery", "invoice_discrepancy", "pricing"} <= codes
    disputes.save_dispute_type(w["factory"], admin, "late_delivery", "Late delivery", active=False, commercial=True)
    assert "late_delivery" not in {t.code for t in disputes.dispute_types(w["factory"])}
    with w["factory"]() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DisputeEvent)) == 0


def test_verification_lifts_a_hold_whose_flag_names_no_dispute(world):
    """A hold flag set by an import or by hand names no dispute; sending the verification still lifts it, and
    the account's header stops saying it is blocked."""
    view = _written(world)
    with world["factory"]() as s, s.begin():
        flag = s.scalar(sa.select(ComplianceFlag).where(ComplianceFlag.account_id == world["account"]))
        flag.reference = None
    assert _account(world).contact_blocked
    template_letters.send_verification(world["factory"], world["collector"], view.id)
    assert _active_hold_flags(world) == []
    account = _account(world)
    assert not account.contact_blocked and account.blocked_reason is None


def test_an_unnamed_hold_stays_while_another_dispute_still_holds(world):
    first, second = _written(world), _written(world)
    with world["factory"]() as s, s.begin():
        for flag in s.scalars(sa.select(ComplianceFlag).where(ComplianceFlag.account_id == world["account"])):
            if flag.reference == str(first.id):
                flag.reference = None
    template_letters.send_verification(world["factory"], world["collector"], first.id)
    # Which dispute the unnamed flag stood for cannot be told: it stays until no dispute holds.
    assert {f.reference for f in _active_hold_flags(world)} == {None, str(second.id)}
    assert _account(world).contact_blocked
    template_letters.send_verification(world["factory"], world["collector"], second.id)
    assert _active_hold_flags(world) == [] and not _account(world).contact_blocked


def test_the_demo_hold_flags_name_their_dispute(sqlite_url):
    from ccs_desktop import db
    from ccs_desktop.services.data import demo

    engine = db.make_engine(sqlite_url)
    try:
        demo.generate(engine, demo.DemoOptions(accounts=400))
        with db.session_factory(engine)() as s:
            flags = s.scalars(sa.select(ComplianceFlag).where(ComplianceFlag.kind == FlagKind.DISPUTE_UNVERIFIED)).all()
            held = {str(d) for d in s.scalars(sa.select(Dispute.id).where(Dispute.hold.is_(True)))}
        assert flags and {f.reference for f in flags} == held
    finally:
        engine.dispose()
