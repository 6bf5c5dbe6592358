"""Signing in, lock-out, and the user administration an admin does (every new password meets the policy in
`services.users.policy`).

Two ways to sign in:

- **Embedded database** (SQLite, one workstation, the demo): the password is checked against the user's
  argon2id hash (`services.users.passwords`). Wrong passwords are counted on the user row; after
  `MAX_FAILED_LOGINS` in a row the user is locked for `LOCKOUT_MINUTES` (an admin can unlock earlier).
- **Shared PostgreSQL**: the user connects as their own PostgreSQL login role, so the password is checked by
  the server (SCRAM) and every query runs under that role's grants and row-level security
  (`services.users.db_roles`). The app then refuses a user row that is disabled or locked, and counts wrong
  passwords on this workstation (`FailureThrottle`): a password refused by the server cannot be written to
  the shared database by someone who could not sign in.

Every sign-in, refusal and lock is an audit event when the database can take it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from ...access_rule import Capability
from ...models import Team, User, utcnow
from ...models.enums import Role
from .. import audit
from ..context import Actor, Changes, PermissionDenied, ServiceError
from . import db_roles
from .passwords import hash_password, needs_rehash, verify_password
from .policy import check_password_policy, user_by_name

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 15
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")


class SignInError(ServiceError):
    """The sign-in was refused; the message says why in words the user can act on."""

    def __init__(self, message: str, *, locked_until: dt.datetime | None = None) -> None:
        super().__init__(message)
        self.locked_until = locked_until


# --- the signed-in user ----------------------------------------------------------------------------------


def actor_for(user: User, workstation: str | None = None) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role, team_id=user.team_id,
                 workstation=workstation)


def _locked_message(username: str, until: dt.datetime) -> str:
    return (f"{username} is locked after {MAX_FAILED_LOGINS} wrong passwords until "
            f"{until.astimezone().strftime('%H:%M')} (local time). Ask an administrator to unlock it sooner.")


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value


def sign_in(session_factory: Callable[[], Session], username: str, password: str, *,
            workstation: str | None = None, now: dt.datetime | None = None) -> Actor:
    """Check a password against the embedded database's hash; count failures and lock out.

    Raises SignInError (wrong user or password, disabled, locked) with a message for the user; the message
    does not say whether the user name exists.
    """
    now = now or utcnow()
    username = (username or "").strip().lower()
    if not username or not password:
        raise SignInError("Enter your user name and password.")
    error: SignInError | None = None
    with session_factory() as s, s.begin():
        user = s.execute(sa.select(User).where(User.username == username).with_for_update()).scalar_one_or_none()
        if user is None:
            # Same work as a real check, so timing does not tell which user names exist.
            verify_password(_DUMMY_HASH, password)
            raise SignInError("Wrong user name or password.")
        locked_until = _as_utc(user.locked_until)
        actor = actor_for(user, workstation)
        if not user.active:
            audit.record(s, actor, "login.refused", "user", user.id, reason="disabled")
            error = SignInError(f"{username} is disabled. Ask an administrator.")
        elif locked_until is not None and locked_until > now:
            audit.record(s, actor, "login.refused", "user", user.id, reason="locked")
            error = SignInError(_locked_message(username, locked_until), locked_until=locked_until)
        elif not verify_password(user.password_hash, password):
            user.failed_logins = (user.failed_logins or 0) + 1
            left = MAX_FAILED_LOGINS - user.failed_logins
            if left <= 0:
                user.locked_until = now + dt.timedelta(minutes=LOCKOUT_MINUTES)
                user.failed_logins = 0
                audit.record(s, actor, "user.locked", "user", user.id, after={"locked_until": user.locked_until},
                             reason=f"{MAX_FAILED_LOGINS} wrong passwords")
                error = SignInError(_locked_message(username, user.locked_until), locked_until=user.locked_until)
            else:
                audit.record(s, actor, "login.failed", "user", user.id, reason="wrong password")
                error = SignInError(f"Wrong user name or password. {left} more wrong "
                                    f"{'attempt locks' if left == 1 else 'attempts lock'} the account for "
                                    f"{LOCKOUT_MINUTES} minutes.")
        else:
            user.failed_logins = 0
            user.locked_until = None
            if needs_rehash(user.password_hash or ""):
                user.password_hash = hash_password(password)
            audit.record(s, actor, "login", "user", user.id, reason=workstation)
            log.info("user %s signed in", user.id)
            return actor
    assert error is not None
    log.info("sign-in refused: %s", type(error).__name__)
    raise error


_DUMMY_HASH = hash_password("timing-equaliser-not-a-password")


def supervisor_sign_in(session_factory: Callable[[], Session], username: str, password: str, *,
                       workstation: str | None = None, now: dt.datetime | None = None) -> Actor:
    """A supervisor or admin signs in where nobody is signed in to the window (the supervisor workspace, a batch
    of letters sent in their name): `sign_in` with its lock-out, failure count, audit and timing, then anyone
    else is refused (PermissionDenied)."""
    actor = sign_in(session_factory, username, password, workstation=workstation, now=now)
    actor.require_to(Capability.SUPERVISE)
    return actor


def verify_again(session_factory: Callable[[], Session], actor: Actor, password: str, *,
                 now: dt.datetime | None = None) -> Actor:
    """Unlock an idle-locked window: the same user's password, counted like a sign-in."""
    return sign_in(session_factory, actor.username, password, workstation=actor.workstation, now=now)


# --- the shared PostgreSQL database -----------------------------------------------------------------------


class FailureThrottle:
    """Wrong passwords refused by the PostgreSQL server, counted on this workstation (no secrets stored).

    The server checks the password; the app cannot write to the shared database for someone who could not
    sign in, so it keeps the count in a small JSON file in the user's data folder and refuses further
    attempts for `LOCKOUT_MINUTES` after `MAX_FAILED_LOGINS`. Across workstations, the server's own log
    (failed authentication) is what IT watches; an admin locks a role with `ccs-desktop users lock`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path)

    def locked_until(self, key: str, now: dt.datetime) -> dt.datetime | None:
        entry = self._load().get(key) or {}
        until = entry.get("locked_until")
        if until:
            value = dt.datetime.fromisoformat(until)
            if value > now:
                return value
        return None

    def failed(self, key: str, now: dt.datetime) -> tuple[int, dt.datetime | None]:
        data = self._load()
        entry = data.get(key) or {}
        count = int(entry.get("count", 0)) + 1
        until = None
        if count >= MAX_FAILED_LOGINS:
            until = now + dt.timedelta(minutes=LOCKOUT_MINUTES)
            data[key] = {"count": 0, "locked_until": until.isoformat()}
        else:
            data[key] = {"count": count}
        self._save(data)
        return count, until

    def succeeded(self, key: str) -> None:
        data = self._load()
        if data.pop(key, None) is not None:
            self._save(data)


def default_throttle() -> FailureThrottle:
    from ... import paths

    return FailureThrottle(paths.data_dir() / "sign-in-failures.json")


@dataclasses.dataclass
class ServerSession:
    """A user signed in to the shared database: an engine that connects as their own login role."""

    engine: sa.Engine
    session_factory: Callable[[], Session]
    actor: Actor
    url: URL


def _is_password_failure(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "password authentication failed" in text or "no password supplied" in text


def _not_permitted(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "not permitted to log in" in text or ("role" in text and "does not exist" in text)


def sign_in_server(url: str | URL, username: str, password: str, *, workstation: str | None = None,
                   throttle: FailureThrottle | None = None, now: dt.datetime | None = None,
                   open_database: Callable[..., Any] | None = None) -> ServerSession:
    """Connect to the shared PostgreSQL database as the user's own login role.

    The user name is the app's user name; its login role is `db_roles.role_name(username, database)`.
    Raises SignInError with a message for the user.
    """
    from ... import db

    now = now or utcnow()
    throttle = throttle or default_throttle()
    username = (username or "").strip().lower()
    if not username or not password:
        raise SignInError("Enter your user name and password.")
    base = make_url(url) if isinstance(url, str) else url
    role = db_roles.role_name(username, base.database or "")
    key = f"{role}@{base.host}:{base.port or 5432}/{base.database}"
    until = throttle.locked_until(key, now)
    if until is not None:
        raise SignInError(_locked_message(username, until), locked_until=until)
    target = base.set(username=role, password=password)
    opener = open_database or db.open_database
    try:
        engine, factory = opener(target, migrate=False)
    except db.DatabaseError as exc:
        cause = exc.__cause__ or exc
        if _is_password_failure(cause):
            count, until = throttle.failed(key, now)
            if until is not None:
                raise SignInError(_locked_message(username, until), locked_until=until) from None
            left = MAX_FAILED_LOGINS - count
            raise SignInError(f"Wrong user name or password. {left} more wrong "
                              f"{'attempt locks' if left == 1 else 'attempts lock'} sign-in on this workstation "
                              f"for {LOCKOUT_MINUTES} minutes.") from None
        if _not_permitted(cause):
            raise SignInError(f"{username} may not sign in to the shared database (no login role, or the role "
                              "is locked). Ask an administrator.") from None
        raise
    try:
        with factory() as s, s.begin():
            user = s.execute(sa.select(User).where(User.db_role == sa.func.session_user())).scalar_one_or_none()
            if user is None:
                raise SignInError(f"The database role {role} belongs to no CCS Desktop user. Ask an administrator.")
            locked = _as_utc(user.locked_until)
            if not user.active:
                raise SignInError(f"{username} is disabled. Ask an administrator.")
            if locked is not None and locked > now:
                raise SignInError(_locked_message(username, locked), locked_until=locked)
            actor = actor_for(user, workstation)
            audit.record(s, actor, "login", "user", user.id, reason=workstation)
    except BaseException:
        engine.dispose()
        raise
    throttle.succeeded(key)
    return ServerSession(engine, factory, actor, target)


# --- user administration ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    team: str | None
    active: bool
    locked_until: dt.datetime | None
    failed_logins: int
    db_role: str | None

    @property
    def changes(self) -> Changes:
        return Changes(users=frozenset({self.id}), settings=True)


def _info(user: User, team_name: str | None) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, user.role, team_name, user.active,
                    _as_utc(user.locked_until), user.failed_logins, user.db_role)


def list_users(session_factory: Callable[[], Session], actor: Actor) -> list[UserInfo]:
    actor.require(Role.ADMIN, Role.SUPERVISOR, action="list users")
    with session_factory() as s:
        rows = s.execute(sa.select(User, Team.name).outerjoin(Team, Team.id == User.team_id)
                         .order_by(User.username)).all()
        return [_info(u, t) for u, t in rows]


def _team_id(s: Session, team: str | None) -> uuid.UUID | None:
    if not team:
        return None
    found = s.scalar(sa.select(Team.id).where(Team.name == team))
    if found is None:
        t = Team(name=team)
        s.add(t)
        s.flush()
        found = t.id
    return found


def _lead_if_unled(s: Session, user: User) -> bool:
    """A supervisor put on a team that has no supervisor becomes its supervisor (who a supervisor answers for is
    decided by ``teams.supervisor_id``: services/access.py). Returns whether they did."""
    if user.role != Role.SUPERVISOR or user.team_id is None:
        return False
    team = s.get(Team, user.team_id)
    if team is None or team.supervisor_id is not None:
        return False
    team.supervisor_id = user.id
    return True


def add_user(session_factory: Callable[[], Session], actor: Actor, username: str, display_name: str, role: Role,
             password: str | None, *, team: str | None = None) -> UserInfo:
    """Create a user. `password` may be None for a shared-database user whose login role holds it."""
    actor.require_to(Capability.MANAGE_USERS)
    username = (username or "").strip().lower()
    if not USERNAME_RE.match(username):
        raise ServiceError("A user name is 2 to 63 lower-case letters, digits, '.', '_' or '-', starting with a letter.")
    if not display_name.strip():
        raise ServiceError("Give the user's full name.")
    if password is not None:
        check_password_policy(password, username, display_name)
    with session_factory() as s, s.begin():
        if s.scalar(sa.select(User.id).where(User.username == username)) is not None:
            raise ServiceError(f"a user named {username} already exists")
        user = User(username=username, display_name=display_name.strip(), role=Role(role),
                    team_id=_team_id(s, team), password_hash=hash_password(password) if password else None,
                    password_changed_at=utcnow() if password else None)
        s.add(user)
        s.flush()
        leads = _lead_if_unled(s, user)
        audit.record(s, actor, "user.create", "user", user.id,
                     after={"username": username, "role": user.role, "team": team,
                            **({"supervises": team} if leads else {})})
        return _info(user, team)


def set_password(session_factory: Callable[[], Session], actor: Actor, username: str, password: str) -> None:
    """An admin resets anyone's password; a user changes their own."""
    if (username or "").strip().lower() != actor.username:
        actor.require(Role.ADMIN, action="set another user's password")
    with session_factory() as s, s.begin():
        user = user_by_name(s, username)
        if user.id != actor.user_id:
            actor.require(Role.ADMIN, action="set another user's password")
        check_password_policy(password, user.username, user.display_name)
        user.password_hash = hash_password(password)
        user.password_changed_at = utcnow()
        user.failed_logins = 0
        audit.record(s, actor, "user.password", "user", user.id)


def lock_user(session_factory: Callable[[], Session], actor: Actor, username: str, *, locked: bool,
              minutes: int | None = None) -> UserInfo:
    """Lock (for `minutes`, or until unlocked) or unlock a user."""
    actor.require(Role.ADMIN, action="lock or unlock users")
    with session_factory() as s, s.begin():
        user = user_by_name(s, username)
        if locked and user.id == actor.user_id:
            raise ServiceError("you cannot lock yourself out")
        before = {"locked_until": user.locked_until}
        if locked:
            user.locked_until = utcnow() + (dt.timedelta(minutes=minutes) if minutes
                                            else dt.timedelta(days=365 * 100))
        else:
            user.locked_until = None
            user.failed_logins = 0
        audit.record(s, actor, "user.lock" if locked else "user.unlock", "user", user.id, before=before,
                     after={"locked_until": user.locked_until})
        return _info(user, None)


def set_active(session_factory: Callable[[], Session], actor: Actor, username: str, active: bool) -> UserInfo:
    actor.require(Role.ADMIN, action="disable or enable users")
    with session_factory() as s, s.begin():
        user = user_by_name(s, username)
        if not active and user.id == actor.user_id:
            raise ServiceError("you cannot disable yourself")
        user.active = active
        audit.record(s, actor, "user.enable" if active else "user.disable", "user", user.id)
        return _info(user, None)


def reassign_user(session_factory: Callable[[], Session], actor: Actor, username: str, *,
                  role: Role | None = None, team: str | None = None) -> UserInfo:
    """Change a user's product role and/or team (on PostgreSQL, also re-grant their group role)."""
    actor.require(Role.ADMIN, action="change users' roles and teams")
    with session_factory() as s, s.begin():
        user = user_by_name(s, username)
        before = {"role": user.role, "team_id": user.team_id}
        if role is not None:
            if user.id == actor.user_id and Role(role) != Role.ADMIN:
                raise ServiceError("you cannot take the admin role from yourself")
            user.role = Role(role)
        if team is not None:
            user.team_id = _team_id(s, team) if team else None
        leads = _lead_if_unled(s, user)
        audit.record(s, actor, "user.reassign", "user", user.id, before=before,
                     after={"role": user.role, "team_id": user.team_id,
                            **({"supervises": user.team_id} if leads else {})})
        if user.db_role and s.get_bind().dialect.name == "postgresql":
            db_roles.sync_group_in(s, user)
        team_name = s.scalar(sa.select(Team.name).where(Team.id == user.team_id)) if user.team_id else None
        return _info(user, team_name)


def require_self_or_admin(actor: Actor, user_id: uuid.UUID) -> None:
    if actor.user_id != user_id and not actor.is_admin:
        raise PermissionDenied(f"{actor.username} may only change their own settings")
