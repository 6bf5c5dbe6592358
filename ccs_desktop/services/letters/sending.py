"""What every letter shares: the agency's letterhead, what a letter says about the account (itemization,
consumer, mailing address, reference number), keeping the PDF and recording it as a contact, and reading kept
letters back.

Every letter is kept with the account as a Letter row (the PDF bytes and their SHA-256) and is recorded as a contact
of channel ``letter`` through the contact service (`contacts.attempts`), so the guardrails decide whether it may go
out: a validation notice, reminder or offer is a ``collection`` letter (refused while a dispute holds collection,
or after a cease request); the verification of a dispute is a ``verification`` letter (allowed during the hold, and
sending it lifts the hold); the acknowledgement of a cease request is a ``cease_notice`` letter. The validation
notice and its batches are `notices`; template letters are `template_letters`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
import zoneinfo
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (
    Account,
    AccountParty,
    Address,
    AppSetting,
    BalanceTransaction,
    Letter,
    Person,
    new_id,
    utcnow,
)
from ...models.enums import Channel, ItemizationReference, Language, PartyRole, Role, TransactionKind
from .. import access, audit
from ..contacts import attempts
from ..context import Actor, Changes, ServiceError
from .pdf import Agency

ZERO = Decimal("0.00")
AGENCY_SETTING_KEY = "letters.agency"
VALIDATION_NOTICE = "validation_notice"
DEFAULT_AGENCY: dict[str, Any] = {
    "name": "Cascade Collection Services",
    "address_lines": ["1200 Harbor Way, Suite 400", "Seattle, WA 98101"],
    "phone": "(800) 555-0142",
    "hours": "Monday to Friday, 8 a.m. to 8 p.m. Eastern",
    "hours_es": "de lunes a viernes, de 8 a.m. a 8 p.m. hora del Este",
    "website": "www.cascadecollects.example",
    "email": "disputes@cascadecollects.example",
    "time_zone": "America/New_York",
}


# --- the agency --------------------------------------------------------------------------------------------


def agency_profile(session: Session) -> Agency:
    setting = session.get(AppSetting, AGENCY_SETTING_KEY)
    values = {**DEFAULT_AGENCY, **(setting.value if setting is not None else {})}
    return Agency(name=values["name"], address_lines=tuple(values["address_lines"]), phone=values["phone"],
                  hours=values["hours"], hours_es=values["hours_es"], website=values["website"],
                  email=values["email"], time_zone=values["time_zone"])


def save_agency_profile(session_factory: Callable[[], Session], actor: Actor, **values: Any) -> Agency:
    """The admin sets the name, address, phone, hours, web site, dispute email and time zone letters show."""
    actor.require(Role.ADMIN, action="change the agency's letterhead")
    unknown = set(values) - set(DEFAULT_AGENCY)
    if unknown:
        raise ServiceError(f"unknown letterhead fields: {', '.join(sorted(unknown))}")
    if "time_zone" in values:
        try:
            zoneinfo.ZoneInfo(values["time_zone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ServiceError(f"unknown time zone {values['time_zone']!r}") from exc
    if "address_lines" in values:
        values["address_lines"] = [str(v) for v in values["address_lines"] if str(v).strip()]
    with session_factory() as session, session.begin():
        setting = session.get(AppSetting, AGENCY_SETTING_KEY)
        before = dict(setting.value) if setting is not None else None
        merged = {**(before or {}), **values}
        if setting is None:
            session.add(AppSetting(key=AGENCY_SETTING_KEY, value=merged))
        else:
            setting.value = merged
        session.flush()
        audit.record(session, actor, "settings.changed", "app_setting", AGENCY_SETTING_KEY, before=before, after=merged)
        return agency_profile(session)


def local_today(agency: Agency, now: dt.datetime | None = None) -> dt.date:
    return (now or utcnow()).astimezone(zoneinfo.ZoneInfo(agency.time_zone)).date()


# --- facts about an account ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Itemization:
    date: dt.date
    reference: ItemizationReference  # which of the five reference dates the itemization date is
    account_number: str        # the debt's account number on the itemization date (possibly truncated)
    amount: Decimal            # what was owed on the itemization date (stored, from the placement file)
    interest: Decimal          # charged since then
    fees: Decimal              # fees and costs charged since then
    payments_credits: Decimal  # paid or credited since then
    current: Decimal

    def balances(self) -> bool:
        return self.amount + self.interest + self.fees - self.payments_credits == self.current


ITEMIZATION_FACTS = (("itemization_date", "the itemization date"),
                     ("itemization_reference", "which reference date it is (last statement, charge-off, last "
                                               "payment, transaction or judgment)"),
                     ("itemization_balance", "the amount owed on it"),
                     ("itemization_account_number", "the account number on it"))


def itemization(session: Session, account: Account) -> Itemization:
    """Reg F 1006.34(c)(2): the stored itemization facts and what changed the debt since, from the account's
    balance transactions (ServiceError when a fact is missing or the transactions do not reconcile)."""
    require_itemization_facts(account)
    return itemize(account, session.scalars(sa.select(BalanceTransaction).where(
        BalanceTransaction.account_id == account.id, BalanceTransaction.effective_on > account.itemization_date)))


def require_itemization_facts(account: Account) -> None:
    """A notice is never made from invented facts: each itemization fact comes from the placement file."""
    missing = [label for key, label in ITEMIZATION_FACTS if getattr(account, key) in (None, "")]
    if missing:
        raise ServiceError(f"account {account.client_account_number}: no validation notice without its itemization "
                           f"facts; missing: {'; '.join(missing)}. They come from the client's placement file "
                           "(docs/placement-format.md).")


def itemize(account: Account, transactions: Iterable[BalanceTransaction]) -> Itemization:
    """The itemization from the account's stored itemization amount and its transactions effective after the
    itemization date: interest components → interest, fee and cost components → fees, payments (net of reversals)
    and negative adjustments → payments and credits. A placement after the itemization date carries the amount
    from it in its principal and counts its interest, fees and costs as charged since. The stored amount plus the
    changes must come to the current balance, or the notice is refused with the figures."""
    require_itemization_facts(account)
    item_date = account.itemization_date
    interest = fees = paid = ZERO
    for t in transactions:
        if t.effective_on <= item_date:
            continue
        kind = TransactionKind(t.kind)
        if kind == TransactionKind.PLACEMENT:
            interest += t.interest
            fees += t.fees + t.costs
        elif kind == TransactionKind.INTEREST:
            interest += t.total
        elif kind == TransactionKind.FEE:
            fees += t.total
        elif kind in (TransactionKind.PAYMENT, TransactionKind.REVERSAL):
            paid -= t.total
        elif t.total < 0:
            paid -= t.total
        else:
            fees += t.total
    item = Itemization(item_date, ItemizationReference(account.itemization_reference),
                       account.itemization_account_number, account.itemization_balance, interest, fees, paid,
                       account.balance)
    if not item.balances():
        reached = item.amount + interest + fees - paid
        raise ServiceError(
            f"account {account.client_account_number}: the itemization does not add up, so no validation notice: "
            f"{item.amount:,.2f} owed on {item_date:%Y-%m-%d} + {interest:,.2f} interest + {fees:,.2f} fees "
            f"- {paid:,.2f} payments and credits since then = {reached:,.2f}, but the balance now is "
            f"{item.current:,.2f}. Correct the itemization facts or the transactions first.")
    return item


def consumer_of(session: Session, account: Account) -> Person:
    return require_consumer(account, session.scalar(
        sa.select(Person).join(AccountParty, AccountParty.person_id == Person.id).where(
            AccountParty.account_id == account.id, AccountParty.role == PartyRole.CONSUMER)))


def require_consumer(account: Account, person: Person | None) -> Person:
    if person is None:
        raise ServiceError(f"account {account.client_account_number} has no consumer to write to")
    return person


def good_addresses(person_ids: Iterable[uuid.UUID]) -> sa.Select:
    """The people's current good addresses, newest first."""
    return (sa.select(Address).where(Address.person_id.in_(list(person_ids)), Address.current.is_(True),
                                     Address.bad_address.is_(False)).order_by(Address.created_at.desc()))


def mailing_address(session: Session, person: Person) -> tuple[str, ...]:
    return address_lines(person, session.scalar(good_addresses([person.id]).limit(1)))


def address_lines(person: Person, address: Address | None) -> tuple[str, ...]:
    if address is None or not address.line1:
        raise ServiceError(f"{person.full_name} has no good mailing address")
    city = " ".join(p for p in (f"{address.city}," if address.city else None, address.region, address.postal_code) if p)
    lines = [address.line1] + ([address.line2] if address.line2 else []) + ([city] if city else [])
    if address.country and address.country != "US":
        lines.append({"CA": "CANADA"}.get(address.country, address.country))
    return tuple(lines)


def reference_number(account: Account) -> str:
    """The number the consumer quotes on a payment or a form: stable per account."""
    return f"R-{account.id.hex[-10:].upper()}"


def letter_language(person: Person, language: Language | str | None) -> str:
    value = str(language) if language else str(person.language or Language.EN)
    if value not in (Language.EN.value, Language.ES.value):
        raise ServiceError(f"letters are written in English or Spanish, not {value!r}")
    return value


# --- storing and sending --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class LetterView:
    id: uuid.UUID
    account_id: uuid.UUID
    kind: str
    language: str
    date: dt.date
    sent_at: dt.datetime | None
    pdf_sha256: str | None
    size: int
    contact_id: uuid.UUID | None = None

    @property
    def changes(self) -> Changes:
        return Changes(accounts=frozenset({self.account_id}), letters=True, contacts=self.contact_id is not None)


def new_letter(actor: Actor, account: Account, person: Person, kind: str, language: str, pdf: bytes,
                today: dt.date, now: dt.datetime, batch_id: uuid.UUID | None, letter_id: uuid.UUID | None = None,
                ) -> Letter:
    return Letter(id=letter_id or new_id(), account_id=account.id, person_id=person.id, kind=kind,
                  language=Language(language), created_at_local=today, created_by=actor.user_id, pdf=pdf,
                  pdf_sha256=hashlib.sha256(pdf).hexdigest(), sent_at=now, batch_id=batch_id)


def letter_attempt(account: Account, person: Person, kind: str, language: str, purpose: str,
                    letter_id: uuid.UUID, now: dt.datetime, note: str | None = None) -> attempts.AttemptInput:
    return attempts.AttemptInput(
        account_id=account.id, person_id=person.id, channel=Channel.LETTER, result_code="SENT", purpose=purpose,
        letter_id=letter_id, notes=note or f"Letter sent: {kind.replace('_', ' ')} ({language})", at=now)


def sent_event(letter: Letter, purpose: str, attempt: Any) -> audit.Pending:
    return audit.Pending("letter.sent", "letter", letter.id, account_id=letter.account_id,
                         after={"kind": letter.kind, "language": str(letter.language), "sha256": letter.pdf_sha256,
                                "bytes": len(letter.pdf), "purpose": purpose, "batch_id": letter.batch_id,
                                "contact_id": attempt.id}, at=utcnow())


def store_and_send_in(session: Session, actor: Actor, account: Account, person: Person, kind: str, language: str,
                       pdf: bytes, today: dt.date, purpose: str, *, batch_id: uuid.UUID | None = None,
                       note: str | None = None) -> tuple[Letter, Any]:
    """Keep the PDF and record the letter as a contact (the guardrails may refuse: ContactBlocked)."""
    now = utcnow()
    letter = new_letter(actor, account, person, kind, language, pdf, today, now, batch_id)
    session.add(letter)
    session.flush()
    attempt = attempts.record_attempt_in(session, actor,
                                         letter_attempt(account, person, kind, language, purpose, letter.id, now, note))
    audit.record_many(session, actor, [sent_event(letter, purpose, attempt)])
    return letter, attempt


def letter_view(letter: Letter, contact_id: uuid.UUID | None = None) -> LetterView:
    return LetterView(letter.id, letter.account_id, letter.kind, str(letter.language), letter.created_at_local,
                      letter.sent_at, letter.pdf_sha256, len(letter.pdf or b""), contact_id)


def record_refusal(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, kind: str,
             blocked: Exception) -> None:
    decision = getattr(blocked, "decision", None)
    with session_factory() as session, session.begin():
        audit.record(session, actor, "letter.refused", "account", account_id, account_id=account_id,
                     after={"kind": kind, "reasons": [r.code for r in decision.reasons] if decision else [],
                            "message": str(blocked)})


# --- reading letters ------------------------------------------------------------------------------------


def list_letters(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[LetterView]:
    with session_factory() as session:
        access.require_workable(session, actor, account_id, write=False)
        rows = session.execute(
            sa.select(Letter.id, Letter.account_id, Letter.kind, Letter.language, Letter.created_at_local,
                      Letter.sent_at, Letter.pdf_sha256, sa.func.length(Letter.pdf))
            .where(Letter.account_id == account_id).order_by(Letter.created_at.desc())).all()
    return [LetterView(r[0], r[1], r[2], str(r[3]), r[4], r[5], r[6], r[7] or 0) for r in rows]


def letter_pdf(session_factory: Callable[[], Session], actor: Actor, letter_id: uuid.UUID) -> bytes:
    """The kept PDF, checked against its SHA-256 (a mismatch means the stored letter was altered)."""
    with session_factory() as session:
        letter = session.get(Letter, letter_id)
        if letter is None or letter.pdf is None:
            raise ServiceError("no such letter")
        access.require_workable(session, actor, letter.account_id, write=False)
        if hashlib.sha256(letter.pdf).hexdigest() != letter.pdf_sha256:
            raise ServiceError("the stored letter does not match its fingerprint: it was altered after it was sent")
        return letter.pdf
