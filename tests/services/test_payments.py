"""Posting payments: allocation by the client's order, reversals, balances from transactions, kept/broken."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given, strategies as st

from ccs_desktop.models import Account, AuditEvent, BalanceTransaction, Instalment, Payment, Promise
from ccs_desktop.models.enums import (
    AccountStatus,
    InstalmentState,
    PaymentMethod,
    PlanFrequency,
    PromiseKind,
    PromiseStatus,
    TransactionKind,
)
from ccs_desktop.services.money import evaluation, payments, promises
from ccs_desktop.services.accounts.queue_fields import refresh_queue_fields
from ccs_desktop.services.context import PermissionDenied, ServiceError
from ccs_desktop.services.money.balances import allocate, recompute_balances
from ccs_desktop.services.money.payments import PaymentInput
from ccs_desktop.services.money.promises import PromiseRequest
from tests.promise_book import make_book

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def pay(book, amount, paid_on=None, **kw):
    return payments.post_payment(book.factory, book.collector, PaymentInput(
        book.account_id, D(amount), paid_on or TODAY, kw.pop("method", PaymentMethod.CARD), **kw))


def balances(book):
    with book.factory() as s:
        a = s.get(Account, book.account_id)
        return {"costs": a.costs, "fees": a.fees, "interest": a.interest, "principal": a.principal, "balance": a.balance}


def test_payment_goes_to_costs_then_fees_then_interest_then_principal(session_factory):
    book = make_book(session_factory)  # costs 40, fees 60, interest 100, principal 800
    result = pay(book, "150.00", reference="AUTH-1")
    assert result.allocation == {"costs": D("40.00"), "fees": D("60.00"), "interest": D("50.00"), "principal": D("0.00")}
    assert balances(book) == {"costs": D("0.00"), "fees": D("0.00"), "interest": D("50.00"),
                              "principal": D("800.00"), "balance": D("850.00")}
    with session_factory() as s:
        assert recompute_balances(s, book.account_id).ok
        a = s.get(Account, book.account_id)
        assert a.last_payment_date == TODAY and a.last_payment_amount == D("150.00")
        assert s.scalar(sa.select(AuditEvent.action).where(AuditEvent.entity == "payment")) == "payment.posted"


def test_a_principal_first_client_allocates_the_other_way(session_factory):
    book = make_book(session_factory, order="principal,interest,fees,costs")
    assert pay(book, "850.00").allocation == {"principal": D("800.00"), "interest": D("50.00"),
                                             "fees": D("0.00"), "costs": D("0.00")}


def test_a_reversal_is_a_new_transaction_that_restores_each_component(session_factory):
    book = make_book(session_factory)
    posted = pay(book, "150.00")
    reversal = payments.reverse_payment(session_factory, book.collector, posted.payment.id, "NSF")
    assert reversal.payment.amount == D("-150.00") and reversal.payment.reverses_id == posted.payment.id
    assert balances(book)["costs"] == D("40.00") and balances(book)["balance"] == D("1000.00")
    with session_factory() as s:
        kinds = s.scalars(sa.select(BalanceTransaction.kind).where(BalanceTransaction.account_id == book.account_id)
                          .order_by(BalanceTransaction.at, BalanceTransaction.id)).all()
        assert kinds == [TransactionKind.PLACEMENT, TransactionKind.PAYMENT, TransactionKind.REVERSAL]
        assert s.scalar(sa.select(sa.func.count()).select_from(Payment)) == 2  # the original is untouched
        assert recompute_balances(s, book.account_id).ok
        assert s.get(Account, book.account_id).last_payment_date is None
    with pytest.raises(ServiceError, match="already been reversed"):
        payments.reverse_payment(session_factory, book.collector, posted.payment.id, "NSF again")


def test_overpayments_and_bad_amounts_are_refused(session_factory):
    book = make_book(session_factory)
    with pytest.raises(ServiceError, match=r"more than the balance \$1,000.00"):
        pay(book, "1000.01")
    with pytest.raises(ServiceError, match="more than zero"):
        pay(book, "0")
    with pytest.raises(PermissionDenied):
        payments.post_payment(session_factory, book.other_collector,
                              PaymentInput(book.account_id, D("10.00"), TODAY, PaymentMethod.CASH))


def test_paying_the_balance_in_full_marks_the_account_paid_and_a_return_reopens_it(session_factory):
    book = make_book(session_factory)
    result = pay(book, "1000.00")
    assert result.account_status == AccountStatus.PAID and result.balance_after == D("0.00")
    back = payments.reverse_payment(session_factory, book.collector, result.payment.id, "Charged back")
    assert back.account_status == AccountStatus.OPEN and balances(book)["balance"] == D("1000.00")


def test_recompute_balances_finds_and_fixes_a_drifted_balance(session_factory):
    book = make_book(session_factory)
    pay(book, "100.00")
    with session_factory() as s, s.begin():
        s.get(Account, book.account_id).fees = D("99.00")
    with session_factory() as s, s.begin():
        check = recompute_balances(s, book.account_id, fix=True)
        assert not check.ok and check.from_transactions["fees"] == D("0.00")
    with session_factory() as s:
        assert recompute_balances(s, book.account_id).ok


def test_a_payment_without_a_promise_is_matched_to_the_active_promise_and_keeps_it(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.PLAN, frequency=PlanFrequency.MONTHLY, first_due=TODAY, count=2,
        total=D("400.00")))
    result = pay(book, "200.00")
    assert result.promise_id == promise.id and result.instalments_changed == 1
    with session_factory() as s:
        states = s.scalars(sa.select(Instalment.state).where(Instalment.promise_id == promise.id)
                           .order_by(Instalment.seq)).all()
        assert states == [InstalmentState.KEPT, InstalmentState.DUE]
        assert s.get(Account, book.account_id).next_promise_due == promise.instalments[1].due_date
    result = pay(book, "200.00")
    assert result.promise_status == PromiseStatus.KEPT


def test_a_returned_payment_breaks_a_kept_instalment_after_grace(session_factory):
    book = make_book(session_factory, grace_days=0)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SINGLE, first_due=TODAY, amount=D("300.00")))
    posted = pay(book, "300.00", paid_on=TODAY - dt.timedelta(days=1))
    assert posted.promise_status == PromiseStatus.KEPT
    # The payment comes back after the due date: the promise was never really kept.
    with session_factory() as s, s.begin():
        s.execute(sa.update(Instalment).where(Instalment.promise_id == promise.id)
                  .values(due_date=TODAY - dt.timedelta(days=2)))
    back = payments.reverse_payment(session_factory, book.collector, posted.payment.id, "NSF")
    assert back.promise_status == PromiseStatus.BROKEN
    with session_factory() as s:
        assert s.get(Account, book.account_id).has_broken_promise


def _backdate(book, promise_id, days):
    with book.factory() as s, s.begin():
        for inst in s.scalars(sa.select(Instalment).where(Instalment.promise_id == promise_id)):
            inst.due_date -= dt.timedelta(days=days)


def test_the_nightly_job_breaks_unpaid_instalments_after_grace_and_puts_the_account_on_top(session_factory):
    book = make_book(session_factory, grace_days=3)
    calm = make_book(session_factory, grace_days=3)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.PLAN, frequency=PlanFrequency.WEEKLY, first_due=TODAY, count=3,
        total=D("300.00")))
    promises.take_promise(session_factory, calm.collector, PromiseRequest(
        calm.account_id, PromiseKind.SINGLE, first_due=TODAY, amount=D("100.00")))
    with session_factory() as s:
        score_before = s.get(Account, book.account_id).priority_score
    _backdate(book, promise.id, 10)  # instalment 1 was due 10 days ago, instalment 2 three days ago
    summary = evaluation.evaluate_due(session_factory, TODAY)
    assert summary.promises == 1 and summary.broken == 1  # instalment 1: nothing paid, grace over
    # A payment made in time but posted late (a mailed check) re-judges the promise when it is posted.
    posted = pay(book, "40.00", paid_on=TODAY - dt.timedelta(days=9))
    assert posted.promise_status == PromiseStatus.ACTIVE
    with session_factory() as s:
        insts = s.scalars(sa.select(Instalment).where(Instalment.promise_id == promise.id).order_by(Instalment.seq)).all()
        assert [i.state for i in insts] == [InstalmentState.PARTLY_KEPT, InstalmentState.DUE, InstalmentState.DUE]
        assert insts[0].paid_amount == D("40.00")
    summary = evaluation.evaluate_due(session_factory, TODAY + dt.timedelta(days=1))  # instalment 2's grace ends
    assert summary.broken == 1 and summary.promises_broken == 1
    with session_factory() as s:
        account = s.get(Account, book.account_id)
        assert s.get(Promise, promise.id).status == PromiseStatus.BROKEN
        assert account.has_broken_promise and "broken_promise" in account.score_detail
        assert account.priority_score > score_before
        other = s.get(Account, calm.account_id)
        assert account.priority_score > other.priority_score
        assert s.scalar(sa.select(AuditEvent.after).where(AuditEvent.action == "promises.evaluated")
                        .order_by(AuditEvent.seq.desc()).limit(1))["broken"] == [str(promise.id)]
        # The bulk refresh agrees with the per-account refresh every service uses.
        fields = (account.next_promise_due, account.has_broken_promise, account.priority_score)
    with session_factory() as s, s.begin():
        again = refresh_queue_fields(s, book.account_id, dt.datetime.combine(TODAY + dt.timedelta(days=1),
                                                                               dt.time(2), tzinfo=dt.timezone.utc))
        assert (again.next_promise_due, again.has_broken_promise, again.priority_score) == fields
    assert evaluation.evaluate_due(session_factory, TODAY + dt.timedelta(days=1)).promises == 0  # nothing left to judge


def test_a_settlement_paid_in_full_writes_off_the_rest_and_settles_the_account(session_factory):
    book = make_book(session_factory)
    promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SETTLEMENT, first_due=TODAY, amount=D("750.00")))
    result = pay(book, "750.00")
    assert result.promise_status == PromiseStatus.KEPT and result.account_status == AccountStatus.SETTLED
    assert balances(book)["balance"] == D("0.00")
    with session_factory() as s:
        assert recompute_balances(s, book.account_id).ok
        kinds = s.scalars(sa.select(BalanceTransaction.kind).where(BalanceTransaction.account_id == book.account_id)).all()
        assert TransactionKind.SETTLEMENT_WRITE_OFF in kinds
    back = payments.reverse_payment(session_factory, book.collector, result.payment.id, "Stopped payment")
    assert back.account_status == AccountStatus.OPEN and balances(book)["balance"] == D("1000.00")
    with session_factory() as s:
        assert recompute_balances(s, book.account_id).ok


def test_a_replayed_offline_posting_is_applied_once(session_factory):
    book = make_book(session_factory)
    import uuid

    op = uuid.uuid4()
    pay(book, "10.00", op_id=op)
    pay(book, "10.00", op_id=op)
    assert balances(book)["balance"] == D("990.00")


components = st.integers(0, 500_000).map(lambda c: D(c) / 100)


@given(st.permutations(["costs", "fees", "interest", "principal"]),
       st.fixed_dictionaries({"costs": components, "fees": components, "interest": components, "principal": components}),
       st.integers(1, 2_000_000))
def test_allocation_sums_to_the_payment_and_follows_the_order(order, balance, cents):
    amount = D(cents) / 100
    if amount > sum(balance.values()):
        with pytest.raises(ServiceError):
            allocate(order, balance, amount)
        return
    parts = allocate(order, balance, amount)
    assert sum(parts.values()) == amount
    assert all(D(0) <= parts[c] <= balance[c] for c in order)
    # A later component only gets money once every earlier one is paid off.
    for i, c in enumerate(order):
        if parts[c] > 0:
            assert all(parts[e] == balance[e] for e in order[:i])


def test_an_allocation_order_must_name_every_component():
    with pytest.raises(ServiceError, match="exactly once"):
        allocate("fees,principal", {"costs": D(1), "fees": D(1), "interest": D(1), "principal": D(1)}, D(1))


def test_the_cli_runs_the_nightly_job_and_verifies_balances(db_url, session_factory, capsys):
    from ccs_desktop import cli

    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SINGLE, first_due=TODAY, amount=D("100.00")))
    pay(book, "30.00")
    assert cli.main(["--database", db_url, "promises", "verify-balances"]) == 0
    assert "0 account(s)" in capsys.readouterr().out
    later = (TODAY + dt.timedelta(days=10)).isoformat()
    assert cli.main(["--database", db_url, "promises", "evaluate", "--date", later]) == 0
    assert '"partly_kept": 1' in capsys.readouterr().out
    with session_factory() as s:
        assert s.get(Promise, promise.id).status == PromiseStatus.BROKEN
    with session_factory() as s, s.begin():
        s.get(Account, book.account_id).interest += D("5.00")
    assert cli.main(["--database", db_url, "promises", "verify-balances"]) == 1
    assert "1 account(s) whose balances do not match" in capsys.readouterr().out
    assert cli.main(["--database", db_url, "promises", "evaluate", "--date", "tomorrow"]) == 2
