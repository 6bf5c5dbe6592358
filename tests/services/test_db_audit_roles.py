"""The shared database's audit chain, login roles and locks, attacked through the login roles workstations use.

Each test connects as a user's own PostgreSQL login role, made the way `World` (test_db_security.py) makes
them, never as the superuser, except where the attacker is the database owner.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop import db
from ccs_desktop.migrations import security
from ccs_desktop.models import Account, User
from ccs_desktop.models.enums import Role
from ccs_desktop.services.users import auth
from ccs_desktop.services.users import db_roles
from ccs_desktop.services.context import SYSTEM
from tests.conftest import _url_for, create_pg_database
from tests.services.pg_world import PASSWORD, World, world  # noqa: F401 (the fixture)

pytestmark = pytest.mark.postgres


def _database(url: str) -> str:
    return sa.make_url(url).database


def _login_url(url: str, role: str, password: str = PASSWORD) -> sa.URL:
    return sa.make_url(url).set(username=role, password=password)


@pytest.fixture
def two_agencies(pg_server, _pg_template):
    """Two agency databases on the same server, each with its users and login roles."""
    a = World(_url_for(create_pg_database(pg_server, _pg_template)))
    b = World(_url_for(create_pg_database(pg_server, _pg_template)))
    yield a, b
    a.close()
    b.close()


# --- 8. login roles belong to one database ------------------------------------------------------------


def test_an_admin_or_collector_of_one_agency_database_cannot_connect_to_or_read_another(two_agencies):
    a, b = two_agencies
    for user in (a.admin, a.col_a):
        role = db_roles.role_name(user.username, _database(a.url))
        engine = db.make_engine(_login_url(b.url, role))
        a.engines.append(engine)
        # Before: the server-wide groups let A's roles connect to B, read B's users and insert themselves.
        with pytest.raises(sa.exc.OperationalError, match="permission denied for database"):
            with engine.connect() as conn:
                conn.execute(sa.select(sa.func.count()).select_from(User))
    # B's own collector still works, and sees only their account.
    with Session(b.connect(b.col_a)) as s:
        assert set(s.scalars(sa.select(Account.id))) == {b.acc_a.id}

    # The same user name in both databases makes two login roles: A's admin resetting "dana" in A does not
    # touch B's dana, and cannot reach B's login roles through A's login functions.
    dana = f"dana_{uuid.uuid4().hex[:6]}"
    roles = {}
    for w in (a, b):
        auth.add_user(w.factory, SYSTEM, dana, "Dana Diaz", Role.COLLECTOR, None)
        roles[w] = db_roles.grant_login(w.factory, SYSTEM, dana, f"{w is a} agency secret 1")
        w.roles.append(roles[w])
    assert roles[a] != roles[b]
    with Session(a.connect(a.admin)) as s:
        for fn in ("ccs_set_login_password(:r, :v)", "ccs_create_login(:r, :v, :g)"):
            with pytest.raises(sa.exc.DBAPIError, match="not a CCS Desktop login role of this database"):
                s.execute(sa.text(f"SELECT {fn}"), {"r": roles[b], "v": db_roles.scram_verifier("taken over 123"),
                                                     "g": security.group_names(_database(a.url)).admin})
            s.rollback()
        with pytest.raises(sa.exc.DBAPIError, match="not a CCS Desktop login role of this database"):
            s.execute(sa.text("SELECT ccs_drop_login(:r)"), {"r": roles[b]})
        s.rollback()
    with a.owner.connect() as conn:
        member_of = set(conn.execute(sa.text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :r"), {"r": roles[b]}).scalars())
    assert member_of == {security.group_names(_database(b.url)).collector}


def test_an_upgrade_moves_server_wide_login_roles_into_the_databases_own_groups(pg_fresh_url, tmp_path):
    """Existing installs: `ccsu_<username>` in the server-wide `ccs_collector` becomes this database's role."""
    owner = db.make_engine(pg_fresh_url)
    database = _database(pg_fresh_url)
    username = f"old_{uuid.uuid4().hex[:8]}"
    legacy = f"ccsu_{username}"
    new = db_roles.role_name(username, database)
    try:
        with owner.begin() as conn:
            for group in security.LEGACY_GROUPS:
                conn.exec_driver_sql(f"""DO $$ BEGIN CREATE ROLE {group} NOLOGIN;
                                         EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$""")
            # What the earlier version installed: the role, its server-wide group and the group's rights.
            conn.exec_driver_sql(f"CREATE ROLE \"{legacy}\" LOGIN PASSWORD '{db_roles.scram_verifier(PASSWORD)}'")
            conn.exec_driver_sql(f'GRANT ccs_collector TO "{legacy}"')
            conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO ccs_collector')
            conn.exec_driver_sql("GRANT SELECT, UPDATE ON accounts, users TO ccs_collector")
            conn.execute(sa.insert(User).values(id=uuid.uuid4(), username=username, display_name="Old Timer",
                                                role=Role.COLLECTOR, db_role=legacy))
        with owner.begin() as conn:
            security.install(conn)  # what `db upgrade` runs
        with owner.connect() as conn:
            assert conn.scalar(sa.select(User.db_role).where(User.username == username)) == new
            assert conn.scalar(sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": legacy}) == 0
            member_of = set(conn.execute(sa.text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :r"), {"r": new}).scalars())
            assert member_of == {security.group_names(database).collector}
            # The server-wide group keeps no right here (other, not yet upgraded databases keep theirs).
            assert conn.scalar(sa.text("SELECT has_database_privilege('ccs_collector', :d, 'CONNECT')"),
                               {"d": database}) is False
            assert conn.scalar(sa.text("SELECT has_table_privilege('ccs_collector', 'accounts', 'SELECT')")) is False
            # The SCRAM password survived the rename.
            assert conn.scalar(sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                               {"r": new}).startswith("SCRAM-SHA-256$")
        session = auth.sign_in_server(pg_fresh_url, username, PASSWORD,
                                      throttle=auth.FailureThrottle(tmp_path / "failures.json"))
        try:
            assert session.actor.role == Role.COLLECTOR
        finally:
            session.engine.dispose()
    finally:
        with owner.begin() as conn:
            for role in (legacy, new):
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        owner.dispose()



# --- 4. the audit chain head is the database's --------------------------------------------------------


def test_a_collector_cannot_move_or_delete_the_chain_head_nor_backdate_an_event(world):
    from ccs_desktop.migrations.helpers import GENESIS_HASH
    from ccs_desktop.models import AuditChainHead, AuditEvent
    from ccs_desktop.services import audit

    engine = world.connect(world.col_a)
    actor = auth.actor_for(world.col_a)
    with Session(engine) as s:
        # Before: any collector could delete the head (stopping every sign-in and audited write) or move it.
        for statement in (sa.delete(AuditChainHead), sa.update(AuditChainHead).values(seq=0, hash=GENESIS_HASH)):
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                s.execute(statement)
            s.rollback()

    # The services still append as the collector: the database moves the head and stamps the event.
    with Session(engine) as s, s.begin():
        event = audit.record(s, actor, "account.note_added", "account", world.acc_a.id, account_id=world.acc_a.id)
        server_now = s.scalar(sa.select(sa.func.transaction_timestamp()))
        written = (event.seq, event.hash, event.recorded_at)
    assert written[2] == server_now
    with Session(engine) as s:
        head = s.get(AuditChainHead, 1)
        assert (head.seq, head.hash) == written[:2]

    # A correctly chained event backdated by the collector: its recorded_at is refused unless it is the server's.
    def forge(s: Session, *, recorded_at, prev_hash=None) -> None:
        head = s.get(AuditChainHead, 1)
        at = dt.datetime(2024, 1, 5, 10, tzinfo=dt.timezone.utc)
        fields = dict(seq=head.seq + 1, at=at, user_id=actor.user_id, action="account.note_added",
                      entity="account", entity_id=str(world.acc_a.id), account_id=world.acc_a.id, before=None,
                      after={"text": "called, no answer"}, reason=None, workstation="WS-1",
                      prev_hash=prev_hash or head.hash)
        digest = audit.event_digest(**fields, recorded_at=recorded_at)
        s.add(AuditEvent(id=uuid.uuid4(), hash=digest, recorded_at=recorded_at, **fields))
        s.flush()

    backdated = dt.datetime(2024, 1, 5, 10, 1, tzinfo=dt.timezone.utc)
    for kwargs, message in (({"recorded_at": backdated}, "stamped by the server"),
                            ({"recorded_at": None}, "stamped by the server")):
        with Session(engine) as s:
            with pytest.raises(sa.exc.DBAPIError, match=message):
                forge(s, **kwargs)
    with Session(engine) as s:
        stamp = s.scalar(sa.select(sa.func.transaction_timestamp()))
        with pytest.raises(sa.exc.DBAPIError, match="does not follow the chain head"):
            forge(s, recorded_at=stamp, prev_hash="f" * 64)
    # With the server's stamp the event goes in, but it says when it was really recorded.
    with Session(engine) as s, s.begin():
        stamp = s.scalar(sa.select(sa.func.transaction_timestamp()))
        forge(s, recorded_at=stamp)
    with world.owner.connect() as conn:
        last = conn.execute(sa.select(AuditEvent.at, AuditEvent.recorded_at).order_by(AuditEvent.seq.desc())
                            .limit(1)).one()
    assert last.at.year == 2024 and last.recorded_at == stamp
    with world.factory() as s:
        assert audit.verify(s).ok


# --- 11. locking a user -------------------------------------------------------------------------------


def _cli(url: str | sa.URL, *args: str) -> int:
    """Run the command line as the user in `url`; their password goes to the OS keyring (the private test
    keyring), as IT sets it up, never on the command line."""
    from ccs_desktop import cli, config

    url = sa.make_url(url)
    if url.password:
        config.set_secret(config.database_secret_name(url.username, url.host, url.port, url.database), url.password)
    bare = sa.URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return cli.main(["--database", bare.render_as_string(hide_password=False), *args])


def _listed(capsys, url: str, username: str) -> str:
    capsys.readouterr()
    assert _cli(url, "users", "list") == 0
    return next(line for line in capsys.readouterr().out.splitlines() if line.startswith(username + " "))


def test_a_lock_ends_open_sessions_a_timed_lock_ends_by_itself_and_users_list_tells_the_truth(world, capsys,
                                                                                             tmp_path):
    database = _database(world.url)
    admin_url = _login_url(world.url, db_roles.role_name(world.admin.username, database)) \
        .render_as_string(hide_password=False)
    throttle = auth.FailureThrottle(tmp_path / "failures.json")
    collector = world.connect(world.col_a)
    conn = collector.connect()
    assert conn.execute(sa.select(Account.id)).scalars().all() == [world.acc_a.id]

    assert _cli(admin_url, "users", "lock", world.col_a.username, "--minutes", "1") == 0
    # Before: the session opened before the lock went on reading (row-level security checked only `active`).
    with pytest.raises(sa.exc.OperationalError):
        conn.execute(sa.select(Account.id)).all()
    conn.invalidate()
    # A timed lock keeps LOGIN, but whoever connects as the locked user is nobody, and sign-in refuses.
    with Session(world.connect(world.col_a)) as s:
        assert s.scalars(sa.select(Account.id)).all() == []
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in_server(world.url, world.col_a.username, PASSWORD, throttle=throttle)
    line = _listed(capsys, admin_url, world.col_a.username)
    assert "locked until" in line and "NOLOGIN" not in line

    # The minute passes: the lock has ended by itself. Before: the role stayed NOLOGIN for ever while
    # `users list` said "locked until <a past time>".
    with world.owner.begin() as c:
        c.execute(sa.update(User).where(User.id == world.col_a.id)
                  .values(locked_until=dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)))
    line = _listed(capsys, admin_url, world.col_a.username)
    assert " active " in line and "locked" not in line and "NOLOGIN" not in line
    session = auth.sign_in_server(world.url, world.col_a.username, PASSWORD, throttle=throttle)
    try:
        assert {a for a in session.session_factory().scalars(sa.select(Account.id))} == {world.acc_a.id}
    finally:
        session.engine.dispose()

    # A lock without end (and disabling) makes the role NOLOGIN; unlocking gives LOGIN back.
    assert _cli(admin_url, "users", "lock", world.col_a2.username) == 0
    line = _listed(capsys, admin_url, world.col_a2.username)
    assert "locked until" in line and "(NOLOGIN)" in line
    with pytest.raises(auth.SignInError, match="may not sign in"):
        auth.sign_in_server(world.url, world.col_a2.username, PASSWORD, throttle=throttle)
    assert _cli(admin_url, "users", "unlock", world.col_a2.username) == 0
    assert "NOLOGIN" not in _listed(capsys, admin_url, world.col_a2.username)
    auth.sign_in_server(world.url, world.col_a2.username, PASSWORD, throttle=throttle).engine.dispose()


# --- 7. anchors outside the database ------------------------------------------------------------------


def _rewrite_chain_from(owner: sa.Engine, seq: int, new_after: dict) -> None:
    """What the table owner or a superuser can do: change an event and re-hash everything after it."""
    from ccs_desktop.models import AuditChainHead, AuditEvent
    from ccs_desktop.services import audit

    with Session(owner) as s, s.begin():
        s.execute(sa.text("SET LOCAL session_replication_role = replica"))  # triggers off
        events = s.scalars(sa.select(AuditEvent).where(AuditEvent.seq >= seq).order_by(AuditEvent.seq)).all()
        prev = s.scalar(sa.select(AuditEvent.hash).where(AuditEvent.seq == seq - 1))
        for event in events:
            if event.seq == seq:
                event.after = new_after
            event.prev_hash = prev
            event.hash = prev = audit.event_digest(
                seq=event.seq, at=event.at, user_id=event.user_id, action=event.action, entity=event.entity,
                entity_id=event.entity_id, account_id=event.account_id, before=event.before, after=event.after,
                reason=event.reason, workstation=event.workstation, prev_hash=event.prev_hash,
                recorded_at=event.recorded_at)
        s.get(AuditChainHead, 1).hash = prev


def test_a_chain_rewritten_by_the_owner_verifies_but_not_against_its_anchor(world, capsys, tmp_path):
    from ccs_desktop.services import audit

    admin_url = _login_url(world.url, db_roles.role_name(world.admin.username, _database(world.url))) \
        .render_as_string(hide_password=False)
    collector = db.session_factory(world.connect(world.col_a))
    actor = auth.actor_for(world.col_a)

    def note(text: str) -> None:
        with collector() as s, s.begin():
            audit.record(s, actor, "account.note_added", "account", world.acc_a.id, account_id=world.acc_a.id,
                         after={"text": text})

    for n in range(4):
        note(f"called, no answer {n}")
    anchors = tmp_path / "audit-anchors.jsonl"
    assert _cli(admin_url, "audit", "anchor", "--out", str(anchors), "--hmac") == 0
    anchored = audit_anchor_lines(anchors)
    assert len(anchored) == 1 and anchored[0]["seq"] >= 4 and anchored[0]["hmac"]
    note("consumer promised 50 on Friday")
    assert _cli(admin_url, "audit", "anchor", "--out", str(anchors), "--hmac") == 0

    # The owner edits an event before the first anchor and re-hashes the rest of the chain.
    target = anchored[0]["seq"] - 1
    _rewrite_chain_from(world.owner, target, {"text": "consumer refused to pay"})
    capsys.readouterr()
    assert _cli(admin_url, "audit", "verify") == 0
    assert "intact" in capsys.readouterr().out  # the chain alone cannot tell

    assert _cli(admin_url, "audit", "verify", "--against", str(anchors)) == 1
    out = capsys.readouterr().out
    assert "does not match the anchor on line 1" in out and f"event {anchored[0]['seq']}" in out

    # Changing the anchor file to match the rewritten chain breaks its signature.
    import json

    with world.owner.connect() as conn:
        new_hash = conn.scalar(sa.text("SELECT hash FROM audit_events WHERE seq = :s"), {"s": anchored[0]["seq"]})
    lines = anchors.read_text().splitlines()
    forged = json.loads(lines[0]) | {"hash": new_hash}
    anchors.write_text("\n".join([json.dumps(forged), *lines[1:]]) + "\n")
    assert _cli(admin_url, "audit", "verify", "--against", str(anchors)) == 1
    assert "signature does not match" in capsys.readouterr().out


def audit_anchor_lines(path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# --- 13. password guessing is slowed at the server ----------------------------------------------------


def _wrong_password_attempts(cluster, role: str, n: int) -> float:
    import time

    import psycopg

    started = time.perf_counter()
    for i in range(n):
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(host="127.0.0.1", port=cluster.port, dbname="postgres", user=role,
                            password=f"guess number {i}", connect_timeout=10)
    return time.perf_counter() - started


def test_auth_delay_slows_every_wrong_password_at_the_server_and_db_upgrade_says_when_it_is_missing(scram_cluster):
    from ccs_desktop.services.users import server_checks

    role = f"ccsu_guess_{uuid.uuid4().hex[:6]}"
    admin = scram_cluster.engine()
    n, delay_ms = 10, 500
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{db_roles.scram_verifier(PASSWORD)}'")
            before_problems = server_checks.problems(conn)
        before = _wrong_password_attempts(scram_cluster, role, n)
        scram_cluster.restart({"shared_preload_libraries": "auth_delay", "auth_delay.milliseconds": str(delay_ms)})
        with admin.connect() as conn:
            after_problems = server_checks.problems(conn)
        after = _wrong_password_attempts(scram_cluster, role, n)
        # The right password still signs in (the wait is only after a failure).
        psycopg_ok = sa.create_engine(scram_cluster.url(role, PASSWORD), poolclass=sa.pool.NullPool)
        with psycopg_ok.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar_one() == role
        psycopg_ok.dispose()
    finally:
        if scram_cluster.running:
            scram_cluster.restart()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()
    print(f"\n{n} wrong passwords: {before:.2f} s without auth_delay ({n / before:.0f} guesses/s), "
          f"{after:.2f} s with auth_delay.milliseconds = {delay_ms} ({n / after:.1f} guesses/s)")
    assert any("auth_delay is not loaded" in p for p in before_problems)
    assert not any("auth_delay" in p for p in after_problems)
    assert after >= n * delay_ms / 1000
    assert before < n * delay_ms / 1000 / 2
