"""A collector's own day, for the status bar: the size of their queue, how much of it is callable now, what they
did today (accounts worked, right-party contacts, promises and their amount) and the next callback due.

Everything is read through the access rule (`access.visible_accounts`): the queue is the accounts the actor may
see, as the queue screen shows them (open ones); today's work is the actor's own attempts and promises on those
accounts. "Today" starts at the `day_start` the caller gives (the workstation's local midnight).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, AccountParty, ContactAttempt, Person, Promise, ResultCode
from ...models.enums import AccountStatus, PartyRole, PromiseStatus
from .. import access
from ..context import Actor
from . import queue

UTC = dt.timezone.utc
# Promises that were taken and stand (or stood): a rejected or cancelled one is not a promise of the day.
COUNTED_PROMISES = (PromiseStatus.PENDING_APPROVAL, PromiseStatus.ACTIVE, PromiseStatus.KEPT, PromiseStatus.BROKEN)


@dataclasses.dataclass(frozen=True)
class Callback:
    at: dt.datetime
    account_id: uuid.UUID
    account_number: str
    consumer: str


@dataclasses.dataclass(frozen=True)
class MyDay:
    queue_size: int                       # open accounts in the actor's queue
    callable_now: int                     # of those, callable now by what each account records (an upper bound)
    worked_today: int                     # accounts with an attempt by the actor since day_start
    right_party_today: int                # attempts that reached the right party
    promises_today: int                   # promises taken by the actor since day_start
    promised_today: dict[str, Decimal]    # their total, by currency
    next_callback: Callback | None        # the earliest callback due from day_start on, on the actor's accounts


def my_day_in(session: Session, actor: Actor, day_start: dt.datetime, at: dt.datetime) -> MyDay:
    visible = access.visible_accounts(actor)
    mine = queue.QueueFilters(assigned_to=None)
    queue_size = queue.count_in(session, actor, mine, at)
    callable_now = queue.count_in(session, actor, mine.with_(callable_now=True), at)
    attempts = (sa.select(ContactAttempt.account_id, ResultCode.counts_as_right_party)
                .join(ResultCode, ResultCode.code == ContactAttempt.result_code)
                .join(Account, Account.id == ContactAttempt.account_id)
                .where(visible, ContactAttempt.user_id == actor.user_id, ContactAttempt.at >= day_start)
                .subquery())
    worked, right_party = session.execute(
        sa.select(sa.func.count(sa.distinct(attempts.c.account_id)),
                  sa.func.count().filter(attempts.c.counts_as_right_party.is_(True)))).one()
    promised: dict[str, Decimal] = {}
    promises = 0
    for currency, count, total in session.execute(
            sa.select(Account.currency, sa.func.count(), sa.func.sum(Promise.total_amount))
            .join(Account, Account.id == Promise.account_id)
            .where(visible, Promise.taken_by == actor.user_id, Promise.taken_at >= day_start,
                   Promise.status.in_(COUNTED_PROMISES))
            .group_by(Account.currency)):
        promises += count
        promised[currency] = Decimal(total or 0).quantize(Decimal("0.01"))
    return MyDay(queue_size, callable_now, worked or 0, right_party or 0, promises, promised,
                 _next_callback(session, actor, day_start))


def _next_callback(session: Session, actor: Actor, day_start: dt.datetime) -> Callback | None:
    row = session.execute(
        sa.select(Account.callback_at, Account.id, Account.client_account_number, Person.first_name,
                  Person.last_name, Person.business_name)
        .outerjoin(AccountParty, sa.and_(AccountParty.account_id == Account.id,
                                         AccountParty.role == PartyRole.CONSUMER))
        .outerjoin(Person, Person.id == AccountParty.person_id)
        .where(access.visible_accounts(actor), Account.status == AccountStatus.OPEN,
               Account.callback_at >= day_start)
        .order_by(Account.callback_at, Account.id).limit(1)).first()
    if row is None:
        return None
    name = row.business_name or " ".join(p for p in (row.first_name, row.last_name) if p) or "(no consumer)"
    at = row.callback_at if row.callback_at.tzinfo else row.callback_at.replace(tzinfo=UTC)
    return Callback(at, row.id, row.client_account_number, name)


def my_day(session_factory: Callable[[], Session], actor: Actor, day_start: dt.datetime,
           at: dt.datetime | None = None) -> MyDay:
    """`my_day_in` in its own session (what the status bar asks for, off the GUI thread)."""
    with session_factory() as session:
        return my_day_in(session, actor, day_start, at or dt.datetime.now(UTC))
