"""Who is acting: every service call takes an Actor and checks permissions itself."""

from __future__ import annotations

import dataclasses
import uuid

from ..models.enums import Role


class PermissionDenied(Exception):
    """The acting user may not do this; the message says what was refused."""


class ServiceError(Exception):
    """Bad input or a state that forbids the operation; the message is meant for the user."""


@dataclasses.dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    role: Role
    team_id: uuid.UUID | None = None
    workstation: str | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def require(self, *roles: Role, action: str = "this") -> None:
        if self.role not in roles:
            allowed = " or ".join(r.value for r in roles)
            raise PermissionDenied(f"{self.username} ({self.role.value}) may not {action}: needs {allowed}")


SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN)
