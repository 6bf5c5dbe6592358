"""Which accounts an actor may see: the rule the services apply on every backend.

On PostgreSQL the database applies the same rule itself (row-level security, `migrations/security.py`);
on SQLite this is the only guard, so every service that reads or changes an account goes through it.

- collector: accounts assigned to them;
- supervisor: accounts assigned to themselves, to members of their team, or of teams they supervise;
- admin: every account.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import Account, Team, User
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
