"""The shared PostgreSQL database enforces who sees and changes what, connecting as real login roles."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop import db
from ccs_desktop.migrations import security
from ccs_desktop.models import Account, AuditEvent, ContactAttempt, Person, Phone, User
from ccs_desktop.models.enums import Channel, Role
from ccs_desktop.services.users import auth
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.users import db_roles
from ccs_desktop.services.context import SYSTEM
from tests.services.pg_world import PASSWORD, world  # noqa: F401 (the fixture)

pytestmark = pytest.mark.postgres

NY = ZoneInfo("America/New_York")


def _ids(engine: sa.Engine, table) -> set[uuid.UUID]:
    with Session(engine) as s:
        return set(s.scalars(sa.select(table.id)))


def test_a_collector_reads_only_their_own_accounts_and_their_people(world):
    engine = world.connect(world.col_a)
    assert _ids(engine, Account) == {world.acc_a.id}
    with Session(engine) as s:
        # Asking for an unassigned account by id gets nothing, not an error that confirms it exists.
        assert s.get(Account, world.acc_b.id) is None
        assert s.scalar(sa.select(Account.id).where(Account.client_account_number == world.acc_free.client_account_number)) is None
        names = set(s.scalars(sa.select(Person.last_name)))
        assert names == {"Alvarez"}
        assert s.scalars(sa.select(Phone.e164)).all() == ["+12125550100"]
        assert s.scalars(sa.select(ContactAttempt.id)).all() == []
        # An UPDATE aimed at someone else's account touches no row.
        changed = s.execute(sa.update(Account).where(Account.id == world.acc_b.id).values(last_result="RPC"))
        assert changed.rowcount == 0
        s.rollback()
        # The password hash column is out of reach even for their own row.
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            s.execute(sa.text("SELECT password_hash FROM users"))


def test_updating_or_deleting_a_contact_attempt_is_refused_by_the_database(world):
    for user in (world.col_b, world.admin):
        engine = world.connect(user)
        with Session(engine) as s:
            attempt = s.scalars(sa.select(ContactAttempt.id)).one()
            for statement in (sa.update(ContactAttempt).where(ContactAttempt.id == attempt).values(result_code="RPC"),
                              sa.delete(ContactAttempt).where(ContactAttempt.id == attempt)):
                with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                    s.execute(statement)
                s.rollback()
    # Even the owner of the tables (not a superuser) meets the trigger; here the owner is a superuser, so check
    # the trigger by name.
    with world.owner.connect() as conn:
        triggers = set(conn.execute(sa.text(
            "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'trg_%_append_only'")).scalars())
    assert {f"trg_{t}_append_only" for t in ("contact_attempts", "notes", "payments", "audit_events")} <= triggers


def test_the_append_only_trigger_stops_a_table_owner_too(world, pg_server):
    """A non-superuser owner role (how IT should run the database) cannot rewrite history either."""
    owner_role = f"ccs_owner_{uuid.uuid4().hex[:8]}"
    with world.owner.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{owner_role}" LOGIN')
        conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{sa.make_url(world.url).database}" TO "{owner_role}"')
        conn.exec_driver_sql(f'ALTER TABLE contact_attempts OWNER TO "{owner_role}"')
    world.roles.append(owner_role)
    engine = db.make_engine(sa.make_url(world.url).set(username=owner_role))
    world.engines.append(engine)
    try:
        with engine.connect() as conn:
            with pytest.raises(sa.exc.ProgrammingError, match="append-only"):
                conn.execute(sa.delete(ContactAttempt))
    finally:
        engine.dispose()
        with world.owner.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE contact_attempts OWNER TO CURRENT_USER")
            conn.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{sa.make_url(world.url).database}" FROM "{owner_role}"')


def test_a_supervisor_sees_their_team_only(world):
    engine = world.connect(world.sup)
    assert _ids(engine, Account) == {world.acc_a.id, world.acc_a2.id}
    with Session(engine) as s:
        assert "Brightwater" not in set(s.scalars(sa.select(Person.last_name)))


def test_an_admin_sees_everything_but_cannot_rewrite_history(world):
    engine = world.connect(world.admin)
    assert _ids(engine, Account) == {world.acc_a.id, world.acc_a2.id, world.acc_b.id, world.acc_free.id}


def test_a_collector_works_normally_through_the_services_as_their_own_role(world):
    engine = world.connect(world.col_a)
    factory = db.session_factory(engine)
    actor = auth.actor_for(world.col_a)
    with factory() as s:
        phone = s.scalars(sa.select(Phone.id)).one()
    day = dt.datetime.now(NY).date() - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    at = dt.datetime.combine(day, dt.time(11), tzinfo=NY).astimezone(dt.timezone.utc)
    attempt = attempts.record_attempt(factory, actor, attempts.AttemptInput(
        account_id=world.acc_a.id, person_id=world.person_a.id, channel=Channel.CALL, result_code="NA",
        phone_id=phone, at=at))
    with factory() as s:
        assert s.get(ContactAttempt, attempt.id) is not None
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(AuditEvent.user_id == actor.user_id)) >= 1
    # ...and cannot forge an audit event in another user's name.
    with factory() as s, s.begin():
        forged = auth.actor_for(world.col_b)
        from ccs_desktop.services import audit

        with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
            audit.record(s, forged, "account.note_added", "account", world.acc_a.id, account_id=world.acc_a.id)


def test_only_admins_change_users_and_reference_data(world):
    engine = world.connect(world.col_a)
    with Session(engine) as s:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            s.execute(sa.update(User).where(User.id == world.col_a.id).values(role="admin"))
        s.rollback()
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            s.execute(sa.text("SELECT ccs_create_login('ccsu_mallory', :v, 'ccs_admin')"),
                      {"v": db_roles.scram_verifier("whatever 123")})
        s.rollback()
    admin = world.connect(world.admin)
    with Session(admin) as s:
        # Even an admin cannot use the login functions on roles that are not CCS Desktop logins.
        with pytest.raises(sa.exc.DataError, match="not a CCS Desktop login role"):
            s.execute(sa.text("SELECT ccs_set_login_password('postgres', :v)"),
                      {"v": db_roles.scram_verifier("whatever 123")})


def test_server_sign_in_as_the_login_role(world, tmp_path):
    throttle = auth.FailureThrottle(tmp_path / "failures.json")
    session = auth.sign_in_server(world.url, world.col_a.username, PASSWORD, throttle=throttle)
    try:
        assert session.actor.user_id == world.col_a.id and session.actor.role == Role.COLLECTOR
        assert _ids(session.engine, Account) == {world.acc_a.id}
    finally:
        session.engine.dispose()
    # A locked user row is refused even with the right password.
    auth.lock_user(world.factory, SYSTEM, world.col_a.username, locked=True, minutes=30)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in_server(world.url, world.col_a.username, PASSWORD, throttle=throttle)
    # An admin locking the login role stops the connection at the server.
    db_roles.set_login_enabled(world.factory, SYSTEM, world.col_b.username, False)
    with pytest.raises(auth.SignInError, match="may not sign in"):
        auth.sign_in_server(world.url, world.col_b.username, PASSWORD, throttle=throttle)


def test_injection_strings_in_sign_in_change_nothing(world, tmp_path):
    throttle = auth.FailureThrottle(tmp_path / "failures.json")
    with world.factory() as s:
        users_before = s.scalar(sa.select(sa.func.count()).select_from(User))
    for evil in ("x'; DROP TABLE users; --", "' OR '1'='1", 'ccsu_a"; ALTER ROLE postgres PASSWORD \'x\'; --'):
        with pytest.raises(auth.SignInError):
            auth.sign_in(world.factory, evil, "' OR '1'='1")
        with pytest.raises((auth.SignInError, db.DatabaseError)):
            auth.sign_in_server(world.url, evil, "' OR '1'='1", throttle=throttle)
    with world.factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(User)) == users_before


def test_an_admin_signed_in_as_their_role_creates_a_collector_who_can_then_sign_in(world, tmp_path):
    throttle = auth.FailureThrottle(tmp_path / "failures.json")
    admin = auth.sign_in_server(world.url, world.admin.username, PASSWORD, throttle=throttle)
    newbie = f"new_{uuid.uuid4().hex[:8]}"
    try:
        auth.add_user(admin.session_factory, admin.actor, newbie, "New Collector", Role.COLLECTOR, None)
        world.roles.append(db_roles.grant_login(admin.session_factory, admin.actor, newbie, "first password 1"))
        auth.reassign_user(admin.session_factory, admin.actor, newbie, team=None)
    finally:
        admin.engine.dispose()
    with world.owner.connect() as conn:
        groups = set(conn.execute(sa.text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :r"), {"r": db_roles.role_name(newbie, sa.make_url(world.url).database)}).scalars())
    assert groups == {security.group_names(sa.make_url(world.url).database).collector}
    collector = auth.sign_in_server(world.url, newbie, "first password 1", throttle=throttle)
    try:
        assert collector.actor.role == Role.COLLECTOR
        assert _ids(collector.engine, Account) == set()  # nothing assigned yet
        # They change their own password (and only their own).
        db_roles.set_login_password(collector.session_factory, collector.actor, newbie, "second password 2")
        with pytest.raises(auth.PermissionDenied):
            db_roles.set_login_password(collector.session_factory, collector.actor, world.col_a.username,
                                        "stolen password 3")
    finally:
        collector.engine.dispose()
    with world.owner.connect() as conn:
        verifier = conn.execute(sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                                {"r": db_roles.role_name(newbie, sa.make_url(world.url).database)}).scalar_one()
    assert verifier.startswith("SCRAM-SHA-256$4096:")


def test_the_scram_verifier_is_the_one_postgresql_computes(pg_server):
    """Login passwords are sent as verifiers: they must be exactly what the server would store."""
    import base64

    role = f"ccs_scram_{uuid.uuid4().hex[:8]}"
    with pg_server.engine.connect() as conn:
        conn.exec_driver_sql("SET password_encryption = 'scram-sha-256'")
        conn.exec_driver_sql(f"CREATE ROLE \"{role}\" PASSWORD 'Grüße aus Köln 7'")
        try:
            stored = conn.execute(sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}).scalar_one()
        finally:
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
    iterations, salt = stored.split("$")[1].split(":")
    ours = db_roles.scram_verifier("Grüße aus Köln 7", salt=base64.b64decode(salt), iterations=int(iterations))
    assert ours == stored


def test_the_database_and_the_services_agree_on_who_sees_what(world):
    from ccs_desktop.services import access

    for user in (world.sup, world.col_a, world.col_a2, world.col_b, world.admin):
        with world.factory() as s:
            by_service = set(s.scalars(sa.select(Account.id).where(access.visible_accounts(auth.actor_for(user)))))
        assert _ids(world.connect(user), Account) == by_service, user.username


def test_a_collector_cannot_grant_themselves_a_guardrail_override(world):
    from ccs_desktop.models import Override

    engine = world.connect(world.col_a)
    with Session(engine) as s:
        s.add(Override(supervisor_id=world.sup.id, collector_id=world.col_a.id, account_id=world.acc_a.id,
                       person_id=world.person_a.id, rules=["reg_f_7_in_7"], reason="self-service",
                       at=dt.datetime.now(dt.timezone.utc)))
        with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
            s.flush()
    sup = world.connect(world.sup)
    with Session(sup) as s, s.begin():
        s.add(Override(supervisor_id=world.sup.id, collector_id=world.col_a.id, account_id=world.acc_a.id,
                       person_id=world.person_a.id, rules=["reg_f_7_in_7"], reason="consumer asked for a call back",
                       at=dt.datetime.now(dt.timezone.utc)))
