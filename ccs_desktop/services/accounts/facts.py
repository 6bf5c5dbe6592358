"""What the consumer told us that changes how we may contact them, recorded from the account workspace.

Each function is one audited transaction that updates the facts the guardrails read (phone status, flags,
refused channels, inconvenient times, consent, the consumer's attorney) and refreshes the queue fields of every
account the person is on, so the queue and the workspace show the new state at once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, AccountParty, ComplianceFlag, Consent, InconvenientTime, Person, Phone, utcnow
from ...models.enums import Channel, FlagKind, PartyRole
from .. import access, audit
from .queue_fields import refresh_queue_fields
from ..context import Actor, ServiceError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _account(session: Session, actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID, *,
             restricts: bool = True) -> Account:
    """The account the fact is recorded on. A fact that only restricts contact (cease, attorney, wrong number,
    refused channel, inconvenient time) is recorded wherever the consumer gives it, even on an account checked out
    to another workstation, which pulls it on its next sync; a fact that allows more contact (consent) is not."""
    account = access.require_account(session, actor, account_id, action="change", write=not restricts)
    linked = session.scalar(sa.select(AccountParty.id).where(AccountParty.account_id == account_id,
                                                             AccountParty.person_id == person_id))
    if linked is None:
        raise ServiceError("That person is not a party to this account.")
    return account


def _refresh_person(session: Session, person_id: uuid.UUID) -> list[uuid.UUID]:
    """Refresh the queue fields of every account the person is a consumer on; returns their ids."""
    ids = list(session.scalars(sa.select(AccountParty.account_id).where(AccountParty.person_id == person_id,
                                                                          AccountParty.role == PartyRole.CONSUMER)))
    for account_id in ids:
        refresh_queue_fields(session, account_id)
    return ids


def mark_phone(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, phone_id: uuid.UUID,
               *, wrong_number: bool = False, do_not_call: bool = False) -> list[uuid.UUID]:
    """The number is not the consumer's (wrong number) or they asked us not to call it."""
    if not (wrong_number or do_not_call):
        raise ServiceError("Say what is wrong with the number.")
    with session_factory() as session, session.begin():
        phone = session.get(Phone, phone_id)
        if phone is None:
            raise ServiceError("That phone number no longer exists.")
        account = _account(session, actor, account_id, phone.person_id)
        before = {"bad_number": phone.bad_number, "do_not_call": phone.do_not_call}
        if wrong_number:
            phone.bad_number = True
        if do_not_call:
            phone.do_not_call = True
        audit.record(session, actor, "phone.marked", "phone", phone.id, account_id=account.id, before=before,
                     after={"bad_number": phone.bad_number, "do_not_call": phone.do_not_call})
        return _refresh_person(session, phone.person_id) or [account_id]


# Facts kept as compliance records (services/facts/records.py), by the flag they set.
RECORDED_AS = {FlagKind.CEASE_REQUESTED: "cease", FlagKind.HARDSHIP: "hardship", FlagKind.COMPLAINT: "complaint",
               FlagKind.BANKRUPTCY: "bankruptcy", FlagKind.DECEASED: "deceased",
               FlagKind.ATTORNEY_REPRESENTED: "attorney"}


def set_flag(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
             kind: FlagKind, detail: str | None = None, *, this_account_only: bool = False) -> list[uuid.UUID]:
    """A fact that restricts contact. No calls at work stays a bare flag; a cease request, a hardship, a complaint,
    a bankruptcy or a death becomes its compliance record (with the detail as its reason)."""
    from ..facts import records

    record = RECORDED_AS.get(FlagKind(kind))
    if record == "attorney":
        raise ServiceError("Record an attorney with their name or firm (add_attorney).")
    if record is not None:
        fields: dict[str, Any] = {"debt_ids": [account_id] if this_account_only else [], "reason": detail}
        if record == "hardship":
            fields = {"hardship_reason": detail or "stated by the consumer", **fields}
        if record == "deceased":
            fields.pop("debt_ids")
        return records.set_fact(session_factory, actor, account_id, person_id, record, **fields)
    with session_factory() as session, session.begin():
        account = _account(session, actor, account_id, person_id)
        flag = ComplianceFlag(person_id=person_id, account_id=account.id if this_account_only else None, kind=kind,
                              set_by=actor.user_id, set_at=utcnow(), detail=(detail or "").strip() or None)
        session.add(flag)
        session.flush()
        audit.record(session, actor, "flag.set", "compliance_flag", flag.id, account_id=account.id,
                     after={"person_id": person_id, "kind": kind, "detail": flag.detail,
                            "account_only": this_account_only})
        return _refresh_person(session, person_id)


def refuse_channel(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
                   channel: Channel) -> list[uuid.UUID]:
    with session_factory() as session, session.begin():
        account = _account(session, actor, account_id, person_id)
        person = session.get(Person, person_id)
        before = list(person.refused_channels or [])
        if channel.value not in before:
            person.refused_channels = sorted({*before, channel.value})
        audit.record(session, actor, "person.channel_refused", "person", person_id, account_id=account.id,
                     before={"refused_channels": before}, after={"refused_channels": person.refused_channels})
        return _refresh_person(session, person_id)


def add_inconvenient_time(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                          person_id: uuid.UUID, days: Iterable[str], start: dt.time, end: dt.time,
                          note: str | None = None) -> list[uuid.UUID]:
    """A recurring local-time block the consumer said is inconvenient (Reg F 1006.6(b)(1))."""
    days = [d.lower()[:3] for d in days] or list(WEEKDAYS)
    if any(d not in WEEKDAYS for d in days):
        raise ServiceError("Days must be mon, tue, wed, thu, fri, sat or sun.")
    if start == end:
        raise ServiceError("An inconvenient time needs a start and an end that differ.")
    with session_factory() as session, session.begin():
        account = _account(session, actor, account_id, person_id)
        block = InconvenientTime(person_id=person_id, days=days, start_time=start, end_time=end, note=note,
                                 recorded_by=actor.user_id)
        session.add(block)
        session.flush()
        audit.record(session, actor, "person.inconvenient_time", "inconvenient_time", block.id, account_id=account.id,
                     after={"days": days, "start": start, "end": end, "note": note})
        return _refresh_person(session, person_id)


def record_consent(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
                   channel: Channel = Channel.CALL) -> list[uuid.UUID]:
    """Prior consent to be contacted (Reg F 1006.14(b)(3)(i)): calls in the next 7 days do not count."""
    with session_factory() as session, session.begin():
        account = _account(session, actor, account_id, person_id, restricts=False)
        consent = Consent(person_id=person_id, account_id=account.id, channel=channel, given_at=utcnow(),
                          recorded_by=actor.user_id)
        session.add(consent)
        session.flush()
        audit.record(session, actor, "person.consent", "consent", consent.id, account_id=account.id,
                     after={"channel": channel})
        return _refresh_person(session, person_id)


def add_attorney(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
                 firm: str, phone_e164: str | None = None, details: dict[str, Any] | None = None) -> list[uuid.UUID]:
    """The consumer is represented: the attorney becomes a party and collection contact goes to them (an attorney
    representation record covering every debt of the consumer; services/facts/records.record_attorney)."""
    from ..facts import records

    details = details or {}
    return records.set_fact(session_factory, actor, account_id, person_id, "attorney", firm=firm,
                            attorney_name=details.get("attorney"), phone=phone_e164, email=details.get("email"),
                            address=details.get("address"))
