"""Who may see and work an account: the one rule, used by every service and by PostgreSQL's row-level security.

The rule (DESIGN.md, Permissions) is written down once, in `RULE`: for each product role, the kinds of
account it grants (`Grant`).

- collector: the accounts assigned to them;
- supervisor: the accounts assigned to them, to a member of a team they supervise (``teams.supervisor_id`` is
  theirs; being a member of a team grants nothing), or to nobody (so they can assign them);
- admin: every account.

`RULE` and the clause builder live in `ccs_desktop/access_rule.py` (below the migrations, which take the
database's policy from it). Everything else is generated from that description, so the places cannot drift apart:

- `visible_accounts(actor)`: the WHERE clause on `Account` every listing uses (queue, portfolio, calendar, call
  log, approvals, assignments, letter batches, remittance lines, the audit-trail search...), and through
  `require_account` every use case that opens, reads or changes one account (the workspace, promises, payments,
  contacts, letters, disputes, facts);
- `rls_accounts_using()`: the USING expression of the row-level security policy on ``accounts``
  (`migrations/security.py`), in terms of ``ccs_uid()``, ``ccs_role()`` and ``ccs_team_members()``; the body of
  that SQL function (`team_members_function_body()`) is the same query as `answered_for`.

`answered_for(actor)` is "the users a supervisor answers for": themselves and the members of the teams they
supervise (everyone, for an admin; themselves, for a collector). The call log, reviews, overrides, KPIs, the
promise calendar and whom a supervisor may assign accounts to all use that one set.

Seeing an account is working it, with one exception: while another workstation holds a live lease on it
(checked out for offline work, `ccs_desktop.sync`), it may be read here but not contacted or changed. Services
pass ``write=True`` to `require_account` (or call `require_writable`) before an outbound contact or letter, a
promise taken, approved or cancelled, a dispute's state changed, or consent recorded. What arrives from the
consumer or the client is recorded wherever it arrives, because the law makes it take effect at once and it
never conflicts: an inbound call, a dispute and its hold and notes, a fact that only restricts contact (cease,
attorney, wrong number, refused channel, inconvenient time), a payment. The leasing workstation pulls them on
its next sync, which reports any contact it made that they would have blocked.

On PostgreSQL the database applies the rule itself (an account outside it is simply not there); on SQLite the
services are the only guard.
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
from ..access_rule import RULE, Grant, answered_for_query, clause
from .context import Actor, PermissionDenied, ServiceError


def _uid(actor: Actor) -> Any:
    return None if actor.user_id is None else sa.literal(actor.user_id, User.__table__.c.id.type)


def visible_accounts(actor: Actor) -> sa.ColumnElement[bool]:
    """A WHERE clause on `Account`: the accounts this actor may see and work (the rule, `RULE`)."""
    uid = _uid(actor)
    answered = answered_for_query(uid) if uid is not None else None
    return sa.or_(*(clause(g, uid, answered) for g in RULE[Role(actor.role)]))


# --- whose work an actor answers for ----------------------------------------------------------------------------


def answered_for(actor: Actor) -> sa.Select | None:
    """A SELECT of the users whose work the actor answers for; None means everyone (an admin).

    Supervisor: themselves and the members of the teams they supervise. Collector: themselves."""
    if RULE[Role(actor.role)] == (Grant.EVERY,):
        return None
    uid = _uid(actor)
    if uid is None:
        return sa.select(User.id).where(sa.false())
    if Grant.TEAMS in RULE[Role(actor.role)]:
        return answered_for_query(uid)
    return sa.select(User.id).where(User.id == uid)


def answered_for_ids(session: Session, actor: Actor) -> set[uuid.UUID] | None:
    """`answered_for` as a set of ids (None: everyone)."""
    query = answered_for(actor)
    return None if query is None else set(session.scalars(query))


def answers_for(session: Session, actor: Actor, user_id: uuid.UUID | None) -> bool:
    """Whether the actor answers for this user's work."""
    query = answered_for(actor)
    if query is None:
        return True
    return user_id is not None and session.scalar(sa.select(sa.literal(True)).where(
        sa.literal(user_id, User.__table__.c.id.type).in_(query))) is not None


def require_answers_for(session: Session, actor: Actor, user_id: uuid.UUID | None, action: str) -> None:
    """PermissionDenied unless the actor answers for this user (see `answered_for`)."""
    if not answers_for(session, actor, user_id):
        raise PermissionDenied(f"{actor.username} may not {action}: "
                               + ("only their own" if actor.role == Role.COLLECTOR
                                  else "that user is not on a team they supervise"))


def supervised_teams(actor: Actor) -> sa.Select | None:
    """A SELECT of the ids of the teams the actor supervises; None means every team (an admin)."""
    if RULE[Role(actor.role)] == (Grant.EVERY,):
        return None
    return sa.select(Team.id).where(Team.supervisor_id == actor.user_id if actor.user_id else sa.false())


# --- one account ----------------------------------------------------------------------------------------------


class NoSuchAccount(ServiceError):
    """The account does not exist (on PostgreSQL, also one the signed-in role may not see: it is not there)."""

    def __init__(self) -> None:
        super().__init__("That account does not exist.")


def may_see(session: Session, actor: Actor, account_id: uuid.UUID) -> bool:
    """Whether the rule lets the actor see (and work) this account: one indexed lookup (none for an admin)."""
    if RULE[Role(actor.role)] == (Grant.EVERY,):
        return True
    return session.scalar(sa.select(Account.id).where(Account.id == account_id, visible_accounts(actor))) is not None


def refusal(actor: Actor, account: Account, action: str = "open") -> PermissionDenied:
    why = ("it is assigned to someone outside the teams they supervise" if actor.role == Role.SUPERVISOR
           else "it is not assigned to them")
    return PermissionDenied(f"{actor.username} may not {action} account {account.client_account_number}: {why}")


def check_account(session: Session, actor: Actor, account: Account, *, action: str = "open",
                  write: bool = False) -> Account:
    """Raise PermissionDenied unless the rule lets the actor see this (loaded) account; with `write`, also
    AccountLeased while another workstation has it checked out."""
    if not may_see(session, actor, account.id):
        raise refusal(actor, account, action)
    if write:
        require_writable(session, actor, account.id)
    return account


def require_account(session: Session, actor: Actor, account_id: uuid.UUID, *, action: str = "open",
                    write: bool = False, lock: bool = False) -> Account:
    """The account, if the rule lets this actor see and work it; otherwise PermissionDenied (no such account:
    NoSuchAccount). With `write`, an account another workstation has checked out is refused (AccountLeased);
    with `lock`, the row is locked for update."""
    account = session.get(Account, account_id, with_for_update=lock or None)
    if account is None:
        raise NoSuchAccount()
    return check_account(session, actor, account, action=action, write=write)


def require_workable(session: Session, actor: Actor, account_id: uuid.UUID, *, write: bool = True) -> Account:
    """`require_account` for a use case that works the account (contact, letter, dispute): the lease is
    checked unless `write` is False."""
    return require_account(session, actor, account_id, action="work", write=write)


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
