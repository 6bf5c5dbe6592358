"""A consumer's contact points, added and corrected from the account workspace: phone numbers (type, source,
consent with when and how it was given; marked wrong or disconnected), addresses (current or old, bad) and email
addresses (employer-provided or not, consent to use it, the consumer wrote to us from it).

Each function is one service call in one transaction: it checks the input (a number phonenumbers holds valid, a
US ZIP that exists and lies in the state given, a Canadian postcode of its province, an email address), writes
the change, audits it with who and why, and refreshes the queue fields of every account the person is the
consumer on (`Account.tz_group`: the candidate time zones from every current address and every number on file),
so the queue, the workspace and the guardrails agree as soon as it commits. On an offline cache the same call is
captured in the outbox like every other write and reaches the shared database on the next sync.

Bad input is refused with a `ServiceError` that says what is wrong; nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Address, Email, Phone, utcnow
from ...models.enums import PhoneType
from .. import audit
from ..context import Actor, Changes, ServiceError
from ..placement.fields import COUNTRIES, EMAIL, FieldError, parse_phone, read_place
from .facts import _account, _refresh_person

UTC = dt.timezone.utc
BAD_PHONE_REASONS = {"wrong_number": "not the consumer's number", "disconnected": "disconnected or out of service"}
CONSENT_HOW = ("verbal", "written", "electronic", "placement file")
SOURCES = ("consumer", "client", "skip trace", "scrub", "collector research", "placement")
FIELD_NAMES = {"zip": "The ZIP / postal code", "state": "The state / province"}


@dataclasses.dataclass(frozen=True)
class PhoneInput:
    number: str
    type: PhoneType | str = PhoneType.CELL
    source: str = "consumer"
    consent: bool = False
    consent_at: dt.datetime | None = None   # default: now, when consent is given
    consent_how: str | None = None          # required with consent: verbal, written, electronic...
    primary: bool = False


@dataclasses.dataclass(frozen=True)
class AddressInput:
    line1: str
    city: str = ""
    state: str = ""
    zip: str = ""
    line2: str = ""
    country: str = "US"
    current: bool = True
    source: str = "consumer"


@dataclasses.dataclass(frozen=True)
class EmailInput:
    address: str
    employer_provided: bool = False
    consent: bool = False
    consent_at: dt.datetime | None = None
    consent_how: str | None = None
    consumer_used: bool = False   # the consumer wrote to us from it
    source: str = "consumer"


@dataclasses.dataclass(frozen=True)
class PointResult:
    """What a contact-point change did: the row, and the accounts whose queue fields it refreshed."""

    kind: str                      # phone | address | email
    point_id: uuid.UUID
    account_ids: tuple[uuid.UUID, ...]

    @property
    def changes(self) -> Changes:
        return Changes.for_accounts(self.account_ids)


# --- checking input ------------------------------------------------------------------------------------------


def _text(value: str | None, limit: int, what: str) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ServiceError(f"{what} is longer than {limit} characters.")
    return value


def _reason(reason: str | None) -> str:
    reason = _text(reason, 500, "The reason")
    if not reason:
        raise ServiceError("Say why (it goes into the audit trail).")
    return reason


def _source(source: str | None) -> str:
    source = _text(source, 40, "The source")
    if not source:
        raise ServiceError("Say where the contact point comes from (the consumer, the client, a skip trace...).")
    return source


def _consent(consent: bool, at: dt.datetime | None, how: str | None) -> tuple[dt.datetime | None, str | None]:
    if not consent:
        return None, None
    how = _text(how, 40, "How consent was given")
    if not how:
        raise ServiceError("Say how the consent was given (verbal, written, electronic...).")
    at = at or utcnow()
    if at.tzinfo is None:
        raise ServiceError("When consent was given needs a time zone.")
    if at > utcnow() + dt.timedelta(minutes=5):
        raise ServiceError("Consent cannot have been given in the future.")
    return at.astimezone(UTC), how


def check_phone(number: str, country: str = "US") -> tuple[str, str]:
    """(E.164, national digits) of a number written any way, or ServiceError saying why it is not a number."""
    text = (number or "").strip()
    if not text:
        raise ServiceError("Type the phone number.")
    try:
        e164, digits, _guess = parse_phone(text, country if country in ("US", "CA") else "US")
    except FieldError as exc:
        raise ServiceError(f"{text} {exc}.") from None
    return e164, digits


def check_address(given: AddressInput) -> dict[str, Any]:
    """The address's columns, or ServiceError: a US ZIP must exist and lie in the state given."""
    country = COUNTRIES.get((given.country or "US").strip().upper())
    if country is None:
        raise ServiceError(f"The country is US or CA, not {given.country}.")
    line1 = _text(given.line1, 200, "The street address")
    if not line1:
        raise ServiceError("Type the street address.")
    if not (given.zip or "").strip():
        raise ServiceError("Type the ZIP / postal code: it tells the guardrails the consumer's time zone.")
    state, postal, errors = read_place(country, given.state or "", given.zip or "")
    if errors:
        key, message = errors[0]
        value = given.zip if key == "zip" else given.state
        raise ServiceError(f"{FIELD_NAMES[key]} {value.strip()} {message}.")
    return {"line1": line1, "line2": _text(given.line2, 200, "The second address line") or None,
            "city": _text(given.city, 100, "The city") or None, "region": state, "postal_code": postal,
            "country": country, "current": given.current, "source": _source(given.source)}


def check_email(address: str) -> str:
    text = (address or "").strip().lower()
    if not text:
        raise ServiceError("Type the email address.")
    if len(text) > 254 or not EMAIL.match(text):
        raise ServiceError(f"{address.strip()} is not an email address.")
    return text


def _phone_type(value: PhoneType | str) -> PhoneType:
    try:
        return PhoneType(value)
    except ValueError:
        raise ServiceError(f"The phone type is one of {', '.join(t.value for t in PhoneType)}.") from None


def _person_country(session: Session, person_id: uuid.UUID) -> str:
    country = session.scalar(sa.select(Address.country).where(
        Address.person_id == person_id, Address.current.is_(True)).order_by(Address.created_at).limit(1))
    return country or "US"


def _snapshot(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(row, f) for f in fields}


PHONE_FIELDS = ("e164", "type", "source", "consent", "consent_at", "consent_how", "primary", "bad_number",
                "bad_reason", "do_not_call")
ADDRESS_FIELDS = ("line1", "line2", "city", "region", "postal_code", "country", "current", "bad_address", "source")
EMAIL_FIELDS = ("address", "employer_provided", "consent", "consent_at", "consent_how", "consumer_used", "source",
                "opted_out")


# --- the three shapes of a change: add, correct, mark -----------------------------------------------------------

Values = Callable[[Session, uuid.UUID, "uuid.UUID | None"], dict[str, Any]]
# kind -> (model, the fields audited, what a user calls it)
MODELS: dict[str, tuple[type, tuple[str, ...], str]] = {
    "phone": (Phone, PHONE_FIELDS, "phone number"), "address": (Address, ADDRESS_FIELDS, "address"),
    "email": (Email, EMAIL_FIELDS, "email address")}


def _add(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
         kind: str, values: Values, reason: str, *, restricts: bool = False) -> PointResult:
    model, fields, _name = MODELS[kind]
    why = _reason(reason)
    with session_factory() as session, session.begin():
        account = _account(session, actor, account_id, person_id, restricts=restricts)
        row = model(person_id=person_id, **values(session, person_id, None))
        session.add(row)
        session.flush()
        if kind == "phone":
            _only_primary(session, person_id, row)
        audit.record(session, actor, f"{kind}.added", kind, row.id, account_id=account.id,
                     after={"person_id": person_id, **_snapshot(row, fields)}, reason=why)
        return PointResult(kind, row.id, tuple(_refresh_person(session, person_id) or [account.id]))


def _change(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, kind: str,
            point_id: uuid.UUID, action: str, change: Callable[[Session, Any], None], reason: str, *,
            restricts: bool = False) -> PointResult:
    """Change one contact point in place (`change(session, row)`), audited with its fields before and after."""
    model, fields, name = MODELS[kind]
    why = _reason(reason)
    with session_factory() as session, session.begin():
        row = session.get(model, point_id)
        if row is None:
            raise ServiceError(f"That {name} no longer exists.")
        account = _account(session, actor, account_id, row.person_id, restricts=restricts)
        before = _snapshot(row, fields)
        change(session, row)
        after = _snapshot(row, fields)
        if after == before:
            raise ServiceError(f"Nothing to change: the {name} is on file as given.")
        audit.record(session, actor, f"{kind}.{action}", kind, row.id, account_id=account.id, before=before,
                     after=after, reason=why)
        return PointResult(kind, row.id, tuple(_refresh_person(session, row.person_id) or [account.id]))


def _refuse_repeat(session: Session, model: Any, same: Any, person_id: uuid.UUID, exclude: uuid.UUID | None,
                   shown: str) -> None:
    """ServiceError if the person already has this number or address (other than the row being corrected)."""
    found = session.scalar(sa.select(model.id).where(model.person_id == person_id, same,
                                                     model.id != exclude if exclude else sa.true()))
    if found is not None:
        raise ServiceError(f"{shown} is already on file for this person.")


def _correction(kind: str, values: Values) -> Callable[[Session, Any], None]:
    def change(session: Session, row: Any) -> None:
        for key, value in values(session, row.person_id, row.id).items():
            setattr(row, key, value)
        if kind == "phone":
            _only_primary(session, row.person_id, row)
    return change


# --- phones --------------------------------------------------------------------------------------------------


def _phone_values(given: PhoneInput) -> Values:
    def values(session: Session, person_id: uuid.UUID, exclude: uuid.UUID | None) -> dict[str, Any]:
        e164, digits = check_phone(given.number, _person_country(session, person_id))
        _refuse_repeat(session, Phone, Phone.e164 == e164, person_id, exclude, given.number.strip())
        consent_at, consent_how = _consent(given.consent, given.consent_at, given.consent_how)
        return {"e164": e164, "digits": digits, "type": _phone_type(given.type), "source": _source(given.source),
                "consent": given.consent, "consent_at": consent_at, "consent_how": consent_how,
                "primary": given.primary}
    return values


def _only_primary(session: Session, person_id: uuid.UUID, phone: Phone) -> None:
    if phone.primary:
        for other in session.scalars(sa.select(Phone).where(Phone.person_id == person_id, Phone.id != phone.id,
                                                            Phone.primary.is_(True))):
            other.primary = False


def add_phone(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
              given: PhoneInput, reason: str) -> PointResult:
    """A new number for a party of the account (the consumer gave it on a call, a skip trace found it...)."""
    return _add(session_factory, actor, account_id, person_id, "phone", _phone_values(given), reason)


def correct_phone(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, phone_id: uuid.UUID,
                  given: PhoneInput, reason: str) -> PointResult:
    """Correct a number on file: its digits, type, source, consent. A bad-number mark stays."""
    return _change(session_factory, actor, account_id, "phone", phone_id, "corrected",
                   _correction("phone", _phone_values(given)), reason)


def mark_phone_bad(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, phone_id: uuid.UUID,
                   why_bad: str, reason: str | None = None) -> PointResult:
    """The number is wrong (not the consumer's) or disconnected: not called again, and its zones no longer count."""
    if why_bad not in BAD_PHONE_REASONS:
        raise ServiceError(f"A number is marked bad as {' or '.join(BAD_PHONE_REASONS)}.")

    def change(_session: Session, phone: Any) -> None:
        phone.bad_number, phone.bad_reason, phone.primary = True, why_bad, False

    return _change(session_factory, actor, account_id, "phone", phone_id, "marked_bad", change,
                   reason or BAD_PHONE_REASONS[why_bad], restricts=True)


# --- addresses -----------------------------------------------------------------------------------------------


def _address_values(given: AddressInput) -> Values:
    checked = check_address(given)  # before any transaction: a bad ZIP is refused without touching the database
    return lambda _session, _person_id, _exclude: dict(checked)


def add_address(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
                given: AddressInput, reason: str) -> PointResult:
    """A new address (current unless said otherwise); the addresses already on file stay as they are."""
    return _add(session_factory, actor, account_id, person_id, "address", _address_values(given), reason,
                restricts=not given.current)


def correct_address(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                    address_id: uuid.UUID, given: AddressInput, reason: str) -> PointResult:
    return _change(session_factory, actor, account_id, "address", address_id, "corrected",
                   _correction("address", _address_values(given)), reason)


def retire_address(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                   address_id: uuid.UUID, reason: str, *, bad: bool = False) -> PointResult:
    """The consumer no longer lives there (an old address), or mail comes back from it (`bad`: a bad address). It
    stays on file; it no longer counts for the time zones nor receives letters."""
    def change(_session: Session, address: Any) -> None:
        if not address.current and (address.bad_address or not bad):
            raise ServiceError("That address is already retired.")
        address.current = False
        address.bad_address = address.bad_address or bad

    return _change(session_factory, actor, account_id, "address", address_id, "marked_bad" if bad else "retired",
                   change, reason, restricts=True)


# --- emails --------------------------------------------------------------------------------------------------


def _email_values(given: EmailInput) -> Values:
    def values(session: Session, person_id: uuid.UUID, exclude: uuid.UUID | None) -> dict[str, Any]:
        address = check_email(given.address)
        _refuse_repeat(session, Email, sa.func.lower(Email.address) == address, person_id, exclude, address)
        consent_at, consent_how = _consent(given.consent, given.consent_at, given.consent_how)
        return {"address": address, "employer_provided": given.employer_provided, "consent": given.consent,
                "consent_at": consent_at, "consent_how": consent_how, "consumer_used": given.consumer_used,
                "source": _source(given.source)}
    return values


def add_email(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
              given: EmailInput, reason: str) -> PointResult:
    return _add(session_factory, actor, account_id, person_id, "email", _email_values(given), reason)


def correct_email(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, email_id: uuid.UUID,
                  given: EmailInput, reason: str) -> PointResult:
    return _change(session_factory, actor, account_id, "email", email_id, "corrected",
                   _correction("email", _email_values(given)), reason)


# --- what the editor shows -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PhonePoint:
    id: uuid.UUID
    e164: str
    type: str
    source: str | None
    primary: bool
    consent: bool
    consent_at: dt.datetime | None
    consent_how: str | None
    bad_number: bool
    bad_reason: str | None
    do_not_call: bool
    zones: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class AddressPoint:
    id: uuid.UUID
    line1: str | None
    line2: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str
    current: bool
    bad_address: bool
    source: str | None
    zones: tuple[str, ...]

    @property
    def text(self) -> str:
        return ", ".join(x for x in (self.line1, self.line2, self.city, self.region, self.postal_code, self.country)
                         if x)


@dataclasses.dataclass(frozen=True)
class EmailPoint:
    id: uuid.UUID
    address: str
    employer_provided: bool
    consent: bool
    consent_at: dt.datetime | None
    consent_how: str | None
    consumer_used: bool
    opted_out: bool
    source: str | None


@dataclasses.dataclass(frozen=True)
class PartyPoints:
    person_id: uuid.UUID
    name: str
    role: str
    phones: tuple[PhonePoint, ...]
    addresses: tuple[AddressPoint, ...]
    emails: tuple[EmailPoint, ...]
    zones: tuple[str, ...]   # compliance.location.person_zones: what the queue keeps for a consumer


def load_points(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[PartyPoints]:
    """Every party of the account with every contact point on file (bad and old ones too), consumer first."""
    from ...compliance import location
    from ...compliance.model import Address as AddressFacts
    from ...models import AccountParty, Person
    from ...models.enums import PartyRole
    from .. import access
    from .workspace import candidate_zones

    order = {PartyRole.CONSUMER: 0, PartyRole.COSIGNER: 1, PartyRole.ATTORNEY: 2, PartyRole.THIRD_PARTY: 3}
    with session_factory() as session:
        access.require_account(session, actor, account_id)
        parties = session.execute(sa.select(AccountParty.role, Person).join(Person, Person.id == AccountParty.person_id)
                                  .where(AccountParty.account_id == account_id)).all()
        out = []
        for role, person in sorted(parties, key=lambda p: (order.get(PartyRole(p[0]), 9), p[1].created_at)):
            phones = tuple(PhonePoint(p.id, p.e164, str(p.type), p.source, p.primary, p.consent, p.consent_at,
                                      p.consent_how, p.bad_number, p.bad_reason, p.do_not_call,
                                      location.phone_zones(p.e164)) for p in person.phones)
            addresses = tuple(AddressPoint(a.id, a.line1, a.line2, a.city, a.region, a.postal_code, a.country,
                                           a.current, a.bad_address, a.source,
                                           location.address_place(AddressFacts(a.postal_code, a.region, a.country))[3])
                              for a in person.addresses)
            emails = tuple(EmailPoint(e.id, e.address, e.employer_provided, e.consent, e.consent_at, e.consent_how,
                                      e.consumer_used, e.opted_out, e.source) for e in person.emails)
            out.append(PartyPoints(person.id, person.full_name, str(role), phones, addresses, emails,
                                   candidate_zones(person)))
        return out
