"""What "use my value" may put on the shared database, and what a conflict shows to whom.

A conflict record is data anyone with a workstation can write (through the sync, or with psql through their own
login), so resolving one is never trusted blindly. `plan` turns a conflict into the writes it stands for and
refuses anything outside these rules:

- only the synced records a workstation works on (`TABLES`): never users, teams, roles, reference data or
  settings, never money (a payment or balance posting made offline after its lease was broken is posted again by
  hand, so the allocation and the postings stay one transaction), never a delete;
- an update sets only the record's own mutable fields (`updatable`): not its keys or links (the account, person or
  user it belongs to), not who it is assigned to, not a balance; queue fields the server derives are dropped;
- the row must belong to an account that both the person resolving and the conflict's author (the user of the
  workstation that made the change) may see: a value the author could not have written is not written for them;
- an account's status follows the same role rule as the database's (closing needs a supervisor, recalling an
  admin), for the author and for the person resolving;
- a record made in someone's name (a contact attempt, an audit event) is applied only in its author's name; a
  contact attempt comes back together with its own audit event (the database checks the pair at commit).

The database checks the result again as the person resolving (row-level security, the triggers of
migrations/workstation_limits.py).
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import Account, Base, Conflict, User, Workstation
from ..models.facts import RECORD_TABLES
from ..models.enums import AccountStatus, Role
from ..services import access
from ..services.context import Actor, PermissionDenied, ServiceError
from . import server as S
from . import tables as T

TABLES = frozenset({
    "accounts", "account_parties", "persons", "phones", "addresses", "emails", "inconvenient_times",
    "compliance_flags", "consents", "notes", "promises", "instalments", "disputes", "dispute_events",
    "dispute_notes", "letters", "contact_attempts", "contact_reviews", "audit_events", *RECORD_TABLES,
})
# Inserted only together with the rest of their transaction, never from a conflict.
MONEY_TABLES = frozenset({"payments", "balance_transactions"})
MONEY_FIELDS = {"accounts": frozenset({"principal", "interest", "fees", "costs", "balance", "placed_balance",
                                        "itemization_balance", "last_payment_date", "last_payment_amount"})}
# Never changed from a conflict, beyond keys and links.
FIXED_FIELDS = {"accounts": frozenset({"assigned_to", "client_account_number", "currency"}),
                "users": frozenset({"role"})}
# Records made in someone's name: the column naming them.
AUTHORED = {"contact_attempts": "user_id", "audit_events": "user_id"}
HIDDEN = "(not yours to see)"


def updatable(table: sa.Table) -> set[str]:
    """The fields of `table` a conflict may set on an existing row."""
    keys = {c.name for c in table.primary_key.columns}
    links = {c.name for c in table.c if c.foreign_keys}
    never = (keys | links | set(T.IGNORED_FIELDS) | set(T.DERIVED_FIELDS.get(table.name, ()))
             | set(T.ADDITIVE_FIELDS.get(table.name, ())) | set(MONEY_FIELDS.get(table.name, ()))
             | set(FIXED_FIELDS.get(table.name, ())))
    return {c.name for c in table.c} - never


@dataclasses.dataclass
class Plan:
    """The operations to apply (payloads as the sync sends them) and the other conflicts they resolve too."""

    payloads: list[dict[str, Any]]
    also_resolves: list[Conflict]


def author_of(session: Session, conflict: Conflict) -> Actor | None:
    """The user of the workstation the conflict came from (who made the change), as an actor."""
    if conflict.workstation_id is None:
        return None
    user = session.scalar(sa.select(User).join(Workstation, Workstation.user_id == User.id)
                          .where(Workstation.id == conflict.workstation_id))
    if user is None:
        return None
    return Actor(user_id=user.id, username=user.username, role=user.role, team_id=user.team_id)


def _may_see(session: Session, actor: Actor, account_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not account_ids:
        return set()
    return set(session.scalars(sa.select(Account.id).where(Account.id.in_(account_ids),
                                                           access.visible_accounts(actor))))


def _refuse(message: str) -> PermissionDenied:
    return PermissionDenied(f"This change cannot be applied from the conflict: {message}")


def _check_status(actor: Actor, value: Any, current: Any, who: str) -> None:
    for status in {str(value), str(current)}:
        if status == AccountStatus.RECALLED.value and actor.role != Role.ADMIN:
            raise _refuse(f"{who} may not return an account to the client or reopen a recalled one")
        if status == AccountStatus.CLOSED.value and actor.role not in (Role.SUPERVISOR, Role.ADMIN):
            raise _refuse(f"{who} may not close an account or reopen a closed one")


def _check_row(session: Session, resolver: Actor, author: Actor, table: sa.Table, row: dict[str, Any],
               values: dict[str, Any], current: dict[str, Any] | None) -> None:
    candidates = S.account_candidates(session, table.name, row)
    if candidates:
        both = _may_see(session, resolver, candidates) & _may_see(session, author, candidates)
        if not both:
            raise _refuse(f"the {table.name.replace('_', ' ')} record belongs to an account that "
                          f"{author.username} or {resolver.username} may not work")
    elif table.name not in ("persons", "audit_events"):
        raise _refuse(f"the {table.name.replace('_', ' ')} record belongs to no account")
    column = AUTHORED.get(table.name)
    if column is not None and row.get(column) != author.user_id:
        raise _refuse(f"it was recorded in another user's name than {author.username}'s")
    if column is not None and resolver.role != Role.ADMIN and resolver.user_id != author.user_id:
        raise _refuse(f"only {author.username} or an admin may apply what {author.username} recorded in their name")
    if table.name == "accounts" and "status" in values:
        now = (current or {}).get("status")
        _check_status(author, values["status"], now, author.username)
        _check_status(resolver, values["status"], now, resolver.username)


def plan(session: Session, resolver: Actor, conflict: Conflict) -> Plan:
    """The writes `use_local` stands for, after every check above; raises PermissionDenied or ServiceError."""
    author = author_of(session, conflict)
    if author is None:
        raise _refuse("the workstation it came from is not known")
    if conflict.field is not None:
        payload = {"table": conflict.entity, "action": "update", "values": {conflict.field: conflict.local_value},
                   "before": {}}
        table = Base.metadata.tables.get(conflict.entity)
        if table is None:
            raise _refuse(f"unknown table {conflict.entity!r}")
        payload["pk"] = _pk_from_entity_id(table, conflict.entity_id)
    else:
        payload = conflict.local_value
        if not isinstance(payload, dict) or not isinstance(payload.get("values", {}), dict):
            raise _refuse("it holds no change")
        table = Base.metadata.tables.get(str(payload.get("table")))
        if table is None:
            raise _refuse(f"unknown table {payload.get('table')!r}")
    if table.name in MONEY_TABLES:
        raise _refuse("a payment or balance posting is posted again on the account (the conflict keeps its details)")
    if table.name not in TABLES:
        raise _refuse(f"{table.name.replace('_', ' ')} are not changed by syncing workstations")
    action = payload.get("action")
    try:
        pk = T.decode_row(table, payload.get("pk") or {})
        values = T.decode_row(table, payload.get("values") or {})
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise _refuse(f"it holds a malformed value ({exc})") from None
    if set(pk) != {c.name for c in table.primary_key.columns}:
        raise _refuse("it does not name the record")
    if action == "update":
        current = session.execute(sa.select(table).where(*(table.c[k] == v for k, v in pk.items()))
                                  ).mappings().first()
        if current is None:
            raise ServiceError("The record that conflict is about no longer exists (or you may not see it).")
        money = set(values) & set(MONEY_FIELDS.get(table.name, ()))
        if money:
            raise _refuse("a balance changes only by posting a transaction (post the payment again)")
        skipped = set(T.IGNORED_FIELDS) | set(T.DERIVED_FIELDS.get(table.name, ())) \
            | set(T.ADDITIVE_FIELDS.get(table.name, ()))
        values = {k: v for k, v in values.items() if k not in skipped}
        refused = sorted(set(values) - updatable(table))
        if refused:
            raise _refuse(f"{', '.join(refused)} of {table.name.replace('_', ' ')} are not set from a conflict")
        _check_row(session, resolver, author, table, {**dict(current), **values}, values, dict(current))
        clean = {**payload, "values": T.encode_row(table, values), "pk": T.encode_row(table, pk), "before": {}}
        return Plan([clean], [])
    if action != "insert":
        raise _refuse("records are never deleted")
    if not values or any(values.get(k) != v for k, v in pk.items()):
        raise _refuse("it does not hold the record it names")
    _check_row(session, resolver, author, table, values, values, None)
    also: list[Conflict] = []
    payloads = [payload]
    if table.name == "contact_attempts":
        event = _held_audit_event(session, conflict, values["id"])
        if event is None:
            raise ServiceError("This contact attempt came back without its audit event; it cannot be applied alone.")
        also.append(event)
        payloads.append(event.local_value)
    return Plan(payloads, also)


def _held_audit_event(session: Session, conflict: Conflict, attempt_id: uuid.UUID) -> Conflict | None:
    """The open conflict of the same workstation holding the `contact.recorded` event of this attempt."""
    held = session.scalars(sa.select(Conflict).where(
        Conflict.workstation_id == conflict.workstation_id, Conflict.entity == "audit_events",
        Conflict.field.is_(None), Conflict.resolved_at.is_(None), Conflict.id != conflict.id)
        .with_for_update()).all()
    for other in held:
        values = (other.local_value or {}).get("values") or {} if isinstance(other.local_value, dict) else {}
        if values.get("entity") == "contact_attempt" and values.get("entity_id") == str(attempt_id) \
                and values.get("action") == "contact.recorded":
            return other
    return None


def _pk_from_entity_id(table: sa.Table, entity_id: str) -> dict[str, Any]:
    cols = list(table.primary_key.columns)
    return {c.name: v for c, v in zip(cols, entity_id.split("|"))}


# --- what a reader sees ------------------------------------------------------------------------------------------


def redact(session: Session, reader: Actor, conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts as `reader` may see them: person ids of people on no account the reader may see are replaced
    (in the held change and in the server's value), so a conflict does not tell who else is in the database.
    The objects are detached copies: nothing is written back."""
    found: set[uuid.UUID] = set()
    for c in conflicts:
        _person_ids(c.local_value, found)
        _person_ids(c.server_value, found)
    if not found or reader.role == Role.ADMIN:
        return conflicts
    from ..models import AccountParty

    seen = set(session.scalars(sa.select(AccountParty.person_id).join(Account, Account.id == AccountParty.account_id)
                               .where(AccountParty.person_id.in_(found), access.visible_accounts(reader))))
    hidden = {str(p) for p in found - seen}
    if not hidden:
        return conflicts
    out = []
    for c in conflicts:
        copy = Conflict(**{col.key: getattr(c, col.key) for col in Conflict.__table__.c})
        copy.local_value = _scrub(c.local_value, hidden)
        copy.server_value = _scrub(c.server_value, hidden)
        copy.entity_id = _scrub(c.entity_id, hidden)
        out.append(copy)
    return out


def _person_ids(value: Any, found: set[uuid.UUID], key: str = "") -> None:
    """Collect the ids held under a ``*person_id`` key, and the key of a held change to a person."""
    if isinstance(value, dict):
        if value.get("table") == "persons":
            for part in ("pk", "values"):
                inner = value.get(part)
                if isinstance(inner, dict):
                    _person_ids(inner.get("id"), found, "person_id")
        for k, v in value.items():
            _person_ids(v, found, str(k))
    elif isinstance(value, list):
        for v in value:
            _person_ids(v, found, key)
    elif isinstance(value, str) and key.endswith("person_id"):
        try:
            found.add(uuid.UUID(value))
        except ValueError:
            pass


def _scrub(value: Any, hidden: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, hidden) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, hidden) for v in value]
    if isinstance(value, str) and value in hidden:
        return HIDDEN
    if isinstance(value, str):
        for person in hidden:
            if person in value:
                value = value.replace(person, HIDDEN)
        return value
    return value
