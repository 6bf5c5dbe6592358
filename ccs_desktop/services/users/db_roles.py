"""PostgreSQL login roles for users of the shared database (admin only).

Each user signs in as their own login role `ccsu_<username>`, a member of one of the database's group roles
(`ccs_<tag>_collector`, `ccs_<tag>_supervisor`, `ccs_<tag>_admin`, `security.group_names`); grants and row-level security on the groups decide what the
role reads and writes (`migrations/security.py`). The password never reaches the server in clear: the app
sends a SCRAM-SHA-256 verifier, the same thing PostgreSQL would store.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...migrations.security import LOGIN_PREFIX, Groups, database_tag, group_names, role_name
from ...models import User, utcnow
from ...models.enums import Role
from .. import audit
from ..context import Actor, ServiceError
from .policy import check_password_policy, user_by_name

SCRAM_ITERATIONS = 4096


def username_in(role: str, database: str) -> str:
    """The user name a login role was made for (the role itself when it is not one of this database's)."""
    prefix = f"{LOGIN_PREFIX}{database_tag(database)}_"
    return role[len(prefix):] if role.startswith(prefix) else role


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677)."""
    salt = salt or os.urandom(16)
    normalised = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", normalised, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def database_groups(s: Session) -> Groups:
    """The group roles of the database this session is connected to."""
    return group_names(s.execute(sa.text("SELECT current_database()")).scalar_one())


def _require_postgres(s: Session) -> None:
    if s.get_bind().dialect.name != "postgresql":
        raise ServiceError("database login roles exist only on the shared PostgreSQL database")


def sync_group_in(s: Session, user: User) -> None:
    """Make the user's login role a member of exactly their product role's group."""
    s.execute(sa.text("SELECT ccs_set_login_group(:r, :g)"), {"r": user.db_role, "g": database_groups(s)[Role(user.role).value]})


def grant_login(session_factory: Callable[[], Session], actor: Actor, username: str, password: str) -> str:
    """Create (or reset) the user's PostgreSQL login role with this password; returns the role name."""
    actor.require(Role.ADMIN, action="create database login roles")
    with session_factory() as s, s.begin():
        _require_postgres(s)
        user = user_by_name(s, username)
        check_password_policy(password, user.username, user.display_name)
        role = role_name(user.username, s.execute(sa.text("SELECT current_database()")).scalar_one())
        s.execute(sa.text("SELECT ccs_create_login(:r, :v, :g)"),
                  {"r": role, "v": scram_verifier(password), "g": database_groups(s)[Role(user.role).value]})
        before = user.db_role
        user.db_role = role
        user.password_hash = None  # the server checks the password; no hash for anyone to copy
        audit.record(s, actor, "user.db_role", "user", user.id, before={"db_role": before}, after={"db_role": role})
        return role


def set_login_password(session_factory: Callable[[], Session], actor: Actor, username: str, password: str) -> None:
    """A user changes their own login role's password; an admin resets anyone's."""
    with session_factory() as s, s.begin():
        _require_postgres(s)
        user = user_by_name(s, username, lock=actor.is_admin)
        if user.id != actor.user_id:
            actor.require(Role.ADMIN, action="set another user's password")
        if not user.db_role:
            raise ServiceError(f"{user.username} has no database login role yet (grant one first)")
        check_password_policy(password, user.username, user.display_name)
        s.execute(sa.text("SELECT ccs_set_login_password(:r, :v)"), {"r": user.db_role, "v": scram_verifier(password)})
        if actor.is_admin:  # users rows are written by admins only (a collector cannot UPDATE users)
            user.password_changed_at = sa.func.now()
        audit.record(s, actor, "user.password", "user", user.id)


# A lock longer than this is a lock without end (`auth.lock_user` without minutes locks for a century).
PERMANENT_LOCK = dt.timedelta(days=3650)


def login_allowed(user: User, now: dt.datetime) -> bool:
    """Whether the user's login role should be LOGIN: not for a disabled user or a lock without end. A timed
    lock keeps LOGIN, so it ends by itself: until then the database treats the user as nobody (row-level
    security's identity functions) and sign-in refuses them."""
    until = user.locked_until
    if until is not None and until.tzinfo is None:
        until = until.replace(tzinfo=dt.timezone.utc)
    return bool(user.active) and not (until is not None and until - now > PERMANENT_LOCK)


def apply_lock(session_factory: Callable[[], Session], actor: Actor, username: str) -> int:
    """After a user was locked, unlocked, disabled or enabled: make the login role LOGIN or NOLOGIN
    (`login_allowed`) and end the sessions of a user who may not work now. Returns the number of sessions
    ended (-1 when the server would not let them be ended: the database owner needs pg_signal_backend)."""
    actor.require(Role.ADMIN, action="lock database login roles")
    with session_factory() as s, s.begin():
        _require_postgres(s)
        user = user_by_name(s, username)
        if not user.db_role:
            return 0
        now = utcnow()
        enabled = login_allowed(user, now)
        s.execute(sa.text("SELECT ccs_set_login_enabled(:r, :e)"), {"r": user.db_role, "e": enabled})
        until = user.locked_until
        if until is not None and until.tzinfo is None:
            until = until.replace(tzinfo=dt.timezone.utc)
        ended = 0
        if not user.active or (until is not None and until > now):
            ended = s.execute(sa.text("SELECT ccs_end_login_sessions(:r)"), {"r": user.db_role}).scalar_one()
        audit.record(s, actor, "user.db_login_enabled" if enabled else "user.db_login_disabled", "user", user.id,
                     after={"login": enabled, "sessions_ended": ended})
        return ended


def login_enabled(session_factory: Callable[[], Session], roles: list[str]) -> dict[str, bool]:
    """Whether each existing login role may log in now (pg_roles.rolcanlogin); missing roles are left out."""
    if not roles:
        return {}
    with session_factory() as s:
        rows = s.execute(sa.text("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(:r)"),
                         {"r": list(roles)}).all()
    return {name: bool(can) for name, can in rows}


def set_login_enabled(session_factory: Callable[[], Session], actor: Actor, username: str, enabled: bool) -> None:
    """Lock (NOLOGIN) or unlock a user's login role: a locked role cannot even connect."""
    actor.require(Role.ADMIN, action="lock database login roles")
    with session_factory() as s, s.begin():
        _require_postgres(s)
        user = user_by_name(s, username)
        if not user.db_role:
            return
        s.execute(sa.text("SELECT ccs_set_login_enabled(:r, :e)"), {"r": user.db_role, "e": enabled})
        audit.record(s, actor, "user.db_login_enabled" if enabled else "user.db_login_disabled", "user", user.id)


def drop_login(session_factory: Callable[[], Session], actor: Actor, username: str) -> None:
    actor.require(Role.ADMIN, action="drop database login roles")
    with session_factory() as s, s.begin():
        _require_postgres(s)
        user = user_by_name(s, username)
        if not user.db_role:
            raise ServiceError(f"{user.username} has no database login role")
        s.execute(sa.text("SELECT ccs_drop_login(:r)"), {"r": user.db_role})
        audit.record(s, actor, "user.db_role", "user", user.id, before={"db_role": user.db_role}, after={"db_role": None})
        user.db_role = None
