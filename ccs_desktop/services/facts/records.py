"""Setting compliance records: what the consumer told us, or a scrub found, that restricts collection.

Two ways in, one set of rules:
- `record_bankruptcy(session, actor, person_id, ...)` and its siblings work inside the caller's transaction (the
  scrub import records thousands in one); each checks access, validates, writes the record and its audit event, and
  (unless `refresh=False`, for a caller that refreshes a whole batch after) the queue fields of the person's accounts;
- `set_fact(session_factory, actor, account_id, person_id, kind, **fields)` is the workspace's: one call, one
  transaction, returning the accounts whose facts changed.

A record that only restricts contact is recorded wherever the consumer gives it, even on an account checked out to
another workstation (which pulls it on its next sync).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (
    Account, AccountParty, AttorneyRepresentation, Bankruptcy, CeaseRequest, Complaint, Deceased, Email, Hardship,
    Person, Phone, utcnow,
)
from ...models.enums import PartyRole
from ...models.facts import CeaseVia, ComplaintSource, FactRecord, RepresentativeKind
from .. import access, audit
from ..accounts.queue_fields import refresh_queue_fields_many
from ..context import Actor, PermissionDenied, ServiceError

UTC = dt.timezone.utc
CHAPTERS = (7, 9, 11, 12, 13, 15)
# A complaint with no due date given: the CFPB asks companies to respond within 15 days.
COMPLAINT_RESPONSE_DAYS = 15
KINDS: dict[str, type[FactRecord]] = {
    "bankruptcy": Bankruptcy, "deceased": Deceased, "attorney": AttorneyRepresentation, "cease": CeaseRequest,
    "complaint": Complaint, "hardship": Hardship,
}


@dataclasses.dataclass(frozen=True)
class Scope:
    """Where a record was entered (the account its audit event is filed under) and the debts it covers."""

    account_id: uuid.UUID | None
    debt_ids: list[str]
    accounts: list[uuid.UUID]  # the person's visible accounts the record concerns (parties are linked there)


def _text(value: Any, limit: int | None = None, what: str = "text") -> str | None:
    text = (str(value) if value is not None else "").strip()
    if limit is not None and len(text) > limit:
        raise ServiceError(f"The {what} is longer than {limit} characters.")
    return text or None


def _today() -> dt.date:
    return dt.datetime.now(UTC).date()


def _not_future(day: dt.date | None, what: str) -> dt.date | None:
    if day is not None and day > _today() + dt.timedelta(days=1):  # a day's grace for the consumer's zone
        raise ServiceError(f"The {what} ({day:%Y-%m-%d}) is in the future.")
    return day


def _scope(session: Session, actor: Actor, person_id: uuid.UUID, account_id: uuid.UUID | None,
           debt_ids: Iterable[uuid.UUID | str]) -> Scope:
    """Check the actor may record a fact about this person (on this account, on these debts) and say where."""
    wanted = []
    for debt in debt_ids:
        try:
            wanted.append(debt if isinstance(debt, uuid.UUID) else uuid.UUID(str(debt)))
        except ValueError:
            raise ServiceError(f"Not a debt of this consumer: {debt}") from None
    if account_id is not None:
        access.require_account(session, actor, account_id, action="change", write=False)
        linked = session.scalar(sa.select(AccountParty.id).where(AccountParty.account_id == account_id,
                                                                 AccountParty.person_id == person_id))
        if linked is None:
            raise ServiceError("That person is not a party to this account.")
    theirs = list(session.scalars(
        sa.select(Account.id).join(AccountParty, AccountParty.account_id == Account.id)
        .where(AccountParty.person_id == person_id, AccountParty.role.in_([PartyRole.CONSUMER, PartyRole.COSIGNER]),
               access.visible_accounts(actor)).order_by(Account.id).distinct()))
    if account_id is None and not theirs:
        raise PermissionDenied(f"{actor.username} may not record facts about a person on no account of theirs")
    missing = [d for d in wanted if d not in theirs]
    if missing:
        raise ServiceError("Each debt must be an account of this consumer that you can see; not: "
                           + ", ".join(str(m) for m in missing))
    debts = sorted(dict.fromkeys(str(d) for d in wanted))
    return Scope(account_id or (theirs[0] if theirs else None), debts, wanted or theirs)


def _consumer_accounts(session: Session, person_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(sa.select(AccountParty.account_id).where(
        AccountParty.person_id == person_id, AccountParty.role == PartyRole.CONSUMER)))


def refresh_person(session: Session, person_id: uuid.UUID) -> list[uuid.UUID]:
    """Refresh the queue fields of every account the person is the consumer on; returns their ids."""
    ids = _consumer_accounts(session, person_id)
    refresh_queue_fields_many(session, ids)
    return ids


def _save(session: Session, actor: Actor, record: FactRecord, scope: Scope, *, kind: str, reason: str | None,
          source: str, refresh: bool, details: dict[str, Any]) -> FactRecord:
    record.debt_ids = scope.debt_ids
    record.source = source
    record.set_by = actor.user_id
    record.set_at = utcnow()
    record.set_reason = reason
    session.add(record)
    session.flush()
    audit.record(session, actor, f"fact.{kind}.set", record.__tablename__, record.id, account_id=scope.account_id,
                 after={"person_id": record.person_id, "debt_ids": scope.debt_ids or "every debt", "source": source,
                        **details}, reason=reason)
    if refresh:
        refresh_person(session, record.person_id)
    return record


def _new_party(session: Session, name: str, phone: str | None, email: str | None, accounts: Sequence[uuid.UUID],
               role: PartyRole, source: str, details: dict[str, Any] | None = None) -> tuple[Person, str | None]:
    """A person (an attorney, an estate's representative) linked to the accounts, with their number and email."""
    from ..accounts.queue import normalise_phone

    e164 = digits = None
    if phone:
        digits = normalise_phone(phone)
        if digits is None:
            raise ServiceError(f"Not a phone number: {phone}")
        e164 = f"+1{digits}" if len(digits) == 10 else f"+{digits}"
    if email and ("@" not in email or " " in email.strip()):
        raise ServiceError(f"Not an email address: {email}")
    person = Person(last_name=name[:120], business_name=name[:200] if role == PartyRole.ATTORNEY else None,
                    search_name=name.upper()[:210], refused_channels=[], details=details or None)
    session.add(person)
    session.flush()
    # Linked before their number and email are written (its own flush, so an offline cache pushes it first): on
    # PostgreSQL a person is visible, and so writable, only through an account.
    for account_id in accounts:
        session.add(AccountParty(account_id=account_id, person_id=person.id, role=role))
    session.flush()
    if e164:
        session.add(Phone(person_id=person.id, e164=e164, digits=digits,
                          type="work" if role == PartyRole.ATTORNEY else "cell", source=source, primary=True))
    if email:
        session.add(Email(person_id=person.id, address=email.strip(), source=source))
    return person, e164


def record_bankruptcy(session: Session, actor: Actor, person_id: uuid.UUID, *, account_id: uuid.UUID | None = None,
                      debt_ids: Iterable[uuid.UUID | str] = (), chapter: int | None = None,
                      case_number: str | None = None, court: str | None = None, filed_on: dt.date | None = None,
                      reason: str | None = None, source: str = "workspace", refresh: bool = True) -> Bankruptcy:
    """A bankruptcy filing: on the person (the stay covers every debt that arose before it, 11 U.S.C. 362) or on
    the debts known to be in the case."""
    if chapter is not None:
        try:
            chapter = int(chapter)
        except (TypeError, ValueError):
            raise ServiceError(f"Not a bankruptcy chapter: {chapter}") from None
        if chapter not in CHAPTERS:
            raise ServiceError(f"Chapter {chapter} is not a bankruptcy chapter (7, 9, 11, 12, 13 or 15).")
    scope = _scope(session, actor, person_id, account_id, debt_ids)
    record = Bankruptcy(person_id=person_id, chapter=chapter, case_number=_text(case_number, 40, "case number"),
                        court=_text(court, 120, "court"), filed_on=_not_future(filed_on, "filing date"))
    return _save(session, actor, record, scope, kind="bankruptcy", reason=_text(reason), source=source,
                 refresh=refresh, details={"chapter": chapter, "case_number": record.case_number,
                                           "court": record.court, "filed_on": filed_on})


@dataclasses.dataclass(frozen=True)
class Representative:
    """The estate's representative as given: a name, what they are, how to reach them."""

    name: str
    kind: RepresentativeKind | str = RepresentativeKind.PERSONAL_REPRESENTATIVE
    phone: str | None = None
    email: str | None = None


def record_deceased(session: Session, actor: Actor, person_id: uuid.UUID, *, account_id: uuid.UUID | None = None,
                    died_on: dt.date | None = None, representative: Representative | None = None,
                    reason: str | None = None, source: str = "workspace", refresh: bool = True) -> Deceased:
    """The consumer died: no collection contact with them. The estate's representative, when named, becomes a
    party of the consumer's accounts who may be contacted about the debts (12 CFR 1006.6(a)(4))."""
    scope = _scope(session, actor, person_id, account_id, ())
    record = Deceased(person_id=person_id, died_on=_not_future(died_on, "date of death"))
    details: dict[str, Any] = {"died_on": died_on}
    if representative is not None:
        name = _text(representative.name, 120, "representative's name")
        if not name:
            raise ServiceError("Give the estate representative's name.")
        try:
            kind = RepresentativeKind(representative.kind)
        except ValueError:
            raise ServiceError("The representative is an executor, an administrator or a personal "
                               "representative.") from None
        rep, e164 = _new_party(session, name, _text(representative.phone), _text(representative.email), scope.accounts,
                               PartyRole.THIRD_PARTY, source)
        record.representative_id, record.representative_kind = rep.id, kind
        details.update(representative=name, representative_kind=kind, representative_phone=e164)
    return _save(session, actor, record, scope, kind="deceased", reason=_text(reason), source=source,
                 refresh=refresh, details=details)


def record_attorney(session: Session, actor: Actor, person_id: uuid.UUID, *, account_id: uuid.UUID | None = None,
                    debt_ids: Iterable[uuid.UUID | str] = (), firm: str | None = None,
                    attorney_name: str | None = None, phone: str | None = None, email: str | None = None,
                    address: str | None = None, reason: str | None = None, source: str = "workspace",
                    refresh: bool = True) -> AttorneyRepresentation:
    """The consumer is represented about these debts (every debt, when none is listed): the consumer is not
    contacted about them (15 U.S.C. 1692c(a)(2)); the attorney becomes a party of those accounts with their own
    number, which is called under the hours rules."""
    firm, attorney_name = _text(firm, 200, "firm"), _text(attorney_name, 120, "attorney's name")
    if not (firm or attorney_name):
        raise ServiceError("Give the attorney's name or firm.")
    scope = _scope(session, actor, person_id, account_id, debt_ids)
    # (Its details go in with the person: on PostgreSQL a person is visible only once linked to an account.)
    lawyer, e164 = _new_party(session, firm or attorney_name or "", _text(phone), _text(email, 254, "email"),
                              scope.accounts, PartyRole.ATTORNEY, source,
                              {k: v for k, v in {"firm": firm, "attorney": attorney_name}.items() if v})
    record = AttorneyRepresentation(person_id=person_id, attorney_id=lawyer.id, firm=firm,
                                    attorney_name=attorney_name, phone=e164, email=_text(email),
                                    address=_text(address, 500, "address"))
    return _save(session, actor, record, scope, kind="attorney", reason=_text(reason), source=source,
                 refresh=refresh, details={"attorney_id": lawyer.id, "firm": firm, "attorney_name": attorney_name,
                                           "phone": e164, "email": record.email})


def record_cease(session: Session, actor: Actor, person_id: uuid.UUID, *, account_id: uuid.UUID | None = None,
                 debt_ids: Iterable[uuid.UUID | str] = (), received_at: dt.datetime | None = None,
                 received_via: CeaseVia | str | None = None, reason: str | None = None, source: str = "workspace",
                 refresh: bool = True) -> CeaseRequest:
    """The consumer asked us to stop communicating about these debts (15 U.S.C. 1692c(c))."""
    try:
        via = CeaseVia(received_via) if received_via else None
    except ValueError:
        raise ServiceError("A cease request came by letter, email, fax, portal or orally.") from None
    at = received_at or utcnow()
    if at.tzinfo is None:
        raise ServiceError("When the request came needs a time zone.")
    if at > utcnow() + dt.timedelta(minutes=5):
        raise ServiceError("The cease request cannot have been received in the future.")
    scope = _scope(session, actor, person_id, account_id, debt_ids)
    record = CeaseRequest(person_id=person_id, received_at=at, received_via=via)
    return _save(session, actor, record, scope, kind="cease", reason=_text(reason), source=source, refresh=refresh,
                 details={"received_at": at, "received_via": via})


def record_complaint(session: Session, actor: Actor, person_id: uuid.UUID, *, account_id: uuid.UUID | None = None,
                     debt_ids: Iterable[uuid.UUID | str] = (), received_from: ComplaintSource | str = "consumer",
                     received_at: dt.datetime | None = None, due_on: dt.date | None = None,
                     summary: str | None = None, reason: str | None = None, source: str = "workspace",
                     refresh: bool = True) -> Complaint:
    """A complaint from the consumer, the CFPB, a state regulator or the BBB, open until resolved."""
    try:
        origin = ComplaintSource(received_from)
    except ValueError:
        raise ServiceError("A complaint comes from the consumer, the CFPB, a state regulator or the BBB.") from None
    at = received_at or utcnow()
    if at.tzinfo is None or at > utcnow() + dt.timedelta(minutes=5):
        raise ServiceError("When the complaint came must be a past time with a time zone.")
    due = due_on or (at.date() + dt.timedelta(days=COMPLAINT_RESPONSE_DAYS))
    if due < at.date():
        raise ServiceError("The response is due before the complaint came.")
    scope = _scope(session, actor, person_id, account_id, debt_ids)
    record = Complaint(person_id=person_id, received_from=origin, received_at=at, due_on=due,
                       summary=_text(summary, 4000, "summary"))
    return _save(session, actor, record, scope, kind="complaint", reason=_text(reason), source=source,
                 refresh=refresh, details={"received_from": origin, "received_at": at, "due_on": due,
                                           "summary": record.summary})


def record_hardship(session: Session, actor: Actor, person_id: uuid.UUID, *, account_id: uuid.UUID | None = None,
                    debt_ids: Iterable[uuid.UUID | str] = (), hardship_reason: str | None = None,
                    ends_on: dt.date | None = None, reason: str | None = None, source: str = "workspace",
                    refresh: bool = True) -> Hardship:
    """The consumer is in hardship until `ends_on` (or until cleared); the agency's rule decides whether that
    pauses calls and texts or only warns."""
    why = _text(hardship_reason, 1000, "hardship reason")
    if not why:
        raise ServiceError("Say what the hardship is (job loss, illness, disaster...).")
    if ends_on is not None and ends_on < _today():
        raise ServiceError(f"The hardship's end date ({ends_on:%Y-%m-%d}) has already passed.")
    scope = _scope(session, actor, person_id, account_id, debt_ids)
    record = Hardship(person_id=person_id, reason=why, ends_on=ends_on)
    return _save(session, actor, record, scope, kind="hardship", reason=_text(reason), source=source,
                 refresh=refresh, details={"hardship_reason": why, "ends_on": ends_on})


SETTERS: dict[str, Callable[..., FactRecord]] = {
    "bankruptcy": record_bankruptcy, "deceased": record_deceased, "attorney": record_attorney,
    "cease": record_cease, "complaint": record_complaint, "hardship": record_hardship,
}


def set_fact(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
             kind: str, **fields: Any) -> list[uuid.UUID]:
    """Record a fact from the workspace in one transaction; returns the accounts whose facts changed."""
    setter = SETTERS.get(kind)
    if setter is None:
        raise ServiceError(f"Not a kind of compliance record: {kind}")
    with session_factory() as session, session.begin():
        record = setter(session, actor, person_id, account_id=account_id, **fields)
        return _consumer_accounts(session, record.person_id) or [account_id]
