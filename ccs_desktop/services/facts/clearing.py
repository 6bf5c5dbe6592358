"""Changing and clearing compliance records: a record is cleared (who, when, why), never deleted.

Clearing a bankruptcy, a death, an attorney's representation or a cease request lifts a legal block, so it takes a
supervisor and a reason; a hardship or a complaint is cleared by whoever works the account, with a reason too.
Recording that an attorney consented to direct contact lifts the block as well; that the attorney did not respond
within a reasonable time is a judgement a supervisor makes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import AccountParty, AttorneyRepresentation, Bankruptcy, Complaint, utcnow
from ...models.facts import AttorneyContact, BankruptcyOutcome, ComplaintStatus, FactRecord
from .. import access, audit
from ..context import Actor, PermissionDenied, ServiceError
from .records import KINDS, refresh_person

SUPERVISOR_CLEARS = frozenset({"bankruptcy", "deceased", "attorney", "cease"})


def _record(session: Session, actor: Actor, account_id: uuid.UUID, kind: str, record_id: uuid.UUID, *,
            lock: bool = True) -> FactRecord:
    """The record, if it is about a party of this account and the actor may change the account."""
    model = KINDS.get(kind)
    if model is None:
        raise ServiceError(f"Not a kind of compliance record: {kind}")
    access.require_account(session, actor, account_id, action="change", write=False)
    record = session.get(model, record_id, with_for_update=lock or None)
    if record is None:
        raise ServiceError("That record no longer exists.")
    linked = session.scalar(sa.select(AccountParty.id).where(AccountParty.account_id == account_id,
                                                             AccountParty.person_id == record.person_id))
    if linked is None:
        raise ServiceError("That record is not about a party of this account.")
    return record


def _reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ServiceError(f"Say why {what}: the reason is kept with the record.")
    return text


def clear_fact(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, kind: str,
               record_id: uuid.UUID, reason: str) -> list[uuid.UUID]:
    """Clear a record (it stays, marked cleared by whom, when and why); returns the accounts that changed."""
    if kind in SUPERVISOR_CLEARS and not actor.is_supervisor:
        raise PermissionDenied(f"{actor.username} ({actor.role.value}) may not clear a {kind} record: "
                               "a supervisor clears it, with a reason")
    why = _reason(reason, "it is cleared")
    with session_factory() as session, session.begin():
        record = _record(session, actor, account_id, kind, record_id)
        if record.cleared_at is not None:
            raise ServiceError("That record was already cleared.")
        record.cleared_at, record.cleared_by, record.clear_reason = utcnow(), actor.user_id, why
        if isinstance(record, Complaint):
            record.status, record.resolution = ComplaintStatus.CLOSED, record.resolution or why
        audit.record(session, actor, f"fact.{kind}.cleared", record.__tablename__, record.id, account_id=account_id,
                     before={"in_force": True}, after={"in_force": False}, reason=why)
        return refresh_person(session, record.person_id) or [account_id]


def record_bankruptcy_outcome(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                              record_id: uuid.UUID, outcome: BankruptcyOutcome | str,
                              on: dt.date) -> list[uuid.UUID]:
    """The case ended: discharged (the debt is never collected again) or dismissed (the stay ends, but the record
    stays in force until a supervisor clears it)."""
    try:
        result = BankruptcyOutcome(outcome)
    except ValueError:
        raise ServiceError("A bankruptcy case ends discharged or dismissed.") from None
    with session_factory() as session, session.begin():
        record = _record(session, actor, account_id, "bankruptcy", record_id)
        assert isinstance(record, Bankruptcy)
        if record.cleared_at is not None:
            raise ServiceError("That bankruptcy was cleared: its record no longer changes.")
        if record.filed_on is not None and on < record.filed_on:
            raise ServiceError("The case cannot end before it was filed.")
        before = {"outcome": record.outcome, "outcome_on": record.outcome_on}
        record.outcome, record.outcome_on = result, on
        audit.record(session, actor, "fact.bankruptcy.outcome", record.__tablename__, record.id,
                     account_id=account_id, before=before, after={"outcome": result, "outcome_on": on})
        return refresh_person(session, record.person_id) or [account_id]


def record_attorney_direct_contact(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                                   record_id: uuid.UUID, answer: AttorneyContact | str,
                                   reason: str) -> list[uuid.UUID]:
    """15 U.S.C. 1692c(a)(2): the attorney consented to direct contact with the consumer, or did not respond within
    a reasonable period of time to a communication from us. Either lets the consumer be contacted again."""
    try:
        kind = AttorneyContact(answer)
    except ValueError:
        raise ServiceError("The attorney consented, or did not respond in a reasonable time.") from None
    if kind == AttorneyContact.NO_RESPONSE and not actor.is_supervisor:
        raise PermissionDenied(f"{actor.username} ({actor.role.value}) may not decide that the attorney failed to "
                               "respond in a reasonable time: a supervisor does")
    why = _reason(reason, "direct contact is allowed")
    with session_factory() as session, session.begin():
        record = _record(session, actor, account_id, "attorney", record_id)
        assert isinstance(record, AttorneyRepresentation)
        if record.cleared_at is not None:
            raise ServiceError("That representation was cleared: there is nothing to consent to.")
        before = {"direct_contact": record.direct_contact}
        record.direct_contact, record.direct_contact_at, record.direct_contact_by = kind, utcnow(), actor.user_id
        audit.record(session, actor, "fact.attorney.direct_contact", record.__tablename__, record.id,
                     account_id=account_id, before=before, after={"direct_contact": kind}, reason=why)
        return refresh_person(session, record.person_id) or [account_id]


def update_complaint(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                     record_id: uuid.UUID, status: ComplaintStatus | str, resolution: str | None = None,
                     due_on: dt.date | None = None) -> list[uuid.UUID]:
    """Move a complaint on: responded (still open for the regulator), or closed with its resolution."""
    try:
        new = ComplaintStatus(status)
    except ValueError:
        raise ServiceError("A complaint is open, responded or closed.") from None
    if new == ComplaintStatus.CLOSED:
        return clear_fact(session_factory, actor, account_id, "complaint", record_id, resolution or "")
    with session_factory() as session, session.begin():
        record = _record(session, actor, account_id, "complaint", record_id)
        assert isinstance(record, Complaint)
        if record.cleared_at is not None:
            raise ServiceError("That complaint is closed.")
        before = {"status": record.status, "resolution": record.resolution, "due_on": record.due_on}
        record.status = new
        record.resolution = (resolution or "").strip() or record.resolution
        record.due_on = due_on or record.due_on
        audit.record(session, actor, "fact.complaint.updated", record.__tablename__, record.id,
                     account_id=account_id, before=before,
                     after={"status": new, "resolution": record.resolution, "due_on": record.due_on})
        return refresh_person(session, record.person_id) or [account_id]

