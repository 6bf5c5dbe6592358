"""A promise taken on a call, in one step: the contact attempt and the promise recorded in one transaction.

The attempt goes through the one contact service (`contacts.attempts.record_attempt_in`: the guardrails decide
on the history in the database, the person locked) and the promise through the one promise service
(`promises.take_promise_in`: the same schedule, caps and approvals as the promise dialog), both inside the same
session and transaction. If either refuses, nothing of the call is kept: no attempt without its promise, no
promise without its attempt. A refused contact is still audited (`attempts.record_refusal`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import ContactAttempt, Promise
from ..contacts import attempts
from ..contacts.attempts import AttemptInput, ContactBlocked
from ..context import Actor, Changes, ServiceError
from . import promises
from .promises import PromiseRequest


@dataclasses.dataclass(frozen=True)
class PromiseCall:
    attempt: ContactAttempt
    promise: Promise

    @property
    def changes(self) -> Changes:
        return Changes(accounts=frozenset({self.attempt.account_id}), promises=frozenset({self.promise.id}),
                       contacts=True)


def record_promise_call(session_factory: Callable[[], Session], actor: Actor, attempt: AttemptInput,
                        request: PromiseRequest) -> PromiseCall:
    """Record the attempt and take the promise on it, in one transaction; raises ContactBlocked (audited) or
    ServiceError (nothing written) when either is refused."""
    if request.account_id != attempt.account_id:
        raise ServiceError("The promise and the contact are on different accounts.")
    try:
        with session_factory() as s, s.begin():
            return _record_in(s, actor, attempt, request)
    except ContactBlocked as blocked:
        attempts.record_refusal(session_factory, actor, attempt, blocked)
        raise


def _record_in(session: Session, actor: Actor, attempt: AttemptInput, request: PromiseRequest) -> PromiseCall:
    record = attempts.record_attempt_in(session, actor, attempt)
    if attempt.op_id is not None:
        # The same call sent again after a lost answer: the attempt was recorded once, and its promise with it.
        earlier = session.scalar(sa.select(Promise).where(Promise.contact_id == record.id).limit(1))
        if earlier is not None:
            earlier.instalments  # loaded for the caller
            return PromiseCall(record, earlier)
    promise = promises.take_promise_in(session, actor, dataclasses.replace(
        request, contact_id=record.id, person_id=request.person_id or attempt.person_id))
    promise.instalments  # loaded for the caller
    return PromiseCall(record, promise)
