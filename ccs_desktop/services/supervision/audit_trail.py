"""The audit trail for supervisors: verify the hash chain, find an account, read its history.

The search and the history cover the accounts the actor may see (`access.visible_accounts`); verifying the chain
walks every event (it names only the first one that does not match).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, AuditEvent, Client, User
from .. import access, audit
from ..context import Actor
from .common import require_supervisor


def verify_audit_chain(session_factory: Callable[[], Session], actor: Actor,
                       progress: Callable[[int], None] | None = None) -> audit.ChainReport:
    """Walk the whole audit chain and name the first event that does not match."""
    require_supervisor(actor, "verify the audit trail")
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
    require_supervisor(actor, "browse the audit trail")
    text = text.strip()
    if not text:
        return []
    with session_factory() as s:
        return [(r[0], r[1], r[2]) for r in s.execute(
            sa.select(Account.id, Account.client_account_number, Client.code).join(Client, Client.id == Account.client_id)
            .where(Account.client_account_number.like(text.replace("%", "").replace("_", "") + "%"),
                   access.visible_accounts(actor))
            .order_by(Account.client_account_number).limit(limit))]


def account_history(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[AuditRow]:
    """Every audit event about one account, in chain order."""
    require_supervisor(actor, "browse the audit trail")
    with session_factory() as s:
        access.require_account(s, actor, account_id, action="read the history of")
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
