"""The call log: the contact attempts (and refused attempts) of the users a supervisor answers for, with their
detail.

For supervisors and admins (collectors get PermissionDenied). A supervisor sees the attempts made by the users
they answer for (`access.answered_for`: themselves and the members of the teams they supervise) on accounts they
may see (`access.visible_accounts`); an admin sees everyone's.

The call log pages by key, newest first: ``(at, id) < (last at, last id)``, never OFFSET, so the tenth
thousandth page costs what the first does. Refused attempts are not contact attempts: the contact service
writes them as audit events ``contact.refused``; the "blocked" filter lists those instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import Account, AuditEvent, Client, ContactAttempt, ContactReview, Override, Person, ResultCode, User
from ...models.enums import Channel
from .. import access
from ..context import Actor, ServiceError
from .common import REFUSED_ACTION, check_work_visible, person_name, require_supervisor

PAGE = 200
MAX_PAGE = 5000


def _scoped(q: sa.Select[Any], actor: Actor, user_column: Any) -> sa.Select[Any]:
    """Only the work of the users the actor answers for, on accounts the actor may see (`Account` is joined)."""
    q = q.where(access.visible_accounts(actor))
    answered = access.answered_for(actor)
    return q if answered is None else q.where(user_column.in_(answered))


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
    # A conversation recorded without a disclosure (the mini-Miranda or the debt-collector reminder); the
    # collector's reason, if they gave one, is in `disclosure_reason`.
    no_disclosure: bool = False
    disclosure_reason: str | None = None


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
                  _latest_review_column(ContactReview.max_score).label("max_score"),
                  ResultCode.counts_as_conversation, ContactAttempt.disclosures, ContactAttempt.disclosure_reason)
        .join(Account, Account.id == ContactAttempt.account_id)
        .outerjoin(ResultCode, ResultCode.code == ContactAttempt.result_code)
        .join(Client, Client.id == Account.client_id)
        .join(Person, Person.id == ContactAttempt.person_id)
        .outerjoin(collector, collector.id == ContactAttempt.user_id)
    )
    q = _scoped(q, actor, ContactAttempt.user_id)
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
    q = _scoped(q, actor, AuditEvent.user_id)
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
    require_supervisor(actor, "read the team's call log")
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
                       person_name(first, last, business), channel.value, direction.value, code, outcome.value,
                       phone or email, override_id, score is not None, score, max_score, pack,
                       bool(conversation) and not disclosures, reason)
            for (id_, at, user_id, collector, account_id, number, client, first, last, business, channel, direction,
                 code, outcome, phone, email, override_id, pack, score, max_score, conversation, disclosures, reason)
            in session.execute(q)]


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
    return {p.id: person_name(p.first_name, p.last_name, p.business_name) for p in session.execute(
        sa.select(Person.id, Person.first_name, Person.last_name, Person.business_name).where(Person.id.in_(wanted)))}


def call_log_count(session_factory: Callable[[], Session], actor: Actor, flt: CallLogFilter | None = None) -> int:
    """How many rows the filter matches (a full count: use it on narrowed filters or off the GUI thread)."""
    require_supervisor(actor, "read the team's call log")
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
    require_supervisor(actor, "read the team's call log")
    with session_factory() as s:
        if row.kind == "refused":
            event = s.get(AuditEvent, row.id)
            if event is None or event.action != REFUSED_ACTION or event.account_id is None:
                raise ServiceError("that refusal is no longer in the audit trail")
            check_work_visible(s, actor, event.user_id, event.account_id, "that refused attempt")
            after_j = event.after or {}
            return AttemptDetail(row, None, (), str(after_j.get("purpose") or "collection"), after_j,
                                 after_j.get("rule_pack_version"), None, None, ())
        attempt = s.get(ContactAttempt, row.id)
        if attempt is None:
            raise ServiceError("that contact attempt does not exist")
        check_work_visible(s, actor, attempt.user_id, attempt.account_id)
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
