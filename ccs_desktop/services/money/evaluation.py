"""Kept and broken promises: each instalment judged against the payments made towards its promise.

Posting or reversing a payment re-judges its promise at once (`evaluate_promise_in`, in the payment's
transaction), and so does a supervisor's approval of a promise. The nightly `evaluate_due` judges every
instalment whose grace period has ended, in set-sized batches, and puts accounts with a broken promise back at
the top of the queue. Both judge with the same pure rules (`schedules.evaluate_schedule`). A settlement kept in
full writes off the rest of the balance and settles the account.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, BalanceTransaction, Client, Dispute, Instalment, Payment, Promise, utcnow
from ...models.enums import AccountStatus, DisputeStatus, InstalmentState, PromiseKind, PromiseStatus, TransactionKind
from .. import audit
from ..accounts.queue_fields import refresh_queue_fields, score_weights
from ..accounts.scoring import ScoreInputs, score
from ..context import SYSTEM, Actor
from .balances import COMPONENTS, apply_change, fmt_money
from .schedules import ZERO, InstalmentFacts, evaluate_schedule


def _today() -> dt.date:
    return utcnow().date()


def _settle(session: Session, actor: Actor, promise: Promise, now: dt.datetime) -> None:
    """A settlement paid in full: the rest of the balance is written off and the account is settled."""
    account = session.get(Account, promise.account_id)
    if account.status != AccountStatus.OPEN or account.balance <= ZERO:
        return
    change = {c: -getattr(account, c) for c in COMPONENTS}
    session.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.SETTLEMENT_WRITE_OFF, at=now,
                                   effective_on=now.date(), posted_by=actor.user_id,
                                   memo=f"Settled for {fmt_money(promise.total_amount, account.currency)}", **change))
    apply_change(account, change)
    account.status, account.closed_at, account.close_reason = AccountStatus.SETTLED, now, "settled in full"


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
