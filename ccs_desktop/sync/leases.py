"""Leases on the shared database: an account checked out to one workstation for offline work.

While an account is leased, other workstations may read it but not contact it or change it: services call
`assert_not_leased_elsewhere(session, account_id, workstation_id)` before they change an account. A
supervisor can break a lease (audited); the workstation that held it then hands its changes back as
conflicts when it syncs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import AccountParty, Lease, Workstation, utcnow
from ..models.enums import Role
from ..services import audit
from ..services.access import AccountLeased, assert_not_leased_elsewhere, live_lease, live_lease_filter
from ..services.context import Actor, ServiceError
from ..db import SessionFactory

DEFAULT_LEASE_DAYS = 7

__all__ = ["AccountLeased", "assert_not_leased_elsewhere", "live_lease", "live_lease_filter", "register_workstation",
           "household", "take_in", "release", "break_lease"]


def register_workstation(factory: SessionFactory, actor: Actor, name: str,
                         workstation_id: uuid.UUID | None = None) -> uuid.UUID:
    """The shared database's record of a workstation (created once, then reused)."""
    with factory() as s, s.begin():
        ws = s.get(Workstation, workstation_id) if workstation_id else None
        if ws is None:
            ws = Workstation(name=name[:64], user_id=actor.user_id, last_seen_at=utcnow())
            if workstation_id:
                ws.id = workstation_id
            s.add(ws)
            s.flush()
            audit.record(s, actor, "workstation.register", "workstation", ws.id, after={"name": ws.name})
        else:
            ws.last_seen_at = utcnow()
            ws.user_id = actor.user_id
        return ws.id


def household(session: Session, account_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The accounts plus every account sharing a person with them (one hop): the person's contact history
    spans them, so offline guardrails need them all."""
    ids = set(account_ids)
    if not ids:
        return ids
    persons = sa.select(AccountParty.person_id).where(AccountParty.account_id.in_(ids))
    ids.update(session.scalars(sa.select(AccountParty.account_id).where(AccountParty.person_id.in_(persons))))
    return ids


def take_in(session: Session, actor: Actor, workstation_id: uuid.UUID, account_ids: Iterable[uuid.UUID],
            days: int = DEFAULT_LEASE_DAYS) -> list[Lease]:
    """Lease the accounts (and their household) to the workstation; renew leases it already holds."""
    now = utcnow()
    wanted = sorted(household(session, account_ids))
    if not wanted:
        return []
    # Serialise lease-taking per account (the partial unique index is the final guard).
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext('ccs-lease'))"))
    existing = {l.account_id: l for l in session.scalars(
        sa.select(Lease).where(Lease.account_id.in_(wanted), Lease.released_at.is_(None),
                               Lease.broken_at.is_(None)))}
    taken: list[Lease] = []
    for account_id in wanted:
        lease = existing.get(account_id)
        if lease is not None and lease.workstation_id != workstation_id:
            if lease.expires_at > now:
                assert_not_leased_elsewhere(session, account_id, workstation_id)
            lease.released_at = now  # an expired lease of someone else: closed, replaced below
            session.flush()
            lease = None
        if lease is None:
            lease = Lease(account_id=account_id, workstation_id=workstation_id, user_id=actor.user_id,
                          taken_at=now, expires_at=now + dt.timedelta(days=days))
            session.add(lease)
            session.flush()
            audit.record(session, actor, "lease.take", "lease", lease.id, account_id=account_id,
                         after={"workstation_id": workstation_id, "expires_at": lease.expires_at})
        else:
            lease.expires_at = now + dt.timedelta(days=days)
        taken.append(lease)
    return taken


def release(factory: SessionFactory, actor: Actor, workstation_id: uuid.UUID,
            account_ids: Iterable[uuid.UUID]) -> int:
    ids = list(account_ids)
    with factory() as s, s.begin():
        leases = s.scalars(sa.select(Lease).where(Lease.account_id.in_(ids), Lease.workstation_id == workstation_id,
                                                  Lease.released_at.is_(None), Lease.broken_at.is_(None))).all()
        for lease in leases:
            lease.released_at = utcnow()
            audit.record(s, actor, "lease.release", "lease", lease.id, account_id=lease.account_id)
        return len(leases)


def break_lease(factory: SessionFactory, supervisor: Actor, account_id: uuid.UUID, reason: str) -> Lease:
    """A supervisor ends another workstation's lease on an account; its offline changes come back as conflicts."""
    supervisor.require(Role.SUPERVISOR, Role.ADMIN, action="break an offline lease")
    if not reason or not reason.strip():
        raise ServiceError("Say why the lease is broken (the collector who holds it will see it).")
    with factory() as s, s.begin():
        lease = s.scalars(sa.select(Lease).where(Lease.account_id == account_id, Lease.released_at.is_(None),
                                                 Lease.broken_at.is_(None))).first()
        if lease is None:
            raise ServiceError("The account is not checked out to any workstation.")
        lease.broken_at = utcnow()
        lease.broken_by = supervisor.user_id
        audit.record(s, supervisor, "lease.break", "lease", lease.id, account_id=account_id,
                     before={"workstation_id": lease.workstation_id}, after={"broken_at": lease.broken_at},
                     reason=reason.strip())
        return lease
