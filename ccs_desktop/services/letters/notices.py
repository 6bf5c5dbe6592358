"""The Reg F validation notice: one account's, and batches of them for new placements.

A notice is made only from the account's stored itemization facts (`sending.itemization`: refused, naming the
account and the reason, when one is missing or the transactions since the itemization date do not reconcile), and a
notice in Spanish is always mailed with the English notice in the same PDF (`pdf.validation_notice_pdf`, Reg F
1006.34(e)), so an account leaves the pending list only once its English notice is made.

A notice is a ``collection`` letter kept and recorded as a contact like every letter (`sending`). A batch works in
chunks: the chunk's consumers are locked together and their guardrail facts, history, notice data and leases are
read once (`contacts.attempts.ContactBatch`, `_ChunkFacts`); each notice is decided by the same engine as a single
one, and a cancel keeps every notice already made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...access_rule import Capability
from ...models import (
    Account,
    AccountParty,
    Address,
    BalanceTransaction,
    Client,
    Letter,
    Person,
    Placement,
    new_id,
    utcnow,
)
from ...models.enums import AccountStatus, Language, PartyRole
from .. import access, audit
from ..accounts import disputes
from ..contacts import attempts
from ..contacts.attempts import ContactBlocked
from ..context import Actor, Changes, PermissionDenied, ServiceError
from .pdf import Agency, NoticeData, validation_notice_pdf
from .sending import (
    VALIDATION_NOTICE,
    Itemization,
    LetterView,
    address_lines,
    agency_profile,
    consumer_of,
    good_addresses,
    itemization,
    itemize,
    letter_attempt,
    letter_language,
    letter_view,
    local_today,
    mailing_address,
    new_letter,
    record_refusal,
    reference_number,
    require_consumer,
    sent_event,
    store_and_send_in,
)


# --- the notice's data -----------------------------------------------------------------------------------


def notice_data(session: Session, account: Account, today: dt.date, agency: Agency | None = None) -> NoticeData:
    agency = agency or agency_profile(session)
    person = consumer_of(session, account)
    client = session.get(Client, account.client_id)
    item = itemization(session, account)
    return _notice(agency, account, client, item, person.full_name, mailing_address(session, person), today)


def _notice(agency: Agency, account: Account, client: Client, item: Itemization, consumer_name: str,
            consumer_address: tuple[str, ...], today: dt.date) -> NoticeData:
    return NoticeData(
        agency=agency, reference=reference_number(account), notice_date=today, consumer_name=consumer_name,
        consumer_address=consumer_address, creditor=client.name,
        original_creditor=account.original_creditor or client.name, account_number=item.account_number,
        itemization_date=item.date, itemization_amount=item.amount, interest=item.interest, fees=item.fees,
        payments_credits=item.payments_credits, current_amount=item.current,
        validation_end=disputes.validation_period_end(today), currency=account.currency,
        itemization_reference=item.reference.value)


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
        for address in session.scalars(good_addresses({p.id for p in self.consumers.values()})):
            self.addresses.setdefault(address.person_id, address)

    def people(self) -> set[uuid.UUID]:
        return {p.id for p in self.consumers.values()}

    def account(self, account_id: uuid.UUID) -> Account:
        account = self.accounts.get(account_id)
        if account is None:
            raise ServiceError("no such account")
        return account

    def consumer(self, account: Account) -> Person:
        return require_consumer(account, self.consumers.get(account.id))

    def notice_data(self, account: Account, person: Person, today: dt.date, agency: Agency) -> NoticeData:
        client = self.clients[account.client_id]
        item = itemize(account, self.transactions[account.id])
        return _notice(agency, account, client, item, person.full_name,
                       address_lines(person, self.addresses.get(person.id)), today)


# --- sending a notice ------------------------------------------------------------------------------------


def mailing_note(language: str) -> str:
    """What the contact history says about the mailing: a Spanish notice goes with its English notice."""
    if language == "en":
        return "Letter sent: validation notice (en)"
    return f"Letter sent: validation notice (en + {language}: the English notice and its translation, one mailing)"


def _send_notice_in(session: Session, actor: Actor, account: Account, language: Language | str | None,
                    today: dt.date, agency: Agency, batch_id: uuid.UUID | None = None) -> tuple[Letter, Any]:
    if account.status != AccountStatus.OPEN:
        raise ServiceError(f"account {account.client_account_number} is {account.status}: no notice is sent")
    person = consumer_of(session, account)
    lang = letter_language(person, language)
    data = notice_data(session, account, today, agency)
    pdf = validation_notice_pdf(data, lang)
    letter, attempt = store_and_send_in(session, actor, account, person, VALIDATION_NOTICE, lang, pdf, today,
                                         "collection", batch_id=batch_id, note=mailing_note(lang))
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
    lang = letter_language(person, language)
    data = facts.notice_data(account, person, today, agency)
    now = utcnow()
    letter_id = new_id()
    attempt = batch.record(letter_attempt(account, person, VALIDATION_NOTICE, lang, "collection", letter_id, now,
                                          mailing_note(lang)))
    letter = new_letter(actor, account, person, VALIDATION_NOTICE, lang, validation_notice_pdf(data, lang), today,
                         now, batch_id, letter_id)
    session.add(letter)
    batch.events.append(sent_event(letter, "collection", attempt))
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
            return letter_view(letter, attempt.id)
    except ContactBlocked as blocked:
        record_refusal(session_factory, actor, account_id, VALIDATION_NOTICE, blocked)
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
    actor.require_to(Capability.BATCH_NOTICES)
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
    actor.require_to(Capability.BATCH_NOTICES)
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

    @property
    def changes(self) -> Changes:
        """A batch names no accounts (it may be thousands): account lists reload when any letter went."""
        return Changes(all_accounts=bool(self.sent), letters=True, contacts=bool(self.sent))

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
    actor.require_to(Capability.BATCH_NOTICES)
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
