"""Disputes: how and when they arrived, their state history, their note thread, and the collection hold.

A dispute moves ``open → proof_requested → proof_received → verification_sent → resolved`` (upheld, corrected or
account closed); every change is a DisputeEvent with who and when, plus an audit event. A written dispute that
arrives inside the validation period, or any dispute the agency marks so, *holds* collection: a
``dispute_unverified`` ComplianceFlag on the account (``reference`` = the dispute id) makes the guardrails refuse
collection contact while still allowing the verification, and takes the account out of the callable queue. Sending
the verification clears the flag.

The validation period (Reg F 12 CFR 1006.34(b)(5)) ends 30 days after the consumer is assumed to have received the
notice: the notice date plus five days not counting Saturdays, Sundays and federal public holidays.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import statistics
import uuid
from collections.abc import Callable
from decimal import Decimal

import holidays
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (
    Account,
    ComplianceFlag,
    Dispute,
    DisputeEvent,
    DisputeNote,
    DisputeType,
    Letter,
    User,
    new_id,
    to_money,
    utcnow,
)
from ...models.base import MoneyError
from ...models.enums import AccountStatus, DisputeResolution, DisputeStatus, FlagKind, ReceivedVia, Role
from .. import access, audit
from .queue_fields import consumer_id, refresh_queue_fields
from ..context import Actor, Changes, PermissionDenied, ServiceError

UTC = dt.timezone.utc
RECEIPT_BUSINESS_DAYS = 5
VALIDATION_DAYS = 30
ZERO = Decimal("0.00")

S = DisputeStatus
# Where each state may go next. Any unresolved dispute may be resolved; a held dispute only as "account closed"
# until the verification is sent (see `_check_resolution`).
TRANSITIONS: dict[DisputeStatus, frozenset[DisputeStatus]] = {
    S.OPEN: frozenset({S.PROOF_REQUESTED, S.VERIFICATION_SENT, S.RESOLVED}),
    S.PROOF_REQUESTED: frozenset({S.PROOF_RECEIVED, S.RESOLVED}),
    S.PROOF_RECEIVED: frozenset({S.VERIFICATION_SENT, S.RESOLVED}),
    S.VERIFICATION_SENT: frozenset({S.RESOLVED}),
    S.RESOLVED: frozenset(),
}
STATUS_LABELS = {
    S.OPEN: "Open", S.PROOF_REQUESTED: "Proof requested from client", S.PROOF_RECEIVED: "Proof received",
    S.VERIFICATION_SENT: "Verification sent", S.RESOLVED: "Resolved",
}
RESOLUTION_LABELS = {
    DisputeResolution.UPHELD: "Upheld (debt verified)", DisputeResolution.CORRECTED: "Corrected",
    DisputeResolution.ACCOUNT_CLOSED: "Account closed",
}


# --- validation period ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _federal_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("US", years=year).keys())


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _federal_holidays(day.year)


def assumed_receipt_date(notice_date: dt.date) -> dt.date:
    """The notice date plus five days, not counting Saturdays, Sundays and federal public holidays."""
    day, counted = notice_date, 0
    while counted < RECEIPT_BUSINESS_DAYS:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            counted += 1
    return day


def validation_period_end(notice_date: dt.date) -> dt.date:
    """The last day of the validation period: 30 days after the assumed receipt of the notice."""
    return assumed_receipt_date(notice_date) + dt.timedelta(days=VALIDATION_DAYS)


def notice_date_of(session: Session, account_id: uuid.UUID) -> dt.date | None:
    """The date of the account's latest validation notice (a notice sent again starts a new period): a sent
    notice letter, else the date on the account's record."""
    sent = session.scalar(sa.select(sa.func.max(Letter.created_at_local)).where(
        Letter.account_id == account_id, Letter.kind == "validation_notice", Letter.sent_at.is_not(None)))
    if sent is not None:
        return sent
    return session.scalar(sa.select(Account.validation_notice_sent_on).where(Account.id == account_id))


def within_validation_period(notice_date: dt.date | None, received_on: dt.date) -> bool:
    """A dispute before any notice was sent counts as inside the period (the period has not even started)."""
    if notice_date is None:
        return True
    return received_on <= validation_period_end(notice_date)


# --- views ---------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class EventView:
    at: dt.datetime
    user: str | None
    from_status: str | None
    to_status: str
    detail: str | None


@dataclasses.dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    at: dt.datetime
    author: str | None
    text: str
    corrects_id: uuid.UUID | None
    corrected_by: tuple[uuid.UUID, ...] = ()


@dataclasses.dataclass(frozen=True)
class DisputeView:
    id: uuid.UUID
    account_id: uuid.UUID
    person_id: uuid.UUID
    received_at: dt.datetime
    received_via: ReceivedVia
    received_by: str | None
    type_code: str
    type_label: str
    amount_disputed: Decimal
    whole_balance: bool
    within_validation_period: bool
    validation_period_end: dt.date | None
    hold: bool
    status: DisputeStatus
    resolution: DisputeResolution | None
    resolved_at: dt.datetime | None
    verification_sent_at: dt.datetime | None
    events: tuple[EventView, ...]
    notes: tuple[NoteView, ...]

    @property
    def changes(self) -> Changes:
        return Changes(accounts=frozenset({self.account_id}), disputes=frozenset({self.id}))

    @property
    def next_states(self) -> frozenset[DisputeStatus]:
        return TRANSITIONS[self.status]

    @property
    def cycle_days(self) -> float | None:
        if self.resolved_at is None:
            return None
        return (self.resolved_at - self.received_at).total_seconds() / 86400


def _user_names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {u.id: u.display_name or u.username for u in session.execute(
        sa.select(User.id, User.username, User.display_name).where(User.id.in_(ids)))}


def _view(session: Session, dispute: Dispute) -> DisputeView:
    events = session.scalars(sa.select(DisputeEvent).where(DisputeEvent.dispute_id == dispute.id)
                             .order_by(DisputeEvent.at, DisputeEvent.id)).all()
    notes = session.scalars(sa.select(DisputeNote).where(DisputeNote.dispute_id == dispute.id)
                            .order_by(DisputeNote.at, DisputeNote.id)).all()
    names = _user_names(session, {dispute.received_by} | {e.user_id for e in events} | {n.author_id for n in notes})
    dtype = session.get(DisputeType, dispute.type_code)
    notice = notice_date_of(session, dispute.account_id)
    corrected_by: dict[uuid.UUID, list[uuid.UUID]] = {}
    for n in notes:
        if n.corrects_id is not None:
            corrected_by.setdefault(n.corrects_id, []).append(n.id)
    return DisputeView(
        id=dispute.id, account_id=dispute.account_id, person_id=dispute.person_id, received_at=dispute.received_at,
        received_via=dispute.received_via, received_by=names.get(dispute.received_by), type_code=dispute.type_code,
        type_label=dtype.label if dtype else dispute.type_code, amount_disputed=dispute.amount_disputed,
        whole_balance=dispute.whole_balance, within_validation_period=dispute.within_validation_period,
        validation_period_end=validation_period_end(notice) if notice else None, hold=dispute.hold,
        status=DisputeStatus(dispute.status),
        resolution=DisputeResolution(dispute.resolution) if dispute.resolution else None,
        resolved_at=dispute.resolved_at, verification_sent_at=dispute.verification_sent_at,
        events=tuple(EventView(e.at, names.get(e.user_id), e.from_status, e.to_status, e.detail) for e in events),
        notes=tuple(NoteView(n.id, n.at, names.get(n.author_id), n.text, n.corrects_id,
                             tuple(corrected_by.get(n.id, ()))) for n in notes),
    )


# --- permissions ---------------------------------------------------------------------------------------------


def _dispute(session: Session, actor: Actor, dispute_id: uuid.UUID, *, lock: bool = True,
             write: bool = True) -> Dispute:
    query = sa.select(Dispute).where(Dispute.id == dispute_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    dispute = session.scalar(query)
    if dispute is None:
        raise ServiceError("no such dispute")
    access.require_workable(session, actor, dispute.account_id, write=write)
    return dispute


# --- the hold ------------------------------------------------------------------------------------------------


def _hold_flag(session: Session, dispute: Dispute) -> ComplianceFlag | None:
    return session.scalar(sa.select(ComplianceFlag).where(
        ComplianceFlag.kind == FlagKind.DISPUTE_UNVERIFIED, ComplianceFlag.account_id == dispute.account_id,
        ComplianceFlag.reference == str(dispute.id), ComplianceFlag.cleared_at.is_(None)))


def _set_hold_in(session: Session, actor: Actor, dispute: Dispute, at: dt.datetime, detail: str) -> None:
    dispute.hold = True
    if _hold_flag(session, dispute) is None:
        session.add(ComplianceFlag(
            person_id=dispute.person_id, account_id=dispute.account_id, kind=FlagKind.DISPUTE_UNVERIFIED,
            set_by=actor.user_id, set_at=at, detail=detail, reference=str(dispute.id)))
        session.flush()


def _flags_to_clear(session: Session, dispute: Dispute) -> list[ComplianceFlag]:
    """The hold flags lifting this dispute's hold clears: the one that names it, and a flag that names no dispute
    (set by hand or by an import) once no other dispute on the account still holds collection."""
    flags = list(session.scalars(sa.select(ComplianceFlag).where(
        ComplianceFlag.kind == FlagKind.DISPUTE_UNVERIFIED, ComplianceFlag.account_id == dispute.account_id,
        ComplianceFlag.cleared_at.is_(None),
        sa.or_(ComplianceFlag.reference == str(dispute.id), ComplianceFlag.reference.is_(None),
               ComplianceFlag.reference == ""))))
    other_holds = session.scalar(sa.select(sa.func.count()).select_from(Dispute).where(
        Dispute.account_id == dispute.account_id, Dispute.id != dispute.id, Dispute.hold.is_(True)))
    return [f for f in flags if f.reference == str(dispute.id) or not other_holds]


def _clear_hold_in(session: Session, actor: Actor, dispute: Dispute, at: dt.datetime) -> bool:
    dispute.hold = False
    flags = _flags_to_clear(session, dispute)
    for flag in flags:
        flag.cleared_at = at
        flag.cleared_by = actor.user_id
    session.flush()
    return bool(flags)


# --- use cases -----------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DisputeInput:
    account_id: uuid.UUID
    received_via: ReceivedVia
    type_code: str
    received_at: dt.datetime | None = None
    amount_disputed: Decimal | str | None = None   # None: the whole current balance
    person_id: uuid.UUID | None = None              # None: the account's consumer
    hold: bool = False                              # the agency holds collection whatever the period says
    note: str | None = None


def record_dispute_in(session: Session, actor: Actor, data: DisputeInput) -> Dispute:
    # A dispute is recorded wherever it arrives, even on an account checked out to another workstation: the
    # hold it may bring must take effect at once (the workstation pulls it, and its sync reports any contact
    # made in between). Changing a dispute's state is refused there (`change_status`).
    account = access.require_workable(session, actor, data.account_id, write=False)
    now = utcnow()
    received_at = data.received_at or now
    if received_at.tzinfo is None:
        raise ServiceError("the time the dispute was received must carry a time zone")
    if received_at > now + dt.timedelta(minutes=5):
        raise ServiceError("a dispute cannot be received in the future")
    dtype = session.get(DisputeType, data.type_code)
    if dtype is None or not dtype.active:
        raise ServiceError(f"unknown dispute type {data.type_code!r}")
    if data.hold and not actor.is_supervisor:
        raise PermissionDenied(f"{actor.username} ({actor.role.value}) may not place a collection hold: "
                               "needs supervisor or admin")
    person_id = data.person_id or consumer_id(session, account.id)
    if person_id is None:
        raise ServiceError("the account has no consumer to record the dispute for")
    if data.amount_disputed is None or data.amount_disputed == "":
        amount, whole = account.balance, True
    else:
        try:
            amount = to_money(data.amount_disputed)
        except MoneyError as exc:
            raise ServiceError(f"the disputed amount is not an amount: {data.amount_disputed}") from exc
        if amount <= ZERO:
            raise ServiceError("the disputed amount must be more than zero")
        if amount > account.balance:
            raise ServiceError(f"the disputed amount {amount} is more than the balance {account.balance}")
        whole = amount == account.balance
    within = within_validation_period(notice_date_of(session, account.id), received_at.date())
    dispute = Dispute(
        id=new_id(), account_id=account.id, person_id=person_id, received_at=received_at,
        received_via=ReceivedVia(data.received_via), received_by=actor.user_id, type_code=dtype.code,
        amount_disputed=amount, whole_balance=whole, within_validation_period=within, hold=False,
        status=DisputeStatus.OPEN)
    session.add(dispute)
    session.flush()
    session.add(DisputeEvent(dispute_id=dispute.id, at=received_at, user_id=actor.user_id, from_status=None,
                             to_status=DisputeStatus.OPEN.value,
                             detail=f"{dtype.label}, received {ReceivedVia(data.received_via).value}"))
    hold_reason = None
    if data.received_via == ReceivedVia.WRITTEN and within:
        hold_reason = "Written dispute inside the validation period"
    elif data.hold:
        hold_reason = "Held by the agency"
    if hold_reason:
        _set_hold_in(session, actor, dispute, now, hold_reason)
    if data.note and data.note.strip():
        session.add(DisputeNote(dispute_id=dispute.id, author_id=actor.user_id, at=now, text=data.note.strip()))
    session.flush()
    refresh_queue_fields(session, account.id)
    audit.record(session, actor, "dispute.recorded", "dispute", dispute.id, account_id=account.id,
                 after={"type": dtype.code, "via": dispute.received_via, "received_at": received_at,
                        "amount": amount, "whole_balance": whole, "within_validation_period": within,
                        "hold": dispute.hold, "hold_reason": hold_reason})
    return dispute


def record_dispute(session_factory: Callable[[], Session], actor: Actor, data: DisputeInput) -> DisputeView:
    with session_factory() as session, session.begin():
        dispute = record_dispute_in(session, actor, data)
        return _view(session, dispute)


def _check_resolution(dispute: Dispute, resolution: DisputeResolution | None) -> None:
    if resolution is None:
        raise ServiceError("say how the dispute was resolved: upheld, corrected or account closed")
    if (dispute.hold and dispute.verification_sent_at is None
            and resolution in (DisputeResolution.UPHELD, DisputeResolution.CORRECTED)):
        raise ServiceError("collection is held on this dispute: send the verification before resolving it as "
                           f"{resolution.value}, or close the account")


def transition_in(session: Session, actor: Actor, dispute: Dispute, to: DisputeStatus, *,
                  resolution: DisputeResolution | None = None, detail: str | None = None,
                  at: dt.datetime | None = None, letter_id: uuid.UUID | None = None) -> DisputeEvent:
    """Move a dispute to its next state inside the caller's transaction (the letters service sends
    verifications through this)."""
    to = DisputeStatus(to)
    current = DisputeStatus(dispute.status)
    if to not in TRANSITIONS[current]:
        allowed = ", ".join(STATUS_LABELS[s].lower() for s in sorted(TRANSITIONS[current])) or "nothing (it is resolved)"
        raise ServiceError(f"a dispute that is {STATUS_LABELS[current].lower()} cannot become "
                           f"{STATUS_LABELS[to].lower()}; next can be: {allowed}")
    if to == S.RESOLVED:
        resolution = DisputeResolution(resolution) if resolution else None
        _check_resolution(dispute, resolution)
        if not actor.is_supervisor:
            raise PermissionDenied(f"{actor.username} ({actor.role.value}) may not resolve a dispute: "
                                   "needs supervisor or admin")
    elif resolution is not None:
        raise ServiceError("a resolution is given only when the dispute is resolved")
    at = at or utcnow()
    before = {"status": current, "hold": dispute.hold}
    dispute.status = to
    lifted = False
    if to == S.VERIFICATION_SENT:
        dispute.verification_sent_at = at
        lifted = _clear_hold_in(session, actor, dispute, at)
    if to == S.RESOLVED:
        dispute.resolution = resolution
        dispute.resolved_at = at
        lifted = _clear_hold_in(session, actor, dispute, at) or lifted
        if resolution == DisputeResolution.ACCOUNT_CLOSED:
            account = session.get(Account, dispute.account_id)
            if account.status == AccountStatus.OPEN:
                account.status = AccountStatus.CLOSED
                account.close_reason = "dispute"
                account.closed_at = at
    text = detail.strip() if detail and detail.strip() else None
    if to == S.RESOLVED and resolution is not None:
        text = RESOLUTION_LABELS[resolution] + (f": {text}" if text else "")
    if lifted:
        text = (text + ". " if text else "") + "Collection hold lifted"
    event = DisputeEvent(dispute_id=dispute.id, at=at, user_id=actor.user_id, from_status=current.value,
                         to_status=to.value, detail=text)
    session.add(event)
    session.flush()
    refresh_queue_fields(session, dispute.account_id)
    audit.record(session, actor, f"dispute.{to.value}", "dispute", dispute.id, account_id=dispute.account_id,
                 before=before, after={"status": to, "hold": dispute.hold, "resolution": resolution,
                                       "letter_id": letter_id, "detail": text})
    return event


def change_status(session_factory: Callable[[], Session], actor: Actor, dispute_id: uuid.UUID, to: DisputeStatus, *,
                  resolution: DisputeResolution | None = None, detail: str | None = None) -> DisputeView:
    """Request proof, record that it arrived, record a verification sent outside the app, resolve."""
    with session_factory() as session, session.begin():
        dispute = _dispute(session, actor, dispute_id)
        transition_in(session, actor, dispute, to, resolution=resolution, detail=detail)
        return _view(session, dispute)


def set_hold(session_factory: Callable[[], Session], actor: Actor, dispute_id: uuid.UUID, reason: str) -> DisputeView:
    """The agency holds collection on a dispute the law would not require it to (e.g. oral, or late)."""
    actor.require(Role.SUPERVISOR, Role.ADMIN, action="place a collection hold")
    if not reason or not reason.strip():
        raise ServiceError("say why collection is held")
    with session_factory() as session, session.begin():
        dispute = _dispute(session, actor, dispute_id, write=False)  # a hold only restricts contact
        if dispute.status in (S.VERIFICATION_SENT, S.RESOLVED):
            raise ServiceError("the verification was already sent: there is nothing left to hold for")
        if dispute.hold:
            raise ServiceError("collection is already held on this dispute")
        now = utcnow()
        _set_hold_in(session, actor, dispute, now, f"Held by the agency: {reason.strip()}")
        session.add(DisputeEvent(dispute_id=dispute.id, at=now, user_id=actor.user_id, from_status=dispute.status,
                                 to_status=dispute.status, detail=f"Collection held: {reason.strip()}"))
        session.flush()
        refresh_queue_fields(session, dispute.account_id)
        audit.record(session, actor, "dispute.hold", "dispute", dispute.id, account_id=dispute.account_id,
                     before={"hold": False}, after={"hold": True}, reason=reason.strip())
        return _view(session, dispute)


def add_note(session_factory: Callable[[], Session], actor: Actor, dispute_id: uuid.UUID, text: str,
             corrects_id: uuid.UUID | None = None) -> NoteView:
    """Append a note to the dispute's thread. A correction is a new note that names the note it corrects."""
    text = (text or "").strip()
    if not text:
        raise ServiceError("a note needs some text")
    if len(text) > 10000:
        raise ServiceError("a note is at most 10,000 characters")
    with session_factory() as session, session.begin():
        dispute = _dispute(session, actor, dispute_id, lock=False, write=False)  # notes are append-only
        if corrects_id is not None:
            old = session.get(DisputeNote, corrects_id)
            if old is None or old.dispute_id != dispute.id:
                raise ServiceError("the note being corrected is not in this dispute's thread")
        note = DisputeNote(id=new_id(), dispute_id=dispute.id, author_id=actor.user_id, at=utcnow(), text=text,
                           corrects_id=corrects_id)
        session.add(note)
        session.flush()
        audit.record(session, actor, "dispute.note_corrected" if corrects_id else "dispute.note_added", "dispute_note",
                     note.id, account_id=dispute.account_id,
                     after={"dispute_id": dispute.id, "corrects_id": corrects_id, "length": len(text)})
        names = _user_names(session, {actor.user_id})
        return NoteView(note.id, note.at, names.get(actor.user_id), note.text, note.corrects_id)


def get_dispute(session_factory: Callable[[], Session], actor: Actor, dispute_id: uuid.UUID) -> DisputeView:
    with session_factory() as session:
        return _view(session, _dispute(session, actor, dispute_id, lock=False, write=False))


def list_disputes(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[DisputeView]:
    """The account's disputes, newest first, with their events and notes."""
    with session_factory() as session:
        access.require_workable(session, actor, account_id, write=False)
        disputes = session.scalars(sa.select(Dispute).where(Dispute.account_id == account_id)
                                   .order_by(Dispute.received_at.desc(), Dispute.id.desc())).all()
        return [_view(session, d) for d in disputes]


def account_balance(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> Decimal:
    """The balance a new dispute can contest (all of it, or a part)."""
    with session_factory() as session:
        return access.require_workable(session, actor, account_id, write=False).balance


def dispute_types(session_factory: Callable[[], Session], *, include_inactive: bool = False,
                  commercial: bool | None = None) -> list[DisputeType]:
    with session_factory() as session:
        query = sa.select(DisputeType).order_by(DisputeType.commercial, DisputeType.label)
        if not include_inactive:
            query = query.where(DisputeType.active.is_(True))
        if commercial is not None:
            query = query.where(DisputeType.commercial.is_(commercial))
        types = session.scalars(query).all()
        session.expunge_all()
        return list(types)


def save_dispute_type(session_factory: Callable[[], Session], actor: Actor, code: str, label: str,
                      label_es: str | None = None, *, commercial: bool = False, active: bool = True) -> None:
    """An admin adds a dispute type or edits one (types are never deleted: deactivate instead)."""
    actor.require(Role.ADMIN, action="edit dispute types")
    code = (code or "").strip().lower()
    if not code or not code.replace("_", "").isalnum() or len(code) > 32:
        raise ServiceError("a dispute type code is up to 32 letters, digits or underscores")
    if not label or not label.strip():
        raise ServiceError("a dispute type needs a label")
    with session_factory() as session, session.begin():
        row = session.get(DisputeType, code)
        before = None
        if row is None:
            row = DisputeType(code=code, label=label.strip(), label_es=label_es, commercial=commercial, active=active)
            session.add(row)
        else:
            before = {"label": row.label, "label_es": row.label_es, "commercial": row.commercial, "active": row.active}
            row.label, row.label_es, row.commercial, row.active = label.strip(), label_es, commercial, active
        session.flush()
        audit.record(session, actor, "dispute_type.saved", "dispute_type", code, before=before,
                     after={"label": label.strip(), "label_es": label_es, "commercial": commercial, "active": active})


# --- KPI -----------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CycleTimes:
    resolved: int
    mean_days: float | None
    median_days: float | None
    longest_days: float | None
    open_disputes: int
    by_resolution: dict[str, int]


def cycle_times(session_factory: Callable[[], Session], actor: Actor, start: dt.datetime, end: dt.datetime,
                ) -> CycleTimes:
    """Dispute cycle time (received → resolved) of the disputes resolved in [start, end), for the KPIs: on the
    accounts assigned to the users the actor answers for (`access.answered_for`; an admin, every account)."""
    actor.require(Role.SUPERVISOR, Role.ADMIN, action="see dispute KPIs")
    answered = access.answered_for(actor)
    with session_factory() as session:
        query = sa.select(Dispute.received_at, Dispute.resolved_at, Dispute.resolution).where(
            Dispute.status == S.RESOLVED, Dispute.resolved_at >= start, Dispute.resolved_at < end)
        open_query = sa.select(sa.func.count()).select_from(Dispute).where(Dispute.status != S.RESOLVED)
        if answered is not None:
            query = query.join(Account, Account.id == Dispute.account_id).where(Account.assigned_to.in_(answered))
            open_query = open_query.join(Account, Account.id == Dispute.account_id).where(
                Account.assigned_to.in_(answered))
        rows = session.execute(query).all()
        open_count = session.scalar(open_query) or 0
    days = [(r.resolved_at - r.received_at).total_seconds() / 86400 for r in rows]
    by_resolution: dict[str, int] = {}
    for r in rows:
        key = str(r.resolution) if r.resolution else "unknown"
        by_resolution[key] = by_resolution.get(key, 0) + 1
    return CycleTimes(
        resolved=len(days), mean_days=round(statistics.fmean(days), 2) if days else None,
        median_days=round(statistics.median(days), 2) if days else None,
        longest_days=round(max(days), 2) if days else None, open_disputes=open_count, by_resolution=by_resolution)
