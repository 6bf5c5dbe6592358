"""What a collector can do with psql through their OWN PostgreSQL login role, and what the database refuses.

Every statement here is sent the way an attacker at a workstation would send it: through `World.connect(user)`, the
user's own login role (never the superuser), with plain SQL or bare ORM rows that skip the services.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop import db
from ccs_desktop.models import (
    Account, AccountParty, AuditEvent, CeaseRequest, ComplianceFlag, Conflict, ContactAttempt, Lease, Person, Phone,
    User, new_id, utcnow,
)
from ccs_desktop.models.enums import AccountStatus, Channel, FlagKind, PaymentMethod, Role
from ccs_desktop.services.users import auth
from ccs_desktop.services.accounts import facts
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.money import payments
from ccs_desktop.services.context import PermissionDenied
from ccs_desktop.sync import engine as sync_engine
from ccs_desktop.sync import leases as L
from tests.services.pg_world import world  # noqa: F401 (the fixture)

NY = ZoneInfo("America/New_York")
RLS = "row-level security"


def _as(world, user: User) -> tuple[sa.Engine, db.SessionFactory]:
    engine = world.connect(user)
    return engine, db.session_factory(engine)


def _weekday_morning() -> dt.datetime:
    day = dt.datetime.now(NY).date() - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(11), tzinfo=NY).astimezone(dt.timezone.utc)


def _attempt_row(world, **values) -> dict:
    row = {"id": new_id(), "account_id": world.acc_a.id, "person_id": world.person_a.id, "user_id": world.col_a.id,
           "at": utcnow(), "channel": "call", "direction": "outbound", "result_code": "NA", "outcome": "no_answer",
           "purpose": "collection", "disclosures": [], "recorded_offline": False, "created_at": utcnow()}
    row.update(values)
    return row


def _raw_insert(conn, table: str, row: dict) -> None:
    """INSERT as psql would send it: plain values, no client-side checks of the ORM."""
    values = {k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()}
    cols = ", ".join(values)
    marks = ", ".join(f"CAST(:{k} AS jsonb)" if isinstance(row[k], (list, dict)) else f":{k}" for k in values)
    conn.execute(sa.text(f"INSERT INTO {table} ({cols}) VALUES ({marks})"), values)


def _workstation(world, user: User, name: str) -> uuid.UUID:
    _engine, factory = _as(world, user)
    return L.register_workstation(factory, auth.actor_for(user, name), name)


# --- 1. sync conflicts ---------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_1_a_forged_sync_conflict_resolved_by_an_admin_does_not_make_the_collector_an_admin(world):
    ws_a = _workstation(world, world.col_a, "LAPTOP-A")
    ws_b = _workstation(world, world.col_b, "LAPTOP-B")
    engine, _factory = _as(world, world.col_a)
    forged = new_id()
    with Session(engine) as s, s.begin():
        # The attack: a "conflict" from the collector's own workstation that holds an update of their users row.
        s.execute(sa.insert(Conflict.__table__).values(
            id=forged, created_at=utcnow(), entity="users", entity_id=str(world.col_a.id), field=None,
            local_value={"table": "users", "action": "update", "pk": {"id": str(world.col_a.id)},
                         "values": {"role": "admin"}, "before": {}},
            op_id=new_id(), workstation_id=ws_a, reason="rejected"))
    # ...nor one in another workstation's name, or about an account they cannot see.
    for values in ({"workstation_id": ws_b}, {"workstation_id": ws_a, "account_id": world.acc_b.id}):
        with Session(engine) as s:
            with pytest.raises(sa.exc.ProgrammingError, match=RLS):
                s.execute(sa.insert(Conflict.__table__).values(
                    id=new_id(), created_at=utcnow(), entity="notes", entity_id=str(new_id()), op_id=new_id(),
                    reason="rejected", local_value={"table": "notes", "action": "insert"}, **values))

    admin_engine, admin_factory = _as(world, world.admin)
    admin = auth.actor_for(world.admin, "OFFICE")
    assert forged in {c.id for c in sync_engine.open_conflicts(admin_factory)}  # the admin's dialog lists it
    with pytest.raises(PermissionDenied, match="not changed by syncing workstations"):
        sync_engine.resolve_conflict(admin_factory, admin, forged, "use_local")
    with world.factory() as s:
        assert s.get(User, world.col_a.id).role == Role.COLLECTOR
    with Session(engine) as s:
        assert set(s.scalars(sa.select(Account.id))) == {world.acc_a.id}

    # An update of another table's links or assignment (the same trick on an account row) is refused too.
    with Session(engine) as s, s.begin():
        s.execute(sa.insert(Conflict.__table__).values(
            id=(moved := new_id()), created_at=utcnow(), entity="accounts", entity_id=str(world.acc_b.id),
            field=None, local_value={"table": "accounts", "action": "update", "pk": {"id": str(world.acc_b.id)},
                                     "values": {"assigned_to": str(world.col_a.id)}, "before": {}},
            op_id=new_id(), workstation_id=ws_a, reason="rejected"))
    with pytest.raises(PermissionDenied):
        sync_engine.resolve_conflict(admin_factory, admin, moved, "use_local")
    with world.factory() as s:
        assert s.get(Account, world.acc_b.id).assigned_to == world.col_b.id


@pytest.mark.postgres
def test_1_conflicts_are_seen_only_by_who_may_see_their_account_and_hide_other_peoples_ids(world):
    from ccs_desktop.sync import resolving

    ws_a = _workstation(world, world.col_a, "LAPTOP-A")
    ws_b = _workstation(world, world.col_b, "LAPTOP-B")
    with world.factory() as s, s.begin():
        # col_b's workstation pushed an edit of their consumer that conflicted; col_a's a link that was refused.
        s.add(Conflict(entity="persons", entity_id=str(world.person_b.id), field="last_name", local_value="Bright",
                       server_value="Brightwater", workstation_id=ws_b, reason="concurrent_edit",
                       account_id=world.acc_b.id))
        s.add(Conflict(entity="account_parties", entity_id=str(new_id()), workstation_id=ws_a, reason="rejected",
                       account_id=world.acc_a.id,
                       local_value={"table": "account_parties", "action": "insert",
                                    "values": {"account_id": str(world.acc_a.id), "person_id": str(world.person_b.id),
                                               "role": "third_party"}},
                       server_value={"error": f"Key (person_id)=({world.person_b.id}) refused"}))
    _engine, factory = _as(world, world.col_a)
    seen = sync_engine.open_conflicts(factory, reader=auth.actor_for(world.col_a))
    assert [c.entity for c in seen] == ["account_parties"]
    text = repr([(c.entity_id, c.local_value, c.server_value) for c in seen])
    assert str(world.person_b.id) not in text and resolving.HIDDEN in text
    # Their supervisor's dialog shows the team's conflicts, not another team's.
    _engine, sup_factory = _as(world, world.sup)
    assert [c.entity for c in sync_engine.open_conflicts(sup_factory)] == ["account_parties"]


# --- 2. account parties -----------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_2_linking_someone_elses_person_is_refused_but_a_new_third_party_still_works(world):
    engine, factory = _as(world, world.col_a)
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match=RLS):
            s.execute(sa.insert(AccountParty.__table__).values(
                id=new_id(), account_id=world.acc_a.id, person_id=world.person_b.id, role="third_party",
                created_at=utcnow(), updated_at=utcnow(), row_version=1))
        s.rollback()
        # Re-pointing their own consumer's link at that person is refused the same way.
        with pytest.raises(sa.exc.ProgrammingError, match=RLS):
            s.execute(sa.update(AccountParty).where(AccountParty.account_id == world.acc_a.id)
                      .values(person_id=world.person_b.id))
        s.rollback()
        assert s.get(Person, world.person_b.id) is None
        cleared = s.execute(sa.update(Phone).where(Phone.person_id == world.person_b.id).values(do_not_call=False))
        assert cleared.rowcount == 0
        s.rollback()
    with world.factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(AccountParty)
                        .where(AccountParty.person_id == world.person_b.id)) == 1
    # A brand new third party (here the consumer's attorney, with a phone) is created and linked as before.
    facts.add_attorney(factory, auth.actor_for(world.col_a), world.acc_a.id, world.person_a.id,
                                "Lee & Partners", "+12125550142")
    with Session(engine) as s:
        assert "Lee & Partners" in set(s.scalars(sa.select(Person.last_name)))
        assert "+12125550142" in set(s.scalars(sa.select(Phone.e164)))


# --- 6. values, attribution, audit, arithmetic ------------------------------------------------------------------


@pytest.mark.postgres
def test_6a_an_unknown_outcome_is_refused_so_later_contacts_keep_working(world):
    engine, factory = _as(world, world.col_a)
    with Session(engine) as s:
        with pytest.raises(sa.exc.IntegrityError, match="ck_contact_attempts_outcome"):
            _raw_insert(s, "contact_attempts", _attempt_row(world, outcome="bogus"))
        s.rollback()
        with pytest.raises(sa.exc.IntegrityError, match="ck_accounts_status"):
            s.execute(sa.text("UPDATE accounts SET status = 'gone' WHERE id = :a"), {"a": world.acc_a.id})
    with Session(engine) as s:
        phone = s.scalars(sa.select(Phone.id)).one()
    recorded = attempts.record_attempt(factory, auth.actor_for(world.col_a), attempts.AttemptInput(
        account_id=world.acc_a.id, person_id=world.person_a.id, channel=Channel.CALL, result_code="NA",
        phone_id=phone, at=_weekday_morning()))
    assert recorded.outcome == "no_answer"


def test_6a_sqlite_refuses_unknown_values_too(sqlite_url):
    engine = db.make_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            with pytest.raises(sa.exc.IntegrityError, match="ck_users_role"):
                _raw_insert(conn, "users", {"id": new_id().hex, "username": "mallory", "display_name": "M",
                                            "role": "root", "active": True, "language": "en", "failed_logins": 0,
                                            "created_at": "2026-01-01", "updated_at": "2026-01-01",
                                            "row_version": 1})
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_6b_contact_attempts_only_in_ones_own_name_and_only_with_their_audit_event(world):
    engine, factory = _as(world, world.col_a)
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match=RLS):
            _raw_insert(s, "contact_attempts", _attempt_row(world, user_id=world.col_a2.id))
        s.rollback()
    # In their own name but without the audit event: refused when the transaction commits.
    with pytest.raises(sa.exc.IntegrityError, match="no audit event"):
        with Session(engine) as s, s.begin():
            _raw_insert(s, "contact_attempts", _attempt_row(world))
    with world.factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt)
                        .where(ContactAttempt.account_id == world.acc_a.id)) == 0
    # Through the service: recorded, in their name, with its event.
    with Session(engine) as s:
        phone = s.scalars(sa.select(Phone.id)).one()
    recorded = attempts.record_attempt(factory, auth.actor_for(world.col_a), attempts.AttemptInput(
        account_id=world.acc_a.id, person_id=world.person_a.id, channel=Channel.CALL, result_code="NA",
        phone_id=phone, at=_weekday_morning()))
    with world.factory() as s:
        assert s.get(ContactAttempt, recorded.id).user_id == world.col_a.id
        assert s.scalar(sa.select(AuditEvent.user_id).where(AuditEvent.entity_id == str(recorded.id))) == world.col_a.id


@pytest.mark.postgres
def test_6c_balance_and_status_change_only_by_postings_and_by_role(world):
    engine, factory = _as(world, world.col_a)
    with pytest.raises(sa.exc.IntegrityError, match="sum of its balance transactions"):
        with Session(engine) as s, s.begin():
            s.execute(sa.update(Account).where(Account.id == world.acc_a.id).values(principal=0, balance=0))
    for status in ("closed", "recalled"):
        with Session(engine) as s:
            with pytest.raises(sa.exc.ProgrammingError, match="only (a supervisor|an admin)"):
                s.execute(sa.update(Account).where(Account.id == world.acc_a.id).values(status=status))
    with Session(engine) as s:
        with pytest.raises(sa.exc.IntegrityError, match="cannot be paid"):
            s.execute(sa.update(Account).where(Account.id == world.acc_a.id).values(status="paid"))
    # A posting in another user's name, or of a kind only imports post, is refused.
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match=RLS):
            s.execute(sa.text("INSERT INTO balance_transactions (id, account_id, kind, at, effective_on, principal, "
                              "interest, fees, costs, posted_by, created_at) VALUES (:id, :a, 'adjustment', now(), "
                              "current_date, -1000, 0, 0, 0, :u, now())"),
                      {"id": new_id(), "a": world.acc_a.id, "u": world.col_a.id})
    with world.factory() as s:
        account = s.get(Account, world.acc_a.id)
        assert (account.balance, account.status) == (Decimal("1000.00"), AccountStatus.OPEN)
    # The payment service posts, on this login, and the account is paid.
    result = payments.post_payment(factory, auth.actor_for(world.col_a), payments.PaymentInput(
        account_id=world.acc_a.id, amount=Decimal("1000.00"), paid_on=dt.date.today(), method=PaymentMethod.CHECK))
    assert (result.balance_after, result.account_status) == (Decimal("0.00"), AccountStatus.PAID)
    # A supervisor may close an account of their team (a dispute resolved "account closed" does).
    sup_engine, _ = _as(world, world.sup)
    with Session(sup_engine) as s, s.begin():
        assert s.execute(sa.update(Account).where(Account.id == world.acc_a2.id)
                         .values(status="closed")).rowcount == 1


# --- 12. leases ----------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_12_a_collector_cannot_undo_a_lease_break_or_break_a_lease(world):
    engine, factory = _as(world, world.col_a)
    actor = auth.actor_for(world.col_a, "LAPTOP-A")
    ws = L.register_workstation(factory, actor, "LAPTOP-A")
    with factory() as s, s.begin():
        L.take_in(s, actor, ws, [world.acc_a.id])
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match="only a supervisor or an admin breaks a lease"):
            s.execute(sa.update(Lease).where(Lease.account_id == world.acc_a.id)
                      .values(broken_at=utcnow(), broken_by=world.col_a.id))
    _sup_engine, sup_factory = _as(world, world.sup)
    L.break_lease(sup_factory, auth.actor_for(world.sup), world.acc_a.id, "Consumer called the office")
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match="a broken lease stays broken"):
            s.execute(sa.update(Lease).where(Lease.account_id == world.acc_a.id).values(broken_at=None))
        s.rollback()
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            s.execute(sa.delete(Lease).where(Lease.account_id == world.acc_a.id))
    with world.factory() as s:
        lease = s.scalars(sa.select(Lease).where(Lease.account_id == world.acc_a.id)).one()
        assert lease.broken_at is not None and lease.broken_by == world.sup.id
    # Taking it again is a new lease; giving that one back cannot be undone either.
    with factory() as s, s.begin():
        L.take_in(s, actor, ws, [world.acc_a.id])
    L.release(factory, actor, ws, [world.acc_a.id])
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match="a released lease stays released"):
            s.execute(sa.update(Lease).where(Lease.account_id == world.acc_a.id, Lease.released_at.is_not(None))
                      .values(released_at=None))


# --- the general rule: nothing else a workstation can reach is writable beyond its use ------------------------------


@pytest.mark.postgres
def test_a_collector_deletes_no_account_data_and_cannot_reach_cache_only_tables(world):
    engine, factory = _as(world, world.col_a)
    facts.set_flag(factory, auth.actor_for(world.col_a), world.acc_a.id, world.person_a.id,
                            FlagKind.CEASE_REQUESTED, "asked in writing")
    for model in (CeaseRequest, ComplianceFlag, Phone, AccountParty):
        with Session(engine) as s:
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                s.execute(sa.delete(model))
    for table in ("outbox", "sync_cursors"):
        with Session(engine) as s:
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                s.execute(sa.text(f"SELECT count(*) FROM {table}"))
    with world.factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(CeaseRequest)
                        .where(CeaseRequest.person_id == world.person_a.id)) == 1
