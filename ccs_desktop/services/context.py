"""Who is acting: every service call takes an Actor and checks permissions itself."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from typing import Any

from ..access_rule import Capability, roles_for
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

    def may(self, capability: Capability) -> bool:
        """Whether this user's role may do the task (`access_rule.CAPABILITIES`); menus ask this."""
        return self.role in roles_for(capability)

    def require_to(self, capability: Capability, action: str | None = None) -> None:
        """PermissionDenied unless the role may do the task (`access_rule.CAPABILITIES`)."""
        self.require(*roles_for(capability), action=action or capability.value)


SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN)


# --- what a write changed -------------------------------------------------------------------------------

MANY_ACCOUNTS = 1000  # past this many, a write says "accounts changed" rather than naming them all


@dataclasses.dataclass(frozen=True)
class Changes:
    """What a write changed, so each screen refreshes only what it shows (Anki's OpChanges).

    Write services return it, or carry it on their result (a `changes` property); `changes_of(result)` reads it.
    The UI's operation runner broadcasts it on one application-wide signal; the queue, the workspace, the
    calendar, the approval queue, the dispute and letter panels and the supervisor tabs refresh from that.
    """

    accounts: frozenset[uuid.UUID] = frozenset()   # accounts whose data changed (queue rows, workspace)
    promises: frozenset[uuid.UUID] = frozenset()
    disputes: frozenset[uuid.UUID] = frozenset()
    users: frozenset[uuid.UUID] = frozenset()
    all_accounts: bool = False    # too many to name (an import, an assignment, a sync): account lists reload
    queue: bool = False           # who works which accounts: assignments, queue rules
    contacts: bool = False        # contact attempts recorded
    reviews: bool = False         # call reviews and their acknowledgements
    letters: bool = False         # letters sent or generated
    settings: bool = False        # guardrail rules, templates, agency settings, users

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        return Changes(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in dataclasses.fields(self)})

    def touches(self, account_id: uuid.UUID | None) -> bool:
        """Whether a screen showing this account should refresh."""
        return self.all_accounts or (account_id is not None and account_id in self.accounts)

    @property
    def any_accounts(self) -> bool:
        return self.all_accounts or bool(self.accounts)

    @classmethod
    def for_accounts(cls, account_ids: Iterable[uuid.UUID], **flags: Any) -> Changes:
        """These accounts changed; past MANY_ACCOUNTS they are not named (lists reload whole)."""
        ids = frozenset(account_ids)
        if len(ids) > MANY_ACCOUNTS:
            return cls(all_accounts=True, **flags)
        return cls(accounts=ids, **flags)


NO_CHANGES = Changes()

# A record row a write returns (a contact attempt, a promise, a letter...): the id fields it names, and the flag
# its table stands for.
_ROW_IDS = {"account_id": "accounts", "promise_id": "promises", "dispute_id": "disputes"}
_ROW_KINDS = {"promises": "promises", "disputes": "disputes", "users": "users"}
_ROW_FLAGS = {"contact_attempts": "contacts", "contact_reviews": "reviews", "letters": "letters",
              "rule_pack_versions": "settings", "letter_templates": "settings", "app_settings": "settings"}


def changes_of(result: object) -> Changes:
    """What a write service's result says it changed.

    A Changes value is itself; a result with a `changes` property (PostResult, DisputeView, LetterView,
    ImportResult, AssignmentResult, BatchResult, SyncReport...) gives that; a record row the write returns (a
    ContactAttempt, a Promise, a Letter, a DisputeNote, a ContactReview...) names its account, promise or
    dispute and its kind; a tuple or list of those is their union. Anything else changed nothing that a
    screen shows (the caller of the write may say more).
    """
    if result is None:
        return NO_CHANGES
    if isinstance(result, Changes):
        return result
    carried = getattr(result, "changes", None)
    if isinstance(carried, Changes):
        return carried
    if isinstance(result, (tuple, list)):
        out = NO_CHANGES
        for item in result:
            out = out | changes_of(item)
        return out
    table = getattr(result, "__tablename__", None)
    if not isinstance(table, str):
        return NO_CHANGES
    found: dict[str, Any] = {}
    for attribute, field in _ROW_IDS.items():
        value = getattr(result, attribute, None)
        if isinstance(value, uuid.UUID):
            found[field] = frozenset({value})
    own = getattr(result, "id", None)
    if table in _ROW_KINDS and isinstance(own, uuid.UUID):
        field = _ROW_KINDS[table]
        found[field] = found.get(field, frozenset()) | {own}
    if table in _ROW_FLAGS:
        found[_ROW_FLAGS[table]] = True
    return Changes(**found)
