"""Promises to pay: a single payment, a plan, or a settlement at a discount; supervisor approval beyond the
client's caps; cancellation.

A collector's promise within the client's rules (minimum instalment, maximum settlement discount, longest
plan) is active at once. Beyond them it waits as ``pending_approval`` in the supervisor's queue with the
reasons written out; a supervisor approves (→ active) or rejects it. Amounts that do not add up (a plan
above the balance, instalments that do not sum to the total, a "settlement" that is not below the balance)
are refused with a message that says what is wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...access_rule import Capability
from ...models import Account, Client, ContactAttempt, Instalment, Promise, User, to_money, utcnow
from ...models.base import MoneyError
from ...models.enums import InstalmentState, PaymentMethod, PlanFrequency, PromiseKind, PromiseStatus
from .. import access, audit
from ..accounts.queue_fields import consumer_id, refresh_queue_fields
from ..context import Actor, PermissionDenied, ServiceError
from .balances import fmt_money
from .evaluation import evaluate_promise_in
from .schedules import CENT, ZERO, ScheduleError, add_months, plan_dates, split_by_instalment, split_evenly

OPEN_STATUSES = (PromiseStatus.PENDING_APPROVAL, PromiseStatus.ACTIVE)


@dataclasses.dataclass(frozen=True)
class PromiseRequest:
    """What the collector agreed with the consumer.

    - single: ``amount`` on ``first_due``.
    - plan: ``total`` (default: the whole balance) in ``count`` instalments or at ``per_instalment`` each,
      ``frequency`` weekly/biweekly/monthly from ``first_due``; or ``frequency=custom`` with ``dates`` (and
      optionally ``amounts``, which must sum to the total; otherwise the total is split evenly).
    - settlement: ``amount`` settles the whole balance at a discount, paid on ``first_due`` or, with
      ``count``/``dates``, in instalments.
    """

    account_id: uuid.UUID
    kind: PromiseKind
    first_due: dt.date | None = None
    amount: Decimal | None = None
    frequency: PlanFrequency | None = None
    total: Decimal | None = None
    count: int | None = None
    per_instalment: Decimal | None = None
    dates: tuple[dt.date, ...] = ()
    amounts: tuple[Decimal, ...] | None = None
    method: PaymentMethod | None = None
    contact_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    note: str | None = None
    today: dt.date | None = None  # the consumer's today; defaults to the UTC date
    replaces_id: uuid.UUID | None = None  # a change: this open promise is cancelled in the same transaction


# Past these a date is a slip of the keyboard, not a plan: refused, never sent for approval.
FIRST_PAYMENT_WITHIN = dt.timedelta(days=366)
LAST_PAYMENT_WITHIN_YEARS = 5


@dataclasses.dataclass(frozen=True)
class ScheduleLine:
    seq: int
    due_date: dt.date
    amount: Decimal


@dataclasses.dataclass(frozen=True)
class PromiseQuote:
    """The schedule a request makes and what the client's rules say about it (the dialog's live preview)."""

    kind: PromiseKind
    total: Decimal
    balance: Decimal
    lines: tuple[ScheduleLine, ...]
    discount_pct: Decimal | None
    approval_reasons: tuple[str, ...]

    @property
    def needs_approval(self) -> bool:
        return bool(self.approval_reasons)


# --- building a schedule ----------------------------------------------------------------------------------


def _money(value: Decimal | str | int | None, what: str) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = to_money(value)
    except MoneyError as exc:
        raise ServiceError(f"The {what} is not a valid amount: {exc}") from exc
    if amount <= ZERO:
        raise ServiceError(f"The {what} must be more than zero.")
    return amount


def quote(session: Session, request: PromiseRequest, account: Account | None = None) -> PromiseQuote:
    """Build the schedule for a request and check it against the balance and the client's rules.

    Raises ServiceError for amounts or dates that do not add up; returns the reasons a supervisor must
    approve it when it is beyond the client's caps.
    """
    account = account or session.get(Account, request.account_id)
    if account is None:
        raise ServiceError("That account does not exist.")
    client = account.client
    cur = account.currency
    balance = account.balance
    today = request.today or utcnow().date()
    if balance <= ZERO:
        raise ServiceError(f"Account {account.client_account_number} has no balance to promise.")
    kind = PromiseKind(request.kind)
    discount_pct: Decimal | None = None
    try:
        if kind == PromiseKind.SINGLE:
            amount = _money(request.amount, "promised amount")
            if amount is None or request.first_due is None:
                raise ServiceError("A promise to pay needs an amount and a date.")
            if amount > balance:
                raise ServiceError(f"The promised amount {fmt_money(amount, cur)} is more than the balance "
                                   f"{fmt_money(balance, cur)}.")
            total = amount
            dates, amounts = [request.first_due], [amount]
        elif kind == PromiseKind.PLAN:
            total = _money(request.total, "plan total") or balance
            if total > balance:
                raise ServiceError(f"The plan total {fmt_money(total, cur)} is more than the balance "
                                   f"{fmt_money(balance, cur)}; a plan cannot collect more than is owed.")
            dates, amounts = _plan_lines(request, total, cur)
        elif kind == PromiseKind.SETTLEMENT:
            amount = _money(request.amount, "settlement amount")
            if amount is None:
                raise ServiceError("A settlement needs the amount that settles the balance.")
            if amount >= balance:
                raise ServiceError(f"A settlement must be less than the balance {fmt_money(balance, cur)}; "
                                   f"{fmt_money(amount, cur)} is not a discount. Take a promise or a plan instead.")
            total = amount
            discount_pct = ((balance - amount) / balance * 100).quantize(CENT)
            if request.count or request.dates:
                dates, amounts = _plan_lines(request, total, cur)
            else:
                if request.first_due is None:
                    raise ServiceError("A settlement needs the date it will be paid.")
                dates, amounts = [request.first_due], [amount]
        else:  # pragma: no cover - closed enum
            raise ServiceError(f"Unknown kind of promise {request.kind}")
    except ScheduleError as exc:
        raise ServiceError(str(exc)) from exc
    if sum(amounts, ZERO) != total:  # the splitting functions guarantee it; never store a schedule that does not
        raise ServiceError("The instalments do not add up to the total.")
    if dates[0] < today:
        raise ServiceError(f"The first payment date {dates[0]:%b %d, %Y} is in the past.")
    if dates[0] > today + FIRST_PAYMENT_WITHIN:
        raise ServiceError(f"The first payment date {dates[0]:%b %d, %Y} is more than a year away: check the date.")
    if dates[-1] > add_months(today, 12 * LAST_PAYMENT_WITHIN_YEARS):
        raise ServiceError(f"The last payment date {dates[-1]:%b %d, %Y} is more than {LAST_PAYMENT_WITHIN_YEARS} "
                           "years away: no plan runs that long, check the dates.")
    if any(b <= a for a, b in zip(dates, dates[1:])):
        raise ServiceError("Instalment dates must be in order, one per day at most.")

    reasons: list[str] = []
    lines = tuple(ScheduleLine(i + 1, d, a) for i, (d, a) in enumerate(zip(dates, amounts)))
    clears = total == balance or kind == PromiseKind.SETTLEMENT
    small = [ln for ln in lines if ln.amount < client.min_instalment
             and not (ln.seq == len(lines) and (len(lines) > 1 or clears))]
    if small:
        reasons.append(f"Instalment of {fmt_money(small[0].amount, cur)} is below the client's minimum of "
                       f"{fmt_money(client.min_instalment, cur)}.")
    if discount_pct is not None and discount_pct > client.max_settlement_discount_pct:
        floor = (balance * (100 - client.max_settlement_discount_pct) / 100).quantize(CENT)
        reasons.append(f"Settlement discount of {discount_pct}% is more than the client's maximum of "
                       f"{client.max_settlement_discount_pct}% (the floor is {fmt_money(floor, cur)}).")
    longest = add_months(today, client.max_plan_months)
    if dates[-1] > longest:
        reasons.append(f"The last payment on {dates[-1]:%b %d, %Y} is beyond the client's longest plan of "
                       f"{client.max_plan_months} months ({longest:%b %d, %Y}).")
    return PromiseQuote(kind, total, balance, lines, discount_pct, tuple(reasons))


def _plan_lines(request: PromiseRequest, total: Decimal, cur: str) -> tuple[list[dt.date], list[Decimal]]:
    per = _money(request.per_instalment, "amount per instalment")
    if request.frequency == PlanFrequency.CUSTOM or (request.dates and request.frequency is None):
        dates = sorted(request.dates)
        if not dates:
            raise ServiceError("A plan with dates chosen by hand needs at least one date.")
        if len(set(dates)) != len(dates):
            raise ServiceError("Two instalments fall on the same date.")
        if request.amounts is not None:
            amounts = [_money(a, "instalment amount") for a in request.amounts]
            if len(amounts) != len(dates):
                raise ServiceError(f"{len(dates)} dates but {len(amounts)} amounts were given.")
            given = sum(amounts, ZERO)  # type: ignore[arg-type]
            if given != total:
                raise ServiceError(f"The instalments add up to {fmt_money(given, cur)}, not the total "
                                   f"{fmt_money(total, cur)}; the difference is {fmt_money(total - given, cur)}.")
            order = sorted(range(len(dates)), key=lambda i: request.dates[i])
            return [request.dates[i] for i in order], [amounts[i] for i in order]  # type: ignore[misc]
        return dates, split_evenly(total, len(dates))
    if request.frequency is None or request.first_due is None:
        raise ServiceError("A plan needs a frequency (weekly, every two weeks, monthly) and a first payment date.")
    if per is not None:
        amounts = split_by_instalment(total, per)
    elif request.count:
        amounts = split_evenly(total, int(request.count))
    else:
        raise ServiceError("A plan needs either a number of instalments or an amount per instalment.")
    return plan_dates(PlanFrequency(request.frequency), request.first_due, len(amounts)), amounts


# --- taking, approving, rejecting, cancelling ------------------------------------------------------------


def _snapshot(promise: Promise) -> dict:
    return {"status": promise.status, "kind": promise.kind, "total": promise.total_amount,
            "instalments": len(promise.instalments)}


def _refuse_second_promise(session: Session, account: Account, replaces_id: uuid.UUID | None = None) -> None:
    found = sa.select(Promise).where(Promise.account_id == account.id, Promise.status.in_(OPEN_STATUSES))
    if replaces_id is not None:
        found = found.where(Promise.id != replaces_id)
    open_promise = session.scalar(found.limit(1))
    if open_promise is not None:
        state = "waiting for approval" if open_promise.status == PromiseStatus.PENDING_APPROVAL else "active"
        raise ServiceError(f"Account {account.client_account_number} already has a promise {state} "
                           f"({fmt_money(open_promise.total_amount, account.currency)}); cancel it before taking another.")


def _replaced(session: Session, actor: Actor, account: Account, promise_id: uuid.UUID | None) -> Promise | None:
    """A change of arrangement: the open promise it replaces is cancelled (the new one is taken in the same
    transaction, so a refused new one leaves the old one as it was)."""
    if promise_id is None:
        return None
    old = session.get(Promise, promise_id, with_for_update=True)
    if old is None or old.account_id != account.id:
        raise ServiceError("The promise to change is not on this account.")
    if old.status not in OPEN_STATUSES:
        raise ServiceError(f"The promise to change is already {old.status.value.replace('_', ' ')}.")
    before = _snapshot(old)
    old.status, old.cancelled_at = PromiseStatus.CANCELLED, utcnow()
    session.flush()
    audit.record(session, actor, "promise.cancelled", "promise", old.id, account_id=account.id, before=before,
                 after=_snapshot(old), reason="changed: replaced by a new arrangement")
    return old


def take_promise_in(session: Session, actor: Actor, request: PromiseRequest) -> Promise:
    account = access.require_account(session, actor, request.account_id, action="take a promise on", write=True,
                                     lock=True)
    _refuse_second_promise(session, account, request.replaces_id)
    replaced = _replaced(session, actor, account, request.replaces_id)
    if request.contact_id is not None and session.get(ContactAttempt, request.contact_id) is None:
        raise ServiceError("The contact this promise was taken on does not exist.")
    q = quote(session, request, account)
    now = utcnow()
    self_approved = q.needs_approval and actor.is_supervisor
    status = PromiseStatus.PENDING_APPROVAL if q.needs_approval and not self_approved else PromiseStatus.ACTIVE
    frequency = request.frequency
    if q.kind == PromiseKind.PLAN and frequency is None:
        frequency = PlanFrequency.CUSTOM
    promise = Promise(
        account_id=account.id, person_id=request.person_id or consumer_id(session, account.id),
        taken_by=actor.user_id, taken_at=now, contact_id=request.contact_id, kind=q.kind,
        frequency=frequency if len(q.lines) > 1 or q.kind == PromiseKind.PLAN else None,
        total_amount=q.total, settles_balance=q.balance if q.kind == PromiseKind.SETTLEMENT else None,
        discount_pct=q.discount_pct, method=request.method, status=status,
        approval_reasons="\n".join(q.approval_reasons) or None,
        approved_by=actor.user_id if self_approved else None, approved_at=now if self_approved else None,
        note=request.note,
    )
    promise.instalments = [Instalment(account_id=account.id, seq=ln.seq, due_date=ln.due_date, amount=ln.amount,
                                      paid_amount=ZERO, state=InstalmentState.DUE) for ln in q.lines]
    session.add(promise)
    session.flush()
    refresh_queue_fields(session, account.id, now)
    audit.record(session, actor, "promise.taken", "promise", promise.id, account_id=account.id,
                 after={**_snapshot(promise), "first_due": q.lines[0].due_date, "last_due": q.lines[-1].due_date,
                        "method": request.method, "contact_id": request.contact_id, "replaces": request.replaces_id,
                        "discount_pct": q.discount_pct, "approval_reasons": list(q.approval_reasons)},
                 reason="beyond the client's rules: approved by the supervisor who took it" if self_approved else None)
    return promise


def take_promise(session_factory, actor: Actor, request: PromiseRequest) -> Promise:
    """Record a promise and its schedule; beyond the client's caps it waits for a supervisor."""
    with session_factory() as s, s.begin():
        promise = take_promise_in(s, actor, request)
        promise.instalments  # loaded for the caller
    return promise


def preview(session_factory, actor: Actor, request: PromiseRequest) -> PromiseQuote:
    """The schedule and the approval reasons, without writing anything (the dialog's live preview)."""
    with session_factory() as s:
        account = access.require_account(s, actor, request.account_id, action="take a promise on")
        _refuse_second_promise(s, account, request.replaces_id)
        return quote(s, request, account)


def _decide(session_factory, supervisor: Actor, promise_id: uuid.UUID, approve: bool, reason: str | None) -> Promise:
    supervisor.require_to(Capability.APPROVE_PROMISES)
    if not approve and not (reason and reason.strip()):
        raise ServiceError("Say why the promise is rejected; the collector sees the reason.")
    with session_factory() as s, s.begin():
        promise = s.get(Promise, promise_id, with_for_update=True)
        if promise is None:
            raise ServiceError("That promise does not exist.")
        access.require_account(s, supervisor, promise.account_id,
                               action="approve or reject the promises of", write=True)
        if promise.status != PromiseStatus.PENDING_APPROVAL:
            raise ServiceError(f"This promise is {promise.status.value.replace('_', ' ')}, not waiting for approval.")
        if promise.taken_by == supervisor.user_id and not supervisor.is_admin:
            raise PermissionDenied("A supervisor may not approve a promise they took themselves.")
        before = _snapshot(promise)
        now = utcnow()
        promise.status = PromiseStatus.ACTIVE if approve else PromiseStatus.REJECTED
        promise.approved_by = supervisor.user_id
        promise.approved_at = now
        if not approve:
            promise.cancelled_at = now
        s.flush()
        if approve:
            # An instalment that fell due while it waited is judged like any other.
            evaluate_promise_in(s, supervisor, promise, now=now, audit_change=False)
        refresh_queue_fields(s, promise.account_id, now)
        audit.record(s, supervisor, "promise.approved" if approve else "promise.rejected", "promise", promise.id,
                     account_id=promise.account_id, before=before, after=_snapshot(promise), reason=reason)
        promise.instalments
    return promise


def approve(session_factory, supervisor: Actor, promise_id: uuid.UUID, note: str | None = None) -> Promise:
    return _decide(session_factory, supervisor, promise_id, True, note)


def reject(session_factory, supervisor: Actor, promise_id: uuid.UUID, reason: str) -> Promise:
    return _decide(session_factory, supervisor, promise_id, False, reason)


def cancel(session_factory, actor: Actor, promise_id: uuid.UUID, reason: str) -> Promise:
    """Withdraw an open promise (the consumer changed the arrangement); the reason is kept in the audit."""
    if not (reason and reason.strip()):
        raise ServiceError("Say why the promise is cancelled.")
    with session_factory() as s, s.begin():
        promise = s.get(Promise, promise_id, with_for_update=True)
        if promise is None:
            raise ServiceError("That promise does not exist.")
        access.require_account(s, actor, promise.account_id, action="cancel the promises of", write=True)
        if promise.status not in OPEN_STATUSES:
            raise ServiceError(f"This promise is already {promise.status.value.replace('_', ' ')}.")
        before = _snapshot(promise)
        promise.status = PromiseStatus.CANCELLED
        promise.cancelled_at = utcnow()
        s.flush()
        refresh_queue_fields(s, promise.account_id)
        audit.record(s, actor, "promise.cancelled", "promise", promise.id, account_id=promise.account_id,
                     before=before, after=_snapshot(promise), reason=reason)
        promise.instalments
    return promise


@dataclasses.dataclass(frozen=True)
class PendingApproval:
    promise_id: uuid.UUID
    account_id: uuid.UUID
    account_number: str
    client: str                   # the client's code
    taken_by: str | None          # who took it (display name)
    taken_at: dt.datetime
    kind: PromiseKind
    total: Decimal
    discount_pct: Decimal | None
    balance: Decimal
    currency: str
    reasons: tuple[str, ...]


def pending_approvals(session_factory, supervisor: Actor) -> list[PendingApproval]:
    """The approval queue: promises waiting for a supervisor's decision on the accounts the supervisor may see
    (`access.visible_accounts`, the accounts whose promises they may approve), oldest first."""
    supervisor.require_to(Capability.APPROVE_PROMISES, "see the approval queue")
    taker = aliased(User)
    q = (sa.select(Promise, Account.client_account_number, Account.balance, Account.currency, Client.code,
                   taker.display_name)
         .join(Account, Account.id == Promise.account_id)
         .join(Client, Client.id == Account.client_id)
         .outerjoin(taker, taker.id == Promise.taken_by)
         .where(Promise.status == PromiseStatus.PENDING_APPROVAL, access.visible_accounts(supervisor))
         .order_by(Promise.taken_at, Promise.id))
    with session_factory() as s:
        return [PendingApproval(p.id, p.account_id, number, code, name, p.taken_at, p.kind, p.total_amount,
                                p.discount_pct, balance, currency, tuple((p.approval_reasons or "").splitlines()))
                for p, number, balance, currency, code, name in s.execute(q)]


def promises_of(session_factory, actor: Actor, account_id: uuid.UUID) -> Sequence[Promise]:
    """An account's promises, newest first, with their instalments loaded."""
    with session_factory() as s:
        access.require_account(s, actor, account_id, action="see the promises of")
        promises = s.scalars(sa.select(Promise).where(Promise.account_id == account_id)
                             .order_by(Promise.taken_at.desc())).all()
        for p in promises:
            p.instalments
        return promises


@dataclasses.dataclass(frozen=True)
class ArrangementContext:
    """What the promise and payment dialogs show about an account before anything is entered."""

    account_id: uuid.UUID
    account_number: str
    consumer: str
    client: str
    currency: str
    balance: Decimal
    min_instalment: Decimal
    max_settlement_discount_pct: Decimal
    max_plan_months: int
    grace_days: int
    open_promise: str | None  # e.g. "Plan $1,000.00, active, next $250.00 on Dec 1, 2026"
    open_promise_id: uuid.UUID | None


def arrangement_context(session_factory, actor: Actor, account_id: uuid.UUID) -> ArrangementContext:
    with session_factory() as s:
        account = access.require_account(s, actor, account_id, action="work")
        client = account.client
        person = account.consumer
        promise = s.scalar(sa.select(Promise).where(Promise.account_id == account_id,
                                                    Promise.status.in_(OPEN_STATUSES + (PromiseStatus.BROKEN,)))
                           .order_by(Promise.taken_at.desc()).limit(1))
        summary = None
        if promise is not None:
            nxt = next((i for i in promise.instalments if i.state == InstalmentState.DUE), None)
            summary = (f"{promise.kind.value.title()} {fmt_money(promise.total_amount, account.currency)}, "
                       f"{promise.status.value.replace('_', ' ')}"
                       + (f", next {fmt_money(nxt.amount - nxt.paid_amount, account.currency)} on {nxt.due_date:%b %d, %Y}"
                          if nxt else ""))
        return ArrangementContext(account.id, account.client_account_number, person.full_name if person else "",
                                  client.name, account.currency, account.balance, client.min_instalment,
                                  client.max_settlement_discount_pct, client.max_plan_months, client.grace_days,
                                  summary, promise.id if promise else None)
