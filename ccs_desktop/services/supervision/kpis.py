"""Key figures for a team, a collector, a client and a period, computed by SQL aggregates.

Definitions (docs/kpis.md says the same for supervisors):
- period: calendar days ``start``..``end`` inclusive, in UTC;
- attempts: contact attempts in the period whose result code counts as an attempt, all channels;
- right-party contacts: those whose result code counts as right-party (RPC, PTP, RTP, DSP);
- right-party contact rate = right-party contacts / attempts;
- promises: promises taken in the period, except those a supervisor rejected;
- promise rate = promises / right-party contacts;
- promise kept rate = kept / (kept + broken), over the period's promises that have an outcome;
- amount collected: net payments (reversals subtract) dated in the period;
- liquidation rate = amount collected / placed balance of the accounts in scope placed by the period's end;
- dispute cycle time: mean days from receipt to resolution of the disputes resolved in the period;
- contacts blocked: refusals by the guardrails in the period (audit events ``contact.refused``), and per rule.

Who counts: attempts, refusals and promises go to the user who made them; payments, placed balances and
disputes go to the collector the account is assigned to now. A supervisor's figures cover the users they answer
for (`access.answered_for`: themselves and the members of the teams they supervise), optionally one of those
teams or one collector; an admin's cover everyone. A client scope keeps the client's accounts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (Account, AuditEvent, ContactAttempt, Dispute, Override, Payment, Promise, ResultCode, Team,
                      User)
from ...models.enums import PromiseStatus, Role
from .. import access
from ..context import Actor, PermissionDenied, ServiceError
from .common import REFUSED_ACTION, SUPERVISORS

UTC = dt.timezone.utc
ZERO = Decimal("0.00")
HUNDREDTH = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class KpiScope:
    start: dt.date
    end: dt.date                          # inclusive
    team_id: uuid.UUID | None = None
    collector_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = None

    @property
    def since(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time(), tzinfo=UTC)

    @property
    def until(self) -> dt.datetime:
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), tzinfo=UTC)


@dataclasses.dataclass(frozen=True)
class Kpis:
    scope: KpiScope
    attempts: int
    right_party_contacts: int
    right_party_rate: Decimal | None       # percent
    promises: int
    promise_rate: Decimal | None
    promises_kept: int
    promises_broken: int
    promise_kept_rate: Decimal | None
    collected: dict[str, Decimal]          # by currency: the portfolio mixes USD and CAD, never added together
    placed: dict[str, Decimal]             # by currency
    liquidation_rate: Decimal | None       # percent, when one currency is in scope (else see liquidation_by_currency)
    disputes_resolved: int
    dispute_cycle_days: Decimal | None
    blocked_contacts: int
    blocked_by_rule: dict[str, int]
    overrides: int
    overrides_by_rule: dict[str, int]
    liquidation_by_currency: dict[str, Decimal | None] = dataclasses.field(default_factory=dict)


def money_text(amounts: dict[str, Decimal]) -> str:
    """Amounts by currency, each with its code: "USD 1,200.00 · CAD 310.50" (never one sum of both)."""
    if not amounts:
        return "0.00"
    return " · ".join(f"{cur} {amount:,.2f}" for cur, amount in sorted(amounts.items()))


def pct(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(HUNDREDTH)


@dataclasses.dataclass(frozen=True)
class _Scoped:
    """A scope checked against the actor, with the users the actor answers for (None: everyone)."""

    scope: KpiScope
    answered: Any


def _scoped(session: Session, actor: Actor, scope: KpiScope) -> _Scoped:
    actor.require(*SUPERVISORS, action="see the KPIs")
    if scope.end < scope.start:
        raise ServiceError("the KPI period ends before it starts")
    supervised = access.supervised_teams(actor)
    if scope.team_id is not None and supervised is not None and scope.team_id not in set(session.scalars(supervised)):
        raise PermissionDenied(f"{actor.username} may see only the KPIs of the teams they supervise")
    if scope.collector_id is not None:
        access.require_answers_for(session, actor, scope.collector_id, "see that collector's KPIs")
    return _Scoped(scope, access.answered_for(actor))


def _user_pred(column: Any, scope: KpiScope, answered: Any = None) -> list[Any]:
    preds = [] if answered is None else [column.in_(answered)]
    if scope.collector_id is not None:
        preds.append(column == scope.collector_id)
    if scope.team_id is not None:
        preds.append(column.in_(sa.select(User.id).where(User.team_id == scope.team_id)))
    return preds


def _account_pred(scope: KpiScope, answered: Any = None) -> list[Any]:
    """The accounts in scope: of the client, assigned to the users in scope (a subset of the accounts the actor
    may see: unassigned accounts count for nobody)."""
    preds = []
    if scope.client_id is not None:
        preds.append(Account.client_id == scope.client_id)
    return preds + _user_pred(Account.assigned_to, scope, answered)


def _client_pred(account_column: Any, scope: KpiScope) -> list[Any]:
    """Rows about the client's accounts (no join when no client is chosen)."""
    if scope.client_id is None:
        return []
    return [account_column.in_(sa.select(Account.id).where(Account.client_id == scope.client_id))]


def _days_between(session: Session, start: Any, end: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return sa.extract("epoch", end - start) / 86400.0
    return sa.func.julianday(end) - sa.func.julianday(start)


def _rules_of(session: Session) -> tuple[Any, Any]:
    """A table of the refusal's reasons and the rule id in each (JSON array expansion per backend)."""
    if session.get_bind().dialect.name == "postgresql":
        elems = sa.func.jsonb_array_elements(AuditEvent.after["reasons"]).table_valued("value").alias("reason")
        return elems, sa.func.jsonb_extract_path_text(elems.c.value, "rule")
    elems = sa.func.json_each(AuditEvent.after, "$.reasons").table_valued("value").alias("reason")
    return elems, sa.func.json_extract(elems.c.value, "$.rule")


def compute(session_factory: Callable[[], Session], actor: Actor, scope: KpiScope) -> Kpis:
    with session_factory() as s:
        checked = _scoped(s, actor, scope)
        return compute_in(s, checked.scope, checked.answered)


def compute_in(s: Session, scope: KpiScope, answered: Any = None) -> Kpis:
    """The figures of a scope; `answered` (a SELECT of user ids, `access.answered_for`) limits them to those users."""
    since, until = scope.since, scope.until
    one = sa.literal(1)
    attempts_q = (
        sa.select(sa.func.count(),
                  sa.func.coalesce(sa.func.sum(sa.case((ResultCode.counts_as_right_party.is_(True), one), else_=0)), 0))
        .select_from(ContactAttempt)
        .join(ResultCode, ResultCode.code == ContactAttempt.result_code)
        .where(ContactAttempt.at >= since, ContactAttempt.at < until, ResultCode.counts_as_attempt.is_(True),
               *_user_pred(ContactAttempt.user_id, scope, answered), *_client_pred(ContactAttempt.account_id, scope))
    )
    attempts, rpc = s.execute(attempts_q).one()

    promises_q = (
        sa.select(sa.func.count(),
                  sa.func.coalesce(sa.func.sum(sa.case((Promise.status == PromiseStatus.KEPT, one), else_=0)), 0),
                  sa.func.coalesce(sa.func.sum(sa.case((Promise.status == PromiseStatus.BROKEN, one), else_=0)), 0))
        .select_from(Promise)
        .where(Promise.taken_at >= since, Promise.taken_at < until, Promise.status != PromiseStatus.REJECTED,
               *_user_pred(Promise.taken_by, scope, answered), *_client_pred(Promise.account_id, scope))
    )
    promises, kept, broken = s.execute(promises_q).one()

    collected = {cur: amount for cur, amount in s.execute(
        sa.select(Account.currency, sa.func.sum(Payment.amount))
        .select_from(Payment).join(Account, Account.id == Payment.account_id)
        .where(Payment.paid_on >= scope.start, Payment.paid_on <= scope.end, *_account_pred(scope, answered))
        .group_by(Account.currency)) if amount}
    placed = {cur: amount for cur, amount in s.execute(
        sa.select(Account.currency, sa.func.sum(Account.placed_balance))
        .where(sa.or_(Account.placed_on.is_(None), Account.placed_on <= scope.end), *_account_pred(scope, answered))
        .group_by(Account.currency)) if amount}
    liquidation = {cur: pct(collected.get(cur, ZERO), placed.get(cur, ZERO)) for cur in sorted({*collected, *placed})}

    disputes, cycle = s.execute(
        sa.select(sa.func.count(), sa.func.avg(_days_between(s, Dispute.received_at, Dispute.resolved_at)))
        .select_from(Dispute).join(Account, Account.id == Dispute.account_id)
        .where(Dispute.resolved_at >= since, Dispute.resolved_at < until, *_account_pred(scope, answered))
    ).one()

    refusal_preds = [AuditEvent.action == REFUSED_ACTION, AuditEvent.at >= since, AuditEvent.at < until,
                     *_user_pred(AuditEvent.user_id, scope, answered), *_client_pred(AuditEvent.account_id, scope)]
    blocked = s.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(*refusal_preds)) or 0
    elems, rule = _rules_of(s)
    by_rule = {str(r): n for r, n in s.execute(
        sa.select(rule, sa.func.count(sa.distinct(AuditEvent.id))).select_from(AuditEvent)
        .join(elems, sa.true())
        .where(*refusal_preds).group_by(rule).order_by(sa.func.count(sa.distinct(AuditEvent.id)).desc(), rule))}

    override_rules: Counter[str] = Counter()
    overrides = 0
    override_users = _user_pred(Override.collector_id, scope, answered)
    for rules in s.scalars(sa.select(Override.rules)
                           .where(Override.at >= since, Override.at < until, *override_users,
                                  *_client_pred(Override.account_id, scope))):
        overrides += 1
        override_rules.update(str(r) for r in rules or ())

    cycle_days = Decimal(str(round(float(cycle), 2))).quantize(HUNDREDTH) if cycle is not None else None
    return Kpis(
        scope=scope, attempts=attempts, right_party_contacts=int(rpc), right_party_rate=pct(rpc, attempts),
        promises=promises, promise_rate=pct(promises, rpc), promises_kept=int(kept), promises_broken=int(broken),
        promise_kept_rate=pct(kept, int(kept) + int(broken)), collected=collected, placed=placed,
        liquidation_rate=next(iter(liquidation.values())) if len(liquidation) == 1 else None,
        liquidation_by_currency=liquidation, disputes_resolved=disputes, dispute_cycle_days=cycle_days,
        blocked_contacts=blocked, blocked_by_rule=by_rule, overrides=overrides,
        overrides_by_rule=dict(sorted(override_rules.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


@dataclasses.dataclass(frozen=True)
class DayFigures:
    day: dt.date
    attempts: int
    right_party_contacts: int
    collected: dict[str, Decimal]   # by currency
    partial: bool = False           # the day is still going on: its figures are so far, not the day's


def _day_of(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return sa.cast(sa.func.timezone("UTC", column), sa.Date)
    return sa.func.date(column)


def daily(session_factory: Callable[[], Session], actor: Actor, scope: KpiScope,
          now: dt.datetime | None = None) -> list[DayFigures]:
    """Attempts, right-party contacts and money collected (by currency) per UTC day of the period (every day,
    zeros included); today, still going on, is marked partial."""
    if (scope.end - scope.start).days > 366:
        raise ServiceError("a daily chart covers at most a year")
    with session_factory() as s:
        checked = _scoped(s, actor, scope)
        answered = checked.answered
        day = _day_of(s, ContactAttempt.at).label("day")
        contact_rows = s.execute(
            sa.select(day, sa.func.count(),
                      sa.func.sum(sa.case((ResultCode.counts_as_right_party.is_(True), sa.literal(1)), else_=0)))
            .select_from(ContactAttempt)
            .join(ResultCode, ResultCode.code == ContactAttempt.result_code)
            .where(ContactAttempt.at >= scope.since, ContactAttempt.at < scope.until,
                   ResultCode.counts_as_attempt.is_(True),
                   *_user_pred(ContactAttempt.user_id, scope, answered),
                   *_client_pred(ContactAttempt.account_id, scope))
            .group_by(day)).all()
        money_rows = s.execute(
            sa.select(Payment.paid_on, Account.currency, sa.func.sum(Payment.amount))
            .join(Account, Account.id == Payment.account_id)
            .where(Payment.paid_on >= scope.start, Payment.paid_on <= scope.end, *_account_pred(scope, answered))
            .group_by(Payment.paid_on, Account.currency)).all()
    contacts = {_as_date(d): (int(n), int(r or 0)) for d, n, r in contact_rows}
    money: dict[dt.date, dict[str, Decimal]] = {}
    for d, cur, m in money_rows:
        if m:
            money.setdefault(_as_date(d), {})[cur] = m
    today = (now or dt.datetime.now(UTC)).astimezone(UTC).date()
    out = []
    day_ = scope.start
    while day_ <= scope.end:
        n, r = contacts.get(day_, (0, 0))
        out.append(DayFigures(day_, n, r, money.get(day_, {}), partial=day_ == today))
        day_ += dt.timedelta(days=1)
    return out


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def by_collector(session_factory: Callable[[], Session], actor: Actor, scope: KpiScope) -> list[tuple[str, Kpis]]:
    """The period's figures for each collector in scope (the users the actor answers for, a team or one), by name."""
    with session_factory() as s:
        answered = _scoped(s, actor, scope).answered
        q = sa.select(User.id, User.display_name).where(User.role == Role.COLLECTOR).order_by(User.display_name)
        if answered is not None:
            q = q.where(User.id.in_(answered))
        if scope.team_id is not None:
            q = q.where(User.team_id == scope.team_id)
        if scope.collector_id is not None:
            q = q.where(User.id == scope.collector_id)
        people = s.execute(q).all()
        return [(name, compute_in(s, dataclasses.replace(scope, collector_id=uid), answered)) for uid, name in people]


def teams(session_factory: Callable[[], Session], actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """The teams whose KPIs the actor may pick: the ones they supervise (every team, for an admin)."""
    actor.require(*SUPERVISORS, action="see the KPIs")
    with session_factory() as s:
        q = sa.select(Team.id, Team.name).order_by(Team.name)
        supervised = access.supervised_teams(actor)
        if supervised is not None:
            q = q.where(Team.id.in_(supervised))
        return [(r[0], r[1]) for r in s.execute(q)]
