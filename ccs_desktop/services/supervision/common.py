"""What the supervision modules share: who may use them, and whose work a supervisor may look at.

A supervisor looks at the work of the users they answer for (`access.answered_for`: themselves and the members
of the teams they supervise; an admin, everyone's) on the accounts they may see (`access.visible_accounts`).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from ...models.enums import Role
from .. import access
from ..context import Actor, PermissionDenied

SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)
REFUSED_ACTION = "contact.refused"


def require_supervisor(actor: Actor, action: str) -> None:
    actor.require(*SUPERVISORS, action=action)


def person_name(first: str | None, last: str | None, business: str | None) -> str:
    return business or " ".join(p for p in (first, last) if p) or "(unknown)"


def check_work_visible(session: Session, actor: Actor, user_id: uuid.UUID | None, account_id: uuid.UUID,
                       what: str = "that attempt") -> None:
    """PermissionDenied unless the actor answers for the user who did the work and may see its account."""
    if not access.answers_for(session, actor, user_id) or not access.may_see(session, actor, account_id):
        raise PermissionDenied(f"{actor.username} does not supervise {what}: it is another team's work or account")
