"""Check-out, push, pull and conflict resolution between a local cache and the shared database.

A sync is: (1) copy accounts leased to this workstation that the cache does not hold yet, (2) push the
outbox in order, a batch per server transaction, (3) pull the rows changed since each table's cursor, a
page per cache transaction. Every step commits what it finished and resumes from there when it is cut
off: a pushed batch is remembered on the server (``applied_operations``) before the cache marks it pushed,
and a pulled page and its cursor are committed together. See docs/sync.md.

Accounts the cache no longer holds (given back with `release`, or their lease broken by a supervisor) are
purged from it once nothing for them waits in the outbox: `purge_released`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import socket
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from ..db import SessionFactory
from ..models import (
    Account, AccountParty, AuditEvent, Base, Conflict, ContactAttempt, Dispute, Lease, OutboxOperation, SyncCursor,
    utcnow,
)
from ..models.enums import AccountStatus
from ..services import audit
from ..services.context import Actor, Changes, PermissionDenied, ServiceError
from . import leases as L
from . import resolving as R
from . import server as S
from . import tables as T
from .cache import Cache

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_PAGE = 5000
Progress = Callable[[int, int], None]
LAST_SYNC = "sync.last_completed"


@dataclasses.dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    copied: int = 0
    findings: list[S.OfflineFinding] = dataclasses.field(default_factory=list)
    broken_leases: list[uuid.UUID] = dataclasses.field(default_factory=list)
    finished_at: dt.datetime | None = None

    @property
    def changes(self) -> Changes:
        """Rows pulled or copied can touch any account the window shows: account lists reload."""
        return Changes(all_accounts=bool(self.pulled or self.copied or self.broken_leases))

    def summary(self) -> str:
        parts = [f"{self.pushed} change(s) sent", f"{self.pulled + self.copied} row(s) received"]
        if self.conflicts or self.rejected:
            parts.append(f"{self.conflicts + self.rejected} conflict(s) to resolve")
        if self.findings:
            parts.append(f"{len(self.findings)} offline contact(s) the shared history would have blocked")
        if self.broken_leases:
            parts.append(f"{len(self.broken_leases)} lease(s) broken by a supervisor")
        return "; ".join(parts)


class _Stage:
    """Spreads a stage's progress over the whole sync's 0..1000 scale."""

    def __init__(self, progress: Progress | None, start: int, end: int) -> None:
        self.progress, self.start, self.end = progress, start, end

    def __call__(self, done: int, total: int) -> None:
        if self.progress is not None:
            share = done / total if total else 1.0
            self.progress(self.start + int((self.end - self.start) * min(share, 1.0)), 1000)


# --- identity and check-out --------------------------------------------------------------------------


def register(cache: Cache, server: SessionFactory, actor: Actor, name: str | None = None) -> uuid.UUID:
    """Tie the cache to a workstation record on the shared database (once).

    The workstation is known by the name the app signs in with (`Actor.workstation`, the settings' workstation
    name or the host name): the services compare it with a lease's workstation to let this machine, and only it,
    work the accounts it checked out."""
    ident = cache.identity()
    ws_id = uuid.UUID(ident["workstation_id"]) if ident else None
    ws_name = (ident or {}).get("name") or name or actor.workstation or socket.gethostname()
    ws_id = L.register_workstation(server, actor, ws_name, ws_id)
    if ident is None:
        cache.set_identity({"workstation_id": str(ws_id), "name": ws_name})
    return ws_id


def checkout(cache: Cache, server: SessionFactory, actor: Actor, account_ids: Iterable[uuid.UUID],
             progress: Progress | None = None) -> SyncReport:
    """Lease the accounts (and their household) to this workstation and copy them into the cache."""
    _require_postgres(server)
    ws_id = register(cache, server, actor)
    with server() as s, s.begin():
        L.take_in(s, actor, ws_id, list(account_ids))
    return sync(cache, server, actor, progress)


QUEUE_CHECKOUT_LIMIT = 200


def queue_to_check_out(server: SessionFactory, actor: Actor, limit: int = QUEUE_CHECKOUT_LIMIT) -> list[uuid.UUID]:
    """Which accounts "take my queue offline" checks out: the signed-in user's own open accounts, best score first."""
    if actor.user_id is None:
        raise PermissionDenied(f"{actor.username} has no queue of their own to take offline")
    with server() as s:
        return list(s.scalars(
            sa.select(Account.id).where(Account.status == AccountStatus.OPEN, Account.assigned_to == actor.user_id)
            .order_by(Account.priority_score.desc(), Account.id).limit(limit)))


def checkout_queue(cache: Cache, server: SessionFactory, actor: Actor, limit: int = QUEUE_CHECKOUT_LIMIT,
                   progress: Progress | None = None) -> SyncReport:
    """Take the user's queue offline: lease and copy `queue_to_check_out`, then sync."""
    return checkout(cache, server, actor, queue_to_check_out(server, actor, limit), progress)


def release(cache: Cache, server: SessionFactory, actor: Actor, account_ids: Iterable[uuid.UUID]) -> int:
    """Give accounts back (after a sync, so nothing is left in the outbox for them) and remove their personal
    data from the cache (`purge_released`)."""
    ids = list(account_ids)
    if cache.pending_count():
        raise ServiceError("Sync first: changes made offline are still waiting to be sent.")
    ws_id = cache.workstation_id
    if ws_id is None:
        return 0
    n = L.release(server, actor, ws_id, ids)
    with cache.engine.begin() as conn:
        conn.execute(sa.update(Lease.__table__).where(Lease.__table__.c.account_id.in_(ids),
                                                      Lease.__table__.c.workstation_id == ws_id,
                                                      Lease.__table__.c.released_at.is_(None))
                     .values(released_at=utcnow()))
    purge_released(cache)
    return n


def purge_released(cache: Cache) -> int:
    """Delete from the cache the rows of accounts it no longer holds under a live lease (released, or the lease
    broken by a supervisor), once no outbox operation for them is waiting to be sent. Returns how many accounts
    went.

    Goes: the account and everything that hangs off it (parties, contacts and their reviews, notes, promises,
    instalments, payments, postings, disputes with their events and notes, letters, overrides, account-level
    flags and consents, audit events and sent outbox operations about it), and each person on it who is on no
    account the cache keeps, with their phones, addresses, emails, flags, consents and inconvenient times.
    Stays: people also on a kept account, and their contact attempts on the purged account (the offline
    guardrails count a person's history across accounts); lease rows (bookkeeping, no personal data);
    conflict records (the workstation's to resolve). Core deletes: the outbox hook never sees them."""
    held = set(cache.held_account_ids())
    at, ap, ot, ev = Account.__table__, AccountParty.__table__, OutboxOperation.__table__, AuditEvent.__table__
    with _cache_conn(cache) as conn, conn.begin():
        present = set(conn.execute(sa.select(at.c.id)).scalars())
        waiting: set[uuid.UUID] = set()
        for (payload,) in conn.execute(sa.select(ot.c.payload).where(ot.c.pushed_at.is_(None))):
            waiting.update(uuid.UUID(a) for a in payload.get("account_ids") or ())
        gone = sorted(present - held - waiting)
        if not gone:
            return 0
        kept = sorted(present - set(gone))
        on_gone = set(conn.execute(sa.select(ap.c.person_id).where(ap.c.account_id.in_(gone))).scalars())
        shared = on_gone & set(conn.execute(sa.select(ap.c.person_id).where(ap.c.account_id.in_(kept))).scalars())
        persons = sorted(on_gone - shared)
        contact_ids = list(conn.execute(sa.select(ContactAttempt.id).where(
            ContactAttempt.account_id.in_(gone), ContactAttempt.person_id.not_in(shared))).scalars())
        entity_ids = [str(i) for i in [*gone, *persons]]
        for table in reversed(T.pulled_tables()):
            if T.SCOPES[table.name] in (T.REFERENCE, T.OWN) or table.name == "leases":
                continue
            if table.name == "contact_attempts":
                where = table.c.id.in_(contact_ids)
            elif T.SCOPES[table.name] == T.CONTACT:
                where = table.c.contact_id.in_(contact_ids)
            else:
                where = _scope(table, gone, None, persons)
            conn.execute(table.delete().where(where))
        conn.execute(ev.delete().where(sa.or_(ev.c.account_id.in_(gone), ev.c.entity_id.in_(entity_ids))))
        gone_text = {str(a) for a in gone}
        sent = [op for op, payload in conn.execute(sa.select(ot.c.op_id, ot.c.payload)
                                                     .where(ot.c.pushed_at.is_not(None)))
                if payload.get("account_ids") and set(payload["account_ids"]) <= gone_text]
        for i in range(0, len(sent), 500):
            conn.execute(ot.delete().where(ot.c.op_id.in_(sent[i:i + 500])))
    log.info("removed %d account(s) no longer held from the offline cache", len(gone))
    return len(gone)


# --- the sync ----------------------------------------------------------------------------------------


def sync(cache: Cache, server: SessionFactory, actor: Actor, progress: Progress | None = None,
         cancelled: Callable[[], bool] | None = None) -> SyncReport:
    _require_postgres(server)
    # The workstation record names the user now signed in on it: what this sync records on the shared database
    # (applied operations, conflicts) is theirs, and row-level security lets only them write it.
    ws_id = register(cache, server, actor)
    ws_name = (cache.identity() or {}).get("name")
    report = SyncReport()
    # Every step below is redone if a crash loses it (a batch sent again is skipped by the server, a page
    # pulled again is upserted): the cache is saved every few seconds and at the end, not after each commit.
    with cache.fewer_saves():
        push(cache, server, ws_id, report, _Stage(progress, 0, 450), cancelled, ws_name)
        _renew_and_copy(cache, server, ws_id, report, _Stage(progress, 450, 600))
        pull(cache, server, ws_id, report, _Stage(progress, 600, 1000), cancelled)
        report.finished_at = utcnow()
        _set_cursor_value(cache, LAST_SYNC, int(report.finished_at.timestamp()))
    purge_released(cache)  # leases broken by a supervisor (seen in this pull)
    if progress:
        progress(1000, 1000)
    return report


def push(cache: Cache, server: SessionFactory, ws_id: uuid.UUID, report: SyncReport, progress: Progress | None = None,
         cancelled: Callable[[], bool] | None = None, ws_name: str | None = None) -> None:
    outbox = OutboxOperation.__table__
    total = cache.pending_count()
    done = 0
    while True:
        if cancelled and cancelled():
            return
        with cache.engine.connect() as conn:
            rows = conn.execute(sa.select(outbox.c.op_id, outbox.c.payload, outbox.c.seq)
                                .where(outbox.c.pushed_at.is_(None))
                                .order_by(outbox.c.seq, outbox.c.created_at).limit(PUSH_BATCH)).all()
        if not rows:
            break
        rows = _whole_transactions(cache, rows)
        ops = [(r.op_id, r.payload) for r in rows]
        try:
            with server() as s, s.begin():
                result = S.apply_batch(s, ws_id, ops, careful=False, workstation_name=ws_name)
        except sa.exc.OperationalError:
            raise  # the connection: nothing was committed, the next sync sends the batch again
        except Exception:
            log.info("a pushed batch failed; applying it operation by operation", exc_info=True)
            with server() as s, s.begin():
                result = S.apply_batch(s, ws_id, ops, careful=True, workstation_name=ws_name)
        with cache.engine.begin() as conn:
            conn.execute(outbox.update().where(outbox.c.op_id.in_([op for op, _ in ops])).values(pushed_at=utcnow()))
        report.pushed += result.applied
        report.duplicates += result.duplicates
        report.conflicts += result.conflicts
        report.rejected += result.rejected
        report.findings.extend(result.findings)
        done += len(ops)
        if progress:
            progress(done, max(total, done))


def _whole_transactions(cache: Cache, rows: list[Any]) -> list[Any]:
    """A full batch ends with the rest of its last local transaction (operations tagged with the same ``txn``), so
    the server commits a transaction's changes together: it checks at commit that a contact attempt has its audit
    event and that a changed balance equals its postings."""
    if len(rows) < PUSH_BATCH or not isinstance(rows[-1].payload, dict) or not rows[-1].payload.get("txn"):
        return rows
    outbox = OutboxOperation.__table__
    rows = list(rows)
    tag = rows[-1].payload["txn"]
    while True:
        with cache.engine.connect() as conn:
            more = conn.execute(sa.select(outbox.c.op_id, outbox.c.payload, outbox.c.seq)
                                .where(outbox.c.pushed_at.is_(None), outbox.c.seq > rows[-1].seq)
                                .order_by(outbox.c.seq).limit(PUSH_BATCH)).all()
        same = list(itertools.takewhile(lambda r: isinstance(r.payload, dict) and r.payload.get("txn") == tag, more))
        rows.extend(same)
        if len(same) < len(more) or len(more) < PUSH_BATCH:
            return rows


def _renew_and_copy(cache: Cache, server: SessionFactory, ws_id: uuid.UUID, report: SyncReport,
                    progress: Progress | None = None) -> None:
    """Extend this workstation's live leases; copy accounts leased here that the cache does not hold yet;
    note leases a supervisor broke."""
    lt = Lease.__table__
    now = utcnow()
    with server() as s, s.begin():
        s.execute(lt.update().where(lt.c.workstation_id == ws_id, lt.c.released_at.is_(None),
                                    lt.c.broken_at.is_(None))
                  .values(expires_at=now + dt.timedelta(days=L.DEFAULT_LEASE_DAYS)))
        server_leases = s.execute(sa.select(lt).where(lt.c.workstation_id == ws_id, lt.c.released_at.is_(None))
                                  ).mappings().all()
    with cache.engine.connect() as conn:
        local = {r.id: r for r in conn.execute(sa.select(lt.c.id, lt.c.broken_at))}
    missing = [r for r in server_leases if r["broken_at"] is None and r["id"] not in local]
    report.broken_leases = [r["account_id"] for r in server_leases
                            if r["broken_at"] is not None and r["id"] in local and local[r["id"]].broken_at is None]
    if missing:
        report.copied += copy_accounts(cache, server, ws_id, [r["account_id"] for r in missing], progress)
        with _cache_conn(cache) as conn, conn.begin():
            _upsert(conn, lt, [dict(r) for r in missing])


def copy_accounts(cache: Cache, server: SessionFactory, ws_id: uuid.UUID, account_ids: list[uuid.UUID],
                  progress: Progress | None = None) -> int:
    """Full copy (whatever the cursors say) of the accounts' rows; reference data comes with the pull."""
    copied = 0
    tables = [t for t in T.pulled_tables() if T.SCOPES[t.name] not in (T.REFERENCE, T.OWN)]
    with _cache_conn(cache) as conn, server() as s:
        with conn.begin():
            for n, table in enumerate(tables):
                where = _scope(table, account_ids, ws_id)
                last = None
                while True:
                    q = sa.select(table).where(where)
                    pk = list(table.primary_key.columns)[0]
                    if last is not None:
                        q = q.where(pk > last)
                    rows = [dict(r) for r in s.execute(q.order_by(pk).limit(PULL_PAGE)).mappings()]
                    if not rows:
                        break
                    _upsert(conn, table, rows)
                    copied += len(rows)
                    last = rows[-1][pk.name]
                if progress:
                    progress(n + 1, len(tables))
    return copied


def pull(cache: Cache, server: SessionFactory, ws_id: uuid.UUID, report: SyncReport, progress: Progress | None = None,
         cancelled: Callable[[], bool] | None = None) -> None:
    with server() as s, s.begin():
        hw = S.high_water(s)
    held = cache.held_account_ids()
    tables = T.pulled_tables()
    cursors = _cursors(cache)
    # The cache connection is held only while a page is written: the app's other work on the cache (one
    # connection, shared in turn) waits for a page, not for the whole pull.
    with server() as s:
        for n, table in enumerate(tables):
            cursor = cursors.get(table.name, 0)
            scope = T.SCOPES[table.name]
            if cursor >= hw:
                continue
            if scope not in (T.REFERENCE, T.OWN) and not held:
                with _cache_conn(cache) as conn:
                    _save_cursor(conn, table.name, hw, commit=True)
                continue
            where = _scope(table, held, ws_id)
            while True:
                if cancelled and cancelled():
                    return
                rows = [dict(r) for r in s.execute(
                    sa.select(table).where(table.c.server_seq > cursor, table.c.server_seq <= hw, where)
                    .order_by(table.c.server_seq).limit(PULL_PAGE)).mappings()]
                s.rollback()
                full = len(rows) == PULL_PAGE
                new_cursor = rows[-1]["server_seq"] if full else hw
                with _cache_conn(cache) as conn, conn.begin():
                    if rows:
                        pending = _pending_keys(conn, table.name)
                        if pending:
                            rows = [r for r in rows
                                    if T.pk_key(table.name, T.encode_row(table, T.pk_of(table, r))) not in pending]
                        _upsert(conn, table, rows)
                        report.pulled += len(rows)
                    _save_cursor(conn, table.name, new_cursor, commit=False)
                cursor = new_cursor
                if not full:
                    break
            if progress:
                progress(n + 1, len(tables))


# --- conflicts ---------------------------------------------------------------------------------------


def open_conflicts(cache_or_server: SessionFactory, workstation_id: uuid.UUID | None = None,
                   reader: Actor | None = None) -> list[Conflict]:
    """Unresolved conflicts (of one workstation), oldest first. With `reader`, as that user may see them: person
    ids of people on none of their accounts are hidden (`resolving.redact`). On the shared database, row-level
    security already shows each user only conflicts about accounts they may see."""
    with cache_or_server() as s:
        q = sa.select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at)
        if workstation_id is not None:
            q = q.where(Conflict.workstation_id == workstation_id)
        found = list(s.scalars(q))
        return R.redact(s, reader, found) if reader is not None else found


def resolve_conflict(server: SessionFactory, actor: Actor, conflict_id: uuid.UUID, choice: str,
                     cache: Cache | None = None) -> Conflict:
    """`keep_server` closes the conflict; `use_local` writes the local value (or applies the handed-back
    operation) on the shared database, only within what `resolving.plan` allows: records a workstation works on,
    their own mutable fields, accounts both the author and `actor` may work, in the author's name. Audited."""
    if choice not in ("keep_server", "use_local"):
        raise ServiceError(f"unknown choice {choice!r}: keep_server or use_local")
    with server() as s, s.begin():
        conflict = s.get(Conflict, conflict_id, with_for_update=True)
        if conflict is None:
            raise ServiceError("That conflict no longer exists.")
        if conflict.resolved_at is not None:
            raise ServiceError("That conflict was already resolved.")
        owner = s.scalar(sa.text("SELECT user_id FROM workstations WHERE id = :w"), {"w": conflict.workstation_id})
        if not actor.is_supervisor and owner != actor.user_id:
            raise PermissionDenied(f"{actor.username} may not resolve another workstation's conflict")
        resolved = [conflict]
        if choice == "use_local":
            plan = R.plan(s, actor, conflict)
            result = S.BatchResult()
            applier = S.Applier(s, conflict.workstation_id or uuid.uuid4())
            for payload in plan.payloads:
                applier.apply(conflict.op_id or uuid.uuid4(), payload, result, force=True)
            S._refresh_accounts(s, applier.touched_accounts)
            resolved += plan.also_resolves
        now = utcnow()
        for c in resolved:
            c.resolved_at = now
            c.resolved_by = actor.user_id
            c.resolution = choice
        audit.record(s, actor, "sync.conflict_resolve", "sync_conflict", conflict.id, account_id=conflict.account_id,
                     before={"entity": conflict.entity, "entity_id": conflict.entity_id, "field": conflict.field,
                             "reason": conflict.reason, "server_value": conflict.server_value},
                     after={"resolution": choice, "local_value": conflict.local_value,
                            "also_resolved": [c.id for c in plan.also_resolves] if choice == "use_local" else []})
    if cache is not None:
        with cache.engine.begin() as conn:
            ct = Conflict.__table__
            conn.execute(ct.update().where(ct.c.id.in_([c.id for c in resolved])).values(
                resolved_at=conflict.resolved_at, resolved_by=actor.user_id, resolution=choice))
    return conflict


# --- status ------------------------------------------------------------------------------------------


@dataclasses.dataclass
class CacheStatus:
    pending: int
    conflicts: int
    held_accounts: int
    broken_leases: int
    last_sync: dt.datetime | None


def status(cache: Cache) -> CacheStatus:
    lt, ct = Lease.__table__, Conflict.__table__
    ws = cache.workstation_id
    with cache.engine.connect() as conn:
        conflicts = conn.execute(sa.select(sa.func.count()).select_from(ct).where(
            ct.c.resolved_at.is_(None), ct.c.workstation_id == ws)).scalar_one() if ws else 0
        held = conn.execute(sa.select(sa.func.count()).select_from(lt).where(
            lt.c.workstation_id == ws, lt.c.released_at.is_(None), lt.c.broken_at.is_(None))).scalar_one() if ws else 0
        broken = conn.execute(sa.select(sa.func.count()).select_from(lt).where(
            lt.c.workstation_id == ws, lt.c.released_at.is_(None), lt.c.broken_at.is_not(None))).scalar_one() if ws else 0
        last = conn.execute(sa.select(SyncCursor.value).where(SyncCursor.name == LAST_SYNC)).scalar()
    return CacheStatus(cache.pending_count(), conflicts, held, broken,
                       dt.datetime.fromtimestamp(last, dt.timezone.utc) if last else None)


def probe(server: SessionFactory) -> bool:
    """Is the shared database reachable right now?"""
    try:
        with server() as s:
            s.execute(sa.text("SELECT 1"))
        return True
    except sa.exc.OperationalError:
        return False


def _require_postgres(server: SessionFactory) -> None:
    with server() as s:
        if s.get_bind().dialect.name != "postgresql":
            raise S.SyncUnsupported("Offline sync needs a PostgreSQL shared database (the embedded database is a "
                                    "single workstation's).")


# --- helpers -----------------------------------------------------------------------------------------


class _cache_conn:
    """A cache connection for sync's own writes: foreign keys off (rows arrive table by table, and the
    shared database already guarantees them), never seen by the outbox hook (Core only)."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    def __enter__(self) -> sa.Connection:
        self.conn = self.cache.engine.connect()
        self.conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        self.conn.commit()
        return self.conn

    def __exit__(self, *exc: Any) -> None:
        try:
            if self.conn.in_transaction():
                self.conn.rollback()
            self.conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            self.conn.commit()
        finally:
            self.conn.close()


def _scope(table: sa.Table, account_ids: list[uuid.UUID], ws_id: uuid.UUID | None,
           persons: Any = None) -> sa.ColumnElement[bool]:
    """The table's rows of the accounts; `persons`: the people whose own rows count (default: everyone on the
    accounts)."""
    scope = T.SCOPES[table.name]
    ids = list(account_ids)
    if persons is None:
        persons = sa.select(AccountParty.person_id).where(AccountParty.account_id.in_(ids))
    if scope == T.REFERENCE:
        return sa.true()
    if scope == T.OWN:
        return table.c.workstation_id == ws_id
    if scope == T.ACCOUNT:
        return (table.c.id if table.name == "accounts" else table.c.account_id).in_(ids)
    if scope == T.PERSON:
        return (table.c.id if table.name == "persons" else table.c.person_id).in_(persons)
    if scope == T.ACCOUNT_OR_PERSON:
        return sa.or_(table.c.account_id.in_(ids), sa.and_(table.c.account_id.is_(None),
                                                           table.c.person_id.in_(persons)))
    if scope == T.DISPUTE:
        return table.c.dispute_id.in_(sa.select(Dispute.id).where(Dispute.account_id.in_(ids)))
    if scope == T.CONTACT:
        return table.c.contact_id.in_(sa.select(ContactAttempt.id).where(ContactAttempt.account_id.in_(ids)))
    raise ValueError(scope)


def _upsert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = sqlite.insert(table)
    keys = [c.name for c in table.primary_key.columns]
    cols = [c.name for c in table.c if c.name not in keys]
    stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in cols})
    conn.execute(stmt, rows)


def _pending_keys(conn: sa.Connection, table_name: str) -> set[str]:
    outbox = OutboxOperation.__table__
    rows = conn.execute(sa.select(outbox.c.payload).where(outbox.c.pushed_at.is_(None),
                                                          outbox.c.kind.like(f"%:{table_name}")))
    return {T.pk_key(p["table"], p["pk"]) for (p,) in rows if p.get("table") == table_name}


def _cursors(cache: Cache) -> dict[str, int]:
    with cache.engine.connect() as conn:
        return dict(conn.execute(sa.select(SyncCursor.name, SyncCursor.value)).all())


def _save_cursor(conn: sa.Connection, name: str, value: int, *, commit: bool) -> None:
    stmt = sqlite.insert(SyncCursor.__table__).values(name=name, value=value, updated_at=utcnow())
    stmt = stmt.on_conflict_do_update(index_elements=["name"], set_={"value": value, "updated_at": utcnow()})
    if commit:
        with conn.begin():
            conn.execute(stmt)
    else:
        conn.execute(stmt)


def _set_cursor_value(cache: Cache, name: str, value: int) -> None:
    with cache.engine.begin() as conn:
        _save_cursor(conn, name, value, commit=False)
