"""Retention: pseudonymise the personal data of people whose accounts closed longer ago than the agency keeps it.

Reg F (12 CFR 1006.100) requires records to be kept at least three years after the last collection activity
on a debt, so the period can never be shorter than three years, and it runs from the later of the closing
and the last contact. The financial and contact records stay (amounts, dates, result codes, who did what);
what identifies the person goes: names, date of birth, SSN digits, phone numbers, street addresses, emails,
and free text written about them (contact notes, account notes, dispute notes, promise and payment notes, the
reason a disclosure was not given), and the files received for their accounts (a document keeps its kind, size,
dates and SHA-256; its bytes, file name and description go).

On PostgreSQL, notes and contact attempts are append-only; the job sets `ccs.retention` for its transaction,
which the append-only trigger honours for UPDATE only, and which only the database owner can use (the product
roles have no UPDATE grant on those tables). The audit trail is left as it is (its hash chain would break);
audit events carry ids and field changes, which the services keep free of personal data where they can.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (
    Account,
    AccountParty,
    Address,
    ContactAttempt,
    Document,
    DisputeNote,
    Email,
    Note,
    Payment,
    Person,
    Phone,
    Promise,
    utcnow,
)
from ...models.enums import AccountStatus, Role
from .. import audit
from ..context import Actor, ServiceError

MIN_YEARS = 3
REMOVED = "[removed under the retention policy]"
CLOSED = (AccountStatus.PAID, AccountStatus.SETTLED, AccountStatus.CLOSED, AccountStatus.RECALLED)


@dataclasses.dataclass(frozen=True)
class RetentionResult:
    persons: int
    accounts: int
    cutoff: dt.datetime
    dry_run: bool

    def message(self) -> str:
        verb = "would pseudonymise" if self.dry_run else "pseudonymised"
        return (f"{verb} {self.persons} people on {self.accounts} accounts closed and without contact since "
                f"{self.cutoff:%Y-%m-%d}")


def pseudonym(person_id: uuid.UUID) -> str:
    return "PSEUDONYM-" + hashlib.sha256(person_id.bytes).hexdigest()[:10].upper()


def _eligible(s: Session, cutoff: dt.datetime) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """People whose every account is closed, closed before the cutoff and not contacted since."""
    old_enough = sa.and_(Account.status.in_(CLOSED), Account.closed_at.is_not(None), Account.closed_at < cutoff,
                         sa.or_(Account.last_contact_at.is_(None), Account.last_contact_at < cutoff))
    recent = (sa.select(AccountParty.person_id).join(Account, Account.id == AccountParty.account_id)
              .where(sa.not_(old_enough)))
    persons = list(s.scalars(
        sa.select(Person.id).join(AccountParty, AccountParty.person_id == Person.id)
        .join(Account, Account.id == AccountParty.account_id)
        .where(old_enough, Person.pseudonymised_at.is_(None), Person.id.not_in(recent)).distinct()))
    accounts = list(s.scalars(
        sa.select(AccountParty.account_id).where(AccountParty.person_id.in_(persons)).distinct())) if persons else []
    return persons, accounts


def pseudonymise_closed(session_factory: Callable[[], Session], actor: Actor, *, years: int,
                        dry_run: bool = False, now: dt.datetime | None = None) -> RetentionResult:
    actor.require(Role.ADMIN, action="apply the retention policy")
    if years < MIN_YEARS:
        raise ServiceError(f"records are kept at least {MIN_YEARS} years after the last collection activity "
                           "(Reg F 1006.100); choose 3 or more")
    now = now or utcnow()
    cutoff = now.replace(year=now.year - years) if not (now.month == 2 and now.day == 29) \
        else now.replace(year=now.year - years, day=28)
    with session_factory() as s, s.begin():
        persons, accounts = _eligible(s, cutoff)
        if dry_run or not persons:
            return RetentionResult(len(persons), len(accounts), cutoff, True if dry_run else False)
        if s.get_bind().dialect.name == "postgresql":
            s.execute(sa.text("SET LOCAL ccs.retention = 'on'"))
        for chunk_start in range(0, len(persons), 500):
            chunk = persons[chunk_start:chunk_start + 500]
            for pid in chunk:
                name = pseudonym(pid)
                s.execute(sa.update(Person).where(Person.id == pid).values(
                    first_name=None, last_name=name, search_name=name, business_name=None, date_of_birth=None,
                    ssn_last4=None, details=None, stated_time_zone=None, pseudonymised_at=now,
                    row_version=Person.row_version + 1))
            s.execute(sa.update(Phone).where(Phone.person_id.in_(chunk))
                      .values(e164="+0", digits="", source=None, row_version=Phone.row_version + 1))
            s.execute(sa.update(Address).where(Address.person_id.in_(chunk))
                      .values(line1=None, line2=None, city=None, postal_code=None, source=None,
                              row_version=Address.row_version + 1))
            s.execute(sa.update(Email).where(Email.person_id.in_(chunk))
                      .values(address="removed@invalid", source=None, row_version=Email.row_version + 1))
            s.execute(sa.update(ContactAttempt).where(ContactAttempt.person_id.in_(chunk))
                      .values(phone_e164=None, email_address=None, notes=None, disclosure_reason=None))
        for chunk_start in range(0, len(accounts), 500):
            chunk = accounts[chunk_start:chunk_start + 500]
            s.execute(sa.update(Note).where(Note.account_id.in_(chunk)).values(text=REMOVED))
            s.execute(sa.update(Promise).where(Promise.account_id.in_(chunk))
                      .values(note=None, row_version=Promise.row_version + 1))
            s.execute(sa.update(Payment).where(Payment.account_id.in_(chunk)).values(note=None))
            s.execute(sa.update(Document).where(Document.account_id.in_(chunk))
                      .values(content=b"", file_name=REMOVED, description=None))
            from ...models import Dispute

            dispute_ids = sa.select(Dispute.id).where(Dispute.account_id.in_(chunk))
            s.execute(sa.update(DisputeNote).where(DisputeNote.dispute_id.in_(dispute_ids)).values(text=REMOVED))
        audit.record(s, actor, "retention.pseudonymise", "retention", None,
                     after={"persons": len(persons), "accounts": len(accounts), "cutoff": cutoff, "years": years})
        return RetentionResult(len(persons), len(accounts), cutoff, False)
