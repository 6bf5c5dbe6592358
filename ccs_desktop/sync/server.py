"""The shared database's side of sync: the change fence, applying pushed operations once, reading changes.

Applying an operation (one server transaction per batch, a savepoint per operation when a batch fails):

- already in ``applied_operations`` → skipped (a push that was cut after the server committed);
- its lease was broken → not applied; handed back as a ``lease_broken`` conflict holding the operation;
- the account is leased to another workstation → handed back as ``leased_elsewhere``;
- insert → inserted (an existing row with the same key is left alone); audit events are re-chained;
  contact attempts are first checked against the server's history (`OfflineFinding`);
- update → applied if the row is at the version the edit was made on; otherwise merged field by field:
  a field nobody else changed takes the local value, a queue field keeps the server's, a balance or
  counter adds the local delta, and a field both sides changed becomes a ``concurrent_edit`` conflict;
- anything the database refuses → a ``rejected`` conflict holding the operation and the error.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..migrations.helpers import CHANGE_FENCE_KEY
from ..models import AppliedOperation, AuditEvent, Base, Conflict, Lease, new_id, utcnow
from ..models.enums import Role
from ..services import audit
from ..services.context import Actor
from . import tables as T

log = logging.getLogger(__name__)


class SyncUnsupported(Exception):
    pass


@dataclasses.dataclass
class OfflineFinding:
    """An attempt made offline that the server's fuller history says would have been blocked."""

    attempt_id: uuid.UUID
    account_id: uuid.UUID
    person_id: uuid.UUID
    at: Any
    reasons: list[str]


@dataclasses.dataclass
class BatchResult:
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    findings: list[OfflineFinding] = dataclasses.field(default_factory=list)


def high_water(session: Session) -> int:
    """The highest server sequence number whose transaction has finished (see migrations.helpers fence)."""
    if session.get_bind().dialect.name != "postgresql":
        raise SyncUnsupported("Offline sync needs a PostgreSQL shared database (the embedded database is a single "
                              "workstation's).")
    session.execute(sa.text("SET LOCAL lock_timeout = '60s'"))
    session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHANGE_FENCE_KEY})
    last, called = session.execute(sa.text("SELECT last_value, is_called FROM ccs_change_seq")).one()
    return int(last) if called else 0


def _insert(dialect: str, table: sa.Table) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def _where_pk(table: sa.Table, pk: dict[str, Any]) -> sa.ColumnElement[bool]:
    return sa.and_(*(table.c[k] == v for k, v in pk.items()))


def account_candidates(session: Session, table_name: str, row: dict[str, Any]) -> list[uuid.UUID]:
    """The accounts a row of `table_name` belongs to, read from the database (never from what a payload claims):
    its own account, the accounts of its person, of its dispute or of its contact attempt."""
    from ..models import AccountParty, ContactAttempt, Dispute

    def as_uuid(value: Any) -> uuid.UUID | None:
        try:
            return value if isinstance(value, uuid.UUID) or value is None else uuid.UUID(str(value))
        except ValueError:
            return None

    out: list[uuid.UUID] = []
    if table_name == "accounts":
        out.append(as_uuid(row.get("id")))
    out.append(as_uuid(row.get("account_id")))
    person = as_uuid(row.get("id") if table_name == "persons" else row.get("person_id"))
    if person is not None:
        out.extend(session.scalars(sa.select(AccountParty.account_id).where(AccountParty.person_id == person)
                                   .order_by(AccountParty.account_id)))
    dispute = as_uuid(row.get("dispute_id"))
    if dispute is not None:
        out.extend(session.scalars(sa.select(Dispute.account_id).where(Dispute.id == dispute)))
    contact = as_uuid(row.get("contact_id"))
    if contact is not None:
        out.extend(session.scalars(sa.select(ContactAttempt.account_id).where(ContactAttempt.id == contact)))
    return list(dict.fromkeys(a for a in out if a is not None))


def conflict_account(session: Session, table_name: str, row: dict[str, Any]) -> uuid.UUID | None:
    """The account a conflict about this row is filed under: the first of its accounts the session's user can see
    (row-level security reads for us), or None (then only the workstation's own user and admins see it)."""
    from ..models import Account

    candidates = account_candidates(session, table_name, row)
    if not candidates:
        return None
    seen = set(session.scalars(sa.select(Account.id).where(Account.id.in_(candidates))))
    return next((a for a in candidates if a in seen), None)


def _conflict(session: Session, *, table: str, pk: dict[str, Any], reason: str, op_id: uuid.UUID,
              workstation_id: uuid.UUID, field: str | None = None, local: Any = None, server: Any = None,
              row: dict[str, Any] | None = None) -> None:
    now = utcnow()
    account_id = None
    if table in Base.metadata.tables:
        if row is None:
            t = Base.metadata.tables[table]
            row = dict(pk)
            if pk and set(pk) <= set(t.c.keys()):
                current = session.execute(sa.select(t).where(_where_pk(t, pk))).mappings().first()
                row = {**(dict(current) if current else {}), **row}
            if isinstance(local, dict) and isinstance(local.get("values"), dict):
                try:
                    row = {**T.decode_row(t, local["values"]), **row}
                except (TypeError, ValueError, ArithmeticError):
                    pass  # a malformed operation: filed under the row's stored accounts only
        account_id = conflict_account(session, table, row)
    session.execute(sa.insert(Conflict.__table__).values(
        id=new_id(), created_at=now, entity=table, entity_id="|".join(str(v) for v in pk.values())[:40],
        field=field, local_value=local, server_value=server, op_id=op_id, workstation_id=workstation_id,
        reason=reason, account_id=account_id))


class Applier:
    """Applies one workstation's operations to the shared database inside a caller's transaction."""

    def __init__(self, session: Session, workstation_id: uuid.UUID, workstation_name: str | None = None) -> None:
        self.s = session
        self.ws = workstation_id
        self.ws_name = workstation_name
        self.dialect = session.get_bind().dialect.name
        self.touched_accounts: set[uuid.UUID] = set()
        self._leases: dict[uuid.UUID, Any] = {}

    def prefetch_leases(self, payloads: Iterable[dict[str, Any]]) -> None:
        lease_ids, account_ids = set(), set()
        for p in payloads:
            lease_ids.update(uuid.UUID(x) for x in p.get("lease_ids", ()))
            account_ids.update(uuid.UUID(x) for x in p.get("account_ids", ()))
        if not lease_ids and not account_ids:
            return
        lt = Lease.__table__
        rows = self.s.execute(sa.select(lt).where(sa.or_(lt.c.id.in_(lease_ids), sa.and_(
            lt.c.account_id.in_(account_ids), lt.c.released_at.is_(None), lt.c.broken_at.is_(None))))).mappings()
        self._leases = {r["id"]: r for r in rows}

    def _lease_problem(self, payload: dict[str, Any]) -> str | None:
        held = [uuid.UUID(x) for x in payload.get("lease_ids", ())]
        for lease_id in held:
            lease = self._leases.get(lease_id)
            if lease is not None and lease["broken_at"] is not None:
                return "lease_broken"
        now = utcnow()
        accounts = {uuid.UUID(x) for x in payload.get("account_ids", ())}
        for lease in self._leases.values():
            if (lease["account_id"] in accounts and lease["workstation_id"] != self.ws
                    and lease["broken_at"] is None and lease["released_at"] is None and lease["expires_at"] > now):
                return "leased_elsewhere"
        return None

    def apply(self, op_id: uuid.UUID, payload: dict[str, Any], result: BatchResult, *, force: bool = False) -> str:
        table = Base.metadata.tables[payload["table"]]
        pk = T.decode_row(table, payload["pk"])
        self.touched_accounts.update(uuid.UUID(x) for x in payload.get("account_ids", ()))
        if not force:
            problem = self._lease_problem(payload)
            if problem:
                _conflict(self.s, table=table.name, pk=pk, reason=problem, op_id=op_id, workstation_id=self.ws,
                          local=payload)
                result.conflicts += 1
                return problem
        action = payload["action"]
        if action == "insert":
            return self._apply_insert(op_id, table, payload, result)
        if action == "update":
            return self._apply_update(op_id, table, pk, payload, result, force=force)
        if action == "delete":
            return self._apply_delete(op_id, table, pk, payload, result, force=force)
        raise ValueError(f"unknown operation {action!r}")

    # --- inserts ----------------------------------------------------------------------------------

    def _apply_insert(self, op_id: uuid.UUID, table: sa.Table, payload: dict[str, Any], result: BatchResult) -> str:
        values = T.decode_row(table, payload["values"])
        values.pop("server_seq", None)
        if table.name == "audit_events":
            self._rechain(values)
            result.applied += 1
            return "applied"
        if table.name == "contact_attempts":
            values["recorded_offline"] = True
            finding = self._offline_review(values)
            if finding is not None:
                result.findings.append(finding)
        outcome = self.s.execute(_insert(self.dialect, table).values(**values))
        if outcome.rowcount == 0:
            result.duplicates += 1
            return "exists"
        result.applied += 1
        return "applied"

    def _rechain(self, values: dict[str, Any]) -> None:
        """Append a cache's audit event to the shared chain (new position, same content and id)."""
        if self.s.execute(sa.select(AuditEvent.id).where(AuditEvent.id == values["id"])).first():
            return
        head = audit.lock_head(self.s)
        seq = head.seq + 1
        # The event keeps its own time (`at`, when it happened offline); the server stamps its receipt.
        digest = audit.event_digest(
            seq=seq, at=values["at"], user_id=values.get("user_id"), action=values["action"],
            entity=values["entity"], entity_id=values.get("entity_id"), account_id=values.get("account_id"),
            before=values.get("before"), after=values.get("after"), reason=values.get("reason"),
            workstation=values.get("workstation"), prev_hash=head.hash, recorded_at=head.recorded_at)
        row = {**values, "seq": seq, "prev_hash": head.hash, "hash": digest, "recorded_at": head.recorded_at}
        self.s.execute(sa.insert(AuditEvent.__table__).values(**row))
        head.advance(seq, digest)
        self.s.flush()

    def _offline_review(self, values: dict[str, Any]) -> OfflineFinding | None:
        """Would the server, knowing its full history, have blocked this attempt? (Reported, never undone.)"""
        try:
            from ..services.contacts import attempts
        except ImportError:  # the contact service is not part of this build
            return None
        try:
            attempt = attempts.AttemptInput(
                account_id=values["account_id"], person_id=values["person_id"], channel=values["channel"],
                result_code=values["result_code"], direction=values.get("direction") or "outbound",
                phone_id=values.get("phone_id"), email_address=values.get("email_address"),
                purpose=values.get("purpose") or "collection", at=values["at"], op_id=uuid.uuid4())
            actor = Actor(user_id=values.get("user_id"), username="sync", role=Role.SUPERVISOR,
                          workstation=self.ws_name)
        except Exception:  # an API this build's contact service does not have
            log.exception("offline review skipped")
            return None
        nested = self.s.begin_nested()
        try:
            attempts.record_attempt_in(self.s, actor, attempt)
            return None
        except attempts.ContactBlocked as blocked:
            reasons = [getattr(r, "message", str(r)) for r in getattr(blocked.decision, "reasons", ())] or [str(blocked)]
            return OfflineFinding(values["id"], values["account_id"], values["person_id"], values["at"], reasons)
        except Exception:
            log.warning("offline review of attempt %s could not run", values.get("id"), exc_info=True)
            return None
        finally:
            nested.rollback()
            self.s.expire_all()

    # --- updates ----------------------------------------------------------------------------------

    def _apply_update(self, op_id: uuid.UUID, table: sa.Table, pk: dict[str, Any], payload: dict[str, Any],
                      result: BatchResult, *, force: bool) -> str:
        current = self.s.execute(sa.select(table).where(_where_pk(table, pk)).with_for_update()).mappings().first()
        if current is None:
            _conflict(self.s, table=table.name, pk=pk, reason="missing_row", op_id=op_id, workstation_id=self.ws,
                      local=payload)
            result.conflicts += 1
            return "conflict"
        new = T.decode_row(table, payload.get("values", {}))
        before = T.decode_row(table, payload.get("before", {}))
        versioned = "row_version" in table.c
        same_version = versioned and payload.get("base_version") is not None and \
            current["row_version"] == payload["base_version"]
        changes: dict[str, Any] = {}
        conflicts: list[str] = []
        for field, value in new.items():
            if field in T.IGNORED_FIELDS:
                continue
            server = current[field]
            if force or same_version or server == before.get(field):
                if server != value:
                    changes[field] = value
                continue
            if server == value:
                continue
            rule = T.merge_rule(table.name, field)
            if rule == "derived":
                if field == "last_contact_at" and value is not None and (server is None or value > server):
                    changes[field] = value
                continue
            if rule == "additive" and None not in (server, value, before.get(field)):
                changes[field] = server + (value - before[field])
                continue
            conflicts.append(field)
        if changes:
            if versioned:
                changes["row_version"] = current["row_version"] + 1
            if "updated_at" in table.c:
                changes["updated_at"] = new.get("updated_at") or utcnow()
            self.s.execute(sa.update(table).where(_where_pk(table, pk)).values(**changes))
        for field in conflicts:
            _conflict(self.s, table=table.name, pk=pk, reason="concurrent_edit", op_id=op_id,
                      workstation_id=self.ws, field=field, local=T.encode(table.c[field], new[field]),
                      server=T.encode(table.c[field], current[field]), row=dict(current))
        result.conflicts += len(conflicts)
        if conflicts:
            return "conflict"
        result.applied += 1
        return "applied" if same_version or force else "merged"

    def _apply_delete(self, op_id: uuid.UUID, table: sa.Table, pk: dict[str, Any], payload: dict[str, Any],
                      result: BatchResult, *, force: bool) -> str:
        current = self.s.execute(sa.select(table).where(_where_pk(table, pk)).with_for_update()).mappings().first()
        if current is None:
            result.duplicates += 1
            return "exists"
        if (not force and "row_version" in table.c and payload.get("base_version") is not None
                and current["row_version"] != payload["base_version"]):
            _conflict(self.s, table=table.name, pk=pk, reason="deleted_edited", op_id=op_id, workstation_id=self.ws,
                      local=payload)
            result.conflicts += 1
            return "conflict"
        self.s.execute(sa.delete(table).where(_where_pk(table, pk)))
        result.applied += 1
        return "applied"


def apply_batch(session: Session, workstation_id: uuid.UUID, ops: list[tuple[uuid.UUID, dict[str, Any]]],
                *, careful: bool, workstation_name: str | None = None) -> BatchResult:
    """Apply a batch once, inside the caller's transaction. `careful`: a savepoint per operation, so one the
    database refuses becomes a `rejected` conflict instead of failing the batch."""
    result = BatchResult()
    done = set(session.scalars(sa.select(AppliedOperation.op_id).where(
        AppliedOperation.op_id.in_([op_id for op_id, _ in ops]))))
    applier = Applier(session, workstation_id, workstation_name)
    todo = [(op_id, p) for op_id, p in ops if op_id not in done]
    result.duplicates += len(ops) - len(todo)
    applier.prefetch_leases(p for _, p in todo)
    applied_rows = []
    now = utcnow()
    run: list[tuple[uuid.UUID, dict[str, Any]]] = []

    def flush_run() -> None:
        if run:
            _insert_run(session, applier, run, result)
            applied_rows.extend({"op_id": op_id, "workstation_id": workstation_id, "applied_at": now,
                                 "result": {"outcome": "applied"}} for op_id, _ in run)
            run.clear()

    for op_id, payload in todo:
        if not careful and _bulkable(applier, payload):
            if run and run[0][1]["table"] != payload["table"]:
                flush_run()
            run.append((op_id, payload))
            continue
        flush_run()
        if careful:
            nested = session.begin_nested()
            try:
                outcome = applier.apply(op_id, payload, result)
                nested.commit()
            except Exception as exc:
                nested.rollback()
                message = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:500]
                table = Base.metadata.tables.get(payload.get("table", ""))
                pk = T.decode_row(table, payload["pk"]) if table is not None else {}
                _conflict(session, table=payload.get("table", "?"), pk=pk, reason="rejected", op_id=op_id,
                          workstation_id=workstation_id, local=payload, server={"error": message})
                result.rejected += 1
                outcome = "rejected"
        else:
            outcome = applier.apply(op_id, payload, result)
        applied_rows.append({"op_id": op_id, "workstation_id": workstation_id, "applied_at": now,
                             "result": {"outcome": outcome}})
    flush_run()
    if applied_rows:
        session.execute(sa.insert(AppliedOperation.__table__), applied_rows)
    _refresh_accounts(session, applier.touched_accounts)
    for finding in result.findings:
        audit.record(session, Actor(user_id=None, username="sync", role=Role.ADMIN, workstation=workstation_name),
                     "sync.offline_contact_would_block", "contact_attempt", finding.attempt_id,
                     account_id=finding.account_id, after={"at": finding.at, "reasons": finding.reasons})
    return result


# Inserts of these tables have per-row work (re-chaining, the offline review): never bulk.
_ROW_BY_ROW = frozenset({"audit_events", "contact_attempts"})


def _bulkable(applier: Applier, payload: dict[str, Any]) -> bool:
    table = Base.metadata.tables.get(payload.get("table", ""))
    return (payload.get("action") == "insert" and table is not None and payload["table"] not in _ROW_BY_ROW
            and len(table.primary_key.columns) == 1 and applier._lease_problem(payload) is None)


def _insert_run(session: Session, applier: Applier, run: list[tuple[uuid.UUID, dict[str, Any]]],
                result: BatchResult) -> None:
    """Consecutive plain inserts into one table: one statement (rows already there are left alone)."""
    table = Base.metadata.tables[run[0][1]["table"]]
    rows = [T.decode_row(table, p["values"]) for _, p in run]
    for r in rows:
        r.pop("server_seq", None)
    (pk,) = table.primary_key.columns
    existing = set(session.scalars(sa.select(pk).where(pk.in_([r[pk.name] for r in rows]))))
    fresh = [r for r in rows if r[pk.name] not in existing]
    if fresh:
        session.execute(sa.insert(table), fresh)
    result.applied += len(fresh)
    result.duplicates += len(rows) - len(fresh)
    for _, p in run:
        applier.touched_accounts.update(uuid.UUID(x) for x in p.get("account_ids", ()))


def _refresh_accounts(session: Session, account_ids: set[uuid.UUID]) -> None:
    from ..models import Account
    from ..services.accounts.queue_fields import refresh_queue_fields

    if not account_ids:
        return
    existing = set(session.scalars(sa.select(Account.id).where(Account.id.in_(account_ids))))
    for account_id in sorted(existing):
        refresh_queue_fields(session, account_id)
    session.flush()
