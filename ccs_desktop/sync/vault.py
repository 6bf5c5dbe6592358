"""The offline cache, encrypted at rest: a stolen cache file alone reveals nothing.

The cache is a SQLite database that lives in memory while the app runs and is written to disk only as one
AES-256-GCM encrypted blob (`save()`). Every commit that changed something saves, whoever commits (a session,
a Core `engine.begin()`, a migration): the hook sits on the SQLite connection itself, and the save finishes
before any other thread can use the connection, so no local change is read (or sent) before it is on disk.
Only inside `fewer_saves()` (a sync: work that is redone when a crash loses it) are the block's own commits
saved every half second or so instead. A save writes a temporary file, flushes it to the disk and renames it
over the cache: a crash leaves the previous file or the new one, never half of one. No journal, WAL or
temporary file with plain rows ever touches the disk.

The in-memory database has one connection; threads take turns on it (`_OneConnectionPool`). The 256-bit key
is kept in the OS keyring (Windows Credential Manager) under `cache-key:<workstation>`; where no keyring
exists, the key is derived from a passphrase the user types each time (scrypt, with the salt in the file
header), and never written anywhere.

File layout: b"CCSCACHE" | version (1 byte) | kind (1 byte: K keyring key, P passphrase) | salt (16) |
nonce (12) | ciphertext+tag. The header is authenticated as associated data.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from .. import config

log = logging.getLogger(__name__)

MAGIC = b"CCSCACHE"
VERSION = 1
HEADER = len(MAGIC) + 2 + 16 + 12
FEWER_SAVES_GAP = 0.5   # seconds between saves in a fewer_saves block (at least)


class CacheKeyError(Exception):
    """The cache cannot be opened with this key (wrong key or passphrase, or a damaged file)."""


class PassphraseNeeded(Exception):
    """The cache is opened with a passphrase the user types (no keyring, or the file was made with one)."""


class NoKeyring(PassphraseNeeded):
    """No OS keyring on this machine: ask the user for the cache passphrase."""


class CacheBusy(Exception):
    """Another thread held the cache's connection for too long."""


def file_kind(path: Path) -> str | None:
    """"K" (key in the keyring) or "P" (passphrase) for an encrypted cache file; None if there is no file."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(MAGIC) + 2)
    except FileNotFoundError:
        return None
    if len(head) < len(MAGIC) + 2 or not head.startswith(MAGIC):
        raise CacheKeyError(f"{Path(path).name} is not an encrypted CCS Desktop cache")
    return chr(head[-1])


def key_secret_name(workstation: str) -> str:
    return f"cache-key:{workstation}"


def keyring_key(workstation: str, *, create: bool = True) -> bytes:
    """The workstation's cache key from the OS keyring (made on first use)."""
    if not config.keyring_available():
        raise NoKeyring("no OS keyring: the offline cache needs its passphrase")
    name = key_secret_name(workstation)
    stored = config.get_secret(name)
    if stored:
        return base64.b64decode(stored)
    if not create:
        raise CacheKeyError("the offline cache key is not in this computer's keyring")
    key = AESGCM.generate_key(bit_length=256)
    config.set_secret(name, base64.b64encode(key).decode("ascii"))
    return key


def passphrase_key(passphrase: str, salt: bytes) -> bytes:
    if not passphrase:
        raise CacheKeyError("the offline cache passphrase cannot be empty")
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


class _SavingConnection(sqlite3.Connection):
    """A SQLite connection that calls `on_commit` after each commit that ended a write transaction (in a
    `EncryptedCache.fewer_saves` block, the block's own commits call it every half second or so)."""

    on_commit: Callable[[], None] | None = None
    fewer: int | None = None    # the thread of a fewer_saves block
    saved_at = 0.0              # time.monotonic() when the last save ended
    save_seconds = 0.0          # how long it took
    unsaved = False             # a commit of the block's thread that is not on disk yet

    def commit(self) -> None:
        wrote = self.in_transaction
        super().commit()
        if not wrote or self.on_commit is None:
            return
        if self.fewer == threading.get_ident():
            # Saving takes at most a fifth of the time, and happens at least twice a second.
            gap = max(FEWER_SAVES_GAP, 4 * self.save_seconds)
            if time.monotonic() - self.saved_at < gap:
                self.unsaved = True
                return
        self.on_commit()


class _OneConnectionPool(StaticPool):
    """The single in-memory connection, used by one thread at a time: a thread that wants it waits until the
    holder gives it back (a write, its commit and the save that follows are never interleaved with another
    thread's work). A thread never holds it twice (that would share one transaction between two users)."""

    LOCK_TIMEOUT = 120.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["reset_on_return"] = None  # done in _do_return_conn, once the thread is finished with it
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()
        self._holder: int | None = None

    def _do_get(self) -> ConnectionPoolEntry:
        me = threading.get_ident()
        if self._holder == me:
            raise RuntimeError("the offline cache's connection is already in use by this thread")
        if not self._lock.acquire(timeout=self.LOCK_TIMEOUT):
            raise CacheBusy("the offline cache is busy (another task held it for two minutes)")
        self._holder = me
        try:
            return super()._do_get()
        except BaseException:
            self._holder = None
            self._lock.release()
            raise

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        try:
            raw = record.dbapi_connection
            if raw is not None and raw.in_transaction:
                raw.rollback()  # what a pool's reset-on-return would do: nothing uncommitted outlives its user
        finally:
            self._holder = None
            self._lock.release()


def file_kind_or_none(path: Path) -> str | None:
    """`file_kind`, or None for a file that is not an encrypted cache (opening it will say so)."""
    try:
        return file_kind(path)
    except CacheKeyError:
        return None


class EncryptedCache:
    """Open with a key (`key=`) or a passphrase (`passphrase=`); use `engine`/`session_factory`; `save()`.

    `autosave=False` leaves saving to the caller until `autosave` is set (used while a schema is upgraded: a
    failed upgrade must leave the file as it was)."""

    def __init__(self, path: Path, *, key: bytes | None = None, passphrase: str | None = None,
                 autosave: bool = True) -> None:
        if (key is None) == (passphrase is None):
            raise ValueError("give either a key or a passphrase")
        self.path = Path(path)
        self._passphrase = passphrase
        self._salt = os.urandom(16)
        plain: bytes | None = None
        if self.path.exists():
            blob = self.path.read_bytes()
            if len(blob) < HEADER or not blob.startswith(MAGIC):
                raise CacheKeyError(f"{self.path.name} is not an encrypted CCS Desktop cache")
            self._salt = blob[len(MAGIC) + 2:len(MAGIC) + 18]
            nonce = blob[len(MAGIC) + 18:HEADER]
            self._key = key if key is not None else passphrase_key(passphrase or "", self._salt)
            try:
                plain = AESGCM(self._key).decrypt(nonce, blob[HEADER:], blob[:len(MAGIC) + 18])
            except InvalidTag:
                raise CacheKeyError("the offline cache cannot be opened with this key or passphrase") from None
        else:
            self._key = key if key is not None else passphrase_key(passphrase or "", self._salt)
        self._raw = sqlite3.connect(":memory:", check_same_thread=False, factory=_SavingConnection)
        if plain is not None:
            self._raw.deserialize(plain)
        self._raw.execute("PRAGMA foreign_keys=ON")
        self.autosave = autosave
        # Error messages never carry a statement's values (personal data), as on every other engine.
        self.engine = sa.create_engine("sqlite://", creator=lambda: self._raw, poolclass=_OneConnectionPool,
                                       hide_parameters=True)
        self._factory = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def autosave(self) -> bool:
        return self._raw.on_commit is not None

    @autosave.setter
    def autosave(self, on: bool) -> None:
        self._raw.on_commit = self._write if on else None

    @contextlib.contextmanager
    def fewer_saves(self) -> Iterator[None]:
        """Within the block, the calling thread's commits are saved every half second (or, for a large cache,
        so that saving takes at most a fifth of the time) and once at the end, also when the block fails;
        other threads' commits still save at once, taking the block's commits with them. Only for work that is
        redone when a crash loses it: a sync."""
        self._raw.fewer = threading.get_ident()
        try:
            yield
        finally:
            self._raw.fewer = None
            if self._raw.unsaved and self.autosave:
                self.save()

    def load_plain(self, source: Path) -> None:
        """Replace the (empty) in-memory database with a plain SQLite cache file's content (its WAL included)."""
        src = sqlite3.connect(Path(source))
        try:
            src.execute("PRAGMA journal_mode=DELETE")  # the WAL folded in; an in-memory copy cannot be in WAL mode
            src.backup(self._raw)
        finally:
            src.close()
        self._raw.execute("PRAGMA foreign_keys=ON")

    def session_factory(self) -> Callable[[], Session]:
        return self._factory

    def save(self) -> None:
        """Write the whole cache, encrypted, atomically (a crash leaves the previous file)."""
        with self.engine.connect():  # wait for the thread using the connection to finish
            self._write()

    def _write(self) -> None:
        started = time.monotonic()
        self._raw.unsaved = False
        plain = self._raw.serialize()
        header = MAGIC + bytes([VERSION, ord("P" if self._passphrase is not None else "K")]) + self._salt
        nonce = os.urandom(12)
        blob = header + nonce + AESGCM(self._key).encrypt(nonce, plain, header)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(blob)
            f.flush()
            os.fsync(f.fileno())  # on the disk before the rename: a power cut never leaves an empty cache
        os.replace(tmp, self.path)
        self._raw.saved_at = time.monotonic()
        self._raw.save_seconds = self._raw.saved_at - started

    def close(self, *, save: bool = True) -> None:
        if save:
            self.save()
        self.autosave = False
        self.engine.dispose()
        self._raw.close()
