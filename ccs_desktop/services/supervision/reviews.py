"""Reviews of contact attempts and the feedback collectors read on their own calls.

A supervisor reviews (scores against the agency's checklist, with a comment) the attempts of the users they
answer for on accounts they may see (`access.answered_for`, `access.visible_accounts`); an admin any attempt.
A collector reads and acknowledges the reviews of their own calls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import Account, ContactAttempt, ContactReview, ReviewChecklistItem, User, new_id, utcnow
from .. import access, audit
from ..context import Actor, PermissionDenied, ServiceError
from .common import check_work_visible, require_supervisor


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
    require_supervisor(actor, "review calls")
    comment = (comment or "").strip() or None
    with session_factory() as s, s.begin():
        attempt = s.get(ContactAttempt, contact_id)
        if attempt is None:
            raise ServiceError("that contact attempt does not exist")
        check_work_visible(s, actor, attempt.user_id, attempt.account_id)
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
    """The latest reviews of the work the actor supervises, newest first, with whether the collector has
    acknowledged them."""
    require_supervisor(actor, "read reviews")
    reviewer, collector = aliased(User), aliased(User)
    q = (sa.select(ContactReview, reviewer.display_name, collector.display_name, ContactAttempt.at,
                   Account.client_account_number, ContactAttempt.result_code)
         .join(ContactAttempt, ContactAttempt.id == ContactReview.contact_id)
         .join(Account, Account.id == ContactAttempt.account_id)
         .join(reviewer, reviewer.id == ContactReview.reviewer_id)
         .outerjoin(collector, collector.id == ContactAttempt.user_id)
         .order_by(ContactReview.at.desc(), ContactReview.id.desc()).limit(limit))
    q = q.where(access.visible_accounts(actor))
    answered = access.answered_for(actor)
    if answered is not None:
        q = q.where(ContactAttempt.user_id.in_(answered))
    with session_factory() as s:
        return [ReviewRow(r.id, r.at, rname, cname or "(system)", r.contact_id, at, number, code, r.score, r.max_score,
                          r.comment, r.acknowledged_at) for r, rname, cname, at, number, code in s.execute(q)]
