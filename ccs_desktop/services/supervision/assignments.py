"""Assignments: which collector works which account, moved in bulk by criteria; each collector's queue rules.

A supervisor lists, assigns to and sets queue rules for the collectors they answer for (`access.answered_for`:
the members of the teams they supervise), and moves the accounts they may see (`access.visible_accounts`: their
teams' accounts and unassigned ones); an admin any collector and any account.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, AccountParty, Address, Client, User, new_id, to_money, utcnow
from ...models.enums import AccountStatus, PartyRole, Role
from .. import access, audit
from ..context import Actor, Changes, PermissionDenied, ServiceError
from .common import require_supervisor


@dataclasses.dataclass(frozen=True)
class Collector:
    id: uuid.UUID
    username: str
    display_name: str
    queue_rules: dict[str, Any] | None
    open_accounts: int


def collectors(session_factory: Callable[[], Session], actor: Actor) -> list[Collector]:
    """The collectors this actor supervises, with their open-account counts."""
    require_supervisor(actor, "list the team")
    q = (sa.select(User.id, User.username, User.display_name, User.queue_rules,
                   sa.select(sa.func.count()).select_from(Account)
                   .where(Account.assigned_to == User.id, Account.status == AccountStatus.OPEN)
                   .scalar_subquery())
         .where(User.role == Role.COLLECTOR, User.active.is_(True)).order_by(User.display_name))
    answered = access.answered_for(actor)
    if answered is not None:
        q = q.where(User.id.in_(answered))
    with session_factory() as s:
        return [Collector(r[0], r[1], r[2], r[3], r[4] or 0) for r in s.execute(q)]


@dataclasses.dataclass(frozen=True)
class AssignmentCriteria:
    """Which accounts a bulk assignment moves. Every given criterion must hold."""

    client_id: uuid.UUID | None = None
    balance_min: Decimal | None = None
    balance_max: Decimal | None = None
    regions: tuple[str, ...] = ()          # the consumer's current address state/province
    score_min: Decimal | None = None
    score_max: Decimal | None = None
    status: AccountStatus | None = AccountStatus.OPEN
    from_collector_id: uuid.UUID | None = None
    unassigned_only: bool = False

    def validated(self) -> AssignmentCriteria:
        values = {}
        for name in ("balance_min", "balance_max", "score_min", "score_max"):
            v = getattr(self, name)
            if v is not None:
                try:
                    values[name] = to_money(v)
                except ValueError as exc:
                    raise ServiceError(f"{name.replace('_', ' ')}: {exc}") from exc
        crit = dataclasses.replace(self, regions=tuple(r.strip().upper() for r in self.regions if r.strip()), **values)
        if crit.balance_min is not None and crit.balance_max is not None and crit.balance_min > crit.balance_max:
            raise ServiceError("the balance range is empty: the minimum is above the maximum")
        if crit.score_min is not None and crit.score_max is not None and crit.score_min > crit.score_max:
            raise ServiceError("the score range is empty: the minimum is above the maximum")
        if crit.unassigned_only and crit.from_collector_id is not None:
            raise ServiceError("choose either unassigned accounts or one collector's accounts, not both")
        return crit


def _criteria_query(crit: AssignmentCriteria, actor: Actor) -> sa.Select[Any]:
    q = sa.select(Account.id, Account.assigned_to)
    if crit.client_id is not None:
        q = q.where(Account.client_id == crit.client_id)
    if crit.balance_min is not None:
        q = q.where(Account.balance >= crit.balance_min)
    if crit.balance_max is not None:
        q = q.where(Account.balance <= crit.balance_max)
    if crit.score_min is not None:
        q = q.where(Account.priority_score >= crit.score_min)
    if crit.score_max is not None:
        q = q.where(Account.priority_score <= crit.score_max)
    if crit.status is not None:
        q = q.where(Account.status == crit.status)
    if crit.from_collector_id is not None:
        q = q.where(Account.assigned_to == crit.from_collector_id)
    if crit.unassigned_only:
        q = q.where(Account.assigned_to.is_(None))
    if crit.regions:
        q = q.where(sa.exists().where(
            AccountParty.account_id == Account.id, AccountParty.role == PartyRole.CONSUMER,
            Address.person_id == AccountParty.person_id, Address.current.is_(True),
            sa.func.upper(Address.region).in_(crit.regions)))
    # A supervisor moves their teams' accounts and unassigned ones, never another team's.
    q = q.where(access.visible_accounts(actor))
    return q.order_by(Account.priority_score.desc(), Account.id)


def preview_assignment(session_factory: Callable[[], Session], actor: Actor, criteria: AssignmentCriteria) -> int:
    """How many accounts the criteria select."""
    require_supervisor(actor, "assign accounts")
    crit = criteria.validated()
    with session_factory() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(_criteria_query(crit, actor).order_by(None).subquery())) or 0


@dataclasses.dataclass(frozen=True)
class AssignmentResult:
    selected: int
    moved: int
    per_collector: dict[uuid.UUID, int]

    @property
    def changes(self) -> Changes:
        return Changes(all_accounts=self.moved > 0, queue=True)


def assign_accounts(session_factory: Callable[[], Session], actor: Actor, criteria: AssignmentCriteria,
                    collector_ids: Sequence[uuid.UUID], progress: Callable[[int, int], None] | None = None,
                    ) -> AssignmentResult:
    """Assign the selected accounts to the given collectors, dealt in turn by priority (highest first), so each
    gets a fair share of the best accounts. Accounts already with their dealt collector stay untouched.
    Each moved account gets an audit event (before/after collector)."""
    require_supervisor(actor, "assign accounts")
    crit = criteria.validated()
    targets = list(dict.fromkeys(collector_ids))
    if not targets:
        raise ServiceError("choose at least one collector to assign the accounts to")
    with session_factory() as s, s.begin():
        found = set(s.scalars(sa.select(User.id).where(
            User.id.in_(targets), User.role == Role.COLLECTOR, User.active.is_(True))))
        missing = [t for t in targets if t not in found]
        if missing:
            raise ServiceError("only active collectors can be given accounts")
        answered = access.answered_for_ids(s, actor)
        if answered is not None and not found <= answered:
            raise PermissionDenied(f"{actor.username} may assign accounts only to the collectors of the teams "
                                   "they supervise")
        rows = s.execute(_criteria_query(crit, actor)).all()
        per: dict[uuid.UUID, list[uuid.UUID]] = {t: [] for t in targets}
        moves: list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID]] = []
        for n, (account_id, current) in enumerate(rows):
            target = targets[n % len(targets)]
            if current != target:
                per[target].append(account_id)
                moves.append((account_id, current, target))
        now = utcnow()
        table = Account.__table__
        for target, ids in per.items():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                s.execute(sa.update(table).where(table.c.id.in_(chunk)).values(
                    assigned_to=target, updated_at=now, row_version=table.c.row_version + 1))
        for n, (account_id, before, after) in enumerate(moves, 1):
            audit.record(s, actor, "account.assigned", "account", account_id, account_id=account_id,
                         before={"assigned_to": before}, after={"assigned_to": after}, at=now)
            if progress and n % 200 == 0:
                progress(n, len(moves))
        audit.record(s, actor, "accounts.bulk_assigned", "assignment", new_id(), at=now,
                     after={"criteria": dataclasses.asdict(crit), "collectors": targets, "selected": len(rows),
                            "moved": len(moves)})
    return AssignmentResult(len(rows), len(moves), {t: len(ids) for t, ids in per.items()})


QUEUE_RULE_KEYS = {"client_ids", "statuses", "balance_min", "balance_max", "regions", "score_min", "callable_only"}


def set_queue_rules(session_factory: Callable[[], Session], actor: Actor, collector_id: uuid.UUID,
                    rules: dict[str, Any] | None) -> dict[str, Any] | None:
    """Set which of their accounts a collector's queue offers (None clears the rules).

    Keys: client_ids (list of client ids), statuses (account statuses), balance_min / balance_max and
    score_min (amounts), regions (state/province codes), callable_only (bool)."""
    require_supervisor(actor, "set queue rules")
    clean = _clean_rules(rules)
    with session_factory() as s, s.begin():
        user = s.get(User, collector_id)
        if user is None or user.role != Role.COLLECTOR:
            raise ServiceError("queue rules are set for a collector")
        if not access.answers_for(s, actor, user.id):
            raise PermissionDenied(f"{actor.username} may set queue rules only for the teams they supervise")
        if clean and clean.get("client_ids"):
            known = set(s.scalars(sa.select(Client.id).where(Client.id.in_([uuid.UUID(c) for c in clean["client_ids"]]))))
            if len(known) != len(clean["client_ids"]):
                raise ServiceError("a queue rule names a client that does not exist")
        before = user.queue_rules
        user.queue_rules = clean
        audit.record(s, actor, "user.queue_rules_set", "user", user.id, before={"queue_rules": before},
                     after={"queue_rules": clean})
    return clean


def _clean_rules(rules: dict[str, Any] | None) -> dict[str, Any] | None:
    if not rules:
        return None
    unknown = sorted(set(rules) - QUEUE_RULE_KEYS)
    if unknown:
        raise ServiceError(f"unknown queue rule: {', '.join(unknown)}")
    clean: dict[str, Any] = {}
    try:
        if rules.get("client_ids"):
            clean["client_ids"] = sorted(str(uuid.UUID(str(c))) for c in rules["client_ids"])
        if rules.get("statuses"):
            clean["statuses"] = sorted(AccountStatus(s).value for s in rules["statuses"])
        if rules.get("regions"):
            clean["regions"] = sorted({str(r).strip().upper() for r in rules["regions"] if str(r).strip()})
    except ValueError as exc:
        raise ServiceError(f"bad queue rule: {exc}") from exc
    for key in ("balance_min", "balance_max", "score_min"):
        if rules.get(key) not in (None, ""):
            try:
                clean[key] = str(to_money(rules[key]))
            except ValueError as exc:
                raise ServiceError(f"{key.replace('_', ' ')}: {exc}") from exc
    if "balance_min" in clean and "balance_max" in clean and Decimal(clean["balance_min"]) > Decimal(clean["balance_max"]):
        raise ServiceError("the balance range is empty: the minimum is above the maximum")
    if rules.get("callable_only"):
        clean["callable_only"] = True
    return clean or None
