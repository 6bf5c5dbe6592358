"""Supervision services on the hand-made floor (tests/services/floor.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop.models import Account, AuditEvent, ContactReview, User
from ccs_desktop.models.enums import Channel
from ccs_desktop.services import audit
from ccs_desktop.services.money import promises
from ccs_desktop.services.supervision import assignments, audit_trail, call_log, overrides, reviews
from ccs_desktop.services.supervision.assignments import AssignmentCriteria
from ccs_desktop.services.users import auth
from ccs_desktop.services.context import PermissionDenied, ServiceError
from tests.services.floor import build, nov

ALL_ANSWERS_YES = {"right_party_verified": True, "disclosure_given": True, "no_threats": True, "accurate_balance": True}


@pytest.fixture
def floor(session_factory):
    return build(session_factory)


def _all(session_factory, actor, flt=None, page=3):
    """Walk the log page by page (small pages, to exercise the key)."""
    rows, after = [], None
    while True:
        got = call_log.call_log_page(session_factory, actor, flt, after, limit=page)
        rows.extend(got)
        if len(got) < page:
            return rows
        after = (got[-1].at, got[-1].id)


def test_team_supervisor_sees_only_their_team_newest_first(session_factory, floor):
    rows = _all(session_factory, floor.actor("sam"))
    assert [r.id for r in rows] == [floor.attempts[k] for k in
                                    ("casey3", "casey2", "cole5", "cole4", "cole3", "casey1", "cole2", "cole1", "cole_oct")]
    assert {r.collector for r in rows} == {"Cole Collector", "Casey Collector"}
    # The admin sees every team.
    assert len(_all(session_factory, floor.actor("ada"))) == 11
    assert call_log.call_log_count(session_factory, floor.actor("ada")) == 11


def test_filters_narrow_the_log(session_factory, floor):
    sam = floor.actor("sam")
    cole = floor.users["cole"].id

    def keys(**kw):
        ids = {v: k for k, v in floor.attempts.items()}
        return {ids[r.id] for r in _all(session_factory, sam, call_log.CallLogFilter(**kw))}

    assert keys(collector_ids=(cole,)) == {"cole1", "cole2", "cole3", "cole4", "cole5", "cole_oct"}
    assert keys(date_from=nov(1, 0), date_to=nov(6, 0)) == {"cole1", "cole2", "cole3", "casey1"}
    assert keys(channels=(Channel.EMAIL, Channel.LETTER)) == {"casey1", "casey3"}
    assert keys(result_codes=("RPC", "PTP")) == {"cole3", "cole4", "casey1", "casey2"}
    assert keys(client_id=floor.clients["BETA"]) == {"casey1", "casey2", "casey3"}
    assert keys(account_id=floor.accounts["a2"]) == {"cole4", "cole5"}
    assert keys(overrides_only=True) == {"cole5"}
    assert keys(account_number="ACME-2") == {"cole4", "cole5"}
    assert keys(collector_ids=(cole,), result_codes=("NA",), date_from=nov(1, 0)) == {"cole1", "cole5"}
    assert call_log.call_log_count(session_factory, sam, call_log.CallLogFilter(result_codes=("NA",))) == 3


def test_blocked_filter_lists_refusals_from_the_audit_trail(session_factory, floor):
    sam = floor.actor("sam")
    rows = _all(session_factory, sam, call_log.CallLogFilter(blocked=True))
    assert [(r.collector, r.result, r.kind) for r in rows] == [
        ("Casey Collector", "reg_f_7_in_7, time_window", "refused"),
        ("Cole Collector", "reg_f_7_in_7", "refused"),
    ]
    assert rows[0].account_number == "BETA-3" and rows[0].consumer.startswith("Pat")
    only_cole = call_log.CallLogFilter(blocked=True, collector_ids=(floor.users["cole"].id,))
    assert len(_all(session_factory, sam, only_cole)) == 1
    assert len(_all(session_factory, floor.actor("ada"), call_log.CallLogFilter(blocked=True, client_id=floor.clients["BETA"]))) == 2
    detail = call_log.attempt_detail(session_factory, sam, rows[0])
    assert [r["rule"] for r in detail.decision["reasons"]] == ["time_window", "reg_f_7_in_7"]


def test_review_scores_the_checklist_and_the_collector_acknowledges(session_factory, floor):
    sam, cole = floor.actor("sam"), floor.actor("cole")
    target = floor.attempts["cole3"]
    answers = dict(ALL_ANSWERS_YES, disclosure_given=False)
    review = reviews.review_attempt(session_factory, sam, target, answers, "  Give the mini-Miranda first.  ")
    # Weights: right party 2, disclosure 2, no threats 3, accurate balance 1.
    assert (review.score, review.max_score) == (6, 8)
    assert review.comment == "Give the mini-Miranda first."

    not_reviewed = _all(session_factory, sam, call_log.CallLogFilter(not_reviewed=True))
    assert target not in {r.id for r in not_reviewed} and len(not_reviewed) == 8
    row = next(r for r in _all(session_factory, sam) if r.id == target)
    assert row.reviewed and (row.score, row.max_score) == (6, 8)
    detail = call_log.attempt_detail(session_factory, sam, row)
    assert detail.disclosures == ("mini_miranda",) and detail.rule_pack_version == "us-2026.11"
    assert detail.reviews[0].answers["disclosure_given"] is False

    feedback = reviews.my_feedback(session_factory, cole, unacknowledged_only=True)
    assert [(f.contact_id, f.score, f.comment, f.reviewer) for f in feedback] == [
        (target, 6, "Give the mini-Miranda first.", "Sam Super")]
    with pytest.raises(PermissionDenied):
        reviews.acknowledge_feedback(session_factory, floor.actor("casey"), review.id)
    reviews.acknowledge_feedback(session_factory, cole, review.id)
    assert reviews.my_feedback(session_factory, cole, unacknowledged_only=True) == []
    assert reviews.my_feedback(session_factory, floor.actor("casey")) == []
    with session_factory() as s:
        actions = s.scalars(sa.select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert actions[-2:] == ["contact.reviewed", "contact.review_acknowledged"]
        assert audit.verify(s).ok


def test_a_review_must_answer_the_whole_checklist(session_factory, floor):
    sam = floor.actor("sam")
    with pytest.raises(ServiceError, match="missing"):
        reviews.review_attempt(session_factory, sam, floor.attempts["cole1"], {"no_threats": True})
    with pytest.raises(ServiceError, match="not on the review checklist"):
        reviews.review_attempt(session_factory, sam, floor.attempts["cole1"], dict(ALL_ANSWERS_YES, swore=False))
    # Another team's supervisor may not review Cole's calls.
    with pytest.raises(PermissionDenied):
        reviews.review_attempt(session_factory, floor.actor("betty"), floor.attempts["cole1"], ALL_ANSWERS_YES)
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ContactReview)) == 0


def test_override_log_and_pending_approvals(session_factory, floor):
    sam = floor.actor("sam")
    found = overrides.override_log(session_factory, sam)
    assert [(o.supervisor, o.collector, o.account_number, o.rules, o.reason) for o in found] == [
        ("Sam Super", "Cole Collector", "ACME-2", ("reg_f_7_in_7",), "Consumer asked for a call back today")]
    assert overrides.override_log(session_factory, floor.actor("betty")) == []
    pending = promises.pending_approvals(session_factory, sam)
    assert [(p.account_number, p.client, p.taken_by, p.total) for p in pending] == [
        ("BETA-3", "BETA", "Casey Collector", Decimal("250.00"))]
    assert promises.pending_approvals(session_factory, floor.actor("betty")) == []


def test_bulk_assignment_by_client_balance_state_and_score(session_factory, floor):
    sam = floor.actor("sam")
    cole, casey = floor.users["cole"].id, floor.users["casey"].id
    by_state = AssignmentCriteria(regions=("ny",))
    # a1 (NY, Cole) and a3 (NY, Casey); a4 is Team Beta's and out of Sam's reach.
    assert assignments.preview_assignment(session_factory, sam, by_state) == 2
    assert assignments.preview_assignment(session_factory, floor.actor("ada"), AssignmentCriteria(balance_min=Decimal("1000.00"))) == 3
    assert assignments.preview_assignment(session_factory, sam, AssignmentCriteria(client_id=floor.clients["ACME"],
                                                                              score_min=Decimal("150"))) == 1
    result = assignments.assign_accounts(session_factory, sam, AssignmentCriteria(client_id=floor.clients["ACME"]), [casey])
    assert (result.selected, result.moved) == (2, 2)
    with session_factory() as s:
        owners = dict(s.execute(sa.select(Account.client_account_number, Account.assigned_to)).all())
        assert owners == {"ACME-1": casey, "ACME-2": casey, "BETA-3": casey, "BETA-4": floor.users["bob"].id}
        moved = s.execute(sa.select(AuditEvent).where(AuditEvent.action == "account.assigned")).scalars().all()
        assert {e.account_id for e in moved} == {floor.accounts["a1"], floor.accounts["a2"]}
        assert all(e.before == {"assigned_to": str(cole)} for e in moved)
    # Dealt in turn by priority: ACME-2 (score 200) to Cole, ACME-1 (100) to Casey, who already has it.
    again = assignments.assign_accounts(session_factory, sam, AssignmentCriteria(client_id=floor.clients["ACME"]), [cole, casey])
    assert (again.selected, again.moved, again.per_collector[cole]) == (2, 1, 1)
    with pytest.raises(PermissionDenied):
        assignments.assign_accounts(session_factory, sam, by_state, [floor.users["bob"].id])
    with pytest.raises(ServiceError, match="balance range"):
        assignments.preview_assignment(session_factory, sam, AssignmentCriteria(balance_min=Decimal("9"), balance_max=Decimal("1")))
    with pytest.raises(ServiceError, match="at least one collector"):
        assignments.assign_accounts(session_factory, sam, by_state, [])


def test_queue_rules_are_validated_and_stored(session_factory, floor):
    sam, cole = floor.actor("sam"), floor.users["cole"].id
    rules = assignments.set_queue_rules(session_factory, sam, cole, {"client_ids": [floor.clients["ACME"]], "regions": ["ny", " ca"],
                                                            "balance_min": "100", "callable_only": True})
    assert rules == {"client_ids": [str(floor.clients["ACME"])], "regions": ["CA", "NY"], "balance_min": "100.00",
                     "callable_only": True}
    with session_factory() as s:
        assert s.get(User, cole).queue_rules == rules
    assert next(c for c in assignments.collectors(session_factory, sam) if c.id == cole).queue_rules == rules
    with pytest.raises(ServiceError, match="unknown queue rule"):
        assignments.set_queue_rules(session_factory, sam, cole, {"colour": "blue"})
    with pytest.raises(ServiceError):
        assignments.set_queue_rules(session_factory, sam, cole, {"balance_min": 1.5})  # floats are not money
    with pytest.raises(PermissionDenied):
        assignments.set_queue_rules(session_factory, sam, floor.users["bob"].id, None)
    assert [c.username for c in assignments.collectors(session_factory, sam)] == ["casey", "cole"]


def test_collectors_are_refused_every_supervisor_operation(session_factory, floor):
    cole = floor.actor("cole")
    calls = [
        lambda: call_log.call_log_page(session_factory, cole),
        lambda: call_log.call_log_count(session_factory, cole),
        lambda: reviews.review_attempt(session_factory, cole, floor.attempts["cole1"], ALL_ANSWERS_YES),
        lambda: overrides.override_log(session_factory, cole),
        lambda: promises.pending_approvals(session_factory, cole),
        lambda: assignments.preview_assignment(session_factory, cole, AssignmentCriteria()),
        lambda: assignments.assign_accounts(session_factory, cole, AssignmentCriteria(), [floor.users["cole"].id]),
        lambda: assignments.set_queue_rules(session_factory, cole, floor.users["cole"].id, None),
        lambda: assignments.collectors(session_factory, cole),
        lambda: audit_trail.verify_audit_chain(session_factory, cole),
        lambda: audit_trail.account_history(session_factory, cole, floor.accounts["a1"]),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()


def test_account_history_and_chain_verification(session_factory, floor):
    sam = floor.actor("sam")
    reviews.review_attempt(session_factory, sam, floor.attempts["cole3"], ALL_ANSWERS_YES)
    history = audit_trail.account_history(session_factory, sam, floor.accounts["a1"])
    assert [(h.action, h.user) for h in history] == [("contact.refused", "Cole Collector"), ("contact.reviewed", "Sam Super")]
    assert audit_trail.verify_audit_chain(session_factory, sam).ok
    assert [a[1] for a in audit_trail.find_accounts(session_factory, sam, "ACME")] == ["ACME-1", "ACME-2"]
    # Someone edits the refusal in the database: the supervisor's verify names it.
    with session_factory() as s, s.begin():
        s.execute(sa.update(AuditEvent).where(AuditEvent.seq == history[0].seq).values(reason="nothing to see"))
    report = audit_trail.verify_audit_chain(session_factory, sam)
    assert not report.ok and report.first_bad_seq == history[0].seq and "edited" in report.message()


def test_bad_filters_are_refused_with_a_message():
    with pytest.raises(ServiceError, match="timezone-aware"):
        call_log.CallLogFilter(date_from=dt.datetime(2026, 11, 1))
    with pytest.raises(ServiceError, match="ends before"):
        call_log.CallLogFilter(date_from=nov(5), date_to=nov(1))


def test_supervisor_sign_in_refuses_collectors_and_wrong_passwords(session_factory, floor):
    from ccs_desktop.services.users.passwords import hash_password

    with session_factory() as s, s.begin():
        for name in ("sam", "cole"):
            s.get(User, floor.users[name].id).password_hash = hash_password("pw-" + name)
    actor = auth.supervisor_sign_in(session_factory, "sam", "pw-sam")
    assert (actor.user_id, actor.team_id) == (floor.users["sam"].id, floor.teams["alpha"])
    with pytest.raises(auth.SignInError, match="Wrong user name or password"):
        auth.supervisor_sign_in(session_factory, "sam", "pw-cole")
    with pytest.raises(PermissionDenied, match="may not open the supervisor workspace"):
        auth.supervisor_sign_in(session_factory, "cole", "pw-cole")


def test_supervisor_sign_in_counts_wrong_passwords_and_locks_out_like_any_sign_in(session_factory, floor):
    """The supervisor workspace's own sign-in is no side door: wrong passwords are counted and audited, and the
    lock-out holds even for the right password afterwards."""
    from ccs_desktop.services.users.passwords import hash_password

    with session_factory() as s, s.begin():
        s.get(User, floor.users["sam"].id).password_hash = hash_password("pw-sam")
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises((auth.SignInError, PermissionDenied)):
            auth.supervisor_sign_in(session_factory, "sam", "guess")
    with pytest.raises(auth.SignInError, match="locked"):
        auth.supervisor_sign_in(session_factory, "sam", "pw-sam")
    with session_factory() as s:
        actions = s.scalars(sa.select(AuditEvent.action).where(AuditEvent.user_id == floor.users["sam"].id)).all()
    assert actions.count("login.failed") == auth.MAX_FAILED_LOGINS - 1 and "user.locked" in actions


def test_verify_names_a_forged_event_inserted_into_the_chain(session_factory, floor):
    """Someone slips a forged 'review' into the middle of the chain, renumbering the events after it and
    giving it a hash that links to the one before: the next genuine event's link no longer matches."""
    sam = floor.actor("sam")
    with session_factory() as s, s.begin():
        events = s.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert len(events) == 3
        before = events[0]
        for e in sorted(events[1:], key=lambda e: -e.seq):
            s.execute(sa.update(AuditEvent).where(AuditEvent.id == e.id).values(seq=e.seq + 1))
        at = before.at + dt.timedelta(minutes=1)
        digest = audit.event_digest(seq=2, at=at, user_id=sam.user_id, action="contact.reviewed", entity="contact_review",
                                    entity_id="forged", account_id=None, before=None, after={"score": 8}, reason=None,
                                    workstation=None, prev_hash=before.hash)
        s.add(AuditEvent(seq=2, at=at, user_id=sam.user_id, action="contact.reviewed", entity="contact_review",
                         entity_id="forged", after={"score": 8}, prev_hash=before.hash, hash=digest))
    report = audit_trail.verify_audit_chain(session_factory, sam)
    assert not report.ok and report.first_bad_seq == 3 and "inserted or removed" in report.message()
