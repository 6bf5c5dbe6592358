"""Everything the account workspace shows, read in one short transaction (permission-checked)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from ...models import Account, AccountParty, ContactAttempt, Note, Person, Placement, ResultCode, User
from ...models.enums import PartyRole
from .. import access
from ..context import Actor, ServiceError
from ..facts.derived import flags_on, read_in_force
from .callable_now import BLOCK_LABELS, CallableState
from .queue import QueueRow, rows_in

UTC = dt.timezone.utc
CONTACT_LOG_LIMIT = 500


@dataclasses.dataclass(frozen=True)
class PhoneView:
    id: uuid.UUID
    e164: str
    display: str
    type: str
    primary: bool
    consent: bool
    do_not_call: bool
    bad_number: bool
    zones: tuple[str, ...]
    state: CallableState


@dataclasses.dataclass(frozen=True)
class PartyView:
    person_id: uuid.UUID
    role: str
    name: str
    language: str
    flags: tuple[str, ...]
    phones: tuple[PhoneView, ...]
    addresses: tuple[str, ...]
    emails: tuple[str, ...]
    details: dict[str, Any] | None


@dataclasses.dataclass(frozen=True)
class ContactView:
    id: uuid.UUID
    at: dt.datetime
    channel: str
    direction: str
    number: str | None
    result_code: str
    result_label: str
    collector: str
    notes: str | None
    disclosures: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class NoteView:
    at: dt.datetime
    author: str
    text: str


@dataclasses.dataclass(frozen=True)
class ResultCodeView:
    code: str
    label: str
    channel: str | None
    shortcut: str | None
    counts_as_conversation: bool
    label_es: str | None = None
    language: str = "en"

    @property
    def display(self) -> str:
        """The label in the workstation's language (Spanish labels are configured with the codes)."""
        return self.label_es if self.language == "es" and self.label_es else self.label


@dataclasses.dataclass(frozen=True)
class AccountView:
    id: uuid.UUID
    row: QueueRow
    client: str
    client_code: str
    original_creditor: str | None
    placement: str | None           # the placement file's name
    placed_on: dt.date | None
    charge_off_date: dt.date | None
    delinquency_date: dt.date | None
    last_payment_date: dt.date | None
    last_payment_amount: Decimal | None
    currency: str
    balances: dict[str, Decimal]    # principal, interest, fees, costs, total
    placed_balance: Decimal
    status: str
    priority_score: Decimal
    score_detail: dict[str, str]
    zones: tuple[str, ...]
    consumer: PartyView | None
    parties: tuple[PartyView, ...]
    contacts: tuple[ContactView, ...]
    notes: tuple[NoteView, ...]
    result_codes: tuple[ResultCodeView, ...]
    had_conversation: bool          # a conversation before: the "from a debt collector" reminder, else mini-Miranda
    loaded_at: dt.datetime
    # Another workstation has the account checked out for offline work: "LAPTOP-7 (Cole Ames)"; read-only here.
    checked_out_to: str | None = None
    placement_received: dt.date | None = None

    @property
    def blocked(self) -> bool:
        return self.row.callable.state == "blocked"


@functools.lru_cache(maxsize=4096)  # a contact log repeats the same few numbers
def _phone_display(e164: str) -> str:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def _phone_state(session: Session, actor: Actor, account_id: uuid.UUID, person: Person, phone: Any,
                 account_state: CallableState, at: dt.datetime, facts: dict[uuid.UUID, Any] | None = None,
                 ) -> CallableState:
    if phone.do_not_call:
        return CallableState("blocked", None, "Do not call this number")
    if phone.bad_number:
        return CallableState("blocked", None, "Marked as a bad number")
    from ..contacts import attempts
    from ..contacts.guardrail_facts import HISTORY_DAYS, load_facts
    from ..contacts.rulepacks import active_rulepack

    # The contact service's own decision (the same engine and history that will count when recording), on the
    # person's facts read once for all their numbers.
    facts = {} if facts is None else facts
    if person.id not in facts:
        facts[person.id] = (load_facts(session, {person.id}, at - dt.timedelta(days=HISTORY_DAYS))[person.id],
                            active_rulepack(session))
    rows, pack = facts[person.id]
    decision, _, _ = attempts._decide_on(rows, pack, account_id, person.id, "call", at, phone_id=phone.id)
    return state_of_decision(decision, at)


def state_of_decision(decision: Any, at: dt.datetime) -> CallableState:
    from ..contacts.attempts import state_of

    found = state_of(decision)
    return CallableState(found.state, found.until, found.reason or None)


def candidate_zones(person: Person) -> tuple[str, ...]:
    """The consumer's candidate time zones: current addresses, numbers not marked bad, the stated zone
    (`compliance.location.person_zones`, as the queue keeps them in `Account.tz_group`)."""
    from ...compliance import location
    from ...compliance.model import Address as AddressFacts

    return location.person_zones(
        [AddressFacts(a.postal_code, a.region, a.country) for a in person.addresses if a.current and not a.bad_address],
        [p.e164 for p in person.phones if not p.bad_number], person.stated_time_zone)


def _party(session: Session, actor: Actor, account: Account, party: AccountParty, account_state: CallableState,
           at: dt.datetime, flags: dict[uuid.UUID, list[str]]) -> PartyView:
    from ...compliance import location

    person = party.person
    facts: dict[uuid.UUID, Any] = {}
    phones = tuple(
        PhoneView(p.id, p.e164, _phone_display(p.e164), str(p.type), p.primary, p.consent, p.do_not_call, p.bad_number,
                  location.phone_zones(p.e164),
                  _phone_state(session, actor, account.id, person, p, account_state, at, facts))
        for p in person.phones
    )
    addresses = tuple(
        ", ".join(x for x in (a.line1, a.line2, a.city, a.region, a.postal_code, a.country) if x)
        + ("" if a.current else " (former)") + (" (bad address)" if a.bad_address else "")
        for a in person.addresses
    )
    emails = tuple(e.address + (" (opted out)" if e.opted_out else "") + (" (employer)" if e.employer_provided else "")
                   for e in person.emails)
    return PartyView(person.id, str(party.role), person.full_name, str(person.language),
                     tuple(flags.get(person.id, ())), phones, addresses, emails, person.details)


def load_in(session: Session, actor: Actor, account_id: uuid.UUID, at: dt.datetime | None = None,
            language: str = "en") -> AccountView:
    at = at or dt.datetime.now(UTC)
    account = session.get(Account, account_id, options=[
        selectinload(Account.parties).selectinload(AccountParty.person).selectinload(Person.phones),
        selectinload(Account.parties).selectinload(AccountParty.person).selectinload(Person.addresses),
        selectinload(Account.parties).selectinload(AccountParty.person).selectinload(Person.emails),
        selectinload(Account.client)])
    if account is None:
        raise ServiceError("This account no longer exists.")
    access.check_account(session, actor, account, action="open")
    row = _rows_any(session, account.id, at)[0]  # permission checked above
    person_ids = [p.person_id for p in account.parties]
    # The flags in force on this debt, from the compliance records (services/facts) and the bare flags.
    flags = {person: sorted(flags_on(entries, account.id))
             for person, entries in read_in_force(session, person_ids, at.date()).items()}
    order = {PartyRole.CONSUMER: 0, PartyRole.COSIGNER: 1, PartyRole.ATTORNEY: 2, PartyRole.THIRD_PARTY: 3}
    ordered = sorted(account.parties, key=lambda p: (order.get(PartyRole(p.role), 9), p.created_at))
    parties = tuple(_party(session, actor, account, p, row.callable, at, flags) for p in ordered)
    checked_out_to = _checked_out_to(session, actor, account.id)
    if checked_out_to:  # the contact service refuses outbound contact here: say so before the collector dials
        held = CallableState("blocked", None, f"Checked out for offline work on {checked_out_to}")
        row = dataclasses.replace(row, callable=held)
        parties = tuple(dataclasses.replace(p, phones=tuple(dataclasses.replace(ph, state=held) for ph in p.phones))
                        for p in parties)
    consumer = next((p for p in parties if p.role == PartyRole.CONSUMER), None)
    consumer_person = account.consumer
    users = {u.id: u.display_name for u in session.scalars(sa.select(User))}
    codes = {c.code: c for c in session.scalars(sa.select(ResultCode).order_by(ResultCode.sort_order))}
    attempts = session.scalars(sa.select(ContactAttempt).where(ContactAttempt.account_id == account.id)
                               .order_by(ContactAttempt.at.desc()).limit(CONTACT_LOG_LIMIT)).all()
    contacts = tuple(ContactView(c.id, c.at, str(c.channel), str(c.direction),
                                 c.phone_e164 and _phone_display(c.phone_e164) or c.email_address, c.result_code,
                                 _label(codes[c.result_code], language) if c.result_code in codes else c.result_code,
                                 users.get(c.user_id, "system") if c.user_id else "system", c.notes,
                                 tuple(c.disclosures or ())) for c in attempts)
    had_conversation = any(codes.get(c.result_code) is not None and codes[c.result_code].counts_as_conversation
                           and c.person_id == (consumer.person_id if consumer else None) for c in attempts)
    notes = tuple(NoteView(n.at, users.get(n.author_id, "system") if n.author_id else "system", n.text)
                  for n in session.scalars(sa.select(Note).where(Note.account_id == account.id)
                                           .order_by(Note.at.desc()).limit(CONTACT_LOG_LIMIT)))
    placement = session.get(Placement, account.placement_id) if account.placement_id else None
    balances = {"principal": account.principal, "interest": account.interest, "fees": account.fees,
                "costs": account.costs, "total": account.balance}
    return AccountView(
        id=account.id, row=row, client=account.client.name, client_code=account.client.code,
        original_creditor=account.original_creditor,
        placement=(placement.file_name or "") if placement else None,
        placement_received=placement.received_at.date() if placement else None,
        placed_on=account.placed_on, charge_off_date=account.charge_off_date, delinquency_date=account.delinquency_date,
        last_payment_date=account.last_payment_date, last_payment_amount=account.last_payment_amount,
        currency=account.currency, balances=balances, placed_balance=account.placed_balance, status=str(account.status),
        priority_score=account.priority_score, score_detail=dict(account.score_detail or {}),
        zones=candidate_zones(consumer_person) if consumer_person else (), consumer=consumer, parties=parties,
        contacts=contacts, notes=notes,
        result_codes=tuple(ResultCodeView(c.code, c.label, c.channel, c.shortcut, c.counts_as_conversation,
                                          c.label_es, language) for c in codes.values() if c.active),
        had_conversation=had_conversation, loaded_at=at, checked_out_to=checked_out_to)


def _label(code: ResultCode, language: str) -> str:
    """A result code's label in the workstation's language (Spanish labels are configured with the codes)."""
    return code.label_es if language == "es" and code.label_es else code.label


def _checked_out_to(session: Session, actor: Actor, account_id: uuid.UUID) -> str | None:
    lease = access.lease_elsewhere(session, account_id, actor.workstation)
    return access.lease_holder(lease) if lease is not None else None


def _rows_any(session: Session, account_id: uuid.UUID, at: dt.datetime) -> list[QueueRow]:
    from ..context import SYSTEM

    return rows_in(session, SYSTEM, [account_id], at)


def load(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
         at: dt.datetime | None = None, language: str = "en") -> AccountView:
    with session_factory() as session:
        return load_in(session, actor, account_id, at, language)


def blocked_label(reason: str | None) -> str:
    return BLOCK_LABELS.get(reason or "", reason or "")
