"""What signing in (`auth`) and the database login roles (`db_roles`) both need: the password policy every new
password meets, and finding a user by name (locked for the change that follows).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import User
from ..context import ServiceError

MIN_PASSWORD_LENGTH = 12


class PasswordPolicyError(ServiceError):
    pass


def password_problems(password: str, username: str = "", display_name: str = "") -> list[str]:
    """What is wrong with a new password (empty when it is acceptable)."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"at least {MIN_PASSWORD_LENGTH} characters")
    if not re.search(r"[A-Za-z]", password) or not re.search(r"[^A-Za-z]", password):
        problems.append("letters and at least one digit, space or symbol")
    lowered = password.lower()
    names = [username.lower()] + [p.lower() for p in display_name.split() if len(p) >= 3]
    if any(n and n in lowered for n in names):
        problems.append("not the user name or the person's name")
    if len(set(password)) < 5:
        problems.append("at least 5 different characters")
    return problems


def check_password_policy(password: str, username: str = "", display_name: str = "") -> None:
    problems = password_problems(password, username, display_name)
    if problems:
        raise PasswordPolicyError("The password needs " + "; ".join(problems) + ".")


def user_by_name(s: Session, username: str, *, lock: bool = True) -> User:
    query = sa.select(User).where(User.username == username.strip().lower())
    user = s.execute(query.with_for_update() if lock else query).scalar_one_or_none()
    if user is None:
        raise ServiceError(f"no user named {username}")
    return user
