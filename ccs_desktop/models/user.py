"""Users, teams and roles."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, enum_check, enum_column
from .enums import Language, Role


class Team(IdMixin, MutableMixin, Base):
    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(sa.String(80), unique=True)
    # The team's supervisor (a users.id; no foreign key, users already point at teams).
    supervisor_id: Mapped[uuid.UUID | None]


class User(IdMixin, MutableMixin, Base):
    __tablename__ = "users"
    __table_args__ = (enum_check("role", Role), enum_check("language", Language),)

    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(120))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    team_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("teams.id"), index=True)
    # Memory-hard hash (argon2id) for the embedded database; on PostgreSQL the login role authenticates.
    # Deferred: loaded only by the sign-in service (on PostgreSQL, collectors cannot read the column at all).
    password_hash: Mapped[str | None] = mapped_column(sa.String(255), deferred=True)
    db_role: Mapped[str | None] = mapped_column(sa.String(63), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    password_changed_at: Mapped[dt.datetime | None]
    language: Mapped[Language] = mapped_column(enum_column(Language, 8), default=Language.EN)
    # Per-collector queue rules set by a supervisor (clients, statuses, balance range...).
    queue_rules: Mapped[dict[str, Any] | None]

    team: Mapped[Team | None] = relationship(foreign_keys=[team_id])
