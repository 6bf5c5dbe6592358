"""The offline cache, encrypted at rest: a stolen cache file alone reveals nothing.

The cache is a SQLite database that lives in memory while the app runs and is written to disk only as one
AES-256-GCM encrypted blob (`save()`; the session factory saves after every commit). No journal, WAL or
temporary file with plain rows ever touches the disk. The 256-bit key is kept in the OS keyring (Windows
Credential Manager) under `cache-key:<workstation>`; where no keyring exists, the key is derived from a
passphrase the user types each time (scrypt, with the salt in the file header), and never written anywhere.

File layout: b"CCSCACHE" | version (1 byte) | kind (1 byte: K keyring key, P passphrase) | salt (16) |
nonce (12) | ciphertext+tag. The header is authenticated as associated data.
"""

from __future__ import annotations

import base64
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from .. import config

log = logging.getLogger(__name__)

MAGIC = b"CCSCACHE"
VERSION = 1
HEADER = len(MAGIC) + 2 + 16 + 12


class CacheKeyError(Exception):
    """The cache cannot be opened with this key (wrong key or passphrase, or a damaged file)."""


class NoKeyring(Exception):
    """No OS keyring on this machine: ask the user for the cache passphrase."""


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


class EncryptedCache:
    """Open with a key (`key=`) or a passphrase (`passphrase=`); use `engine`/`session_factory`; `save()`."""

    def __init__(self, path: Path, *, key: bytes | None = None, passphrase: str | None = None) -> None:
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
        self._raw = sqlite3.connect(":memory:", check_same_thread=False)
        if plain is not None:
            self._raw.deserialize(plain)
        self._raw.execute("PRAGMA foreign_keys=ON")
        self.engine = sa.create_engine("sqlite://", creator=lambda: self._raw, poolclass=StaticPool)
        self._factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        sa.event.listen(self._factory, "after_commit", lambda _s: self.save())

    def session_factory(self) -> Callable[[], Session]:
        return self._factory

    def save(self) -> None:
        """Write the whole cache, encrypted, atomically (a crash leaves the previous file)."""
        plain = self._raw.serialize()
        header = MAGIC + bytes([VERSION, ord("P" if self._passphrase is not None else "K")]) + self._salt
        nonce = os.urandom(12)
        blob = header + nonce + AESGCM(self._key).encrypt(nonce, plain, header)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, self.path)

    def close(self, *, save: bool = True) -> None:
        if save:
            self.save()
        self.engine.dispose()
        self._raw.close()
