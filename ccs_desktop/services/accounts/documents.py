"""Documents received for an account: attach a file (its kind and when it was received), list them, read one back
checked against its SHA-256.

A file is kept once per account: attaching the same bytes again (same SHA-256) returns the document already kept.
What is refused, with a message that says why and nothing written: an empty file, one over `MAX_BYTES`, a file
that cannot be read, a type that is not a document (only PDF, PNG, JPEG, TIFF, GIF and plain text are kept: a
program, an archive or an office file with macros is not), and a PDF that carries scripts or launch actions.
Documents are append-only (a wrong attachment is answered by attaching the right one with a note) and travel
with a checked-out account (sync/tables.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import AccountParty, Document, DocumentKind, User, new_id, utcnow
from ...models.enums import PartyRole
from .. import access, audit
from ..context import Actor, Changes, ServiceError

MAX_BYTES = 20 * 1024 * 1024
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
KIND_LABELS = {
    DocumentKind.DISPUTE_LETTER: "Dispute letter",
    DocumentKind.PROOF_OF_DEBT: "Proof of debt",
    DocumentKind.BANKRUPTCY_NOTICE: "Bankruptcy notice",
    DocumentKind.ATTORNEY_LETTER: "Attorney's letter of representation",
    DocumentKind.OTHER: "Other document",
}
# Active content a PDF reader could run: such a file is refused rather than kept and opened by a collector.
_PDF_ACTIVE = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia", b"/XFA")


@dataclasses.dataclass(frozen=True)
class DocumentView:
    id: uuid.UUID
    account_id: uuid.UUID
    kind: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    received_at: dt.datetime
    attached_by: str
    description: str | None
    duplicate: bool = False   # attach_document: the same file was already kept; nothing new was written

    @property
    def changes(self) -> Changes:
        return Changes() if self.duplicate else Changes(accounts=frozenset({self.account_id}))


def sniff(content: bytes) -> str:
    """The media type of a document's bytes; ServiceError for anything that is not a document we keep."""
    head = content[:16]
    if head.startswith(b"%PDF-"):
        found = [marker.decode() for marker in _PDF_ACTIVE if re.search(re.escape(marker) + rb"[\s/<(\[]", content)]
        if found:
            raise ServiceError("This PDF carries active content (" + ", ".join(found) + ") and is not kept: ask "
                               "for a plain PDF, or scan the paper document.")
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if b"\x00" not in content[:65536]:
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return "text/plain"
    raise ServiceError("This file is not a document that can be kept (PDF, PNG, JPEG, TIFF, GIF or plain text); "
                       "programs, archives and office files are refused.")


def clean_name(name: str) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return (base or "document")[:255]


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file to attach; ServiceError when it cannot be read or is too large (not read whole then)."""
    p = Path(path)
    try:
        if not p.is_file():
            raise ServiceError(f"{p.name} is not a file that can be attached.")
        size = p.stat().st_size
        if size > max_bytes:
            raise ServiceError(f"{p.name} is {size / 1048576:.1f} MB; a document may be at most "
                               f"{max_bytes / 1048576:.0f} MB. Scan it at a lower resolution or split it.")
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ServiceError(f"Could not read {p.name}: {exc.strerror or exc}.") from None
    if len(data) > max_bytes:
        raise ServiceError(f"{p.name} is larger than {max_bytes / 1048576:.0f} MB.")
    return data


def _view(d: Document, names: dict, duplicate: bool = False) -> DocumentView:
    return DocumentView(d.id, d.account_id, str(d.kind), d.file_name, d.media_type, d.size, d.sha256, d.received_at,
                        names.get(d.attached_by, "system"), d.description, duplicate)


def _names(session: Session, *ids: uuid.UUID | None) -> dict:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(sa.select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def attach_document(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                    kind: DocumentKind | str, file_name: str, content: bytes, received_at: dt.datetime,
                    description: str | None = None, document_id: uuid.UUID | None = None) -> DocumentView:
    """Keep a received document with the account (audited); the same file again returns the one kept."""
    try:
        kind = DocumentKind(str(kind))
    except ValueError:
        raise ServiceError(f"unknown document type {kind!r}") from None
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ServiceError("when the document was received needs a time zone")
    if received_at > utcnow() + FUTURE_TOLERANCE:
        raise ServiceError("A document cannot be received in the future: check the date.")
    if not content:
        raise ServiceError("The file is empty: nothing to keep.")
    if len(content) > MAX_BYTES:
        raise ServiceError(f"The file is {len(content) / 1048576:.1f} MB; a document may be at most "
                           f"{MAX_BYTES / 1048576:.0f} MB.")
    media_type = sniff(content)
    digest = hashlib.sha256(content).hexdigest()
    with session_factory() as session, session.begin():
        access.require_workable(session, actor, account_id)
        existing = session.scalars(sa.select(Document).where(Document.account_id == account_id,
                                                             Document.sha256 == digest)).first()
        if existing is not None:
            return _view(existing, _names(session, existing.attached_by), duplicate=True)
        consumer = session.scalar(sa.select(AccountParty.person_id).where(
            AccountParty.account_id == account_id, AccountParty.role == PartyRole.CONSUMER))
        doc = Document(id=document_id or new_id(), account_id=account_id, person_id=consumer, kind=kind,
                       file_name=clean_name(file_name), media_type=media_type, size=len(content), sha256=digest,
                       content=content, received_at=received_at.astimezone(dt.timezone.utc), attached_by=actor.user_id,
                       description=(description or "").strip()[:2000] or None)
        session.add(doc)
        session.flush()
        audit.record(session, actor, "document.attached", "document", doc.id, account_id=account_id,
                     after={"kind": str(kind), "sha256": digest, "bytes": len(content), "media_type": media_type,
                            "received_at": doc.received_at})
        return _view(doc, _names(session, actor.user_id))


def attach_file(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                kind: DocumentKind | str, path: str | Path, received_at: dt.datetime,
                description: str | None = None) -> DocumentView:
    """`attach_document` with the bytes of a file on disk (read with the size limit first)."""
    return attach_document(session_factory, actor, account_id, kind, Path(path).name, read_file(path), received_at,
                           description)


def list_documents(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[DocumentView]:
    with session_factory() as session:
        access.require_account(session, actor, account_id)
        cols = [c for c in Document.__table__.c if c.name != "content"]
        rows = session.execute(sa.select(*cols).where(Document.account_id == account_id)
                               .order_by(Document.received_at.desc(), Document.id.desc())).all()
        names = _names(session, *{r.attached_by for r in rows})
    return [DocumentView(r.id, r.account_id, str(r.kind), r.file_name, r.media_type, r.size, r.sha256, r.received_at,
                         names.get(r.attached_by, "system"), r.description) for r in rows]


def document_content(session_factory: Callable[[], Session], actor: Actor,
                     document_id: uuid.UUID) -> tuple[DocumentView, bytes]:
    """A kept document and its bytes, checked against the SHA-256 it was kept with."""
    with session_factory() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise ServiceError("That document does not exist.")
        access.require_account(session, actor, doc.account_id)
        if not doc.content:
            raise ServiceError("This document's content was removed when the account passed the agency's retention "
                               "period; its kind, dates and fingerprint are kept.")
        if hashlib.sha256(doc.content).hexdigest() != doc.sha256:
            raise ServiceError("The stored document does not match its fingerprint: it was altered after it was "
                               "attached. Tell your supervisor.")
        return _view(doc, _names(session, doc.attached_by)), bytes(doc.content)
