"""Reading the portfolio a page at a time, by key (never OFFSET), for lists of any size: the accounts the actor
may see (`access.visible_accounts`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import Account, AccountParty, Client, Person
from ...models.enums import PartyRole
from .. import access
from ..context import Actor


@dataclasses.dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    priority_score: Decimal
    consumer: str
    client: str
    account_number: str
    balance: Decimal
    currency: str
    status: str
    tz_group: str | None
    last_contact_at: dt.datetime | None
    last_result: str | None
    blocked_reason: str | None


PageKey = tuple[Decimal, uuid.UUID]


def page(session: Session, actor: Actor, after: PageKey | None = None, limit: int = 200,
         assigned_to: uuid.UUID | None = None) -> list[AccountRow]:
    """The actor's accounts by priority (highest first), the next `limit` after `after` = (score, id) of the last
    row seen; `assigned_to` narrows them to one user's."""
    consumer = aliased(AccountParty)
    person = aliased(Person)
    query = (
        sa.select(Account.id, Account.priority_score, person.first_name, person.last_name, person.business_name,
                  Client.name, Account.client_account_number, Account.balance, Account.currency, Account.status,
                  Account.tz_group, Account.last_contact_at, Account.last_result, Account.blocked_reason)
        .join(Client, Client.id == Account.client_id)
        .outerjoin(consumer, sa.and_(consumer.account_id == Account.id, consumer.role == PartyRole.CONSUMER))
        .outerjoin(person, person.id == consumer.person_id)
        .where(access.visible_accounts(actor))
        .order_by(Account.priority_score.desc(), Account.id)
        .limit(limit)
    )
    if assigned_to is not None:
        query = query.where(Account.assigned_to == assigned_to)
    if after is not None:
        score, last_id = after
        query = query.where(sa.or_(Account.priority_score < score,
                                   sa.and_(Account.priority_score == score, Account.id > last_id)))
    rows = []
    for r in session.execute(query):
        name = r.business_name or " ".join(p for p in (r.first_name, r.last_name) if p) or "(no consumer)"
        rows.append(AccountRow(r.id, r.priority_score, name, r.name, r.client_account_number, r.balance, r.currency,
                               str(r.status), r.tz_group, r.last_contact_at, r.last_result, r.blocked_reason))
    return rows


def count(session: Session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(Account)) or 0


def account_numbers(session_factory, actor: Actor, account_ids) -> dict[uuid.UUID, str]:
    """The client's account number of each of these accounts the actor may see (what a person reads and searches
    for, never the internal id)."""
    ids = list(dict.fromkeys(account_ids))
    out: dict[uuid.UUID, str] = {}
    with session_factory() as s:
        for start in range(0, len(ids), 500):
            out.update((r[0], r[1]) for r in s.execute(
                sa.select(Account.id, Account.client_account_number)
                .where(Account.id.in_(ids[start:start + 500]), access.visible_accounts(actor))))
    return out
