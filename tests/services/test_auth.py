"""Signing in, lock-out, the password policy, user administration, retention and the keyring."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import sqlalchemy as sa

from ccs_desktop import cli, config, db
from ccs_desktop.models import AuditEvent, ContactAttempt, Note, Person, Phone, User
from ccs_desktop.models.enums import AccountStatus, Channel, Role
from ccs_desktop.services.users import auth, policy
from ccs_desktop.services.data import retention
from ccs_desktop.services.context import SYSTEM, PermissionDenied, ServiceError
from ccs_desktop.services.users.passwords import hash_password
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_person, make_user

UTC = dt.timezone.utc
GOOD = "correct horse 42"


@pytest.fixture
def cole(session_factory):
    with session_factory() as s, s.begin():
        user = make_user(s, Role.COLLECTOR, username="cole", display_name="Cole Collector",
                         password_hash=hash_password(GOOD))
    return user


def _row(factory, username="cole") -> User:
    with factory() as s:
        return s.scalars(sa.select(User).where(User.username == username)).one()


def test_the_right_password_signs_in_as_that_user(session_factory, cole):
    actor = auth.sign_in(session_factory, "Cole ", GOOD, workstation="WS-7")
    assert (actor.user_id, actor.role, actor.workstation) == (cole.id, Role.COLLECTOR, "WS-7")
    with session_factory() as s:
        assert s.scalars(sa.select(AuditEvent.action).where(AuditEvent.user_id == cole.id)).all() == ["login"]


def test_a_wrong_password_is_refused_clearly_and_counted(session_factory, cole):
    with pytest.raises(auth.SignInError) as refused:
        auth.sign_in(session_factory, "cole", "Correct horse 42")
    assert "Wrong user name or password" in str(refused.value)
    assert "4 more wrong attempts lock" in str(refused.value)
    assert _row(session_factory).failed_logins == 1
    # An unknown user gets the same message: the screen does not reveal who exists.
    with pytest.raises(auth.SignInError, match="^Wrong user name or password.$"):
        auth.sign_in(session_factory, "nobody", GOOD)
    # A success clears the count.
    auth.sign_in(session_factory, "cole", GOOD)
    assert _row(session_factory).failed_logins == 0


def test_five_wrong_passwords_lock_the_user_out_even_with_the_right_one(session_factory, cole):
    now = dt.datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    for _ in range(auth.MAX_FAILED_LOGINS - 1):
        with pytest.raises(auth.SignInError, match="Wrong"):
            auth.sign_in(session_factory, "cole", "guess-guess-1", now=now)
    with pytest.raises(auth.SignInError, match="locked") as locked:
        auth.sign_in(session_factory, "cole", "guess-guess-1", now=now)
    assert locked.value.locked_until == now + dt.timedelta(minutes=auth.LOCKOUT_MINUTES)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in(session_factory, "cole", GOOD, now=now + dt.timedelta(minutes=5))
    # After the lock-out period the right password works again...
    assert auth.sign_in(session_factory, "cole", GOOD, now=now + dt.timedelta(minutes=16)).username == "cole"
    # ...and an admin can unlock early.
    auth.lock_user(session_factory, SYSTEM, "cole", locked=True)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in(session_factory, "cole", GOOD)
    auth.lock_user(session_factory, SYSTEM, "cole", locked=False)
    auth.sign_in(session_factory, "cole", GOOD)
    with session_factory() as s:
        actions = s.scalars(sa.select(AuditEvent.action).order_by(AuditEvent.seq)).all()
    assert actions.count("login.failed") == 4 and "user.locked" in actions and actions.count("login.refused") == 2


def test_a_disabled_user_cannot_sign_in(session_factory, cole):
    auth.set_active(session_factory, SYSTEM, "cole", False)
    with pytest.raises(auth.SignInError, match="disabled"):
        auth.sign_in(session_factory, "cole", GOOD)


@pytest.mark.parametrize("password, problem", [
    ("short1!", "at least 12 characters"),
    ("onlyletterslong", "at least one digit"),
    ("cole-is-my-password", "not the user name"),
    ("aaaaaaaaaaaa1", "5 different characters"),
])
def test_the_password_policy_says_what_is_missing(password, problem):
    assert any(problem in p for p in policy.password_problems(password, "cole", "Cole Collector"))
    with pytest.raises(policy.PasswordPolicyError, match=problem):
        policy.check_password_policy(password, "cole", "Cole Collector")


def test_only_admins_administer_users(session_factory, cole):
    collector = auth.sign_in(session_factory, "cole", GOOD)
    with pytest.raises(PermissionDenied):
        auth.add_user(session_factory, collector, "mallory", "Mallory M", Role.ADMIN, "a long password 9")
    with pytest.raises(PermissionDenied):
        auth.set_password(session_factory, collector, "admin-less", "whatever 12345")  # not their own
    # Their own password they may change, within the policy.
    with pytest.raises(policy.PasswordPolicyError):
        auth.set_password(session_factory, collector, "cole", "short")
    auth.set_password(session_factory, collector, "cole", "a new long secret 7")
    assert auth.sign_in(session_factory, "cole", "a new long secret 7").user_id == cole.id


def test_an_admin_creates_reassigns_and_disables_users(session_factory, cole):
    info = auth.add_user(session_factory, SYSTEM, "dana", "Dana Diaz", Role.COLLECTOR, "a long password 9", team="East")
    assert info.team == "East" and info.role == Role.COLLECTOR
    with pytest.raises(ServiceError, match="already exists"):
        auth.add_user(session_factory, SYSTEM, "dana", "Dana Diaz", Role.COLLECTOR, "a long password 9")
    with pytest.raises(ServiceError, match="user name"):
        auth.add_user(session_factory, SYSTEM, "x'; DROP TABLE users;--", "Evil", Role.ADMIN, "a long password 9")
    moved = auth.reassign_user(session_factory, SYSTEM, "dana", role=Role.SUPERVISOR, team="West")
    assert (moved.role, moved.team) == (Role.SUPERVISOR, "West")
    assert auth.sign_in(session_factory, "dana", "a long password 9").role == Role.SUPERVISOR
    names = [u.username for u in auth.list_users(session_factory, SYSTEM)]
    assert names == ["cole", "dana"]


def test_a_supervisor_put_on_a_team_without_one_becomes_its_supervisor(session_factory, cole):
    """Whom a supervisor answers for is the team's recorded supervisor: an admin who puts the first supervisor on a
    team makes them its supervisor; a second supervisor on the team does not replace the first."""
    from ccs_desktop.models import Team
    from ccs_desktop.services import access

    auth.add_user(session_factory, SYSTEM, "sara", "Sara Stone", Role.SUPERVISOR, "a long password 9", team="East")
    auth.add_user(session_factory, SYSTEM, "dana", "Dana Diaz", Role.COLLECTOR, "a long password 9", team="East")
    auth.add_user(session_factory, SYSTEM, "sid", "Sid Soto", Role.COLLECTOR, "a long password 9", team="West")
    auth.reassign_user(session_factory, SYSTEM, "sid", role=Role.SUPERVISOR)
    auth.add_user(session_factory, SYSTEM, "otto", "Otto Ortiz", Role.SUPERVISOR, "a long password 9", team="East")
    with session_factory() as s:
        leads = {t.name: t.supervisor_id for t in s.scalars(sa.select(Team))}
        sara, sid = _row(session_factory, "sara"), _row(session_factory, "sid")
        assert leads == {"East": sara.id, "West": sid.id}
        assert access.answered_for_ids(s, auth.actor_for(sara)) == {sara.id, _row(session_factory, "dana").id,
                                                                     _row(session_factory, "otto").id}
        assert access.answered_for_ids(s, auth.actor_for(_row(session_factory, "otto"))) == {
            _row(session_factory, "otto").id}


def test_server_sign_in_counts_wrong_passwords_on_the_workstation(tmp_path):
    """The PostgreSQL server refuses the password; the workstation counts and locks further attempts."""
    calls = []

    def refusing_server(url, migrate=False):
        calls.append(url)
        cause = Exception('FATAL:  password authentication failed for user "ccsu_cole"')
        try:
            raise cause
        except Exception as exc:
            raise db.DatabaseError(f"Cannot reach the database: {exc}") from exc

    throttle = auth.FailureThrottle(tmp_path / "failures.json")
    now = dt.datetime(2026, 11, 23, 15, tzinfo=UTC)
    for n in range(1, auth.MAX_FAILED_LOGINS):
        with pytest.raises(auth.SignInError, match=f"{auth.MAX_FAILED_LOGINS - n} more wrong"):
            auth.sign_in_server("postgresql://db.agency/ccs", "cole", "nope-nope-1", throttle=throttle, now=now,
                                open_database=refusing_server)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in_server("postgresql://db.agency/ccs", "cole", "nope-nope-1", throttle=throttle, now=now,
                            open_database=refusing_server)
    tried = len(calls)
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in_server("postgresql://db.agency/ccs", "cole", GOOD, throttle=throttle,
                            now=now + dt.timedelta(minutes=3), open_database=refusing_server)
    assert len(calls) == tried  # a locked workstation does not even try the server
    assert calls[0].username == "ccsu_ccs_cole" and calls[0].host == "db.agency"
    assert GOOD not in (tmp_path / "failures.json").read_text() and "nope" not in (tmp_path / "failures.json").read_text()


# --- keyring ---------------------------------------------------------------------------------------------


def test_the_database_password_round_trips_through_the_keyring(private_keyring, app_home):
    name = config.database_secret_name("ccsu_cole", "db.agency", None, "ccs")
    assert config.get_secret(name) is None
    config.set_secret(name, GOOD)
    assert config.get_secret(name) == GOOD
    # The URL gets its password from the keyring, never from the settings file.
    url = db.resolve_url("postgresql://ccsu_cole@db.agency/ccs")
    assert url.password == GOOD
    settings_file = config.settings_path()
    config.save(config.Settings(database_url="postgresql://ccsu_cole@db.agency/ccs"))
    assert GOOD not in settings_file.read_text()
    config.delete_secret(name)
    assert config.get_secret(name) is None


def test_without_a_keyring_nothing_is_stored(monkeypatch, app_home):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not config.keyring_available()
        assert config.get_secret("db:x@y:5432/z") is None
        assert config.remember_secret("db:x@y:5432/z", GOOD) is False
    finally:
        keyring.set_keyring(previous)
    assert not any(GOOD in p.read_text(errors="ignore") for p in app_home.rglob("*") if p.is_file())


# --- the admin command line --------------------------------------------------------------------------------


def test_users_command_line_on_the_embedded_database(sqlite_url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password 9\n"))
    assert cli.main(["--database", sqlite_url, "users", "add", "dana", "--name", "Dana Diaz", "--role", "collector",
                     "--team", "East", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert cli.main(["--database", sqlite_url, "users", "passwd", "dana", "--password-stdin"]) == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert cli.main(["--database", sqlite_url, "users", "lock", "dana"]) == 0
    assert cli.main(["--database", sqlite_url, "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "dana" in out and "collector" in out and "East" in out and "locked until" in out
    assert cli.main(["--database", sqlite_url, "users", "unlock", "dana"]) == 0
    engine, factory = db.open_database(sqlite_url, migrate=False)
    try:
        assert auth.sign_in(factory, "dana", "a long password 9").role == Role.COLLECTOR
    finally:
        engine.dispose()
    assert cli.main(["--database", sqlite_url, "users", "grant-db-role", "dana", "--password-stdin"]) == 2
    assert "only on the shared PostgreSQL" in capsys.readouterr().err


# --- retention ----------------------------------------------------------------------------------------------


def test_retention_pseudonymises_long_closed_accounts_and_keeps_the_records(session_factory):
    now = dt.datetime(2026, 11, 23, 12, tzinfo=UTC)
    old = now - dt.timedelta(days=365 * 6)
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        gone = make_person(s, first_name="Gwen", last_name="Oldfield", ssn_last4="1234",
                           date_of_birth=dt.date(1970, 5, 1))
        acc_old = make_account(s, person=gone, status=AccountStatus.PAID, closed_at=old, last_contact_at=old)
        s.add(ContactAttempt(account_id=acc_old.id, person_id=gone.id, at=old, channel=Channel.CALL,
                             phone_e164="+12125550100", result_code="RPC", outcome="conversation",
                             notes="Gwen said her sister pays"))
        s.add(Note(account_id=acc_old.id, person_id=gone.id, at=old, text="Gwen works at the bakery"))
        from ccs_desktop.models import Hardship

        s.add(Hardship(person_id=gone.id, debt_ids=[], set_at=old, reason="Gwen's cancer treatment",
                       set_reason="Gwen told us on the call"))
        kept = make_person(s, first_name="Kim", last_name="Recent")
        make_account(s, person=kept, status=AccountStatus.CLOSED, closed_at=now - dt.timedelta(days=400))
        both = make_person(s, first_name="Bo", last_name="Twoaccounts")
        make_account(s, person=both, status=AccountStatus.PAID, closed_at=old)
        make_account(s, person=both)  # still open: Bo stays
    with pytest.raises(ServiceError, match="at least 3 years"):
        retention.pseudonymise_closed(session_factory, SYSTEM, years=2, now=now)
    dry = retention.pseudonymise_closed(session_factory, SYSTEM, years=5, now=now, dry_run=True)
    assert (dry.persons, dry.dry_run) == (1, True)
    result = retention.pseudonymise_closed(session_factory, SYSTEM, years=5, now=now)
    assert (result.persons, result.accounts) == (1, 1)
    with session_factory() as s:
        person = s.get(Person, gone.id)
        assert person.last_name.startswith("PSEUDONYM-") and person.first_name is None
        assert person.ssn_last4 is None and person.date_of_birth is None and person.pseudonymised_at is not None
        assert s.scalars(sa.select(Phone.e164).where(Phone.person_id == gone.id)).one() == "+0"
        attempt = s.scalars(sa.select(ContactAttempt).where(ContactAttempt.person_id == gone.id)).one()
        assert attempt.result_code == "RPC" and attempt.notes is None and attempt.phone_e164 is None
        assert "bakery" not in s.scalars(sa.select(Note.text).where(Note.account_id == acc_old.id)).one()
        from ccs_desktop.models import Hardship

        hardship = s.scalars(sa.select(Hardship).where(Hardship.person_id == gone.id)).one()  # kept, its text gone
        assert "Gwen" not in hardship.reason and hardship.set_reason is None and hardship.set_at == old
        assert {p.last_name for p in s.scalars(sa.select(Person).where(Person.id.in_([kept.id, both.id])))} == \
            {"Recent", "Twoaccounts"}
    assert retention.pseudonymise_closed(session_factory, SYSTEM, years=5, now=now).persons == 0


# --- logs -------------------------------------------------------------------------------------------------


def test_logs_never_carry_secrets_or_the_values_of_a_failed_statement(sqlite_url):
    import logging

    from ccs_desktop import logs

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(logs.PersonalDataFilter())
    logger = logging.getLogger("ccs_desktop.test_logs")
    logger.addHandler(handler)
    engine = db.make_engine(sqlite_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO no_such_table (name, phone) VALUES (:n, :p)"),
                         {"n": "Brightwater", "p": "3125550178"})
    except sa.exc.OperationalError:
        logger.exception("statement failed")
    finally:
        engine.dispose()
    logger.warning("connecting to postgresql://ccsu_cole:hunter2-secret@db/ccs")
    logger.removeHandler(handler)
    text = out.getvalue()
    assert "statement failed" in text and "no_such_table" in text and "Traceback" in text
    assert "Brightwater" not in text and "3125550178" not in text and "hunter2-secret" not in text
