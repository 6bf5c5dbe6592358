"""An account's money as the workspace shows it: its promises with their instalments and approval state, its
payments and reversals with their allocation, and the balance history by component (read in one short
transaction, permission-checked).

The balance history is the account's balance transactions in order with the running balance of each component;
the last line equals the stored balance (`consistent` says so), as `balances.recompute_balances` proves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from ...models import AuditEvent, BalanceTransaction, Client, Payment, Promise, User, utcnow
from ...models.enums import InstalmentState, PromiseStatus
from .. import access
from .balances import COMPONENTS, parse_order
from .schedules import ZERO


@dataclasses.dataclass(frozen=True)
class InstalmentView:
    seq: int
    due_date: dt.date
    amount: Decimal
    paid: Decimal
    state: str            # due (shown as pending), kept, partly_kept, broken
    past_due: bool        # still due, its date has passed (grace running)


@dataclasses.dataclass(frozen=True)
class PromiseView:
    id: uuid.UUID
    kind: str
    status: str
    frequency: str | None
    method: str | None
    total: Decimal
    paid: Decimal
    discount_pct: Decimal | None
    taken_at: dt.datetime
    taken_by: str
    approval: str | None      # None (within the rules), pending, approved, rejected
    approval_reasons: tuple[str, ...]
    decided_by: str | None
    decided_at: dt.datetime | None
    ended_at: dt.datetime | None
    end_reason: str | None    # why it was cancelled or rejected
    note: str | None
    instalments: tuple[InstalmentView, ...]
    taken_by_id: uuid.UUID | None = None

    @property
    def open(self) -> bool:
        return self.status in (PromiseStatus.ACTIVE.value, PromiseStatus.PENDING_APPROVAL.value)

    @property
    def next_due(self) -> InstalmentView | None:
        return next((i for i in self.instalments if i.state == InstalmentState.DUE.value), None)


@dataclasses.dataclass(frozen=True)
class PaymentView:
    id: uuid.UUID
    paid_on: dt.date
    posted_at: dt.datetime
    amount: Decimal                  # negative for a reversal
    method: str
    reference: str | None
    posted_by: str
    allocation: dict[str, Decimal]   # by component, what it paid (negative: what a reversal restored)
    reverses_id: uuid.UUID | None
    reversed_by_id: uuid.UUID | None
    note: str | None
    promise_id: uuid.UUID | None


@dataclasses.dataclass(frozen=True)
class BalanceLine:
    at: dt.datetime
    effective_on: dt.date
    kind: str
    memo: str | None
    change: dict[str, Decimal]       # by component, + owed more
    balance: dict[str, Decimal]      # by component after it, and "total"


@dataclasses.dataclass(frozen=True)
class AccountMoney:
    account_id: uuid.UUID
    currency: str
    balance: dict[str, Decimal]      # stored, by component and "total"
    allocation_order: tuple[str, ...]
    promises: tuple[PromiseView, ...]   # newest first
    payments: tuple[PaymentView, ...]   # newest first
    history: tuple[BalanceLine, ...]    # oldest first
    callback_at: dt.datetime | None
    today: dt.date

    @property
    def current(self) -> PromiseView | None:
        """The arrangement in force: the open promise, else the latest one."""
        return next((p for p in self.promises if p.open), self.promises[0] if self.promises else None)

    @property
    def next_due(self) -> tuple[dt.date, Decimal] | None:
        """The next instalment to pay on the active promise: its date and what is left of it."""
        current = self.current
        if current is None or current.status != PromiseStatus.ACTIVE.value or current.next_due is None:
            return None
        due = current.next_due
        return due.due_date, due.amount - due.paid

    @property
    def consistent(self) -> bool:
        """The stored balance is the sum of the transactions."""
        summed = self.history[-1].balance if self.history else {c: ZERO for c in (*COMPONENTS, "total")}
        return all(summed[c] == self.balance[c] for c in (*COMPONENTS, "total"))


def _approval(p: Promise) -> str | None:
    if p.status == PromiseStatus.PENDING_APPROVAL:
        return "pending"
    if p.status == PromiseStatus.REJECTED:
        return "rejected"
    if p.approved_by is not None:
        return "approved"
    return None


def load_in(session: Session, actor, account_id: uuid.UUID, today: dt.date | None = None) -> AccountMoney:
    account = access.require_account(session, actor, account_id, action="see the promises and payments of")
    today = today or utcnow().date()
    promises = session.scalars(sa.select(Promise).where(Promise.account_id == account_id)
                               .options(selectinload(Promise.instalments))
                               .order_by(Promise.taken_at.desc(), Promise.id.desc())).all()
    # Payments and transactions as plain rows (the columns shown): an account can have hundreds.
    pt, bt = Payment.__table__.c, BalanceTransaction.__table__.c
    payments = session.execute(sa.select(pt.id, pt.paid_on, pt.posted_at, pt.amount, pt.method, pt.reference,
                                         pt.posted_by, pt.reverses_id, pt.note, pt.promise_id)
                               .where(pt.account_id == account_id).order_by(pt.posted_at.desc(), pt.id.desc())).all()
    txs = session.execute(sa.select(bt.at, bt.effective_on, bt.kind, bt.memo, bt.payment_id, *(bt[c] for c in COMPONENTS))
                          .where(bt.account_id == account_id).order_by(bt.at, bt.id)).all()
    ended = [str(p.id) for p in promises if p.status in (PromiseStatus.CANCELLED, PromiseStatus.REJECTED)]
    reasons: dict[str, str] = {}
    if ended:
        for entity_id, reason in session.execute(
                sa.select(AuditEvent.entity_id, AuditEvent.reason)
                .where(AuditEvent.account_id == account_id, AuditEvent.entity == "promise",
                       AuditEvent.action.in_(("promise.cancelled", "promise.rejected")),
                       AuditEvent.entity_id.in_(ended))):
            reasons[entity_id] = reason
    user_ids = {p.taken_by for p in promises} | {p.approved_by for p in promises} | {p.posted_by for p in payments}
    user_ids.discard(None)
    names = dict(session.execute(sa.select(User.id, User.display_name).where(User.id.in_(user_ids))).all()) if user_ids else {}

    def name(user_id: uuid.UUID | None) -> str:
        return names.get(user_id, "system") if user_id else "system"

    promise_views = []
    for p in promises:
        insts = tuple(InstalmentView(i.seq, i.due_date, i.amount, i.paid_amount, str(i.state),
                                     i.state == InstalmentState.DUE and i.due_date < today)
                      for i in sorted(p.instalments, key=lambda i: i.seq))
        approval = _approval(p)
        promise_views.append(PromiseView(
            p.id, str(p.kind), str(p.status), str(p.frequency) if p.frequency else None,
            str(p.method) if p.method else None, p.total_amount, sum((i.paid for i in insts), ZERO), p.discount_pct,
            p.taken_at, name(p.taken_by), approval, tuple((p.approval_reasons or "").splitlines()),
            name(p.approved_by) if p.approved_by else None, p.approved_at,
            p.cancelled_at, reasons.get(str(p.id)), p.note, insts, p.taken_by))

    allocation: dict[uuid.UUID, dict[str, Decimal]] = {}
    history: list[BalanceLine] = []
    running = {c: ZERO for c in COMPONENTS}
    for tx in txs:
        change = {c: getattr(tx, c) for c in COMPONENTS}
        for c in COMPONENTS:
            running[c] += change[c]
        history.append(BalanceLine(tx.at, tx.effective_on, str(tx.kind), tx.memo, change,
                                   {**running, "total": sum(running.values(), ZERO)}))
        if tx.payment_id is not None:
            paid = allocation.setdefault(tx.payment_id, {c: ZERO for c in COMPONENTS})
            for c in COMPONENTS:
                paid[c] -= change[c]
    reversed_by = {p.reverses_id: p.id for p in payments if p.reverses_id is not None}
    payment_views = tuple(PaymentView(
        p.id, p.paid_on, p.posted_at, p.amount, str(p.method), p.reference, name(p.posted_by),
        allocation.get(p.id, {c: ZERO for c in COMPONENTS}), p.reverses_id, reversed_by.get(p.id), p.note, p.promise_id)
        for p in payments)
    balance = {**{c: getattr(account, c) for c in COMPONENTS}, "total": account.balance}
    order = session.scalar(sa.select(Client.allocation_order).where(Client.id == account.client_id))
    return AccountMoney(account.id, account.currency, balance, parse_order(order),
                        tuple(promise_views), payment_views, tuple(history), account.callback_at, today)


def load(session_factory: Callable[[], Session], actor, account_id: uuid.UUID,
         today: dt.date | None = None) -> AccountMoney:
    with session_factory() as session:
        return load_in(session, actor, account_id, today)
