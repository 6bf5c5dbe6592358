"""Account notes: append-only, audited. A correction is a new note that points at the one it corrects (the
application never edits or deletes a note; on PostgreSQL the database refuses it to workstation roles too)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import AccountParty, Note, new_id, utcnow
from ...models.enums import PartyRole
from .. import access, audit
from ..context import Actor, ServiceError

MAX_NOTE = 4000


def add_note(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, text: str, *,
             corrects_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None,
             note_id: uuid.UUID | None = None) -> Note:
    """Write one note on the account (audited). `corrects_id`: the earlier note of this account it corrects.
    `note_id`: the id to use (a retry after a fault sends the same id; the note is written once)."""
    body = (text or "").strip()
    if not body:
        raise ServiceError("Write the note first: an empty note is not saved.")
    if len(body) > MAX_NOTE:
        raise ServiceError(f"A note holds at most {MAX_NOTE} characters ({len(body)} written); split it in two.")
    with session_factory() as session, session.begin():
        access.require_workable(session, actor, account_id)
        if note_id is not None:
            existing = session.get(Note, note_id)
            if existing is not None:
                if existing.account_id != account_id:
                    raise ServiceError("that note id belongs to another account")
                return existing
        if corrects_id is not None:
            corrected = session.get(Note, corrects_id)
            if corrected is None or corrected.account_id != account_id:
                raise ServiceError("The note to correct is not a note of this account.")
        consumer = session.scalar(sa.select(AccountParty.person_id).where(
            AccountParty.account_id == account_id, AccountParty.role == PartyRole.CONSUMER))
        note = Note(id=note_id or new_id(), account_id=account_id, person_id=consumer, author_id=actor.user_id,
                    at=utcnow(), text=body, contact_id=contact_id, corrects_id=corrects_id)
        session.add(note)
        session.flush()
        audit.record(session, actor, "note.corrected" if corrects_id else "note.added", "note", note.id,
                     account_id=account_id, after={"chars": len(body), "corrects_id": corrects_id})
        return note
