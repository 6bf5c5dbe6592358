"""Payments: posting a payment across the balance components, and reversing a returned one.

This product records payments (card, ACH, check, cash, paid to the client directly); it never processes a
card. Every change to a balance is a balance transaction, and an account's component balances are always
the sum of its transactions (`balances.recompute_balances` proves it). A payment is spread across the components
in the client's allocation order (e.g. costs → fees → interest → principal, `balances.allocate`); a returned
payment is a new, negative payment whose balance transaction exactly undoes the original allocation.

Each posting re-judges the promise it belongs to (a payment that names no promise is matched to the
account's active promise) with `evaluation.evaluate_promise_in`; the nightly judging of due instalments is
`evaluation.evaluate_due`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import Account, BalanceTransaction, Client, Payment, Promise, new_id, to_money, utcnow
from ...models.base import MoneyError
from ...models.enums import AccountStatus, PaymentMethod, PromiseStatus, TransactionKind
from .. import audit
from ..accounts.queue_fields import refresh_queue_fields
from ..context import Actor, Changes, ServiceError
from .balances import COMPONENTS, allocate, apply_change, fmt_money, stored_balances
from .evaluation import evaluate_promise_in
from .promises import require_account_access
from .schedules import ZERO


# --- posting and reversing -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PaymentInput:
    account_id: uuid.UUID
    amount: Decimal
    paid_on: dt.date
    method: PaymentMethod
    reference: str | None = None
    promise_id: uuid.UUID | None = None
    note: str | None = None
    op_id: uuid.UUID | None = None  # idempotency key (offline sync): the payment's id


@dataclasses.dataclass(frozen=True)
class PostResult:
    payment: Payment
    allocation: dict[str, Decimal]
    balance_after: Decimal
    promise_id: uuid.UUID | None
    promise_status: PromiseStatus | None
    instalments_changed: int
    account_status: AccountStatus

    @property
    def changes(self) -> Changes:
        return Changes(accounts=frozenset({self.payment.account_id}),
                       promises=frozenset({self.promise_id}) if self.promise_id else frozenset())


def post_payment_in(session: Session, actor: Actor, data: PaymentInput, now: dt.datetime | None = None) -> PostResult:
    now = now or utcnow()
    if data.op_id is not None:
        existing = session.get(Payment, data.op_id)
        if existing is not None:  # the same operation replayed: nothing more happens
            account = session.get(Account, existing.account_id)
            return PostResult(existing, {}, account.balance, existing.promise_id, None, 0, account.status)
    try:
        amount = to_money(data.amount)
    except MoneyError as exc:
        raise ServiceError(f"The payment amount is not valid: {exc}") from exc
    if amount <= ZERO:
        raise ServiceError("A payment must be more than zero; a returned payment is posted as a reversal.")
    if data.paid_on > now.date() + dt.timedelta(days=1):
        raise ServiceError(f"The payment date {data.paid_on:%b %d, %Y} is in the future; post it when it is received.")
    account = session.get(Account, data.account_id, with_for_update=True)
    if account is None:
        raise ServiceError("That account does not exist.")
    require_account_access(session, actor, account, "post a payment")
    if account.status not in (AccountStatus.OPEN,):
        raise ServiceError(f"Account {account.client_account_number} is {account.status.value}; payments post to open accounts.")
    client = session.get(Client, account.client_id)
    if amount > account.balance:
        raise ServiceError(f"The payment {fmt_money(amount, account.currency)} is more than the balance "
                           f"{fmt_money(account.balance, account.currency)}.")
    parts = allocate(client.allocation_order, stored_balances(account), amount)
    promise = _promise_for(session, account.id, data.promise_id)
    payment = Payment(id=data.op_id or new_id(), account_id=account.id, amount=amount, currency=account.currency,
                      paid_on=data.paid_on, method=PaymentMethod(data.method), reference=data.reference,
                      posted_by=actor.user_id, posted_at=now, promise_id=promise.id if promise else None,
                      note=data.note)
    session.add(payment)
    session.flush()  # the payment row first: its balance transaction points at it
    change = {c: -v for c, v in parts.items()}
    session.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.PAYMENT, at=now, effective_on=data.paid_on,
                                   payment_id=payment.id, posted_by=actor.user_id, memo=f"Payment {data.method}",
                                   **change))
    apply_change(account, change)
    if account.last_payment_date is None or data.paid_on >= account.last_payment_date:
        account.last_payment_date = data.paid_on
        account.last_payment_amount = amount
    session.flush()
    status, changed = (None, 0)
    if promise is not None:
        status, changed = evaluate_promise_in(session, actor, promise, now=now)
    if account.balance == ZERO and account.status == AccountStatus.OPEN:
        account.status = AccountStatus.PAID
        account.closed_at = now
        account.close_reason = "paid in full"
    refresh_queue_fields(session, account.id, now)
    audit.record(session, actor, "payment.posted", "payment", payment.id, account_id=account.id,
                 after={"amount": amount, "paid_on": data.paid_on, "method": data.method, "reference": data.reference,
                        "allocation": parts, "promise_id": payment.promise_id, "balance": account.balance})
    return PostResult(payment, parts, account.balance, payment.promise_id, status, changed, account.status)


def post_payment(session_factory, actor: Actor, data: PaymentInput) -> PostResult:
    """Record a payment, allocate it by the client's order, and re-judge the promise it pays."""
    with session_factory() as s, s.begin():
        return post_payment_in(s, actor, data)


def _promise_for(session: Session, account_id: uuid.UUID, promise_id: uuid.UUID | None) -> Promise | None:
    if promise_id is not None:
        promise = session.get(Promise, promise_id)
        if promise is None or promise.account_id != account_id:
            raise ServiceError("That promise is not on this account.")
        return promise
    # A payment without a promise pays the account's active promise when there is one, else its latest
    # broken one (a check mailed in time and posted late can still keep it).
    live = {PromiseStatus.ACTIVE: 0, PromiseStatus.BROKEN: 1}
    found = session.scalars(sa.select(Promise).where(Promise.account_id == account_id,
                                                     Promise.status.in_(tuple(live)))
                            .order_by(Promise.taken_at.desc())).all()
    return min(found, key=lambda p: live[p.status]) if found else None


def reverse_payment(session_factory, actor: Actor, payment_id: uuid.UUID, reason: str,
                    returned_on: dt.date | None = None) -> PostResult:
    """A returned payment: a new negative payment and a transaction that undoes the original allocation."""
    if not (reason and reason.strip()):
        raise ServiceError("Say why the payment is reversed (e.g. NSF, stopped, charged back).")
    with session_factory() as s, s.begin():
        now = utcnow()
        original = s.get(Payment, payment_id)
        if original is None:
            raise ServiceError("That payment does not exist.")
        if original.reverses_id is not None:
            raise ServiceError("That is itself a reversal; it cannot be reversed.")
        account = s.get(Account, original.account_id, with_for_update=True)
        require_account_access(s, actor, account, "reverse a payment")
        if s.scalar(sa.select(Payment.id).where(Payment.reverses_id == original.id)) is not None:
            raise ServiceError("That payment has already been reversed.")
        reopened = _undo_settlement(s, actor, account, now)
        txs = s.scalars(sa.select(BalanceTransaction).where(BalanceTransaction.payment_id == original.id,
                                                             BalanceTransaction.kind == TransactionKind.PAYMENT)).all()
        reversal = Payment(account_id=account.id, amount=-original.amount, currency=original.currency,
                           paid_on=returned_on or now.date(), method=original.method, reference=original.reference,
                           posted_by=actor.user_id, posted_at=now, reverses_id=original.id,
                           promise_id=original.promise_id, note=reason)
        s.add(reversal)
        s.flush()
        undone: dict[str, Decimal] = {c: ZERO for c in COMPONENTS}
        for tx in txs:
            back = {c: -getattr(tx, c) for c in COMPONENTS}
            s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.REVERSAL, at=now,
                                     effective_on=reversal.paid_on, payment_id=reversal.id, reverses_id=tx.id,
                                     posted_by=actor.user_id, memo=f"Returned payment: {reason}"[:200], **back))
            apply_change(account, back)
            for c in COMPONENTS:
                undone[c] += back[c]
        if account.status == AccountStatus.PAID:
            reopened = True
        if reopened:
            account.status, account.closed_at, account.close_reason = AccountStatus.OPEN, None, None
        _last_payment(s, account)
        s.flush()
        status, changed = None, 0
        if original.promise_id is not None:
            promise = s.get(Promise, original.promise_id)
            status, changed = evaluate_promise_in(s, actor, promise, now=now)
        refresh_queue_fields(s, account.id, now)
        audit.record(s, actor, "payment.reversed", "payment", reversal.id, account_id=account.id,
                     before={"payment_id": original.id, "amount": original.amount},
                     after={"amount": reversal.amount, "restored": undone, "balance": account.balance,
                            "promise_status": status}, reason=reason)
        return PostResult(reversal, undone, account.balance, original.promise_id, status, changed, account.status)


def _last_payment(session: Session, account: Account) -> None:
    """Last payment date/amount from the payments that still stand (not reversed)."""
    reversed_ids = sa.select(Payment.reverses_id).where(Payment.reverses_id.is_not(None), Payment.account_id == account.id)
    last = session.execute(sa.select(Payment.paid_on, Payment.amount).where(
        Payment.account_id == account.id, Payment.amount > 0, Payment.id.not_in(reversed_ids))
        .order_by(Payment.paid_on.desc(), Payment.posted_at.desc()).limit(1)).first()
    account.last_payment_date, account.last_payment_amount = (last[0], last[1]) if last else (None, None)


def _undo_settlement(session: Session, actor: Actor, account: Account, now: dt.datetime) -> bool:
    """A payment returned on a settled account: the write-off is reversed too and the account reopens."""
    if account.status != AccountStatus.SETTLED:
        return False
    undoing = aliased(BalanceTransaction)
    write_off = session.scalar(sa.select(BalanceTransaction).where(
        BalanceTransaction.account_id == account.id, BalanceTransaction.kind == TransactionKind.SETTLEMENT_WRITE_OFF,
        ~sa.exists().where(undoing.reverses_id == BalanceTransaction.id))
        .order_by(BalanceTransaction.at.desc()).limit(1))
    if write_off is not None:
        back = {c: -getattr(write_off, c) for c in COMPONENTS}
        session.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.REVERSAL, at=now,
                                       effective_on=now.date(), reverses_id=write_off.id, posted_by=actor.user_id,
                                       memo="Settlement write-off undone: a settlement payment was returned", **back))
        apply_change(account, back)
    return True


# --- re-judging one account's promises (access-checked, so not in `evaluation`) -------------------------------


def evaluate_account(session_factory, actor: Actor, account_id: uuid.UUID, today: dt.date | None = None) -> list[PromiseStatus]:
    """Re-judge every live promise on one account (e.g. when it is opened after the nightly job missed a day)."""
    with session_factory() as s, s.begin():
        account = s.get(Account, account_id, with_for_update=True)
        if account is None:
            raise ServiceError("That account does not exist.")
        require_account_access(s, actor, account, "evaluate promises")
        promises = s.scalars(sa.select(Promise).where(Promise.account_id == account_id, Promise.status.in_(
            (PromiseStatus.ACTIVE, PromiseStatus.BROKEN, PromiseStatus.KEPT)))).all()
        out = [evaluate_promise_in(s, actor, p, today=today)[0] for p in promises]
        refresh_queue_fields(s, account_id)
        return out


