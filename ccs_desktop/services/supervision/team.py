"""Supervision: the team's call log, reviews and feedback, overrides, approvals, assignments, audit.

Every function here is for supervisors and admins (collectors get PermissionDenied), except the two a
collector uses to read and acknowledge the feedback on their own calls. A supervisor with a team sees the
attempts of that team's users; an admin (or a supervisor without a team) sees everyone's.

The call log pages by key, newest first: ``(at, id) < (last at, last id)``, never OFFSET, so the tenth
thousandth page costs what the first does. Refused attempts are not contact attempts: the contact service
writes them as audit events ``contact.refused``; the "blocked" filter lists those instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import (
    Account,
    AccountParty,
    Address,
    AuditEvent,
    Client,
    ContactAttempt,
    ContactReview,
    Override,
    Person,
    Promise,
    ResultCode,
    ReviewChecklistItem,
    User,
    new_id,
    to_money,
    utcnow,
)
from ...models.enums import AccountStatus, Channel, PartyRole, PromiseStatus, Role
from .. import audit
from ..context import Actor, Changes, PermissionDenied, ServiceError

SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)
REFUSED_ACTION = "contact.refused"
PAGE = 200
MAX_PAGE = 5000


def _require_supervisor(actor: Actor, action: str) -> None:
    actor.require(*SUPERVISORS, action=action)


def _team_user_ids(actor: Actor) -> sa.Select[Any] | None:
    """The users whose work this actor supervises (None: everyone)."""
    if actor.role == Role.SUPERVISOR and actor.team_id is not None:
        return sa.select(User.id).where(User.team_id == actor.team_id)
    return None


def _name(first: str | None, last: str | None, business: str | None) -> str:
    return business or " ".join(p for p in (first, last) if p) or "(unknown)"


# --- the call log ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CallLogFilter:
    """What the call log shows. Dates are aware instants; ``date_to`` is exclusive."""

    collector_ids: tuple[uuid.UUID, ...] = ()
    date_from: dt.datetime | None = None
    date_to: dt.datetime | None = None
    channels: tuple[Channel, ...] = ()
    result_codes: tuple[str, ...] = ()
    client_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    account_number: str | None = None   # the client's account number, exactly
    blocked: bool = False          # refused attempts (audit events) instead of recorded ones
    overrides_only: bool = False   # attempts made under a supervisor's override
    not_reviewed: bool = False     # attempts nobody has reviewed yet

    def __post_init__(self) -> None:
        for value in (self.date_from, self.date_to):
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise ServiceError("the call-log date range needs timezone-aware times")
        if self.date_from and self.date_to and self.date_from >= self.date_to:
            raise ServiceError("the call-log date range ends before it starts")


@dataclasses.dataclass(frozen=True)
class CallLogRow:
    id: uuid.UUID                 # the attempt's id, or the refusal's audit event id
    kind: str                     # "attempt" or "refused"
    at: dt.datetime
    collector: str
    collector_id: uuid.UUID | None
    account_id: uuid.UUID
    account_number: str
    client: str
    consumer: str
    channel: str
    direction: str
    result: str                   # result code, or the refusal's rule codes
    outcome: str
    destination: str | None       # phone number or email address
    override_id: uuid.UUID | None
    reviewed: bool
    score: int | None
    max_score: int | None
    rule_pack_version: str | None


CallLogKey = tuple[dt.datetime, uuid.UUID]


def _latest_review_column(column: Any) -> Any:
    """One field of the attempt's latest review (a correlated lookup on the review's contact index)."""
    return (sa.select(column).where(ContactReview.contact_id == ContactAttempt.id)
            .order_by(ContactReview.at.desc(), ContactReview.id.desc()).limit(1).scalar_subquery())


def _attempt_query(actor: Actor, flt: CallLogFilter) -> sa.Select[Any]:
    collector = aliased(User)
    q = (
        sa.select(ContactAttempt.id, ContactAttempt.at, ContactAttempt.user_id, collector.display_name,
                  ContactAttempt.account_id, Account.client_account_number, Client.code.label("client_code"),
                  Person.first_name, Person.last_name, Person.business_name, ContactAttempt.channel,
                  ContactAttempt.direction, ContactAttempt.result_code, ContactAttempt.outcome,
                  ContactAttempt.phone_e164, ContactAttempt.email_address, ContactAttempt.override_id,
                  ContactAttempt.rule_pack_version, _latest_review_column(ContactReview.score).label("score"),
                  _latest_review_column(ContactReview.max_score).label("max_score"))
        .join(Account, Account.id == ContactAttempt.account_id)
        .join(Client, Client.id == Account.client_id)
        .join(Person, Person.id == ContactAttempt.person_id)
        .outerjoin(collector, collector.id == ContactAttempt.user_id)
    )
    team = _team_user_ids(actor)
    if team is not None:
        q = q.where(ContactAttempt.user_id.in_(team))
    if flt.collector_ids:
        q = q.where(ContactAttempt.user_id.in_(flt.collector_ids))
    if flt.date_from is not None:
        q = q.where(ContactAttempt.at >= flt.date_from)
    if flt.date_to is not None:
        q = q.where(ContactAttempt.at < flt.date_to)
    if flt.channels:
        q = q.where(ContactAttempt.channel.in_([Channel(c) for c in flt.channels]))
    if flt.result_codes:
        q = q.where(ContactAttempt.result_code.in_(flt.result_codes))
    if flt.client_id is not None:
        q = q.where(Account.client_id == flt.client_id)
    if flt.account_id is not None:
        q = q.where(ContactAttempt.account_id == flt.account_id)
    if flt.account_number:
        q = q.where(Account.client_account_number == flt.account_number.strip())
    if flt.overrides_only:
        q = q.where(ContactAttempt.override_id.is_not(None))
    if flt.not_reviewed:
        q = q.where(~sa.exists().where(ContactReview.contact_id == ContactAttempt.id))
    return q


def _refusal_query(actor: Actor, flt: CallLogFilter) -> sa.Select[Any]:
    collector = aliased(User)
    q = (
        sa.select(AuditEvent.id, AuditEvent.at, AuditEvent.user_id, collector.display_name, AuditEvent.account_id,
                  Account.client_account_number, Client.code.label("client_code"), AuditEvent.after)
        .join(Account, Account.id == AuditEvent.account_id)
        .join(Client, Client.id == Account.client_id)
        .outerjoin(collector, collector.id == AuditEvent.user_id)
        .where(AuditEvent.action == REFUSED_ACTION)
    )
    team = _team_user_ids(actor)
    if team is not None:
        q = q.where(AuditEvent.user_id.in_(team))
    if flt.collector_ids:
        q = q.where(AuditEvent.user_id.in_(flt.collector_ids))
    if flt.date_from is not None:
        q = q.where(AuditEvent.at >= flt.date_from)
    if flt.date_to is not None:
        q = q.where(AuditEvent.at < flt.date_to)
    if flt.channels:
        q = q.where(AuditEvent.after["channel"].as_string().in_([str(Channel(c)) for c in flt.channels]))
    if flt.client_id is not None:
        q = q.where(Account.client_id == flt.client_id)
    if flt.account_id is not None:
        q = q.where(AuditEvent.account_id == flt.account_id)
    if flt.account_number:
        q = q.where(Account.client_account_number == flt.account_number.strip())
    return q


def call_log_page(session_factory: Callable[[], Session], actor: Actor, flt: CallLogFilter | None = None,
                  after: CallLogKey | None = None, limit: int = PAGE) -> list[CallLogRow]:
    """The next `limit` rows of the call log, newest first, after the key (at, id) of the last row seen."""
    _require_supervisor(actor, "read the team's call log")
    flt = flt or CallLogFilter()
    if not 1 <= limit <= MAX_PAGE:
        raise ServiceError(f"a call-log page holds 1 to {MAX_PAGE} rows")
    with session_factory() as s:
        return call_log_page_in(s, actor, flt, after, limit)


def call_log_page_in(session: Session, actor: Actor, flt: CallLogFilter, after: CallLogKey | None,
                     limit: int) -> list[CallLogRow]:
    if flt.blocked:
        return _refusal_page(session, actor, flt, after, limit)
    q = _attempt_query(actor, flt)
    if after is not None:
        q = q.where(sa.tuple_(ContactAttempt.at, ContactAttempt.id) < sa.tuple_(sa.literal(after[0], ContactAttempt.at.type),
                                                                                  sa.literal(after[1], ContactAttempt.id.type)))
    q = q.order_by(ContactAttempt.at.desc(), ContactAttempt.id.desc()).limit(limit)
    # Positional unpacking (the select's column order): a page is built row by row in Python.
    return [CallLogRow(id_, "attempt", at, collector or "(system)", user_id, account_id, number, client,
                       _name(first, last, business), channel.value, direction.value, code, outcome.value,
                       phone or email, override_id, score is not None, score, max_score, pack)
            for (id_, at, user_id, collector, account_id, number, client, first, last, business, channel, direction,
                 code, outcome, phone, email, override_id, pack, score, max_score) in session.execute(q)]


def _refusal_page(session: Session, actor: Actor, flt: CallLogFilter, after: CallLogKey | None,
                  limit: int) -> list[CallLogRow]:
    q = _refusal_query(actor, flt)
    if after is not None:
        q = q.where(sa.tuple_(AuditEvent.at, AuditEvent.id) < sa.tuple_(sa.literal(after[0], AuditEvent.at.type),
                                                                          sa.literal(after[1], AuditEvent.id.type)))
    q = q.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    rows = session.execute(q).all()
    people = _people(session, [_uuid((r.after or {}).get("person_id")) for r in rows])
    out = []
    for r in rows:
        after_j = r.after or {}
        rules = sorted({str(x.get("rule") or x.get("code")) for x in after_j.get("reasons") or ()})
        out.append(CallLogRow(
            id=r.id, kind="refused", at=r.at, collector=r.display_name or "(system)", collector_id=r.user_id,
            account_id=r.account_id, account_number=r.client_account_number, client=r.client_code,
            consumer=people.get(_uuid(after_j.get("person_id")), "(unknown)"), channel=str(after_j.get("channel") or ""),
            direction="outbound", result=", ".join(rules) or "blocked", outcome="blocked", destination=None,
            override_id=None, reviewed=False, score=None, max_score=None,
            rule_pack_version=after_j.get("rule_pack_version")))
    return out


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def _people(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {p.id: _name(p.first_name, p.last_name, p.business_name) for p in session.execute(
        sa.select(Person.id, Person.first_name, Person.last_name, Person.business_name).where(Person.id.in_(wanted)))}


def call_log_count(session_factory: Callable[[], Session], actor: Actor, flt: CallLogFilter | None = None) -> int:
    """How many rows the filter matches (a full count: use it on narrowed filters or off the GUI thread)."""
    _require_supervisor(actor, "read the team's call log")
    flt = flt or CallLogFilter()
    q = _refusal_query(actor, flt) if flt.blocked else _attempt_query(actor, flt)
    with session_factory() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(q.subquery())) or 0


@dataclasses.dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    reviewer: str
    at: dt.datetime
    answers: dict[str, bool]
    score: int
    max_score: int
    comment: str | None
    acknowledged_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class AttemptDetail:
    row: CallLogRow
    notes: str | None
    disclosures: tuple[str, ...]
    purpose: str
    decision: dict[str, Any] | None        # the guardrail decision that allowed it (or refused it)
    rule_pack_version: str | None
    override: dict[str, Any] | None        # who granted which rules, and why
    callback_at: dt.datetime | None
    reviews: tuple[ReviewView, ...]


def attempt_detail(session_factory: Callable[[], Session], actor: Actor, row: CallLogRow) -> AttemptDetail:
    """Everything the detail pane shows for one call-log row."""
    _require_supervisor(actor, "read the team's call log")
    with session_factory() as s:
        if row.kind == "refused":
            event = s.get(AuditEvent, row.id)
            if event is None:
                raise ServiceError("that refusal is no longer in the audit trail")
            after_j = event.after or {}
            return AttemptDetail(row, None, (), str(after_j.get("purpose") or "collection"), after_j,
                                 after_j.get("rule_pack_version"), None, None, ())
        attempt = s.get(ContactAttempt, row.id)
        if attempt is None:
            raise ServiceError("that contact attempt does not exist")
        _check_visible(s, actor, attempt.user_id)
        override = None
        if attempt.override_id is not None:
            o = s.get(Override, attempt.override_id)
            if o is not None:
                sup = s.get(User, o.supervisor_id)
                override = {"supervisor": sup.display_name if sup else "?", "rules": list(o.rules), "reason": o.reason,
                            "at": o.at}
        return AttemptDetail(row, attempt.notes, tuple(attempt.disclosures or ()), attempt.purpose, attempt.decision,
                             attempt.rule_pack_version, override, attempt.callback_at,
                             tuple(_review_views(s, [attempt.id])))


def _review_views(s: Session, contact_ids: Sequence[uuid.UUID]) -> list[ReviewView]:
    reviewer = aliased(User)
    rows = s.execute(sa.select(ContactReview, reviewer.display_name)
                     .join(reviewer, reviewer.id == ContactReview.reviewer_id)
                     .where(ContactReview.contact_id.in_(contact_ids)).order_by(ContactReview.at, ContactReview.id))
    return [ReviewView(r.id, name, r.at, dict(r.answers), r.score, r.max_score, r.comment, r.acknowledged_at)
            for r, name in rows]


def _check_visible(s: Session, actor: Actor, collector_id: uuid.UUID | None) -> None:
    if actor.role == Role.SUPERVISOR and actor.team_id is not None:
        team = s.scalar(sa.select(User.team_id).where(User.id == collector_id)) if collector_id else None
        if team != actor.team_id:
            raise PermissionDenied(f"{actor.username} supervises another team: that attempt is not theirs to review")


# --- reviews and feedback -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: str
    weight: int


def checklist(session_factory: Callable[[], Session], actor: Actor) -> list[ChecklistItem]:
    """The agency's active review checklist, in order."""
    with session_factory() as s:
        return _checklist_in(s)


def _checklist_in(s: Session) -> list[ChecklistItem]:
    return [ChecklistItem(i.code, i.label, i.weight) for i in s.scalars(
        sa.select(ReviewChecklistItem).where(ReviewChecklistItem.active.is_(True))
        .order_by(ReviewChecklistItem.sort_order, ReviewChecklistItem.code))]


def score_answers(items: Sequence[ChecklistItem], answers: dict[str, bool]) -> tuple[int, int]:
    """(score, max score): the weights of the items answered yes, out of the weights of all items."""
    codes = {i.code for i in items}
    unknown = sorted(set(answers) - codes)
    if unknown:
        raise ServiceError(f"not on the review checklist: {', '.join(unknown)}")
    missing = [i.label for i in items if i.code not in answers]
    if missing:
        raise ServiceError(f"answer every checklist item; missing: {'; '.join(missing)}")
    for code, value in answers.items():
        if not isinstance(value, bool):
            raise ServiceError(f"checklist answer for {code} must be yes or no")
    return sum(i.weight for i in items if answers[i.code]), sum(i.weight for i in items)


def review_attempt(session_factory: Callable[[], Session], actor: Actor, contact_id: uuid.UUID,
                   answers: dict[str, bool], comment: str | None = None) -> ContactReview:
    """Mark an attempt reviewed: checklist answers, score and a comment the collector will see.
    Reviewing again adds a new review; the latest one counts."""
    _require_supervisor(actor, "review calls")
    comment = (comment or "").strip() or None
    with session_factory() as s, s.begin():
        attempt = s.get(ContactAttempt, contact_id)
        if attempt is None:
            raise ServiceError("that contact attempt does not exist")
        _check_visible(s, actor, attempt.user_id)
        items = _checklist_in(s)
        if not items:
            raise ServiceError("the review checklist is empty: an admin must set it up first")
        score, max_score = score_answers(items, answers)
        review = ContactReview(id=new_id(), contact_id=contact_id, reviewer_id=actor.user_id, at=utcnow(),
                               answers=dict(answers), score=score, max_score=max_score, comment=comment)
        s.add(review)
        s.flush()
        audit.record(s, actor, "contact.reviewed", "contact_review", review.id, account_id=attempt.account_id,
                     after={"contact_id": contact_id, "answers": answers, "score": score, "max_score": max_score,
                            "comment": comment, "collector_id": attempt.user_id})
    return review


@dataclasses.dataclass(frozen=True)
class Feedback:
    review_id: uuid.UUID
    contact_id: uuid.UUID
    contact_at: dt.datetime
    account_number: str
    result: str
    reviewer: str
    reviewed_at: dt.datetime
    score: int
    max_score: int
    answers: dict[str, bool]
    comment: str | None
    acknowledged_at: dt.datetime | None


def my_feedback(session_factory: Callable[[], Session], actor: Actor, *, unacknowledged_only: bool = False,
                limit: int = 200) -> list[Feedback]:
    """The reviews of the actor's own calls, newest first (collectors read their feedback here)."""
    if actor.user_id is None:
        raise PermissionDenied("only a signed-in user has feedback")
    reviewer = aliased(User)
    q = (sa.select(ContactReview, ContactAttempt.at, ContactAttempt.result_code, Account.client_account_number,
                   reviewer.display_name)
         .join(ContactAttempt, ContactAttempt.id == ContactReview.contact_id)
         .join(Account, Account.id == ContactAttempt.account_id)
         .join(reviewer, reviewer.id == ContactReview.reviewer_id)
         .where(ContactAttempt.user_id == actor.user_id)
         .order_by(ContactReview.at.desc(), ContactReview.id.desc()).limit(limit))
    if unacknowledged_only:
        q = q.where(ContactReview.acknowledged_at.is_(None))
    with session_factory() as s:
        return [Feedback(r.id, r.contact_id, at, number, code, name, r.at, r.score, r.max_score, dict(r.answers),
                         r.comment, r.acknowledged_at) for r, at, code, number, name in s.execute(q)]


def acknowledge_feedback(session_factory: Callable[[], Session], actor: Actor, review_id: uuid.UUID) -> ContactReview:
    """The collector whose call was reviewed says they have read the feedback."""
    with session_factory() as s, s.begin():
        review = s.get(ContactReview, review_id)
        if review is None:
            raise ServiceError("that review does not exist")
        attempt = s.get(ContactAttempt, review.contact_id)
        if attempt is None or attempt.user_id != actor.user_id:
            raise PermissionDenied(f"{actor.username} may acknowledge only the feedback on their own calls")
        if review.acknowledged_at is not None:
            return review
        review.acknowledged_at = utcnow()
        audit.record(s, actor, "contact.review_acknowledged", "contact_review", review.id,
                     account_id=attempt.account_id, after={"acknowledged_at": review.acknowledged_at})
    return review


# --- overrides and approvals ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class OverrideRow:
    id: uuid.UUID
    at: dt.datetime
    supervisor: str
    collector: str | None
    account_id: uuid.UUID
    account_number: str
    consumer: str
    rules: tuple[str, ...]
    reason: str
    used_at: dt.datetime | None


def override_log(session_factory: Callable[[], Session], actor: Actor, *, date_from: dt.datetime | None = None,
                 date_to: dt.datetime | None = None, limit: int = 1000) -> list[OverrideRow]:
    """Who overrode which rule, for which account, and why; newest first."""
    _require_supervisor(actor, "read the override log")
    sup, col = aliased(User), aliased(User)
    q = (sa.select(Override, sup.display_name, col.display_name, Account.client_account_number, Person.first_name,
                   Person.last_name, Person.business_name)
         .join(sup, sup.id == Override.supervisor_id)
         .outerjoin(col, col.id == Override.collector_id)
         .join(Account, Account.id == Override.account_id)
         .join(Person, Person.id == Override.person_id)
         .order_by(Override.at.desc(), Override.id.desc()).limit(limit))
    if date_from is not None:
        q = q.where(Override.at >= date_from)
    if date_to is not None:
        q = q.where(Override.at < date_to)
    team = _team_user_ids(actor)
    if team is not None:
        q = q.where(sa.or_(Override.supervisor_id.in_(team), Override.collector_id.in_(team)))
    with session_factory() as s:
        return [OverrideRow(o.id, o.at, sname, cname, o.account_id, number, _name(f, last, b),
                            tuple(str(r) for r in o.rules), o.reason, o.used_at)
                for o, sname, cname, number, f, last, b in s.execute(q)]


@dataclasses.dataclass(frozen=True)
class PendingPromise:
    id: uuid.UUID
    account_id: uuid.UUID
    account_number: str
    client: str
    collector: str | None
    taken_at: dt.datetime
    kind: str
    total_amount: Decimal
    discount_pct: Decimal | None
    balance: Decimal
    reasons: str | None


def pending_promises(session_factory: Callable[[], Session], actor: Actor) -> list[PendingPromise]:
    """Promises waiting for a supervisor's approval, oldest first (approving them is services.promises)."""
    _require_supervisor(actor, "see promises waiting for approval")
    taker = aliased(User)
    q = (sa.select(Promise, Account.client_account_number, Account.balance, Client.code, taker.display_name)
         .join(Account, Account.id == Promise.account_id)
         .join(Client, Client.id == Account.client_id)
         .outerjoin(taker, taker.id == Promise.taken_by)
         .where(Promise.status == PromiseStatus.PENDING_APPROVAL)
         .order_by(Promise.taken_at, Promise.id))
    team = _team_user_ids(actor)
    if team is not None:
        q = q.where(Promise.taken_by.in_(team))
    with session_factory() as s:
        return [PendingPromise(p.id, p.account_id, number, code, name, p.taken_at, str(p.kind), p.total_amount,
                               p.discount_pct, balance, p.approval_reasons)
                for p, number, balance, code, name in s.execute(q)]


# --- assignments and queue rules ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Collector:
    id: uuid.UUID
    username: str
    display_name: str
    queue_rules: dict[str, Any] | None
    open_accounts: int


def collectors(session_factory: Callable[[], Session], actor: Actor) -> list[Collector]:
    """The collectors this actor supervises, with their open-account counts."""
    _require_supervisor(actor, "list the team")
    q = (sa.select(User.id, User.username, User.display_name, User.queue_rules,
                   sa.select(sa.func.count()).select_from(Account)
                   .where(Account.assigned_to == User.id, Account.status == AccountStatus.OPEN)
                   .scalar_subquery())
         .where(User.role == Role.COLLECTOR, User.active.is_(True)).order_by(User.display_name))
    if actor.role == Role.SUPERVISOR and actor.team_id is not None:
        q = q.where(User.team_id == actor.team_id)
    with session_factory() as s:
        return [Collector(r[0], r[1], r[2], r[3], r[4] or 0) for r in s.execute(q)]


@dataclasses.dataclass(frozen=True)
class AssignmentCriteria:
    """Which accounts a bulk assignment moves. Every given criterion must hold."""

    client_id: uuid.UUID | None = None
    balance_min: Decimal | None = None
    balance_max: Decimal | None = None
    regions: tuple[str, ...] = ()          # the consumer's current address state/province
    score_min: Decimal | None = None
    score_max: Decimal | None = None
    status: AccountStatus | None = AccountStatus.OPEN
    from_collector_id: uuid.UUID | None = None
    unassigned_only: bool = False

    def validated(self) -> AssignmentCriteria:
        values = {}
        for name in ("balance_min", "balance_max", "score_min", "score_max"):
            v = getattr(self, name)
            if v is not None:
                try:
                    values[name] = to_money(v)
                except ValueError as exc:
                    raise ServiceError(f"{name.replace('_', ' ')}: {exc}") from exc
        crit = dataclasses.replace(self, regions=tuple(r.strip().upper() for r in self.regions if r.strip()), **values)
        if crit.balance_min is not None and crit.balance_max is not None and crit.balance_min > crit.balance_max:
            raise ServiceError("the balance range is empty: the minimum is above the maximum")
        if crit.score_min is not None and crit.score_max is not None and crit.score_min > crit.score_max:
            raise ServiceError("the score range is empty: the minimum is above the maximum")
        if crit.unassigned_only and crit.from_collector_id is not None:
            raise ServiceError("choose either unassigned accounts or one collector's accounts, not both")
        return crit


def _criteria_query(crit: AssignmentCriteria, actor: Actor) -> sa.Select[Any]:
    q = sa.select(Account.id, Account.assigned_to)
    if crit.client_id is not None:
        q = q.where(Account.client_id == crit.client_id)
    if crit.balance_min is not None:
        q = q.where(Account.balance >= crit.balance_min)
    if crit.balance_max is not None:
        q = q.where(Account.balance <= crit.balance_max)
    if crit.score_min is not None:
        q = q.where(Account.priority_score >= crit.score_min)
    if crit.score_max is not None:
        q = q.where(Account.priority_score <= crit.score_max)
    if crit.status is not None:
        q = q.where(Account.status == crit.status)
    if crit.from_collector_id is not None:
        q = q.where(Account.assigned_to == crit.from_collector_id)
    if crit.unassigned_only:
        q = q.where(Account.assigned_to.is_(None))
    if crit.regions:
        q = q.where(sa.exists().where(
            AccountParty.account_id == Account.id, AccountParty.role == PartyRole.CONSUMER,
            Address.person_id == AccountParty.person_id, Address.current.is_(True),
            sa.func.upper(Address.region).in_(crit.regions)))
    team = _team_user_ids(actor)
    if team is not None:
        # A team supervisor moves their team's accounts and unassigned ones, never another team's.
        q = q.where(sa.or_(Account.assigned_to.is_(None), Account.assigned_to.in_(team)))
    return q.order_by(Account.priority_score.desc(), Account.id)


def preview_assignment(session_factory: Callable[[], Session], actor: Actor, criteria: AssignmentCriteria) -> int:
    """How many accounts the criteria select."""
    _require_supervisor(actor, "assign accounts")
    crit = criteria.validated()
    with session_factory() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(_criteria_query(crit, actor).order_by(None).subquery())) or 0


@dataclasses.dataclass(frozen=True)
class AssignmentResult:
    selected: int
    moved: int
    per_collector: dict[uuid.UUID, int]

    @property
    def changes(self) -> Changes:
        return Changes(all_accounts=self.moved > 0, queue=True)


def assign_accounts(session_factory: Callable[[], Session], actor: Actor, criteria: AssignmentCriteria,
                    collector_ids: Sequence[uuid.UUID], progress: Callable[[int, int], None] | None = None,
                    ) -> AssignmentResult:
    """Assign the selected accounts to the given collectors, dealt in turn by priority (highest first), so each
    gets a fair share of the best accounts. Accounts already with their dealt collector stay untouched.
    Each moved account gets an audit event (before/after collector)."""
    _require_supervisor(actor, "assign accounts")
    crit = criteria.validated()
    targets = list(dict.fromkeys(collector_ids))
    if not targets:
        raise ServiceError("choose at least one collector to assign the accounts to")
    with session_factory() as s, s.begin():
        found = dict(s.execute(sa.select(User.id, User.team_id).where(
            User.id.in_(targets), User.role == Role.COLLECTOR, User.active.is_(True))).all())
        missing = [t for t in targets if t not in found]
        if missing:
            raise ServiceError("only active collectors can be given accounts")
        if actor.role == Role.SUPERVISOR and actor.team_id is not None and any(
                team != actor.team_id for team in found.values()):
            raise PermissionDenied(f"{actor.username} may assign accounts only to their own team")
        rows = s.execute(_criteria_query(crit, actor)).all()
        per: dict[uuid.UUID, list[uuid.UUID]] = {t: [] for t in targets}
        moves: list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID]] = []
        for n, (account_id, current) in enumerate(rows):
            target = targets[n % len(targets)]
            if current != target:
                per[target].append(account_id)
                moves.append((account_id, current, target))
        now = utcnow()
        table = Account.__table__
        for target, ids in per.items():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                s.execute(sa.update(table).where(table.c.id.in_(chunk)).values(
                    assigned_to=target, updated_at=now, row_version=table.c.row_version + 1))
        for n, (account_id, before, after) in enumerate(moves, 1):
            audit.record(s, actor, "account.assigned", "account", account_id, account_id=account_id,
                         before={"assigned_to": before}, after={"assigned_to": after}, at=now)
            if progress and n % 200 == 0:
                progress(n, len(moves))
        audit.record(s, actor, "accounts.bulk_assigned", "assignment", new_id(), at=now,
                     after={"criteria": dataclasses.asdict(crit), "collectors": targets, "selected": len(rows),
                            "moved": len(moves)})
    return AssignmentResult(len(rows), len(moves), {t: len(ids) for t, ids in per.items()})


QUEUE_RULE_KEYS = {"client_ids", "statuses", "balance_min", "balance_max", "regions", "score_min", "callable_only"}


def set_queue_rules(session_factory: Callable[[], Session], actor: Actor, collector_id: uuid.UUID,
                    rules: dict[str, Any] | None) -> dict[str, Any] | None:
    """Set which of their accounts a collector's queue offers (None clears the rules).

    Keys: client_ids (list of client ids), statuses (account statuses), balance_min / balance_max and
    score_min (amounts), regions (state/province codes), callable_only (bool)."""
    _require_supervisor(actor, "set queue rules")
    clean = _clean_rules(rules)
    with session_factory() as s, s.begin():
        user = s.get(User, collector_id)
        if user is None or user.role != Role.COLLECTOR:
            raise ServiceError("queue rules are set for a collector")
        if actor.role == Role.SUPERVISOR and actor.team_id is not None and user.team_id != actor.team_id:
            raise PermissionDenied(f"{actor.username} may set queue rules only for their own team")
        if clean and clean.get("client_ids"):
            known = set(s.scalars(sa.select(Client.id).where(Client.id.in_([uuid.UUID(c) for c in clean["client_ids"]]))))
            if len(known) != len(clean["client_ids"]):
                raise ServiceError("a queue rule names a client that does not exist")
        before = user.queue_rules
        user.queue_rules = clean
        audit.record(s, actor, "user.queue_rules_set", "user", user.id, before={"queue_rules": before},
                     after={"queue_rules": clean})
    return clean


def _clean_rules(rules: dict[str, Any] | None) -> dict[str, Any] | None:
    if not rules:
        return None
    unknown = sorted(set(rules) - QUEUE_RULE_KEYS)
    if unknown:
        raise ServiceError(f"unknown queue rule: {', '.join(unknown)}")
    clean: dict[str, Any] = {}
    try:
        if rules.get("client_ids"):
            clean["client_ids"] = sorted(str(uuid.UUID(str(c))) for c in rules["client_ids"])
        if rules.get("statuses"):
            clean["statuses"] = sorted(AccountStatus(s).value for s in rules["statuses"])
        if rules.get("regions"):
            clean["regions"] = sorted({str(r).strip().upper() for r in rules["regions"] if str(r).strip()})
    except ValueError as exc:
        raise ServiceError(f"bad queue rule: {exc}") from exc
    for key in ("balance_min", "balance_max", "score_min"):
        if rules.get(key) not in (None, ""):
            try:
                clean[key] = str(to_money(rules[key]))
            except ValueError as exc:
                raise ServiceError(f"{key.replace('_', ' ')}: {exc}") from exc
    if "balance_min" in clean and "balance_max" in clean and Decimal(clean["balance_min"]) > Decimal(clean["balance_max"]):
        raise ServiceError("the balance range is empty: the minimum is above the maximum")
    if rules.get("callable_only"):
        clean["callable_only"] = True
    return clean or None


# --- audit ----------------------------------------------------------------------------------------


def verify_audit_chain(session_factory: Callable[[], Session], actor: Actor,
                       progress: Callable[[int], None] | None = None) -> audit.ChainReport:
    """Walk the whole audit chain and name the first event that does not match."""
    _require_supervisor(actor, "verify the audit trail")
    with session_factory() as s:
        return audit.verify(s, progress)


@dataclasses.dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


def find_accounts(session_factory: Callable[[], Session], actor: Actor, text: str, limit: int = 20,
                  ) -> list[tuple[uuid.UUID, str, str]]:
    """Accounts whose number starts with `text`: (id, number, client code)."""
    _require_supervisor(actor, "browse the audit trail")
    text = text.strip()
    if not text:
        return []
    with session_factory() as s:
        return [(r[0], r[1], r[2]) for r in s.execute(
            sa.select(Account.id, Account.client_account_number, Client.code).join(Client, Client.id == Account.client_id)
            .where(Account.client_account_number.like(text.replace("%", "").replace("_", "") + "%"))
            .order_by(Account.client_account_number).limit(limit))]


def account_history(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[AuditRow]:
    """Every audit event about one account, in chain order."""
    _require_supervisor(actor, "browse the audit trail")
    with session_factory() as s:
        q = (sa.select(AuditEvent, User.display_name).outerjoin(User, User.id == AuditEvent.user_id)
             .where(AuditEvent.account_id == account_id).order_by(AuditEvent.seq))
        names = {str(uid): n for uid, n in s.execute(sa.select(User.id, User.display_name))}
        return [AuditRow(e.seq, e.at, name or "system", e.action, e.entity, e.entity_id, _named(e.before, names),
                         _named(e.after, names), e.reason) for e, name in s.execute(q)]


def _named(values: dict[str, Any] | None, names: dict[str, str]) -> dict[str, Any] | None:
    """Show users by name in an event's before/after (the stored event keeps the ids)."""
    if not values:
        return values
    return {k: names.get(v, v) if isinstance(v, str) else v for k, v in values.items()}


def result_codes(session_factory: Callable[[], Session]) -> list[tuple[str, str]]:
    with session_factory() as s:
        return [(r.code, r.label) for r in s.scalars(sa.select(ResultCode).order_by(ResultCode.sort_order))]


def clients(session_factory: Callable[[], Session]) -> list[tuple[uuid.UUID, str, str]]:
    with session_factory() as s:
        return [(r.id, r.code, r.name) for r in s.scalars(sa.select(Client).order_by(Client.code))]


@dataclasses.dataclass(frozen=True)
class ReviewRow:
    id: uuid.UUID
    at: dt.datetime
    reviewer: str
    collector: str
    contact_id: uuid.UUID
    contact_at: dt.datetime
    account_number: str
    result: str
    score: int
    max_score: int
    comment: str | None
    acknowledged_at: dt.datetime | None


def recent_reviews(session_factory: Callable[[], Session], actor: Actor, limit: int = 500) -> list[ReviewRow]:
    """The team's latest reviews, newest first, with whether the collector has acknowledged them."""
    _require_supervisor(actor, "read reviews")
    reviewer, collector = aliased(User), aliased(User)
    q = (sa.select(ContactReview, reviewer.display_name, collector.display_name, ContactAttempt.at,
                   Account.client_account_number, ContactAttempt.result_code)
         .join(ContactAttempt, ContactAttempt.id == ContactReview.contact_id)
         .join(Account, Account.id == ContactAttempt.account_id)
         .join(reviewer, reviewer.id == ContactReview.reviewer_id)
         .outerjoin(collector, collector.id == ContactAttempt.user_id)
         .order_by(ContactReview.at.desc(), ContactReview.id.desc()).limit(limit))
    team = _team_user_ids(actor)
    if team is not None:
        q = q.where(ContactAttempt.user_id.in_(team))
    with session_factory() as s:
        return [ReviewRow(r.id, r.at, rname, cname or "(system)", r.contact_id, at, number, code, r.score, r.max_score,
                          r.comment, r.acknowledged_at) for r, rname, cname, at, number, code in s.execute(q)]


def supervisor_sign_in(session_factory: Callable[[], Session], username: str, password: str,
                       workstation: str | None = None) -> Actor:
    """Check a supervisor's or admin's password on the embedded database and return who they are.

    Collectors are refused. (Account lock-out and password rules are the sign-in service's business; this
    only opens the supervisor workspace when nobody is signed in to the window.)"""
    from ..users.passwords import verify_password

    with session_factory() as s:
        user = s.scalar(sa.select(User).where(User.username == username.strip(), User.active.is_(True)))
        if user is None or not verify_password(user.password_hash, password):
            raise PermissionDenied("unknown user name or wrong password")
        actor = Actor(user_id=user.id, username=user.username, role=user.role, team_id=user.team_id,
                      workstation=workstation)
    actor.require(*SUPERVISORS, action="open the supervisor workspace")
    return actor
