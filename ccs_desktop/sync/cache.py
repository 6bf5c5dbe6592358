"""The local cache: a SQLite database with the shared database's schema, plus an outbox of local changes.

`open_cache(path, workstation=...)` opens the encrypted cache file (sync/vault.py: the database lives in
memory and every commit saves it, encrypted, to `path`; the key comes from the OS keyring, or a passphrase),
upgrades an older cache (Alembic) and returns a `Cache` whose `session_factory` is the one services use while
working offline. Its sessions carry a flush hook:
every row of a synced table that a flush inserts, updates or deletes becomes an `OutboxOperation` in the
same transaction (so a change and its operation are committed together or not at all), each with a
unique operation id and a cache-wide order number.

Operation payload (JSON)::

    {"table": "promises", "action": "insert" | "update" | "delete",
     "pk": {"id": "..."}, "values": {column: value, ...},        # insert: the whole row; update: changed fields
     "before": {column: value, ...},                              # update: what the fields were before
     "base_version": 3,                                           # row_version the edit was made on (mutable rows)
     "account_ids": ["..."], "lease_ids": ["..."],                # which held accounts (and leases) it touches
     "txn": "..."}                                                # the local transaction it was made in
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import socket
import uuid
import weakref
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from .. import db
from ..models import (
    AccountParty, AppSetting, ContactAttempt, Dispute, Lease, OutboxOperation, new_id, utcnow,
)
from ..models.facts import RECORD_TABLES
from . import tables as T
from . import vault

log = logging.getLogger(__name__)

IDENTITY_KEY = T.LOCAL_SETTING_PREFIX + "workstation"
SUPPRESS = "ccs_sync_suppress"   # session.info key: writes made by the sync itself (pulls) are not captured


@dataclasses.dataclass
class Cache:
    engine: sa.Engine
    session_factory: sessionmaker[Session]
    path: Path
    vault: vault.EncryptedCache

    def identity(self) -> dict[str, Any] | None:
        """{"workstation_id", "name", "server"} once the cache is registered with a shared database."""
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(AppSetting.value).where(AppSetting.key == IDENTITY_KEY)).scalar()
        return value

    @property
    def workstation_id(self) -> uuid.UUID | None:
        ident = self.identity()
        return uuid.UUID(ident["workstation_id"]) if ident else None

    def set_identity(self, value: dict[str, Any]) -> None:
        table = AppSetting.__table__
        now = utcnow()
        with self.engine.begin() as conn:
            conn.execute(table.delete().where(table.c.key == IDENTITY_KEY))
            conn.execute(table.insert().values(key=IDENTITY_KEY, value=value, updated_at=now, created_at=now,
                                               row_version=1))

    def pending_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(OutboxOperation)
                                .where(OutboxOperation.pushed_at.is_(None))).scalar_one()

    def held_account_ids(self) -> list[uuid.UUID]:
        """Accounts this cache holds under a live lease (as far as it knows)."""
        ws = self.workstation_id
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(Lease.account_id).where(
                Lease.workstation_id == ws, Lease.released_at.is_(None), Lease.broken_at.is_(None))).scalars())

    def fewer_saves(self) -> contextlib.AbstractContextManager[None]:
        """Sync steps: this thread's commits saved every half second or so instead of each (`vault.fewer_saves`)."""
        return self.vault.fewer_saves()

    def dispose(self) -> None:
        self.vault.close()   # a last save (every commit saved already), then the memory is freed


def open_cache(path: str | Path, *, workstation: str | None = None, key: bytes | None = None,
               passphrase: str | None = None, legacy: str | Path | None = None) -> Cache:
    """Open (create, or upgrade an older) encrypted cache; its sessions write the outbox.

    The key is `key`, else derived from `passphrase`, else the workstation's key in the OS keyring
    (`vault.keyring_key`, made when the cache file is new). Raises `vault.PassphraseNeeded` when the
    user must type the passphrase (no keyring, or the file was made with a passphrase) and `vault.CacheKeyError`
    when the key or passphrase does not open the file (which is left as it was).

    `legacy`: a plain cache file of an earlier version; when `path` does not exist yet, its rows (outbox
    included) move into the encrypted cache, and the plain file, its WAL and its upgrade backups are deleted.
    """
    path = Path(path)
    if key is None and passphrase is None:
        kind = vault.file_kind(path)
        if kind == "P":
            raise vault.PassphraseNeeded("this offline cache is locked with a passphrase")
        key = vault.keyring_key(workstation or socket.gethostname(), create=kind is None)
    legacy = Path(legacy) if legacy is not None else None
    importing = legacy is not None and legacy.exists() and not path.exists()
    store = vault.EncryptedCache(path, key=key, passphrase=passphrase, autosave=False)
    try:
        if importing:
            store.load_plain(legacy)
        db.upgrade(store.engine, backup=False)  # in memory: the file on disk stays the old one until it works
        store.autosave = True
        store.save()
    except BaseException:
        store.close(save=False)
        raise
    if legacy is not None and legacy.exists():
        _remove_plain_cache(legacy)
    return Cache(store.engine, cache_session_factory(store.engine), path, store)


def _remove_plain_cache(legacy: Path) -> None:
    """A plain cache of an earlier version, already moved into the encrypted one: its file, WAL and backups."""
    doomed = [legacy, legacy.with_name(legacy.name + "-wal"), legacy.with_name(legacy.name + "-shm"),
              *legacy.parent.glob(legacy.name + ".*.bak")]
    removed = 0
    for file in doomed:
        try:
            file.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    log.info("moved the plain offline cache into the encrypted one and deleted %d plain file(s)", removed)


def cache_session_factory(engine: sa.Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "after_flush", _capture)
    return factory


def _column_values(obj: Any, table: sa.Table) -> dict[str, Any]:
    mapper = sa.inspect(obj).mapper
    out = {}
    for column in table.c:
        prop = mapper.get_property_by_column(column)
        out[column.name] = getattr(obj, prop.key)
    return out


def _account_ids(conn: sa.Connection, table_name: str, row: dict[str, Any]) -> set[uuid.UUID]:
    if table_name == "accounts":
        return {row["id"]}
    ids: set[uuid.UUID] = set()
    if row.get("account_id") is not None:
        ids.add(row["account_id"])
    person = row.get("id") if table_name == "persons" else row.get("person_id")
    if person is not None and (not ids or table_name in ("persons", "phones", "addresses", "emails",
                                                          "inconvenient_times", "compliance_flags", "consents",
                                                          *RECORD_TABLES)):
        ids.update(conn.execute(sa.select(AccountParty.account_id).where(AccountParty.person_id == person)).scalars())
    if row.get("dispute_id") is not None:
        ids.update(conn.execute(sa.select(Dispute.account_id).where(Dispute.id == row["dispute_id"])).scalars())
    if table_name == "contact_reviews" and row.get("contact_id") is not None:
        ids.update(conn.execute(sa.select(ContactAttempt.account_id)
                                .where(ContactAttempt.id == row["contact_id"])).scalars())
    return ids


def _capture(session: Session, _flush_context: Any) -> None:
    if session.info.get(SUPPRESS):
        return
    conn = session.connection()
    ops: list[tuple[int, str, dict[str, Any]]] = []
    for obj in session.new:
        table = getattr(obj, "__table__", None)
        if table is None or not T.pushed(table.name) or _local_setting(obj):
            continue
        row = _column_values(obj, table)
        ops.append((T.TABLE_ORDER[table.name], "insert", {
            "table": table.name, "action": "insert", "pk": T.encode_row(table, T.pk_of(table, row)),
            "values": T.encode_row(table, {k: v for k, v in row.items() if k != "server_seq"}),
            "_row": row}))
    for obj in session.dirty:
        table = getattr(obj, "__table__", None)
        if table is None or not T.pushed(table.name) or _local_setting(obj):
            continue
        state = sa.inspect(obj)
        changed: dict[str, Any] = {}
        before: dict[str, Any] = {}
        base_version = None
        for column in table.c:
            prop = state.mapper.get_property_by_column(column)
            hist = state.attrs[prop.key].history
            if column.name == "row_version":
                # The flush has already moved the version on: the edit was made on the one before.
                base_version = hist.deleted[0] if hist.deleted else getattr(obj, prop.key) - 1
                continue
            if not hist.has_changes() or column.name == "server_seq":
                continue
            new = getattr(obj, prop.key)
            old = hist.deleted[0] if hist.deleted else None
            if old == new:
                continue
            changed[column.name] = new
            before[column.name] = old
        if not changed or set(changed) <= {"updated_at"}:
            continue
        row = _column_values(obj, table)
        if "updated_at" in table.c:
            changed["updated_at"] = row["updated_at"]
        ops.append((10_000, "update", {
            "table": table.name, "action": "update", "pk": T.encode_row(table, T.pk_of(table, row)),
            "values": T.encode_row(table, changed), "before": T.encode_row(table, before),
            "base_version": base_version, "_row": row}))
    for obj in session.deleted:
        table = getattr(obj, "__table__", None)
        if table is None or not T.pushed(table.name) or _local_setting(obj):
            continue
        row = _column_values(obj, table)
        ops.append((20_000 - T.TABLE_ORDER[table.name], "delete", {
            "table": table.name, "action": "delete", "pk": T.encode_row(table, T.pk_of(table, row)),
            "base_version": row.get("row_version"), "_row": row}))
    if not ops:
        return
    ops.sort(key=lambda item: item[0])
    txn = _transaction_tag(session)
    outbox = OutboxOperation.__table__
    next_seq = (conn.execute(sa.select(sa.func.max(outbox.c.seq))).scalar() or 0) + 1
    ident = conn.execute(sa.select(AppSetting.value).where(AppSetting.key == IDENTITY_KEY)).scalar()
    ws = uuid.UUID(ident["workstation_id"]) if ident else None
    live = {a: l for l, a in conn.execute(sa.select(Lease.id, Lease.account_id).where(
        Lease.workstation_id == ws, Lease.released_at.is_(None), Lease.broken_at.is_(None))).all()}
    now = utcnow()
    rows = []
    for n, (_order, action, payload) in enumerate(ops):
        row = payload.pop("_row")
        accounts = _account_ids(conn, payload["table"], row)
        payload["account_ids"] = sorted(str(a) for a in accounts)
        payload["lease_ids"] = sorted(str(live[a]) for a in accounts if a in live)
        payload["txn"] = txn
        rows.append({"op_id": new_id(), "seq": next_seq + n, "created_at": now,
                     "kind": f"{action}:{payload['table']}"[:40], "payload": payload})
    conn.execute(outbox.insert(), rows)


_TRANSACTION_TAGS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _transaction_tag(session: Session) -> str:
    """One tag per cache transaction, carried by each of its operations (``txn``): a push never splits one local
    transaction over two server transactions, so what the shared database checks at commit (a contact attempt and
    its audit event, a balance and its postings) arrives together."""
    root = session.get_transaction()
    tag = _TRANSACTION_TAGS.get(root) if root is not None else None
    if tag is None:
        tag = new_id().hex
        if root is not None:
            _TRANSACTION_TAGS[root] = tag
    return tag


def _local_setting(obj: Any) -> bool:
    return isinstance(obj, AppSetting) and str(obj.key).startswith(T.LOCAL_SETTING_PREFIX)
