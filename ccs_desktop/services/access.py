"""Which accounts an actor may see: the rule the services apply on every backend.

On PostgreSQL the database applies the same rule itself (row-level security, `migrations/security.py`);
on SQLite this is the only guard, so every service that reads or changes an account goes through it.

- collector: accounts assigned to them;
- supervisor: accounts assigned to themselves, to members of their team, or of teams they supervise;
- admin: every account.

Seeing an account is not always enough to work it: while another workstation holds a live lease on it (checked
out for offline work, `ccs_desktop.sync`), it may be read here but not contacted or changed. Services call
`require_writable` before an outbound contact or letter, a promise taken, approved or cancelled, a dispute's state
changed, or consent recorded. What arrives from the consumer or the client is recorded wherever it arrives, because
the law makes it take effect at once and it never conflicts: an inbound call, a dispute and its hold and notes, a
fact that only restricts contact (cease, attorney, wrong number, refused channel, inconvenient time), a payment.
The leasing workstation pulls them on its next sync, which reports any contact it made that they would have blocked.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import Account, Lease, Team, User, Workstation, utcnow
from ..models.enums import Role
from .context import Actor, PermissionDenied, ServiceError


def team_members(actor: Actor) -> sa.Select:
    supervised = sa.select(Team.id).where(Team.supervisor_id == actor.user_id)
    return sa.select(User.id).where(sa.or_(User.team_id == actor.team_id if actor.team_id else sa.false(),
                                           User.team_id.in_(supervised), User.id == actor.user_id))


def visible_accounts(actor: Actor) -> sa.ColumnElement[bool]:
    """A WHERE clause on `Account` for the accounts this actor may see."""
    if actor.role == Role.ADMIN:
        return sa.true()
    if actor.role == Role.SUPERVISOR:
        return Account.assigned_to.in_(team_members(actor))
    return Account.assigned_to == actor.user_id


def require_account(session: Session, actor: Actor, account_id: uuid.UUID) -> Account:
    """The account, if this actor may see it; otherwise PermissionDenied (no such account: ServiceError)."""
    account = session.scalar(sa.select(Account).where(Account.id == account_id, visible_accounts(actor)))
    if account is None:
        if session.scalar(sa.select(Account.id).where(Account.id == account_id)) is None:
            raise ServiceError("no such account")
        raise PermissionDenied(f"{actor.username} may not open this account: it is not assigned to them"
                               + (" or their team" if actor.role == Role.SUPERVISOR else ""))
    return account


def require_workable(session: Session, actor: Actor, account_id: uuid.UUID, *, write: bool = True) -> Account:
    """The account a contact, letter or dispute is recorded on: collectors work their own accounts and ones not
    yet assigned; supervisors and admins any account (the back office sends notices for whole placements).
    With `write`, an account another workstation has checked out is refused (AccountLeased).

    Looser than `require_account` for supervisors without a team; on PostgreSQL row-level security still
    applies to the signed-in role."""
    account = session.get(Account, account_id)
    if account is None:
        raise ServiceError("no such account")
    if actor.role == Role.COLLECTOR and account.assigned_to not in (None, actor.user_id):
        raise PermissionDenied(f"{actor.username} may not work account {account.client_account_number}: "
                               "it is assigned to another collector")
    if write:
        require_writable(session, actor, account_id)
    return account


# --- offline leases ---------------------------------------------------------------------------------------


class AccountLeased(ServiceError):
    """The account is checked out to another workstation: it may be read, not contacted or changed."""

    def __init__(self, message: str, lease_id: uuid.UUID, workstation: str) -> None:
        super().__init__(message)
        self.lease_id = lease_id
        self.workstation = workstation


def live_lease_filter(now: dt.datetime) -> sa.ColumnElement[bool]:
    return sa.and_(Lease.released_at.is_(None), Lease.broken_at.is_(None), Lease.expires_at > now)


def live_lease(session: Session, account_id: uuid.UUID, now: dt.datetime | None = None) -> Lease | None:
    return session.scalars(sa.select(Lease).where(Lease.account_id == account_id,
                                                  live_lease_filter(now or utcnow()))).first()


_LIVE_LEASES = (sa.select(Lease.account_id, Lease.id, Lease.workstation_id, Workstation.name, User.display_name)
                .join(Workstation, Workstation.id == Lease.workstation_id)
                .outerjoin(User, User.id == Lease.user_id)
                .where(Lease.account_id.in_(sa.bindparam("account_ids", expanding=True)),
                       live_lease_filter(sa.bindparam("now", type_=Lease.__table__.c.expires_at.type))))


def leases_elsewhere(session: Session, account_ids: Iterable[uuid.UUID],
                     workstation_id: uuid.UUID | str | None) -> dict[uuid.UUID, Any]:
    """Other workstations' live leases on these accounts: {account id: (account_id, id, workstation_id, name,
    display_name)}, in one query.

    `workstation_id` is the acting workstation's id, or its name (``Actor.workstation``); None means a
    workstation that holds no leases (every live lease is someone else's)."""
    ids = list(account_ids)
    if not ids:
        return {}
    # On the connection: leases are never written in the same transaction as the work they guard, so pending
    # changes (a batch of letters not yet flushed) need not be flushed first.
    found = {}
    for row in session.connection().execute(_LIVE_LEASES, {"account_ids": ids, "now": utcnow()}):
        mine = (isinstance(workstation_id, str) and row.name == workstation_id) or (
            workstation_id is not None and row.workstation_id == workstation_id)
        if not mine:
            found[row.account_id] = row
    return found


def lease_elsewhere(session: Session, account_id: uuid.UUID, workstation_id: uuid.UUID | str | None) -> Any:
    """Another workstation's live lease on the account, or None (see `leases_elsewhere`)."""
    return leases_elsewhere(session, [account_id], workstation_id).get(account_id)


def lease_holder(row: Any) -> str:
    return f"{row.name}" + (f" ({row.display_name})" if row.display_name else "")


def assert_not_leased_elsewhere(session: Session, account_id: uuid.UUID,
                                workstation_id: uuid.UUID | str | None) -> None:
    """Raise AccountLeased if another workstation holds a live lease on the account (see `lease_elsewhere`)."""
    refuse_if_leased(lease_elsewhere(session, account_id, workstation_id))


def refuse_if_leased(row: Any) -> None:
    """Raise AccountLeased for another workstation's lease row (from `leases_elsewhere`); nothing for None."""
    if row is None:
        return
    who = lease_holder(row)
    raise AccountLeased(f"This account is checked out for offline work on {who}; it can be read here but not "
                        "contacted or changed until that workstation syncs and releases it, or a supervisor "
                        "breaks the lease.", row.id, row.name)


def require_writable(session: Session, actor: Actor, account_id: uuid.UUID) -> None:
    """Refuse to contact or change an account another workstation has checked out (AccountLeased)."""
    assert_not_leased_elsewhere(session, account_id, actor.workstation)
