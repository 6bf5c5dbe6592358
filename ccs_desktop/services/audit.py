"""Hash-chained audit events.

Every state change by a user writes an event in the same transaction. Each event's hash covers its
content, when it was recorded and the previous event's hash, so an edited, deleted or inserted event breaks
the chain at that point. Appending locks the single chain-head row, which keeps the chain linear across
workstations; callers append last in their transaction so the lock is held briefly.

On PostgreSQL the database keeps the head: `ccs_audit_head_for_append()` locks it and returns it with the
server's `recorded_at` stamp, and a trigger checks each new event follows it and moves it (workstation roles
cannot write the head; `migrations/security.py`). On SQLite the service moves the head itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..migrations.helpers import GENESIS_HASH
from ..models import AuditChainHead, AuditEvent, new_id, utcnow
from .context import Actor


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def event_digest(
    *, seq: int, at: dt.datetime, user_id: uuid.UUID | None, action: str, entity: str, entity_id: str | None,
    account_id: uuid.UUID | None, before: Any, after: Any, reason: str | None, workstation: str | None, prev_hash: str,
    recorded_at: dt.datetime | None = None,
) -> str:
    body = {
        "seq": seq, "at": at, "user_id": user_id, "action": action, "entity": entity, "entity_id": entity_id,
        "account_id": account_id, "before": before, "after": after, "reason": reason,
        "workstation": workstation, "prev_hash": prev_hash,
    }
    if recorded_at is not None:  # events written before revision 0012 have none and hash as they did
        body["recorded_at"] = recorded_at
    canonical = json.dumps(_jsonable(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: Any = None,
    *,
    account_id: uuid.UUID | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    return record_many(session, actor, [Pending(action, entity, entity_id, account_id=account_id, before=before,
                                                after=after, reason=reason, at=at)])[0]


@dataclasses.dataclass(frozen=True)
class Pending:
    """An event to append later in the same transaction (a batch appends its events together, in order)."""

    action: str
    entity: str
    entity_id: Any = None
    account_id: uuid.UUID | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    reason: str | None = None
    at: dt.datetime | None = None


@dataclasses.dataclass
class ChainHead:
    """The head of the chain, locked for this transaction, and the stamp the events appended now get."""

    seq: int
    hash: str
    recorded_at: dt.datetime
    row: AuditChainHead | None = None  # SQLite: the row the service moves itself

    def advance(self, seq: int, digest: str) -> None:
        self.seq, self.hash = seq, digest
        if self.row is not None:
            self.row.seq, self.row.hash = seq, digest


def lock_head(session: Session) -> ChainHead:
    """Lock the chain head for this transaction (see the module's docstring)."""
    if session.get_bind().dialect.name == "postgresql":
        seq, digest, recorded_at = session.execute(
            sa.text("SELECT seq, hash, recorded_at FROM ccs_audit_head_for_append()")).one()
        return ChainHead(seq, digest, recorded_at.astimezone(dt.timezone.utc))
    # SQLite has no row locks: a no-op write takes the database write lock before the head is read.
    session.execute(sa.update(AuditChainHead).where(AuditChainHead.id == 1).values(seq=AuditChainHead.seq))
    row = session.execute(sa.select(AuditChainHead).where(AuditChainHead.id == 1)).scalar_one()
    return ChainHead(row.seq, row.hash, utcnow(), row)


def record_many(session: Session, actor: Actor, events: Sequence[Pending]) -> list[AuditEvent]:
    """Append events to the chain in the given order, taking the chain-head lock once, inside the caller's
    transaction."""
    if not events:
        return []
    head = lock_head(session)
    out = []
    for pending in events:
        at = pending.at or utcnow()
        before_j = _jsonable(pending.before) if pending.before is not None else None
        after_j = _jsonable(pending.after) if pending.after is not None else None
        entity_id_s = str(pending.entity_id) if pending.entity_id is not None else None
        seq = head.seq + 1
        digest = event_digest(
            seq=seq, at=at, user_id=actor.user_id, action=pending.action, entity=pending.entity,
            entity_id=entity_id_s, account_id=pending.account_id, before=before_j, after=after_j,
            reason=pending.reason, workstation=actor.workstation, prev_hash=head.hash, recorded_at=head.recorded_at,
        )
        event = AuditEvent(
            id=new_id(), seq=seq, at=at, user_id=actor.user_id, action=pending.action, entity=pending.entity,
            entity_id=entity_id_s, account_id=pending.account_id, before=before_j, after=after_j,
            reason=pending.reason, workstation=actor.workstation, prev_hash=head.hash, hash=digest,
            recorded_at=head.recorded_at,
        )
        session.add(event)
        head.advance(seq, digest)
        out.append(event)
    session.flush()
    return out


@dataclasses.dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None

    def message(self) -> str:
        if self.ok:
            return f"Audit chain intact: {self.checked} events verified."
        return f"Audit chain broken at event {self.first_bad_seq}: {self.problem} ({self.checked} events before it verified)."


def _events(session: Session, batch: int = 5000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = session.scalars(
            sa.select(AuditEvent).where(AuditEvent.seq > last).order_by(AuditEvent.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
        session.expunge_all()


def verify(session: Session, progress: Callable[[int], None] | None = None) -> ChainReport:
    """Walk the chain in order and name the first event that does not match."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for event in _events(session):
        if event.seq != expected_seq:
            return ChainReport(False, checked, expected_seq, f"event {expected_seq} is missing (next found is {event.seq})")
        if event.prev_hash != expected_prev:
            return ChainReport(False, checked, event.seq, "its link to the previous event does not match (an event was inserted or removed before it)")
        digest = event_digest(
            seq=event.seq, at=event.at, user_id=event.user_id, action=event.action, entity=event.entity,
            entity_id=event.entity_id, account_id=event.account_id, before=event.before, after=event.after,
            reason=event.reason, workstation=event.workstation, prev_hash=event.prev_hash,
            recorded_at=event.recorded_at,
        )
        if digest != event.hash:
            return ChainReport(False, checked, event.seq, "its content does not match its hash (the event was edited)")
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
        if progress and checked % 1000 == 0:
            progress(checked)
    head = session.get(AuditChainHead, 1)
    if head is not None and (head.seq != checked or head.hash != expected_prev):
        return ChainReport(False, checked, checked + 1 if head.seq > checked else checked,
                           f"the chain head says {head.seq} events but {checked} were found (events were removed at the end)")
    return ChainReport(True, checked)
