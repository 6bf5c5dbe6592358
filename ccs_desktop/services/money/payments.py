"""Payments: posting, allocation across balance components, reversals, and kept/broken promises.

This product records payments (card, ACH, check, cash, paid to the client directly); it never processes a
card. Every change to a balance is a balance transaction, and an account's component balances are always
the sum of its transactions (`recompute_balances` proves it). A payment is spread across the components in
the client's allocation order (e.g. costs → fees → interest → principal); a returned payment is a new,
negative payment whose balance transaction exactly undoes the original allocation.

Each posting re-judges the promise it belongs to (a payment that names no promise is matched to the
account's active promise). The nightly `evaluate_due` judges every instalment whose grace period has
ended, in set-sized batches, and puts accounts with a broken promise back at the top of the queue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import (
    Account,
    BalanceTransaction,
    Client,
    Dispute,
    Instalment,
    Payment,
    Promise,
    new_id,
    to_money,
    utcnow,
)
from ...models.base import Money, MoneyError
from ...models.enums import (
    AccountStatus,
    DisputeStatus,
    InstalmentState,
    PaymentMethod,
    PromiseKind,
    PromiseStatus,
    TransactionKind,
)
from .. import access, audit
from ..accounts.queue_fields import refresh_queue_fields, score_weights
from ..context import SYSTEM, Actor, ServiceError
from .promises import fmt_money
from .schedules import ZERO, InstalmentFacts, evaluate_schedule
from ..accounts.scoring import ScoreInputs, score

COMPONENTS = ("costs", "fees", "interest", "principal")


# --- allocation (pure) -----------------------------------------------------------------------------------


def parse_order(order: str | Iterable[str]) -> tuple[str, ...]:
    """A client's allocation order, validated: every component exactly once."""
    parts = tuple(p.strip().lower() for p in (order.split(",") if isinstance(order, str) else order) if p.strip())
    if sorted(parts) != sorted(COMPONENTS):
        raise ServiceError(f"The allocation order {','.join(parts) or '(empty)'} must name each of "
                           f"{', '.join(COMPONENTS)} exactly once.")
    return parts


def allocate(order: str | Iterable[str], balance: Mapping[str, Decimal], amount: Decimal) -> dict[str, Decimal]:
    """How much of `amount` goes to each component, first to last in `order`, never more than it holds.

    The parts sum to exactly `amount`; an amount above the total balance is refused.
    """
    components = parse_order(order)
    owed = sum((max(balance[c], ZERO) for c in components), ZERO)
    if amount > owed:
        raise ServiceError(f"The payment {fmt_money(amount)} is more than the balance {fmt_money(owed)}.")
    left, parts = amount, {}
    for c in components:
        take = min(left, max(balance[c], ZERO))
        parts[c] = take
        left -= take
    return parts


# --- balances ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class BalanceCheck:
    account_id: uuid.UUID
    stored: dict[str, Decimal]
    from_transactions: dict[str, Decimal]

    @property
    def ok(self) -> bool:
        return self.stored == self.from_transactions


def _stored(account: Account) -> dict[str, Decimal]:
    return {**{c: getattr(account, c) for c in COMPONENTS}, "balance": account.balance}


def recompute_balances(session: Session, account_id: uuid.UUID, fix: bool = False) -> BalanceCheck:
    """The account's balances summed from its transactions, against the stored ones (fixed when asked)."""
    account = session.get(Account, account_id)
    if account is None:
        raise ServiceError("That account does not exist.")
    sums = session.execute(sa.select(*(sa.func.coalesce(sa.func.sum(getattr(BalanceTransaction, c)), 0)
                                       for c in COMPONENTS)).where(BalanceTransaction.account_id == account_id)).one()
    summed = {c: to_money(v) for c, v in zip(COMPONENTS, sums)}
    summed["balance"] = sum((summed[c] for c in COMPONENTS), ZERO)
    check = BalanceCheck(account_id, _stored(account), summed)
    if fix and not check.ok:
        for c in COMPONENTS:
            setattr(account, c, summed[c])
        account.balance = summed["balance"]
    return check


def verify_all_balances(session_factory, batch: int = 10_000) -> list[BalanceCheck]:
    """Every account whose stored balances differ from the sum of its transactions (set-based, by key)."""
    at, bt = Account.__table__, BalanceTransaction.__table__
    bad: list[BalanceCheck] = []
    last = None
    with session_factory() as s:
        while True:
            ids = sa.select(at.c.id).order_by(at.c.id).limit(batch)
            if last is not None:
                ids = ids.where(at.c.id > last)
            chunk = list(s.scalars(ids))
            if not chunk:
                return bad
            last = chunk[-1]
            sums = sa.select(bt.c.account_id, *(sa.func.sum(bt.c[c]).label(c) for c in COMPONENTS)).where(
                bt.c.account_id.in_(chunk)).group_by(bt.c.account_id).subquery()
            rows = s.execute(sa.select(at.c.id, *(at.c[c] for c in COMPONENTS), at.c.balance,
                                       *(sa.func.coalesce(sums.c[c], 0).label(f"t_{c}") for c in COMPONENTS))
                             .outerjoin(sums, sums.c.account_id == at.c.id).where(at.c.id.in_(chunk)))
            for r in rows:
                stored = {c: getattr(r, c) for c in COMPONENTS} | {"balance": r.balance}
                summed = {c: to_money(Money().process_result_value(getattr(r, f"t_{c}"), s.bind.dialect)
                                      if not isinstance(getattr(r, f"t_{c}"), Decimal) else getattr(r, f"t_{c}"))
                          for c in COMPONENTS}
                summed["balance"] = sum((summed[c] for c in COMPONENTS), ZERO)
                if stored != summed:
                    bad.append(BalanceCheck(r.id, stored, summed))


def _apply(account: Account, change: Mapping[str, Decimal]) -> None:
    for c in COMPONENTS:
        setattr(account, c, getattr(account, c) + change.get(c, ZERO))
    account.balance = account.component_sum()


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


def _today() -> dt.date:
    return utcnow().date()


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
    account = access.require_account(session, actor, data.account_id, action="post a payment on", lock=True)
    if account.status not in (AccountStatus.OPEN,):
        raise ServiceError(f"Account {account.client_account_number} is {account.status.value}; payments post to open accounts.")
    client = session.get(Client, account.client_id)
    if amount > account.balance:
        raise ServiceError(f"The payment {fmt_money(amount, account.currency)} is more than the balance "
                           f"{fmt_money(account.balance, account.currency)}.")
    parts = allocate(client.allocation_order, _stored(account), amount)
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
    _apply(account, change)
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
        account = access.require_account(s, actor, original.account_id, action="reverse a payment on", lock=True)
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
            _apply(account, back)
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
        _apply(account, back)
    return True


def _settle(session: Session, actor: Actor, promise: Promise, now: dt.datetime) -> None:
    """A settlement paid in full: the rest of the balance is written off and the account is settled."""
    account = session.get(Account, promise.account_id)
    if account.status != AccountStatus.OPEN or account.balance <= ZERO:
        return
    change = {c: -getattr(account, c) for c in COMPONENTS}
    session.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.SETTLEMENT_WRITE_OFF, at=now,
                                   effective_on=now.date(), posted_by=actor.user_id,
                                   memo=f"Settled for {fmt_money(promise.total_amount, account.currency)}", **change))
    _apply(account, change)
    account.status, account.closed_at, account.close_reason = AccountStatus.SETTLED, now, "settled in full"


# --- kept / broken ---------------------------------------------------------------------------------------------


def _payments_of(session: Session, promise_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[dt.date, Decimal]]]:
    out: dict[uuid.UUID, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    if not promise_ids:
        return out
    rows = session.execute(sa.select(Payment.promise_id, Payment.paid_on, sa.func.sum(Payment.amount))
                           .where(Payment.promise_id.in_(promise_ids))
                           .group_by(Payment.promise_id, Payment.paid_on))
    for pid, paid_on, total in rows:
        out[pid].append((paid_on, total))
    return out


def evaluate_promise_in(session: Session, actor: Actor, promise: Promise, *, now: dt.datetime | None = None,
                        today: dt.date | None = None, audit_change: bool = True) -> tuple[PromiseStatus, int]:
    """Re-judge one promise's instalments from its payments; returns its status and how many instalments changed."""
    now = now or utcnow()
    today = today or now.date()
    if promise.status not in (PromiseStatus.ACTIVE, PromiseStatus.KEPT, PromiseStatus.BROKEN):
        return promise.status, 0
    client = session.scalar(sa.select(Client).join(Account, Account.client_id == Client.id)
                            .where(Account.id == promise.account_id))
    insts = list(promise.instalments)
    verdicts, status = evaluate_schedule([InstalmentFacts(i.seq, i.due_date, i.amount) for i in insts],
                                         _payments_of(session, [promise.id])[promise.id], client.grace_days, today)
    changed = 0
    for inst, v in zip(sorted(insts, key=lambda i: i.seq), verdicts):
        if inst.state != v.state or inst.paid_amount != v.paid_amount:
            inst.state, inst.paid_amount, inst.evaluated_at = v.state, v.paid_amount, now
            changed += 1
    before = promise.status
    if status != before:
        promise.status = status
        if status == PromiseStatus.KEPT and promise.kind == PromiseKind.SETTLEMENT:
            _settle(session, actor, promise, now)
        if audit_change:
            audit.record(session, actor, f"promise.{status.value}", "promise", promise.id,
                         account_id=promise.account_id, before={"status": before}, after={"status": status})
    session.flush()
    return promise.status, changed


def evaluate_account(session_factory, actor: Actor, account_id: uuid.UUID, today: dt.date | None = None) -> list[PromiseStatus]:
    """Re-judge every live promise on one account (e.g. when it is opened after the nightly job missed a day)."""
    with session_factory() as s, s.begin():
        account = access.require_account(s, actor, account_id, action="evaluate the promises of", lock=True)
        promises = s.scalars(sa.select(Promise).where(Promise.account_id == account_id, Promise.status.in_(
            (PromiseStatus.ACTIVE, PromiseStatus.BROKEN, PromiseStatus.KEPT)))).all()
        out = [evaluate_promise_in(s, actor, p, today=today)[0] for p in promises]
        refresh_queue_fields(s, account_id)
        return out


@dataclasses.dataclass
class EvaluationSummary:
    promises: int = 0
    instalments_changed: int = 0
    kept: int = 0
    partly_kept: int = 0
    broken: int = 0
    promises_broken: int = 0
    promises_kept: int = 0
    accounts_refreshed: int = 0


def evaluate_due(session_factory, today: dt.date | None = None, *, actor: Actor = SYSTEM, batch_size: int = 5000,
                 progress: Callable[[int, int], None] | None = None) -> EvaluationSummary:
    """The nightly job: judge every due instalment of an active promise whose grace period is over.

    Works per client (its grace days make the cut-off date) in batches of promises taken by key, one
    transaction per batch. A batch reads its promises' instalments, payments and queue facts with the batch
    query as a sub-select (no long lists of ids), judges them with `schedules.evaluate_schedule`, then writes
    instalment, promise and account changes in bulk and one audit event naming the promises whose status
    changed. Accounts with a broken promise get the broken-promise score and go back to the top of the queue.
    """
    today = today or _today()
    now = utcnow()
    summary = EvaluationSummary()
    with session_factory() as s:
        clients = s.execute(sa.select(Client.id, Client.grace_days)).all()
        total = 0
        if progress:
            for cid, grace in clients:
                total += s.scalar(_due_query(cid, today - dt.timedelta(days=grace),
                                             sa.func.count(sa.distinct(Instalment.promise_id)))) or 0
        weights = score_weights(s)
    done = 0
    for cid, grace in clients:
        cutoff = today - dt.timedelta(days=grace)
        last: uuid.UUID | None = None
        while True:
            with session_factory() as s, s.begin():
                q = (_due_query(cid, cutoff, Instalment.promise_id).distinct()
                     .order_by(Instalment.promise_id).limit(batch_size))
                if last is not None:
                    q = q.where(Instalment.promise_id > last)
                count, last_id = _evaluate_batch(s, actor, q, grace, today, now, summary, weights)
                if not count:
                    break
                last = last_id
            done += count
            if progress:
                progress(done, total)
    return summary


def _due_query(client_id: uuid.UUID, cutoff: dt.date, what):
    return (sa.select(what).select_from(Instalment)
            .join(Promise, Promise.id == Instalment.promise_id)
            .join(Account, Account.id == Instalment.account_id)
            .where(Account.client_id == client_id, Instalment.state == InstalmentState.DUE,
                   Instalment.due_date < cutoff, Promise.status == PromiseStatus.ACTIVE))


def _evaluate_batch(s: Session, actor: Actor, batch: sa.Select, grace: int, today: dt.date, now: dt.datetime,
                    summary: EvaluationSummary, weights: dict[str, Decimal]) -> tuple[int, uuid.UUID | None]:
    """Judge one batch of promises (the ids `batch` selects); returns how many and the last id."""
    it, pt, at, payt = Instalment.__table__, Promise.__table__, Account.__table__, Payment.__table__
    ids = batch.subquery()
    # Everything is read before anything is written: the batch query depends on the state it changes.
    promise_rows = s.execute(sa.select(pt.c.id, pt.c.account_id, pt.c.kind)
                             .where(pt.c.id.in_(sa.select(ids.c.promise_id))).order_by(pt.c.id)).all()
    if not promise_rows:
        return 0, None
    in_batch = [r[0] for r in promise_rows]
    accounts_q = list({r[1] for r in promise_rows})
    rows = s.execute(sa.select(it.c.id, it.c.promise_id, it.c.seq, it.c.due_date, it.c.amount, it.c.paid_amount,
                               it.c.state).where(it.c.promise_id.in_(in_batch))).all()
    pay: dict[uuid.UUID, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for pid, paid_on, total in s.execute(sa.select(payt.c.promise_id, payt.c.paid_on, sa.func.sum(payt.c.amount))
                                         .where(payt.c.promise_id.in_(in_batch))
                                         .group_by(payt.c.promise_id, payt.c.paid_on)):
        pay[pid].append((paid_on, total))
    facts = {a.id: a for a in s.execute(
        sa.select(at.c.id, at.c.balance, at.c.charge_off_date, at.c.last_payment_date, at.c.callback_at,
                  at.c.right_party_contacts).where(at.c.id.in_(accounts_q)))}
    others: dict[uuid.UUID, set[str]] = defaultdict(set)
    other_due: dict[uuid.UUID, dt.date] = {}
    batch_set = set(in_batch)
    for aid, pid, st in s.execute(sa.select(pt.c.account_id, pt.c.id, pt.c.status).where(pt.c.account_id.in_(accounts_q))):
        if pid not in batch_set:
            others[aid].add(st)
    if any(PromiseStatus.ACTIVE.value in v for v in others.values()):
        other_due = dict(s.execute(sa.select(it.c.account_id, sa.func.min(it.c.due_date))
                                   .join(pt, pt.c.id == it.c.promise_id)
                                   .where(it.c.account_id.in_(accounts_q), pt.c.id.not_in(in_batch),
                                          pt.c.status == PromiseStatus.ACTIVE.value,
                                          it.c.state == InstalmentState.DUE.value).group_by(it.c.account_id)).all())
    disputed = set(s.scalars(sa.select(Dispute.account_id).where(Dispute.account_id.in_(accounts_q),
                                                                 Dispute.status != DisputeStatus.RESOLVED)))

    by_promise: dict[uuid.UUID, list] = defaultdict(list)
    for r in rows:
        by_promise[r.promise_id].append(r)
    inst_updates, promise_updates, account_updates, changed_status = [], [], [], []
    for pid, account_id, kind in promise_rows:
        insts = sorted(by_promise[pid], key=lambda r: r.seq)
        verdicts, status = evaluate_schedule([InstalmentFacts(r.seq, r.due_date, r.amount) for r in insts],
                                             pay.get(pid, ()), grace, today)
        next_due = None
        for r, v in zip(insts, verdicts):
            if v.state == InstalmentState.DUE and next_due is None:
                next_due = r.due_date
            if r.state != v.state or r.paid_amount != v.paid_amount:
                inst_updates.append({"b_id": r.id, "b_state": v.state.value, "b_paid": v.paid_amount})
                summary.instalments_changed += 1
                if v.state == InstalmentState.KEPT:
                    summary.kept += 1
                elif v.state == InstalmentState.PARTLY_KEPT:
                    summary.partly_kept += 1
                elif v.state == InstalmentState.BROKEN:
                    summary.broken += 1
        if status != PromiseStatus.ACTIVE:
            promise_updates.append({"b_id": pid, "b_status": status.value})
            changed_status.append((pid, status, kind))
            summary.promises_broken += status == PromiseStatus.BROKEN
            summary.promises_kept += status == PromiseStatus.KEPT
            next_due = None
        summary.promises += 1
        # The account's queue fields, as refresh_queue_fields computes them, from what was just decided.
        a = facts[account_id]
        statuses = others[account_id] | {status.value}
        dues = [d for d in (next_due, other_due.get(account_id)) if d is not None]
        due = min(dues) if dues else None
        broken = PromiseStatus.BROKEN.value in statuses and PromiseStatus.ACTIVE.value not in statuses
        inputs = ScoreInputs(balance=a.balance, charge_off_date=a.charge_off_date, last_payment_date=a.last_payment_date,
                             promise_due=due is not None and due <= today, broken_promise=broken,
                             callback_due=a.callback_at is not None and a.callback_at <= now,
                             open_dispute=account_id in disputed, right_party_contacts=a.right_party_contacts or 0)
        total, detail = score(inputs, today, weights)
        account_updates.append({"b_id": account_id, "b_due": due, "b_broken": broken, "b_score": total,
                                "b_detail": detail})
    conn = s.connection()
    if inst_updates:
        conn.execute(it.update().where(it.c.id == sa.bindparam("b_id"))
                     .values(state=sa.bindparam("b_state"), paid_amount=sa.bindparam("b_paid"), evaluated_at=now,
                             updated_at=now, row_version=it.c.row_version + 1), inst_updates)
    if promise_updates:
        conn.execute(pt.update().where(pt.c.id == sa.bindparam("b_id"))
                     .values(status=sa.bindparam("b_status"), updated_at=now, row_version=pt.c.row_version + 1),
                     promise_updates)
    _write_queue_fields(s, account_updates, now)
    # A settlement kept in full settles its account (rare at night: the posting that pays it settles it).
    for pid, status, kind in changed_status:
        if status == PromiseStatus.KEPT and kind == PromiseKind.SETTLEMENT:
            promise = s.get(Promise, pid)
            _settle(s, actor, promise, now)
            refresh_queue_fields(s, promise.account_id, now)
    summary.accounts_refreshed += len(account_updates)
    if changed_status:
        audit.record(s, actor, "promises.evaluated", "promise", None,
                     after={"today": today, "grace_days": grace,
                            "broken": [str(p) for p, st, _ in changed_status if st == PromiseStatus.BROKEN],
                            "kept": [str(p) for p, st, _ in changed_status if st == PromiseStatus.KEPT]})
    return len(promise_rows), promise_rows[-1][0]


def _write_queue_fields(s: Session, updates: list[dict[str, Any]], now: dt.datetime) -> None:
    if not updates:
        return
    at = Account.__table__
    s.connection().execute(
        at.update().where(at.c.id == sa.bindparam("b_id"))
        .values(next_promise_due=sa.bindparam("b_due"), has_broken_promise=sa.bindparam("b_broken"),
                priority_score=sa.bindparam("b_score"), score_detail=sa.bindparam("b_detail"),
                updated_at=now, row_version=at.c.row_version + 1), updates)
