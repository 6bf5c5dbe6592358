"""Anchors of the audit chain, kept outside the database.

The hash chain shows an edited, inserted or removed event, but whoever can write the whole table (the
database owner, a superuser) can also rewrite every event after it and re-hash the chain, and `audit verify`
would then say it is intact. An anchor is the chain's head at one moment (position, event id, hash, the
number of events), appended as one JSON line to a file the agency keeps elsewhere (another server, a
write-once share, printed in a report). `check` says whether the chain still holds every anchored head at
the same position with the same hash; a chain rewritten before the last anchor cannot.

With a key in the OS keyring (`--hmac` makes one), each line carries an HMAC-SHA256 over its fields, so
whoever can change the anchor file but not read that keyring cannot write anchors that match a rewritten
chain.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import AuditChainHead, AuditEvent, utcnow

KEY_NAME = "audit-anchor-key"
FIELDS = ("seq", "event_id", "hash", "count", "anchored_at", "database")


class AnchorError(Exception):
    """The anchor file cannot be read or signed: the message says what to do."""


@dataclasses.dataclass(frozen=True)
class Anchor:
    seq: int
    event_id: str | None
    hash: str
    count: int
    anchored_at: str
    database: str
    hmac: str | None = None
    line: int = 0

    def fields(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in FIELDS}

    def describe(self) -> str:
        return (f"anchor on line {self.line} (written {self.anchored_at}: event {self.seq}, "
                f"hash {self.hash[:16]}…)")


@dataclasses.dataclass(frozen=True)
class AnchorReport:
    ok: bool
    checked: int
    anchor: Anchor | None = None
    problem: str | None = None

    def message(self) -> str:
        if self.ok:
            return f"Audit chain matches all {self.checked} anchors."
        assert self.anchor is not None
        return f"Audit chain does not match the {self.anchor.describe()}: {self.problem}"


def _signature(key: bytes, anchor: Anchor) -> str:
    body = json.dumps(anchor.fields(), sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def key(*, create: bool = False) -> bytes | None:
    """The anchor key from the OS keyring (made when `create` and there is none)."""
    from .. import config

    stored = config.get_secret(KEY_NAME)
    if stored:
        return base64.b64decode(stored)
    if not create:
        return None
    if not config.keyring_available():
        raise AnchorError("No keyring on this computer to keep the anchor key in; anchor without --hmac.")
    new = os.urandom(32)
    config.set_secret(KEY_NAME, base64.b64encode(new).decode("ascii"))
    return new


def current(session: Session, database: str) -> Anchor:
    """The chain's head now."""
    head = session.get(AuditChainHead, 1)
    if head is None:
        raise AnchorError("The audit chain head is missing: the database cannot be anchored (ask IT).")
    event_id = session.scalar(sa.select(AuditEvent.id).where(AuditEvent.seq == head.seq)) if head.seq else None
    count = session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) or 0
    return Anchor(seq=head.seq, event_id=str(event_id) if event_id else None, hash=head.hash, count=count,
                  anchored_at=utcnow().isoformat(timespec="seconds"), database=database)


def append(path: str | Path, anchor: Anchor, signing_key: bytes | None = None) -> Anchor:
    """Append the anchor as one line of `path` (created if missing), flushed to the disk."""
    if signing_key is not None:
        anchor = dataclasses.replace(anchor, hmac=_signature(signing_key, anchor))
    record = anchor.fields() | ({"hmac": anchor.hmac} if anchor.hmac else {})
    path = Path(path)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(record, sort_keys=True) + "\n")
        f.flush()
        os.fsync(f.fileno())
    return anchor


def read(path: str | Path) -> list[Anchor]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AnchorError(f"Cannot read the anchor file {path}: {exc.strerror or exc}") from exc
    anchors = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
            anchors.append(Anchor(**{f: data[f] for f in FIELDS}, hmac=data.get("hmac"), line=number))
        except (ValueError, KeyError, TypeError) as exc:
            raise AnchorError(f"{path}, line {number}: not an audit anchor ({exc})") from exc
    return anchors


def check(session: Session, path: str | Path, signing_key: bytes | None = None) -> AnchorReport:
    """Does the chain still hold every anchored head, at the same position, with the same hash?"""
    anchors = read(path)
    for checked, anchor in enumerate(anchors):
        if anchor.hmac is not None:
            if signing_key is None:
                return AnchorReport(False, checked, anchor, "the line is signed, but this computer's keyring "
                                                            f"has no anchor key ({KEY_NAME}) to check it")
            if not hmac.compare_digest(anchor.hmac, _signature(signing_key, anchor)):
                return AnchorReport(False, checked, anchor, "its signature does not match (the anchor file "
                                                            "was changed)")
        if anchor.seq == 0:
            continue
        event = session.execute(sa.select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.seq == anchor.seq)).first()
        if event is None:
            return AnchorReport(False, checked, anchor, f"event {anchor.seq} is no longer in the chain "
                                                        "(events were removed)")
        if event.hash != anchor.hash:
            return AnchorReport(False, checked, anchor, f"event {anchor.seq} now has hash {event.hash[:16]}… "
                                                        "(the chain was rewritten up to there)")
        if anchor.event_id and uuid.UUID(str(event.id)) != uuid.UUID(anchor.event_id):
            return AnchorReport(False, checked, anchor, f"event {anchor.seq} is now another event ({event.id})")
    if anchors:
        count = session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) or 0
        last = max(anchors, key=lambda a: a.count)
        if count < last.count:
            return AnchorReport(False, len(anchors), last, f"the chain holds {count} events, fewer than the "
                                                           f"{last.count} anchored")
    return AnchorReport(True, len(anchors))

