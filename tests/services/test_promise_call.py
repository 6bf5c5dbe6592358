"""A promise taken on a call in one step, a change of arrangement, and the account's money as the workspace reads it
(on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop.models import AuditEvent, ComplianceFlag, ContactAttempt, Payment, Promise
from ccs_desktop.models.enums import Channel, Direction, FlagKind, PaymentMethod, PlanFrequency, PromiseKind
from ccs_desktop.services.contacts.attempts import AttemptInput, ContactBlocked
from ccs_desktop.services.context import ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.money import ledger, payments, promises
from ccs_desktop.services.money.balances import recompute_balances
from ccs_desktop.services.money.payments import PaymentInput
from ccs_desktop.services.money.promise_call import record_promise_call
from ccs_desktop.services.money.promises import PromiseRequest
from tests.promise_book import make_book

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def book_with_codes(session_factory, **kw):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
    return make_book(session_factory, **kw)


def call(book, direction=Direction.INBOUND, **kw) -> AttemptInput:
    from ccs_desktop.models import Phone

    with book.factory() as s:
        phone_id = s.scalar(sa.select(Phone.id).where(Phone.person_id == book.person_id))
    return AttemptInput(book.account_id, book.person_id, Channel.CALL, "PTP", direction=direction, phone_id=phone_id,
                        notes="will pay Friday", disclosures=("mini_miranda",), **kw)


def plan(book, count=4, total=None, **kw) -> PromiseRequest:
    return PromiseRequest(book.account_id, PromiseKind.PLAN, first_due=TODAY + dt.timedelta(days=3),
                          frequency=PlanFrequency.MONTHLY, count=count, total=total, method=PaymentMethod.ACH, **kw)


def counts(book) -> tuple[int, int]:
    with book.factory() as s:
        return (s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt)
                         .where(ContactAttempt.account_id == book.account_id)),
                s.scalar(sa.select(sa.func.count()).select_from(Promise).where(Promise.account_id == book.account_id)))


def test_the_attempt_and_the_promise_are_recorded_together_and_the_promise_names_the_call(session_factory):
    book = book_with_codes(session_factory)
    result = record_promise_call(session_factory, book.collector, call(book), plan(book))
    assert counts(book) == (1, 1)
    assert result.promise.contact_id == result.attempt.id and result.promise.status.value == "active"
    assert [i.amount for i in result.promise.instalments] == [D("250.00")] * 4
    assert result.changes.touches(book.account_id) and result.changes.contacts
    with session_factory() as s:
        actions = s.scalars(sa.select(AuditEvent.action).where(AuditEvent.account_id == book.account_id)
                            .order_by(AuditEvent.seq)).all()
    assert actions == ["contact.recorded", "promise.taken"]


def test_a_refused_promise_leaves_no_attempt_and_a_refused_contact_leaves_no_promise(session_factory):
    book = book_with_codes(session_factory)
    with pytest.raises(ServiceError, match=r"more than the balance \$1,000.00"):
        record_promise_call(session_factory, book.collector, call(book), plan(book, total=D("1500.00")))
    assert counts(book) == (0, 0)
    with session_factory() as s, s.begin():
        s.add(ComplianceFlag(person_id=book.person_id, kind=FlagKind.CEASE_REQUESTED,
                             set_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)))
    with pytest.raises(ContactBlocked):
        record_promise_call(session_factory, book.collector, call(book, Direction.OUTBOUND), plan(book))
    assert counts(book) == (0, 0)
    with session_factory() as s:  # the refusal itself is in the audit trail
        assert s.scalar(sa.select(AuditEvent.action).where(AuditEvent.account_id == book.account_id)) == "contact.refused"


def test_caps_and_approvals_are_the_promise_services(session_factory):
    book = book_with_codes(session_factory)
    # 100 instalments of $10: below the client's $25 minimum and beyond its 12 months: waits for a supervisor.
    request = dataclasses_replace(plan(book, count=100), frequency=PlanFrequency.WEEKLY)
    quote = promises.preview(session_factory, book.collector, request)
    result = record_promise_call(session_factory, book.collector, call(book), request)
    assert result.promise.status.value == "pending_approval"
    assert result.promise.approval_reasons.splitlines() == list(quote.approval_reasons)
    assert [p.promise_id for p in promises.pending_approvals(session_factory, book.supervisor)] == [result.promise.id]


def dataclasses_replace(request, **kw):
    import dataclasses

    return dataclasses.replace(request, **kw)


def test_the_same_call_sent_again_is_recorded_once(session_factory):
    from ccs_desktop.models import new_id

    book = book_with_codes(session_factory)
    op = new_id()
    first = record_promise_call(session_factory, book.collector, call(book, op_id=op), plan(book))
    again = record_promise_call(session_factory, book.collector, call(book, op_id=op), plan(book))
    assert again.promise.id == first.promise.id and counts(book) == (1, 1)


def test_changing_an_arrangement_cancels_the_old_one_in_the_same_step(session_factory):
    book = book_with_codes(session_factory)
    old = promises.take_promise(session_factory, book.collector, plan(book))
    with pytest.raises(ServiceError, match="already has a promise active"):
        promises.take_promise(session_factory, book.collector, plan(book, count=2))
    # A refused change keeps the old arrangement as it was.
    with pytest.raises(ServiceError, match="more than the balance"):
        promises.take_promise(session_factory, book.collector, plan(book, total=D("2000.00"), replaces_id=old.id))
    assert promises.preview(session_factory, book.collector, plan(book, count=2, replaces_id=old.id)).total == D("1000.00")
    new = promises.take_promise(session_factory, book.collector, plan(book, count=2, replaces_id=old.id))
    money = ledger.load(session_factory, book.collector, book.account_id)
    assert [(p.id, p.status) for p in money.promises] == [(new.id, "active"), (old.id, "cancelled")]
    assert money.promises[1].end_reason == "changed: replaced by a new arrangement"
    assert money.current.id == new.id and money.next_due == (TODAY + dt.timedelta(days=3), D("500.00"))


def test_the_ledger_shows_allocations_reversals_states_and_a_balance_that_is_its_transactions(session_factory):
    book = book_with_codes(session_factory)  # costs 40, fees 60, interest 100, principal 800
    promise = promises.take_promise(session_factory, book.collector, plan(book, count=4))
    posted = payments.post_payment(session_factory, book.collector, PaymentInput(
        book.account_id, D("150.00"), TODAY, PaymentMethod.CHECK, reference="CHK 1042"))
    payments.post_payment(session_factory, book.collector, PaymentInput(
        book.account_id, D("100.00"), TODAY, PaymentMethod.CARD, reference="AUTH-9"))
    back = payments.reverse_payment(session_factory, book.supervisor, posted.payment.id, "NSF")
    money = ledger.load(session_factory, book.collector, book.account_id)
    reversal, card, check = money.payments
    assert (check.amount, check.method, check.reference, check.reversed_by_id) == (
        D("150.00"), "check", "CHK 1042", back.payment.id)
    assert check.allocation == {"costs": D("40.00"), "fees": D("60.00"), "interest": D("50.00"), "principal": D("0.00")}
    assert reversal.reverses_id == check.id and reversal.amount == D("-150.00") and reversal.note == "NSF"
    assert reversal.allocation["fees"] == D("-60.00")
    assert card.allocation == {"costs": D("0.00"), "fees": D("0.00"), "interest": D("50.00"), "principal": D("50.00")}
    assert [line.kind for line in money.history] == ["placement", "payment", "payment", "reversal"]
    assert money.history[-1].balance["total"] == money.balance["total"] == D("900.00") and money.consistent
    with session_factory() as s:
        assert recompute_balances(s, book.account_id).ok
    first = money.current.instalments[0]
    assert money.current.id == promise.id and (first.paid, first.state) == (D("100.00"), "due")
    assert money.allocation_order == ("costs", "fees", "interest", "principal")
    with pytest.raises(Exception, match="may not"):
        ledger.load(session_factory, book.other_collector, book.account_id)


def test_kept_and_broken_instalments_come_from_the_payments(session_factory):
    book = book_with_codes(session_factory, grace_days=0)
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
    promise = promises.take_promise(session_factory, book.collector, dataclasses_replace(
        plan(book, count=3), first_due=TODAY, frequency=PlanFrequency.WEEKLY, today=TODAY))
    payments.post_payment(session_factory, book.collector, PaymentInput(book.account_id, D("333.34"), TODAY,
                                                                         PaymentMethod.ACH))
    later = TODAY + dt.timedelta(days=9)  # the second instalment's date (and grace) has passed unpaid
    from ccs_desktop.services.money import evaluation

    evaluation.evaluate_due(session_factory, later)
    money = ledger.load(session_factory, book.collector, book.account_id, today=later)
    assert [i.state for i in money.promises[0].instalments] == ["kept", "broken", "due"]
    assert money.promises[0].status == "broken" and money.promises[0].id == promise.id
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Payment)) == 1
