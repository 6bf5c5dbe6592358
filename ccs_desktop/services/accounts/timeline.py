"""One history of an account in time order: contact attempts with their notes, account notes, disputes and their
notes, promises and payments, letters sent, documents received, compliance flags set and cleared, assignments.

Read in one short transaction through the access rule; newest first. Each source is capped (`PER_SOURCE`), so an
account with years of history opens as fast as a young one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (
    AccountParty, AuditEvent, ComplianceFlag, ContactAttempt, Dispute, DisputeEvent, DisputeNote, Document, Letter,
    Note, Payment, Promise, ResultCode, User,
)
from .. import access
from .workspace import _phone_display as phone_display
from ..context import Actor, ServiceError

KINDS = ("contact", "note", "dispute", "promise", "payment", "letter", "document", "flag", "assignment")
PER_SOURCE = 500
UTC = dt.timezone.utc


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str                 # one of KINDS
    title: str
    detail: str | None
    who: str
    ref: uuid.UUID | None = None
    flagged: bool = False     # a conversation without a disclosure, a broken promise, a reversal
    corrects: uuid.UUID | None = None


def _words(value: object) -> str:
    return str(value).replace("_", " ")


def _money(amount: object, currency: str = "USD") -> str:
    return f"{currency} {amount:,.2f}"


def _contacts(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    codes = {c.code: c for c in s.scalars(sa.select(ResultCode))}
    t = ContactAttempt
    rows = s.execute(sa.select(t.id, t.at, t.channel, t.direction, t.result_code, t.phone_e164, t.email_address,
                               t.notes, t.verification, t.disclosures, t.disclosure_reason, t.user_id, t.corrects_id)
                     .where(t.account_id == account_id, t.letter_id.is_(None))  # a letter is its own entry
                     .order_by(t.at.desc()).limit(PER_SOURCE))
    shown: dict[str, str] = {}
    for c in rows:
        code = codes.get(c.result_code)
        label = code.label if code else c.result_code
        if c.phone_e164 and c.phone_e164 not in shown:
            shown[c.phone_e164] = phone_display(c.phone_e164)
        where = shown.get(c.phone_e164 or "") or c.email_address or ""
        title = f"{_words(c.channel).capitalize()} {_words(c.direction)} · {c.result_code} {label}"
        if where:
            title += f" · {where}"
        extra = []
        conversation = bool(code and code.counts_as_conversation)
        if c.verification:
            extra.append(f"Identity {c.verification.get('result', 'checked')}")
        if c.disclosures:
            extra.append("Disclosed: " + ", ".join(_words(d) for d in c.disclosures))
        elif conversation:
            extra.append("No disclosure" + (f": {c.disclosure_reason}" if c.disclosure_reason else ""))
        detail = "\n".join(x for x in (c.notes, " · ".join(extra)) if x) or None
        yield TimelineEntry(c.at, "contact", title, detail, names.get(c.user_id, "system"), c.id,
                            flagged=conversation and not c.disclosures, corrects=c.corrects_id)


def _notes(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    for n in s.scalars(sa.select(Note).where(Note.account_id == account_id).order_by(Note.at.desc())
                       .limit(PER_SOURCE)):
        yield TimelineEntry(n.at, "note", "Correction" if n.corrects_id else "Note", n.text,
                            names.get(n.author_id, "system"), n.id, corrects=n.corrects_id)


def _disputes(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    disputes = {d.id: d for d in s.scalars(sa.select(Dispute).where(Dispute.account_id == account_id))}
    if not disputes:
        return
    for d in disputes.values():
        yield TimelineEntry(d.received_at, "dispute", f"Dispute received ({_words(d.type_code)}, {_words(d.received_via)})",
                            f"Amount disputed {d.amount_disputed:,.2f}", names.get(d.received_by, "system"), d.id)
    for e in s.scalars(sa.select(DisputeEvent).where(DisputeEvent.dispute_id.in_(list(disputes)))
                       .order_by(DisputeEvent.at.desc()).limit(PER_SOURCE)):
        if e.from_status is None:
            continue  # the dispute's opening, shown above
        yield TimelineEntry(e.at, "dispute", f"Dispute {_words(e.from_status)} → {_words(e.to_status)}", e.detail,
                            names.get(e.user_id, "system"), e.dispute_id)
    for n in s.scalars(sa.select(DisputeNote).where(DisputeNote.dispute_id.in_(list(disputes)))
                       .order_by(DisputeNote.at.desc()).limit(PER_SOURCE)):
        yield TimelineEntry(n.at, "dispute", "Dispute note" + (" (correction)" if n.corrects_id else ""), n.text,
                            names.get(n.author_id, "system"), n.id, corrects=n.corrects_id)


def _promises(s: Session, account_id: uuid.UUID, names: dict, currency: str) -> Iterable[TimelineEntry]:
    for p in s.scalars(sa.select(Promise).where(Promise.account_id == account_id)
                       .order_by(Promise.taken_at.desc()).limit(PER_SOURCE)):
        plan = f", {_words(p.frequency)}" if p.frequency else ""
        yield TimelineEntry(p.taken_at, "promise", f"Promise taken: {_money(p.total_amount, currency)} "
                            f"({_words(p.kind)}{plan})", p.note or f"Status: {_words(p.status)}",
                            names.get(p.taken_by, "system"), p.id, flagged=str(p.status) == "broken")
        if p.approved_at is not None:
            yield TimelineEntry(p.approved_at, "promise", "Promise approved", None, names.get(p.approved_by, "system"),
                                p.id)
        if p.cancelled_at is not None:
            yield TimelineEntry(p.cancelled_at, "promise", "Promise cancelled", None, "", p.id)


def _payments(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    for p in s.scalars(sa.select(Payment).where(Payment.account_id == account_id)
                       .order_by(Payment.posted_at.desc()).limit(PER_SOURCE)):
        title = ("Payment reversed: " if p.reverses_id else "Payment: ") + _money(p.amount, p.currency)
        detail = f"{_words(p.method)}" + (f", ref {p.reference}" if p.reference else "") + f", paid {p.paid_on:%Y-%m-%d}"
        if p.note:
            detail += f"\n{p.note}"
        yield TimelineEntry(p.posted_at, "payment", title, detail, names.get(p.posted_by, "system"), p.id,
                            flagged=p.reverses_id is not None)


def _letters(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    rows = s.execute(sa.select(Letter.id, Letter.kind, Letter.language, Letter.sent_at, Letter.created_at,
                               Letter.created_by, Letter.pdf_sha256)
                     .where(Letter.account_id == account_id).order_by(Letter.created_at.desc()).limit(PER_SOURCE))
    for r in rows:
        yield TimelineEntry(r.sent_at or r.created_at, "letter", f"Letter sent: {_words(r.kind)} ({r.language})",
                            f"SHA-256 {(r.pdf_sha256 or '')[:16]}…", names.get(r.created_by, "system"), r.id)


def _documents(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    rows = s.execute(sa.select(Document.id, Document.kind, Document.file_name, Document.received_at,
                               Document.attached_by, Document.description)
                     .where(Document.account_id == account_id).order_by(Document.received_at.desc()).limit(PER_SOURCE))
    for r in rows:
        yield TimelineEntry(r.received_at, "document", f"Document received: {_words(r.kind)}",
                            r.file_name + (f"\n{r.description}" if r.description else ""),
                            names.get(r.attached_by, "system"), r.id)


def _flags(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    persons = sa.select(AccountParty.person_id).where(AccountParty.account_id == account_id)
    rows = s.scalars(sa.select(ComplianceFlag).where(
        ComplianceFlag.person_id.in_(persons),
        sa.or_(ComplianceFlag.account_id.is_(None), ComplianceFlag.account_id == account_id))
        .order_by(ComplianceFlag.set_at.desc()).limit(PER_SOURCE))
    for f in rows:
        yield TimelineEntry(f.set_at, "flag", f"Flag set: {_words(f.kind)}", f.detail, names.get(f.set_by, "system"),
                            f.id)
        if f.cleared_at is not None:
            yield TimelineEntry(f.cleared_at, "flag", f"Flag cleared: {_words(f.kind)}", None,
                                names.get(f.cleared_by, "system"), f.id)


def _assignments(s: Session, account_id: uuid.UUID, names: dict) -> Iterable[TimelineEntry]:
    rows = s.execute(sa.select(AuditEvent.at, AuditEvent.user_id, AuditEvent.before, AuditEvent.after, AuditEvent.id)
                     .where(AuditEvent.account_id == account_id, AuditEvent.action == "account.assigned")
                     .order_by(AuditEvent.at.desc()).limit(PER_SOURCE))
    for r in rows:
        def name(value: object) -> str:
            try:
                return names.get(uuid.UUID(str(value)), "?") if value else "nobody"
            except ValueError:
                return "?"
        before = name((r.before or {}).get("assigned_to"))
        after = name((r.after or {}).get("assigned_to"))
        yield TimelineEntry(r.at, "assignment", f"Assigned to {after}", f"Before: {before}",
                            names.get(r.user_id, "system"), r.id)


def timeline_in(session: Session, actor: Actor, account_id: uuid.UUID,
                kinds: Iterable[str] | None = None) -> list[TimelineEntry]:
    account = access.require_account(session, actor, account_id)
    wanted = set(kinds) if kinds is not None else set(KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ServiceError(f"unknown history kinds: {', '.join(sorted(unknown))}")
    names = {u.id: u.display_name for u in session.execute(sa.select(User.id, User.display_name))}
    sources: dict[str, Callable[[], Iterable[TimelineEntry]]] = {
        "contact": lambda: _contacts(session, account_id, names),
        "note": lambda: _notes(session, account_id, names),
        "dispute": lambda: _disputes(session, account_id, names),
        "promise": lambda: _promises(session, account_id, names, account.currency),
        "payment": lambda: _payments(session, account_id, names),
        "letter": lambda: _letters(session, account_id, names),
        "document": lambda: _documents(session, account_id, names),
        "flag": lambda: _flags(session, account_id, names),
        "assignment": lambda: _assignments(session, account_id, names),
    }
    entries = [e for kind in KINDS if kind in wanted for e in sources[kind]()]
    entries.sort(key=lambda e: (e.at, KINDS.index(e.kind)), reverse=True)
    return entries


def account_timeline(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                     kinds: Iterable[str] | None = None) -> list[TimelineEntry]:
    """The account's history, newest first; `kinds` keeps only those kinds (see KINDS)."""
    with session_factory() as session:
        return timeline_in(session, actor, account_id, kinds)
