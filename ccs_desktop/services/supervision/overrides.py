"""The override log: which guardrail rules a supervisor let one attempt go past, for whom, and why.

A supervisor reads the overrides granted by or for the users they answer for, on accounts they may see
(`access.answered_for`, `access.visible_accounts`); an admin every override. Granting one is the contact
service's business (`contacts.attempts.grant_override`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...models import Account, Override, Person, User
from .. import access
from ..context import Actor
from .common import person_name, require_supervisor


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
    require_supervisor(actor, "read the override log")
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
    q = q.where(access.visible_accounts(actor))
    answered = access.answered_for(actor)
    if answered is not None:
        q = q.where(sa.or_(Override.supervisor_id.in_(answered), Override.collector_id.in_(answered)))
    with session_factory() as s:
        return [OverrideRow(o.id, o.at, sname, cname, o.account_id, number, person_name(f, last, b),
                            tuple(str(r) for r in o.rules), o.reason, o.used_at)
                for o, sname, cname, number, f, last, b in s.execute(q)]
