"""Taking promises: schedules, the client's caps, supervisor approval, messages for amounts that do not add up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop.models import Account, AuditEvent, Promise
from ccs_desktop.models.enums import InstalmentState, PaymentMethod, PlanFrequency, PromiseKind, PromiseStatus
from ccs_desktop.services.money import promises
from ccs_desktop.services.context import PermissionDenied, ServiceError
from ccs_desktop.services.money.promises import PromiseRequest

from tests.promise_book import make_book

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def plan(book, **kw) -> PromiseRequest:
    values = dict(account_id=book.account_id, kind=PromiseKind.PLAN, frequency=PlanFrequency.MONTHLY,
                  first_due=TODAY + dt.timedelta(days=3), count=4, method=PaymentMethod.ACH)
    values.update(kw)
    return PromiseRequest(**values)


def test_a_plan_within_the_rules_is_active_with_a_schedule_that_sums_to_the_balance(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector, plan(book, count=3))
    assert promise.status == PromiseStatus.ACTIVE
    assert promise.total_amount == D("1000.00")
    amounts = [i.amount for i in promise.instalments]
    assert amounts == [D("333.34"), D("333.33"), D("333.33")]
    assert all(i.state == InstalmentState.DUE for i in promise.instalments)
    assert promise.taken_by == book.collector.user_id and promise.method == PaymentMethod.ACH
    with session_factory() as s:
        account = s.get(Account, book.account_id)
        assert account.next_promise_due == TODAY + dt.timedelta(days=3)
        assert s.scalar(sa.select(AuditEvent.action).where(AuditEvent.entity_id == str(promise.id))) == "promise.taken"


def test_plan_by_amount_per_instalment_with_weekly_dates(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector,
                                    plan(book, frequency=PlanFrequency.WEEKLY, count=None, per_instalment=D("300.00")))
    assert [i.amount for i in promise.instalments] == [D("300.00")] * 3 + [D("100.00")]
    dates = [i.due_date for i in promise.instalments]
    assert all((b - a).days == 7 for a, b in zip(dates, dates[1:]))


def test_plan_total_above_the_balance_is_refused_with_the_numbers(session_factory):
    book = make_book(session_factory)
    with pytest.raises(ServiceError, match=r"plan total \$1,200.00 is more than the balance \$1,000.00"):
        promises.take_promise(session_factory, book.collector, plan(book, total=D("1200.00")))


def test_custom_amounts_that_do_not_add_up_name_the_difference(session_factory):
    book = make_book(session_factory)
    req = plan(book, frequency=PlanFrequency.CUSTOM, total=D("500.00"),
               dates=(TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=9)), amounts=(D("200.00"), D("250.00")))
    with pytest.raises(ServiceError, match=r"add up to \$450.00, not the total \$500.00; the difference is \$50.00"):
        promises.take_promise(session_factory, book.collector, req)
    ok = promises.take_promise(session_factory, book.collector, plan(
        book, frequency=PlanFrequency.CUSTOM, total=D("450.00"),
        dates=(TODAY + dt.timedelta(days=9), TODAY + dt.timedelta(days=2)), amounts=(D("250.00"), D("200.00"))))
    assert [(i.due_date, i.amount) for i in ok.instalments] == [
        (TODAY + dt.timedelta(days=2), D("200.00")), (TODAY + dt.timedelta(days=9), D("250.00"))]


def test_small_instalments_need_approval_and_wait_in_the_supervisors_queue(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector,
                                    plan(book, frequency=PlanFrequency.WEEKLY, count=None, total=D("200.00"),
                                         per_instalment=D("20.00")))
    assert promise.status == PromiseStatus.PENDING_APPROVAL
    assert "below the client's minimum of $25.00" in promise.approval_reasons
    queue = promises.pending_approvals(session_factory, book.supervisor)
    assert [p.promise_id for p in queue] == [promise.id]
    with session_factory() as s:  # a pending promise does not set the queue's promise date
        assert s.get(Account, book.account_id).next_promise_due is None
    with pytest.raises(PermissionDenied):
        promises.approve(session_factory, book.collector, promise.id)
    approved = promises.approve(session_factory, book.supervisor, promise.id, "hardship noted")
    assert approved.status == PromiseStatus.ACTIVE and approved.approved_by == book.supervisor.user_id
    assert promises.pending_approvals(session_factory, book.supervisor) == []
    with session_factory() as s:
        assert s.get(Account, book.account_id).next_promise_due == TODAY + dt.timedelta(days=3)


def test_settlement_beyond_the_maximum_discount_names_the_floor_and_can_be_rejected(session_factory):
    book = make_book(session_factory)
    req = PromiseRequest(book.account_id, PromiseKind.SETTLEMENT, first_due=TODAY + dt.timedelta(days=5),
                         amount=D("600.00"))
    q = promises.preview(session_factory, book.collector, req)
    assert q.discount_pct == D("40.00")
    assert q.approval_reasons == ("Settlement discount of 40.00% is more than the client's maximum of 30.00% "
                                  "(the floor is $700.00).",)
    promise = promises.take_promise(session_factory, book.collector, req)
    assert promise.status == PromiseStatus.PENDING_APPROVAL and promise.settles_balance == D("1000.00")
    with pytest.raises(ServiceError, match="Say why"):
        promises.reject(session_factory, book.supervisor, promise.id, "  ")
    rejected = promises.reject(session_factory, book.supervisor, promise.id, "Client floor is firm")
    assert rejected.status == PromiseStatus.REJECTED
    # The account is free for a new promise after a rejection.
    ok = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SETTLEMENT, first_due=TODAY + dt.timedelta(days=5), amount=D("700.00")))
    assert ok.status == PromiseStatus.ACTIVE and ok.discount_pct == D("30.00")


def test_a_settlement_at_or_above_the_balance_is_not_a_settlement(session_factory):
    book = make_book(session_factory)
    with pytest.raises(ServiceError, match="is not a discount"):
        promises.take_promise(session_factory, book.collector, PromiseRequest(
            book.account_id, PromiseKind.SETTLEMENT, first_due=TODAY, amount=D("1000.00")))


def test_a_plan_longer_than_the_clients_limit_needs_approval(session_factory):
    book = make_book(session_factory)
    q = promises.preview(session_factory, book.collector, plan(book, count=14, total=D("1000.00")))
    assert len(q.lines) == 14 and any("longest plan of 12 months" in r for r in q.approval_reasons)


def test_a_supervisor_beyond_the_caps_approves_their_own_promise_in_the_audit(session_factory):
    book = make_book(session_factory)
    with session_factory() as s, s.begin():
        s.get(Account, book.account_id).assigned_to = book.supervisor.user_id
    promise = promises.take_promise(session_factory, book.supervisor, plan(book, count=14))
    assert promise.status == PromiseStatus.ACTIVE and promise.approved_by == book.supervisor.user_id


def test_past_dates_second_promises_and_other_collectors_accounts_are_refused(session_factory):
    book = make_book(session_factory)
    with pytest.raises(ServiceError, match="in the past"):
        promises.take_promise(session_factory, book.collector, plan(book, first_due=TODAY - dt.timedelta(days=1)))
    with pytest.raises(PermissionDenied, match="not assigned"):
        promises.take_promise(session_factory, book.other_collector, plan(book))
    first = promises.take_promise(session_factory, book.collector, plan(book))
    with pytest.raises(ServiceError, match="already has a promise active"):
        promises.take_promise(session_factory, book.collector, plan(book))
    with pytest.raises(ServiceError, match="cancel it before taking another"):  # the dialog's preview says so too
        promises.preview(session_factory, book.collector, plan(book))
    promises.cancel(session_factory, book.collector, first.id, "Consumer asked for a new arrangement")
    assert promises.take_promise(session_factory, book.collector, plan(book)).status == PromiseStatus.ACTIVE
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Promise)
                        .where(Promise.status == PromiseStatus.CANCELLED)) == 1


def test_money_given_as_a_float_is_refused(session_factory):
    book = make_book(session_factory)
    with pytest.raises(ServiceError, match="not a valid amount"):
        promises.take_promise(session_factory, book.collector, PromiseRequest(
            book.account_id, PromiseKind.SINGLE, first_due=TODAY, amount=100.5))


def test_a_promise_for_the_year_5202_is_refused_not_sent_for_approval(session_factory):
    """A date typed wrong ("Tue Dec 15, 2026" read as Dec 8, 5202) once went to a supervisor; it is refused."""
    book = make_book(session_factory)
    single = dict(account_id=book.account_id, kind=PromiseKind.SINGLE, amount=Decimal("100.00"),
                  method=PaymentMethod.ACH, today=TODAY)
    with pytest.raises(ServiceError, match="more than a year away"):
        promises.take_promise(session_factory, book.collector,
                              PromiseRequest(first_due=dt.date(5202, 12, 8), **single))
    with pytest.raises(ServiceError, match="more than 5 years away"):
        promises.take_promise(session_factory, book.collector, plan(book, count=None, frequency=PlanFrequency.MONTHLY,
                                                                    per_instalment=Decimal("5.00")))
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Promise)) == 0
    # A year ahead is still a promise (the client's rules decide whether it needs approval).
    taken = promises.take_promise(session_factory, book.collector,
                                  PromiseRequest(first_due=TODAY + dt.timedelta(days=300), **single))
    assert taken.status in (PromiseStatus.ACTIVE, PromiseStatus.PENDING_APPROVAL)
