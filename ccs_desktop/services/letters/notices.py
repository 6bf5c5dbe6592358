"""Letters: the Reg F validation notice (singly and in batches for new placements) and template letters.

Every letter is kept with the account as a Letter row (the PDF bytes and their SHA-256) and is recorded as a contact
of channel ``letter`` through the contact service, so the guardrails decide whether it may go out: a validation
notice, reminder or offer is a ``collection`` letter (refused while a dispute holds collection, or after a cease
request); the verification of a dispute is a ``verification`` letter (allowed during the hold, and sending it
lifts the hold); the acknowledgement of a cease request is a ``cease_notice`` letter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import string
import uuid
import zoneinfo
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ... import paths
from ...models import (
    Account,
    AccountParty,
    Address,
    AppSetting,
    BalanceTransaction,
    Client,
    Dispute,
    DisputeType,
    Letter,
    LetterTemplate,
    Person,
    Placement,
    new_id,
    to_money,
    utcnow,
)
from ...models.base import MoneyError
from ...models.enums import AccountStatus, Channel, DisputeStatus, Language, PartyRole, Role, TransactionKind
from .. import access, audit
from ..contacts import attempts
from ..accounts import disputes
from ..contacts.attempts import ContactBlocked
from ..context import Actor, PermissionDenied, ServiceError
from .pdf import (
    Agency,
    NoticeData,
    TemplateLetter,
    format_date,
    format_money,
    template_letter_pdf,
    validation_notice_pdf,
)

UTC = dt.timezone.utc
ZERO = Decimal("0.00")
AGENCY_SETTING_KEY = "letters.agency"
VALIDATION_NOTICE = "validation_notice"
PURPOSES = ("collection", "verification", "cease_notice")
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
# Placeholders a template may use; `{reference}`-style, filled per account (see docs/letters.md).
PLACEHOLDERS = (
    "agency_name", "agency_phone", "agency_hours", "agency_website", "agency_email", "agency_address",
    "consumer_name", "account_number", "reference", "creditor", "original_creditor", "balance", "principal",
    "interest", "fees", "itemization_date", "itemization_amount", "today",
    "dispute_received_on", "dispute_type", "dispute_amount",
    "payment_amount", "payment_due", "settlement_amount", "settlement_due",
)
# Values the caller must give (the account cannot say them).
CALLER_VALUES = {"payment_amount": "money", "payment_due": "date", "settlement_amount": "money",
                 "settlement_due": "date"}


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
    amount: Decimal            # what was owed on the itemization date
    interest: Decimal          # charged since then
    fees: Decimal              # fees and costs charged since then
    payments_credits: Decimal  # paid or credited since then
    current: Decimal

    def balances(self) -> bool:
        return self.amount + self.interest + self.fees - self.payments_credits == self.current


def itemization(session: Session, account: Account) -> Itemization:
    """Reg F 1006.34(c)(2): the amount on the itemization date and what changed it since, from the account's
    balance transactions. The amount on the itemization date is derived so that the table always adds up to
    the current balance."""
    item_date = _itemization_date(account)
    return _itemize(account, item_date, session.scalars(sa.select(BalanceTransaction).where(
        BalanceTransaction.account_id == account.id, BalanceTransaction.effective_on > item_date)))


def _itemization_date(account: Account) -> dt.date:
    return account.itemization_date or account.charge_off_date or account.placed_on or account.created_at.date()


def _itemize(account: Account, item_date: dt.date, transactions: Iterable[BalanceTransaction]) -> Itemization:
    """The itemization from the account's transactions effective after the itemization date."""
    interest = fees = paid = ZERO
    for t in transactions:
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
    current = account.balance
    amount = current - interest - fees + paid
    return Itemization(item_date, amount, interest, fees, paid, current)


def _consumer(session: Session, account: Account) -> Person:
    return _require_consumer(account, session.scalar(
        sa.select(Person).join(AccountParty, AccountParty.person_id == Person.id).where(
            AccountParty.account_id == account.id, AccountParty.role == PartyRole.CONSUMER)))


def _require_consumer(account: Account, person: Person | None) -> Person:
    if person is None:
        raise ServiceError(f"account {account.client_account_number} has no consumer to write to")
    return person


def _good_addresses(person_ids: Iterable[uuid.UUID]) -> sa.Select:
    """The people's current good addresses, newest first."""
    return (sa.select(Address).where(Address.person_id.in_(list(person_ids)), Address.current.is_(True),
                                     Address.bad_address.is_(False)).order_by(Address.created_at.desc()))


def mailing_address(session: Session, person: Person) -> tuple[str, ...]:
    return _address_lines(person, session.scalar(_good_addresses([person.id]).limit(1)))


def _address_lines(person: Person, address: Address | None) -> tuple[str, ...]:
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


def _language(person: Person, language: Language | str | None) -> str:
    value = str(language) if language else str(person.language or Language.EN)
    if value not in (Language.EN.value, Language.ES.value):
        raise ServiceError(f"letters are written in English or Spanish, not {value!r}")
    return value


def notice_data(session: Session, account: Account, today: dt.date, agency: Agency | None = None) -> NoticeData:
    agency = agency or agency_profile(session)
    person = _consumer(session, account)
    client = session.get(Client, account.client_id)
    item = itemization(session, account)
    return _notice(agency, account, client, item, person.full_name, mailing_address(session, person), today)


def _notice(agency: Agency, account: Account, client: Client, item: Itemization, consumer_name: str,
            consumer_address: tuple[str, ...], today: dt.date) -> NoticeData:
    return NoticeData(
        agency=agency, reference=reference_number(account), notice_date=today, consumer_name=consumer_name,
        consumer_address=consumer_address, creditor=client.name,
        original_creditor=account.original_creditor or client.name, account_number=account.client_account_number,
        itemization_date=item.date, itemization_amount=item.amount, interest=item.interest, fees=item.fees,
        payments_credits=item.payments_credits, current_amount=item.current,
        validation_end=disputes.validation_period_end(today), currency=account.currency)


class _ChunkFacts:
    """What the notices of a chunk of accounts are made from, read in a few queries for the whole chunk (the
    same rows `notice_data` reads per account)."""

    def __init__(self, session: Session, account_ids: Sequence[uuid.UUID]) -> None:
        self.session = session
        ids = list(account_ids)
        self.accounts = {a.id: a for a in session.scalars(sa.select(Account).where(Account.id.in_(ids)))}
        self.clients = {c.id: c for c in session.scalars(
            sa.select(Client).where(Client.id.in_({a.client_id for a in self.accounts.values()})))}
        self.consumers: dict[uuid.UUID, Person] = {}
        for account_id, person in session.execute(
                sa.select(AccountParty.account_id, Person).join(Person, Person.id == AccountParty.person_id)
                .where(AccountParty.account_id.in_(ids), AccountParty.role == PartyRole.CONSUMER)):
            self.consumers.setdefault(account_id, person)
        self.transactions: dict[uuid.UUID, list[BalanceTransaction]] = {i: [] for i in ids}
        for t in session.scalars(sa.select(BalanceTransaction).where(BalanceTransaction.account_id.in_(ids))):
            self.transactions[t.account_id].append(t)
        self.addresses: dict[uuid.UUID, Address] = {}
        for address in session.scalars(_good_addresses({p.id for p in self.consumers.values()})):
            self.addresses.setdefault(address.person_id, address)

    def people(self) -> set[uuid.UUID]:
        return {p.id for p in self.consumers.values()}

    def account(self, account_id: uuid.UUID) -> Account:
        account = self.accounts.get(account_id)
        if account is None:
            raise ServiceError("no such account")
        return account

    def consumer(self, account: Account) -> Person:
        return _require_consumer(account, self.consumers.get(account.id))

    def notice_data(self, account: Account, person: Person, today: dt.date, agency: Agency) -> NoticeData:
        client = self.clients[account.client_id]
        item_date = _itemization_date(account)
        item = _itemize(account, item_date, (t for t in self.transactions[account.id] if t.effective_on > item_date))
        return _notice(agency, account, client, item, person.full_name,
                       _address_lines(person, self.addresses.get(person.id)), today)


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


def _new_letter(actor: Actor, account: Account, person: Person, kind: str, language: str, pdf: bytes,
                today: dt.date, now: dt.datetime, batch_id: uuid.UUID | None, letter_id: uuid.UUID | None = None,
                ) -> Letter:
    return Letter(id=letter_id or new_id(), account_id=account.id, person_id=person.id, kind=kind,
                  language=Language(language), created_at_local=today, created_by=actor.user_id, pdf=pdf,
                  pdf_sha256=hashlib.sha256(pdf).hexdigest(), sent_at=now, batch_id=batch_id)


def _letter_attempt(account: Account, person: Person, kind: str, language: str, purpose: str,
                    letter_id: uuid.UUID, now: dt.datetime, note: str | None = None) -> attempts.AttemptInput:
    return attempts.AttemptInput(
        account_id=account.id, person_id=person.id, channel=Channel.LETTER, result_code="SENT", purpose=purpose,
        letter_id=letter_id, notes=note or f"Letter sent: {kind.replace('_', ' ')} ({language})", at=now)


def _sent_event(letter: Letter, purpose: str, attempt: Any) -> audit.Pending:
    return audit.Pending("letter.sent", "letter", letter.id, account_id=letter.account_id,
                         after={"kind": letter.kind, "language": str(letter.language), "sha256": letter.pdf_sha256,
                                "bytes": len(letter.pdf), "purpose": purpose, "batch_id": letter.batch_id,
                                "contact_id": attempt.id}, at=utcnow())


def _store_and_send_in(session: Session, actor: Actor, account: Account, person: Person, kind: str, language: str,
                       pdf: bytes, today: dt.date, purpose: str, *, batch_id: uuid.UUID | None = None,
                       note: str | None = None) -> tuple[Letter, Any]:
    """Keep the PDF and record the letter as a contact (the guardrails may refuse: ContactBlocked)."""
    now = utcnow()
    letter = _new_letter(actor, account, person, kind, language, pdf, today, now, batch_id)
    session.add(letter)
    session.flush()
    attempt = attempts.record_attempt_in(session, actor,
                                         _letter_attempt(account, person, kind, language, purpose, letter.id, now, note))
    audit.record_many(session, actor, [_sent_event(letter, purpose, attempt)])
    return letter, attempt


def _view(letter: Letter, contact_id: uuid.UUID | None = None) -> LetterView:
    return LetterView(letter.id, letter.account_id, letter.kind, str(letter.language), letter.created_at_local,
                      letter.sent_at, letter.pdf_sha256, len(letter.pdf or b""), contact_id)


def _refused(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, kind: str,
             blocked: Exception) -> None:
    decision = getattr(blocked, "decision", None)
    with session_factory() as session, session.begin():
        audit.record(session, actor, "letter.refused", "account", account_id, account_id=account_id,
                     after={"kind": kind, "reasons": [r.code for r in decision.reasons] if decision else [],
                            "message": str(blocked)})


def _send_notice_in(session: Session, actor: Actor, account: Account, language: Language | str | None,
                    today: dt.date, agency: Agency, batch_id: uuid.UUID | None = None) -> tuple[Letter, Any]:
    if account.status != AccountStatus.OPEN:
        raise ServiceError(f"account {account.client_account_number} is {account.status}: no notice is sent")
    person = _consumer(session, account)
    lang = _language(person, language)
    data = notice_data(session, account, today, agency)
    pdf = validation_notice_pdf(data, lang)
    letter, attempt = _store_and_send_in(session, actor, account, person, VALIDATION_NOTICE, lang, pdf, today,
                                         "collection", batch_id=batch_id)
    account.validation_notice_sent_on = today
    return letter, attempt


def _send_batched_notice(session: Session, actor: Actor, batch: attempts.ContactBatch, facts: _ChunkFacts,
                         account: Account, language: Language | str | None, today: dt.date, agency: Agency,
                         batch_id: uuid.UUID) -> Letter:
    """`_send_notice_in` for a batch: the same checks in the same order and the same engine deciding, on facts
    read for the whole chunk. Nothing is written for an account that is refused or skipped, so no savepoint is
    needed; the PDF is drawn only for a letter the guardrails allow."""
    if account.status != AccountStatus.OPEN:
        raise ServiceError(f"account {account.client_account_number} is {account.status}: no notice is sent")
    person = facts.consumer(account)
    lang = _language(person, language)
    data = facts.notice_data(account, person, today, agency)
    now = utcnow()
    letter_id = new_id()
    attempt = batch.record(_letter_attempt(account, person, VALIDATION_NOTICE, lang, "collection", letter_id, now))
    letter = _new_letter(actor, account, person, VALIDATION_NOTICE, lang, validation_notice_pdf(data, lang), today,
                         now, batch_id, letter_id)
    session.add(letter)
    batch.events.append(_sent_event(letter, "collection", attempt))
    account.validation_notice_sent_on = today
    return letter


def send_validation_notice(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                           language: Language | str | None = None) -> LetterView:
    """Generate the validation notice of one account, keep it and record it as sent."""
    try:
        with session_factory() as session, session.begin():
            account = access.require_workable(session, actor, account_id)
            agency = agency_profile(session)
            letter, attempt = _send_notice_in(session, actor, account, language, local_today(agency), agency)
            return _view(letter, attempt.id)
    except ContactBlocked as blocked:
        _refused(session_factory, actor, account_id, VALIDATION_NOTICE, blocked)
        raise


# --- batches for new placements ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PlacementChoice:
    placement_id: uuid.UUID
    label: str
    received_at: dt.datetime
    pending: int


def _pending_query(actor: Actor, placement_id: uuid.UUID | None = None) -> sa.Select:
    noticed = sa.select(Letter.id).where(Letter.account_id == Account.id, Letter.kind == VALIDATION_NOTICE)
    # A notice sent outside the app (loaded with the placement) counts: sending another would restart the period.
    query = sa.select(Account.id).where(Account.status == AccountStatus.OPEN, ~sa.exists(noticed),
                                        Account.validation_notice_sent_on.is_(None), access.visible_accounts(actor))
    if placement_id is not None:
        query = query.where(Account.placement_id == placement_id)
    return query


def placements_needing_notices(session_factory: Callable[[], Session], actor: Actor) -> list[PlacementChoice]:
    """Placements with open accounts that have no validation notice yet (no letter, no date on file), newest first."""
    actor.require(Role.SUPERVISOR, Role.ADMIN, action="send validation notices in a batch")
    with session_factory() as session:
        pending = _pending_query(actor).add_columns(Account.placement_id).subquery()
        rows = session.execute(
            sa.select(Placement.id, Placement.received_at, Placement.file_name, Client.name,
                      sa.func.count(pending.c.id))
            .join(Client, Client.id == Placement.client_id)
            .join(pending, pending.c.placement_id == Placement.id)
            .group_by(Placement.id, Placement.received_at, Placement.file_name, Client.name)
            .order_by(Placement.received_at.desc())).all()
    return [PlacementChoice(r[0], f"{r[3]} — {r[2] or 'placement'} ({r[1]:%Y-%m-%d})", r[1], r[4]) for r in rows]


def accounts_needing_notice(session_factory: Callable[[], Session], actor: Actor,
                            placement_id: uuid.UUID | None = None, limit: int | None = None) -> list[uuid.UUID]:
    actor.require(Role.SUPERVISOR, Role.ADMIN, action="send validation notices in a batch")
    with session_factory() as session:
        query = _pending_query(actor, placement_id).order_by(Account.id)
        if limit:
            query = query.limit(limit)
        return list(session.scalars(query))


@dataclasses.dataclass
class BatchResult:
    batch_id: uuid.UUID
    requested: int
    sent: list[uuid.UUID] = dataclasses.field(default_factory=list)         # letter ids
    skipped: list[tuple[uuid.UUID, str]] = dataclasses.field(default_factory=list)  # (account id, why)
    cancelled: bool = False

    def summary(self) -> str:
        text = f"{len(self.sent):,} of {self.requested:,} validation notices generated and recorded as sent"
        if self.skipped:
            text += f"; {len(self.skipped):,} skipped"
        if self.cancelled:
            text += "; cancelled before the end (the notices already made are kept)"
        return text + "."


def generate_validation_notices(session_factory: Callable[[], Session], actor: Actor,
                                account_ids: Sequence[uuid.UUID], *, language: Language | str | None = None,
                                progress: Callable[[int, int], None] | None = None,
                                cancelled: Callable[[], bool] | None = None, chunk: int = 50) -> BatchResult:
    """Validation notices for many accounts (new placements), committed in chunks. A cancel stops before the next
    letter and keeps (commits) every letter already made; an account the guardrails refuse (or that has no good
    address) is skipped with the reason."""
    actor.require(Role.SUPERVISOR, Role.ADMIN, action="send validation notices in a batch")
    result = BatchResult(batch_id=new_id(), requested=len(account_ids))
    total = len(account_ids)
    done = 0
    if progress:
        progress(0, total)
    for start in range(0, total, chunk):
        if cancelled and cancelled():
            result.cancelled = True
            break
        with session_factory() as session, session.begin():
            agency = agency_profile(session)
            today = local_today(agency)
            ids = account_ids[start:start + chunk]
            facts = _ChunkFacts(session, ids)
            batch = attempts.ContactBatch(session, actor, facts.people())
            for account_id in ids:
                if cancelled and cancelled():
                    result.cancelled = True  # the letters of this chunk made so far are committed below
                    break
                try:
                    letter = _send_batched_notice(session, actor, batch, facts, facts.account(account_id), language,
                                                  today, agency, result.batch_id)
                    result.sent.append(letter.id)
                except ContactBlocked as blocked:
                    result.skipped.append((account_id, "; ".join(r.message for r in blocked.decision.reasons)))
                except (ServiceError, PermissionDenied) as exc:
                    result.skipped.append((account_id, str(exc)))
                done += 1
            batch.events.append(audit.Pending(
                "letters.batch", "letter_batch", result.batch_id,
                after={"kind": VALIDATION_NOTICE, "chunk_start": start, "sent_so_far": len(result.sent),
                       "skipped_so_far": len(result.skipped)}))
            batch.finish()
        if progress:
            progress(done, total)
        if result.cancelled:
            break
    return result


# --- template letters -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Template:
    code: str
    language: str
    title: str
    body: str
    purpose: str
    source: str  # "shipped" or "custom"


def shipped_templates() -> dict[tuple[str, str], Template]:
    data = json.loads(paths.resource("letters", "templates.json").read_text(encoding="utf-8"))
    return {(t["code"], t["language"]): Template(t["code"], t["language"], t["title"], t["body"], t["purpose"], "shipped")
            for t in data["templates"]}


def _templates(session: Session) -> dict[tuple[str, str], Template]:
    merged = shipped_templates()
    for row in session.scalars(sa.select(LetterTemplate).where(LetterTemplate.active.is_(True))):
        merged[(row.code, str(row.language))] = Template(row.code, str(row.language), row.title, row.body,
                                                          row.purpose, "custom")
    return merged


def list_templates(session_factory: Callable[[], Session]) -> list[Template]:
    with session_factory() as session:
        return sorted(_templates(session).values(), key=lambda t: (t.code, t.language))


def placeholders_in(body: str) -> set[str]:
    try:
        return {field for _, field, _, _ in string.Formatter().parse(body) if field is not None}
    except ValueError as exc:
        raise ServiceError(f"the template's braces do not match: {exc}") from exc


def save_template(session_factory: Callable[[], Session], actor: Actor, code: str, language: Language | str,
                  title: str, body: str, purpose: str = "collection") -> Template:
    """An admin adds a template or replaces one (a custom template wins over the shipped one of the same code)."""
    actor.require(Role.ADMIN, action="edit letter templates")
    code = (code or "").strip().lower()
    if not code or not code.replace("_", "").isalnum() or len(code) > 40:
        raise ServiceError("a template code is up to 40 letters, digits or underscores")
    if code == VALIDATION_NOTICE:
        raise ServiceError("the validation notice follows the CFPB model form and is not a template")
    language = Language(str(language))
    if purpose not in PURPOSES:
        raise ServiceError(f"a letter's purpose is one of {', '.join(PURPOSES)}")
    if not title.strip() or not body.strip():
        raise ServiceError("a template needs a title and a body")
    unknown = (placeholders_in(body) | placeholders_in(title)) - set(PLACEHOLDERS)
    if unknown:
        raise ServiceError(f"unknown placeholders: {', '.join('{' + u + '}' for u in sorted(unknown))}")
    with session_factory() as session, session.begin():
        row = session.scalar(sa.select(LetterTemplate).where(LetterTemplate.code == code,
                                                             LetterTemplate.language == language))
        before = None
        if row is None:
            row = LetterTemplate(code=code, language=language, title=title.strip(), body=body, purpose=purpose)
            session.add(row)
        else:
            before = {"title": row.title, "body": row.body, "purpose": row.purpose, "active": row.active}
            row.title, row.body, row.purpose, row.active = title.strip(), body, purpose, True
        session.flush()
        audit.record(session, actor, "letter_template.saved", "letter_template", f"{code}/{language.value}",
                     before=before, after={"title": title.strip(), "body": body, "purpose": purpose})
        return Template(code, language.value, title.strip(), body, purpose, "custom")


def _caller_value(name: str, value: Any, language: str) -> str:
    kind = CALLER_VALUES[name]
    if kind == "money":
        try:
            return format_money(to_money(value))
        except MoneyError as exc:
            raise ServiceError(f"{name.replace('_', ' ')} is not an amount: {value!r}") from exc
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ServiceError(f"{name.replace('_', ' ')} is not a date: {value!r}") from exc
    return format_date(value, language)


def _values(session: Session, account: Account, person: Person, language: str, today: dt.date, agency: Agency,
            dispute: Dispute | None, given: dict[str, Any]) -> dict[str, str]:
    client = session.get(Client, account.client_id)
    item = itemization(session, account)
    money = lambda v: format_money(v, account.currency)  # noqa: E731
    values = {
        "agency_name": agency.name, "agency_phone": agency.phone,
        "agency_hours": agency.hours_es if language == "es" else agency.hours, "agency_website": agency.website,
        "agency_email": agency.email, "agency_address": ", ".join(agency.address_lines),
        "consumer_name": person.full_name, "account_number": account.client_account_number,
        "reference": reference_number(account), "creditor": client.name,
        "original_creditor": account.original_creditor or client.name, "balance": money(account.balance),
        "principal": money(account.principal), "interest": money(account.interest), "fees": money(account.fees),
        "itemization_date": format_date(item.date, language), "itemization_amount": money(item.amount),
        "today": format_date(today, language),
    }
    if dispute is not None:
        dtype = session.get(DisputeType, dispute.type_code)
        label = (dtype.label_es if language == "es" and dtype.label_es else dtype.label) if dtype else dispute.type_code
        values.update(dispute_received_on=format_date(dispute.received_at.date(), language),
                      dispute_type=label.lower(), dispute_amount=money(dispute.amount_disputed))
    for name, value in given.items():
        if name not in CALLER_VALUES:
            raise ServiceError(f"{name!r} is not a value a letter takes from the user")
        values[name] = _caller_value(name, value, language)
    return values


def _render_template(session: Session, template: Template, account: Account, person: Person, language: str,
                     today: dt.date, agency: Agency, dispute: Dispute | None, given: dict[str, Any]) -> bytes:
    values = _values(session, account, person, language, today, agency, dispute, given)
    missing = (placeholders_in(template.body) | placeholders_in(template.title)) - set(values)
    if missing:
        raise ServiceError("this letter needs: " + ", ".join(sorted(m.replace("_", " ") for m in missing)))
    subject = {"en": "Re: {creditor}, account number {account_number}",
               "es": "Asunto: {creditor}, número de cuenta {account_number}"}[language].format(**values)
    return template_letter_pdf(TemplateLetter(
        agency=agency, reference=reference_number(account), date=today, consumer_name=person.full_name,
        consumer_address=mailing_address(session, person), subject=subject,
        title=template.title.format(**values), body=template.body.format(**values)), language)


def _send_template_in(session: Session, actor: Actor, account: Account, code: str, language: Language | str | None,
                      given: dict[str, Any], dispute: Dispute | None = None) -> tuple[Letter, Any, Template]:
    person = _consumer(session, account)
    lang = _language(person, language)
    template = _templates(session).get((code, lang))
    if template is None:
        raise ServiceError(f"there is no {code.replace('_', ' ')} letter in {'Spanish' if lang == 'es' else 'English'}")
    agency = agency_profile(session)
    today = local_today(agency)
    pdf = _render_template(session, template, account, person, lang, today, agency, dispute, given)
    letter, attempt = _store_and_send_in(session, actor, account, person, code, lang, pdf, today, template.purpose)
    return letter, attempt, template


def send_letter(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, code: str,
                language: Language | str | None = None, values: dict[str, Any] | None = None) -> LetterView:
    """Send a template letter (cease acknowledgement, payment reminder, settlement offer, an admin's own)."""
    if code == "verification_response":
        raise ServiceError("a verification is sent from its dispute (send_verification)")
    try:
        with session_factory() as session, session.begin():
            account = access.require_workable(session, actor, account_id)
            letter, attempt, _ = _send_template_in(session, actor, account, code, language, dict(values or {}))
            return _view(letter, attempt.id)
    except ContactBlocked as blocked:
        _refused(session_factory, actor, account_id, code, blocked)
        raise


def send_verification(session_factory: Callable[[], Session], actor: Actor, dispute_id: uuid.UUID,
                      language: Language | str | None = None) -> LetterView:
    """Send the verification of a dispute: the letter goes out as a `verification` contact (allowed during the
    hold), the dispute becomes "verification sent" and its collection hold lifts, in one transaction."""
    account_id = None
    try:
        with session_factory() as session, session.begin():
            dispute = session.get(Dispute, dispute_id)
            if dispute is None:
                raise ServiceError("no such dispute")
            account_id = dispute.account_id
            account = access.require_workable(session, actor, dispute.account_id)
            if DisputeStatus.VERIFICATION_SENT not in disputes.TRANSITIONS[DisputeStatus(dispute.status)]:
                raise ServiceError(f"a dispute that is {disputes.STATUS_LABELS[DisputeStatus(dispute.status)].lower()} "
                                   "cannot get a verification letter now")
            letter, attempt, _ = _send_template_in(session, actor, account, "verification_response", language, {},
                                                   dispute)
            disputes.transition_in(session, actor, dispute, DisputeStatus.VERIFICATION_SENT, at=letter.sent_at,
                                   detail="Verification letter sent", letter_id=letter.id)
            return _view(letter, attempt.id)
    except ContactBlocked as blocked:
        if account_id is not None:
            _refused(session_factory, actor, account_id, "verification_response", blocked)
        raise


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
