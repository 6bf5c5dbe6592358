"""The facts the guardrails decide a contact on, read from the database: the person (address, stated zone,
flags, refused channels, inconvenient times, consents, opt-outs, phones, emails), their debts, and the contact
history of the counting window, for one person or a whole page or batch of people in a handful of queries; and
the engine's request built from them.

Reading only: the decision and the recording of an attempt are `attempts`, the one way a contact is recorded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from ... import compliance as gc
from ...compliance.model import DEBT_FLAGS
from ..facts.derived import InForce, in_force_statement, rows_to_in_force
from ...models import (
    Account,
    AccountParty,
    Address,
    Consent,
    ContactAttempt,
    Deceased,
    Email,
    InconvenientTime,
    Person,
    Phone,
)

UTC = dt.timezone.utc
# How far back the history the rules count goes (the longest window shipped is 30 days).
HISTORY_DAYS = 35
UTC_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)  # a consent on file whose time was not recorded
WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


@dataclasses.dataclass
class PersonRows:
    person: Any = None
    addresses: list[Any] = dataclasses.field(default_factory=list)
    flags: list[InForce] = dataclasses.field(default_factory=list)  # the flags in force (services/facts/derived)
    represents: list[Any] = dataclasses.field(default_factory=list)  # deceased consumers whose estate they represent
    times: list[Any] = dataclasses.field(default_factory=list)
    consents: list[Any] = dataclasses.field(default_factory=list)
    emails: list[Any] = dataclasses.field(default_factory=list)
    phones: list[Any] = dataclasses.field(default_factory=list)
    accounts: list[Any] = dataclasses.field(default_factory=list)  # (account id, number, debt type, role)
    history: list[gc.HistoryEntry] = dataclasses.field(default_factory=list)


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _history_select(party: Any) -> sa.Select:
    return (sa.select(ContactAttempt.id, ContactAttempt.at, ContactAttempt.channel, ContactAttempt.direction,
                      ContactAttempt.person_id, ContactAttempt.account_id, ContactAttempt.phone_e164,
                      ContactAttempt.outcome, Phone.type.label("ptype"), party.role)
            .outerjoin(Phone, Phone.id == ContactAttempt.phone_id)
            .outerjoin(party, sa.and_(party.account_id == ContactAttempt.account_id,
                                      party.person_id == ContactAttempt.person_id)))


def _history_union(party: Any, since: Any, member: Callable[[Any, str], Any]) -> Any:
    return sa.union_all(*(_history_select(party).where(since, which)
                          for which in (member(ContactAttempt.person_id, "ids"),
                                        member(ContactAttempt.account_id, "debts"))))


@functools.cache
def _fact_queries(dialect: str) -> dict[str, Any]:
    """The statements `load_facts` runs, built once: each takes the person ids as one parameter, so the compiled form
    is cached and a queue page pays only for the SQL (not for building the statements). On PostgreSQL the ids go
    as one array (`= ANY(...)`): the SQL text stays the same whatever the number of ids, so the driver prepares
    it once and the server does not plan it again for every page."""
    array = postgresql.ARRAY(sa.Uuid())

    def member(column: Any, name: str) -> Any:
        if dialect == "postgresql":
            return column == sa.any_(sa.bindparam(name, type_=array))
        return column.in_(sa.bindparam(name, expanding=True))

    party = sa.orm.aliased(AccountParty)
    since = ContactAttempt.at >= sa.bindparam("since", type_=ContactAttempt.__table__.c.at.type)
    return {
        "person": sa.select(Person.id, Person.stated_time_zone, Person.refused_channels)
        .where(member(Person.id, "ids")),
        "addresses": sa.select(Address.person_id, Address.postal_code, Address.region, Address.country)
        .where(member(Address.person_id, "ids"), Address.current.is_(True), Address.bad_address.is_(False))
        .order_by(Address.created_at),
        "flags": in_force_statement(lambda column: member(column, "ids")),
        "represents": sa.select(Deceased.representative_id.label("person_id"), Deceased.person_id.label("consumer"))
        .where(member(Deceased.representative_id, "ids"), Deceased.cleared_at.is_(None)),
        "times": sa.select(InconvenientTime.person_id, InconvenientTime.days, InconvenientTime.start_time,
                           InconvenientTime.end_time)
        .where(member(InconvenientTime.person_id, "ids"), InconvenientTime.removed_at.is_(None)),
        "consents": sa.select(Consent.person_id, Consent.account_id, Consent.channel, Consent.given_at)
        .where(member(Consent.person_id, "ids")),
        "emails": sa.select(Email.person_id, Email.address, Email.opted_out, Email.opted_out_at,
                            Email.employer_provided, Email.consent, Email.consent_at, Email.consumer_used)
        .where(member(Email.person_id, "ids")),
        "phones": sa.select(Phone.person_id, Phone.id, Phone.e164, Phone.type, Phone.sms_opted_out, Phone.updated_at,
                            Phone.do_not_call, Phone.bad_number, Phone.primary)
        .where(member(Phone.person_id, "ids")).order_by(Phone.primary.desc(), Phone.created_at),
        "accounts": sa.select(AccountParty.person_id, Account.id, Account.client_account_number, Account.debt_type,
                              AccountParty.role)
        .join(Account, Account.id == AccountParty.account_id).where(member(AccountParty.person_id, "ids")),
        # History: every attempt to these people, and every attempt about their debts, in the counting window.
        # PostgreSQL answers the OR with a bitmap OR of the two indexes (by person, by debt); SQLite would walk the
        # attempts by time instead, so there it is two indexed branches joined with UNION ALL.
        "history": _history_union(party, since, member) if dialect == "sqlite" else _history_select(party).where(
            since, sa.or_(member(ContactAttempt.person_id, "ids"), member(ContactAttempt.account_id, "debts"))),
    }


def load_facts(session: Session, person_ids: set[uuid.UUID], since: dt.datetime) -> dict[uuid.UUID, PersonRows]:
    """Everything the rules need about these people, in a handful of queries."""
    rows: dict[uuid.UUID, PersonRows] = defaultdict(PersonRows)
    ids = list(person_ids)
    if not ids:
        return rows
    session.flush()  # the statements run on the connection: what this transaction wrote must be in it
    conn = session.connection()
    q = _fact_queries(conn.dialect.name)
    args = {"ids": ids}
    for p in conn.execute(q["person"], args):
        rows[p.id].person = p
    for kind in ("addresses", "times", "consents", "emails", "phones", "accounts", "represents"):
        for row in conn.execute(q[kind], args):
            getattr(rows[row.person_id], kind).append(row)
    # Every flag in force, ended hardships included: the request's own date decides (engine_request).
    for person_id, entries in rows_to_in_force(conn.execute(q["flags"], args), dt.date.min).items():
        rows[person_id].flags.extend(entries)
    debt_ids = list({a.id for r in rows.values() for a in r.accounts})
    history = conn.execute(q["history"], {"ids": ids, "debts": debt_ids, "since": since}).all()
    # Who each attempt concerns: the person contacted, and every person of this batch on the debt it was about.
    on_debt: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for pid in person_ids:
        for a in rows[pid].accounts:
            if pid not in on_debt[a.id]:
                on_debt[a.id].append(pid)
    seen = set()
    for h in history:
        entry = gc.HistoryEntry(
            at=h.at, channel=str(h.channel), direction=str(h.direction), person_id=str(h.person_id),
            debt_ids=(str(h.account_id),), phone=h.phone_e164, outcome=str(h.outcome),
            phone_type=str(h.ptype) if h.ptype else None, person_role=str(h.role) if h.role else None)
        if h.id in seen:  # a person with two roles on one account joins twice
            continue
        seen.add(h.id)
        targets = on_debt.get(h.account_id, [])
        if h.person_id in person_ids and h.person_id not in targets:
            targets = [*targets, h.person_id]
        for pid in targets:
            rows[pid].history.append(entry)
    return rows


def _in_force(rows: PersonRows, on: dt.date) -> list[InForce]:
    return [f for f in rows.flags if f.live(on)]


def _attorney_consents(flags: list[InForce], at: dt.datetime) -> tuple[gc.Consent, ...]:
    """An attorney's consent to direct contact, or no answer within a reasonable time (15 U.S.C. 1692c(a)(2)),
    as the engine's consents of kind `attorney` (every channel): one per debt the representation covers, or one for
    every debt."""
    return tuple(gc.Consent(channel=None, debt_id=debt, given_at=at, kind="attorney")
                 for f in flags if f.flag == "attorney_represented" and f.lifted for debt in f.debt_ids or (None,))


def _person_facts(person_id: uuid.UUID, rows: PersonRows, account_id: uuid.UUID, at: dt.datetime) -> gc.PersonFacts:
    role = next((str(a.role) for a in rows.accounts if a.id == account_id), "third_party")
    address = None
    if rows.addresses:
        a = rows.addresses[0]
        address = gc.Address(zip=a.postal_code, state=a.region, country=a.country)
    in_force = _in_force(rows, at.date())
    # A record on the person goes to `person.flags`; one on some debts goes to those debts' `flags` when the engine
    # keeps that flag per debt, else to `person.flags` for a contact about one of them (a hardship, a complaint).
    flags = {f.flag for f in in_force if not f.debt_ids or (f.flag not in DEBT_FLAGS and f.on(account_id))}
    if rows.represents and role == "third_party":
        # The estate's representative of a deceased consumer (12 CFR 1006.6(a)(4)): may be contacted about the debt.
        flags.add("deceased")
        role = "estate_representative"
    times = tuple(gc.InconvenientTime(days=frozenset(WEEKDAY[d] for d in t.days if d in WEEKDAY),
                                      start=_seconds(t.start_time), end=_seconds(t.end_time)) for t in rows.times)
    consents = tuple(gc.Consent(channel=str(c.channel), debt_id=str(c.account_id) if c.account_id else None,
                                given_at=c.given_at) for c in rows.consents) + _attorney_consents(in_force, at)
    opt_outs = [gc.OptOut("email", e.address, e.opted_out_at or dt.datetime(2000, 1, 1, tzinfo=UTC))
                for e in rows.emails if e.opted_out]
    opt_outs += [gc.OptOut("sms", p.e164, p.updated_at) for p in rows.phones if p.sms_opted_out]
    refused = frozenset(rows.person.refused_channels or ()) if rows.person is not None else frozenset()
    return gc.PersonFacts(
        id=str(person_id), role=role, address=address,
        stated_time_zone=rows.person.stated_time_zone if rows.person is not None else None,
        flags=frozenset(flags), refused_channels=refused, inconvenient_times=times, consents=consents,
        opt_outs=tuple(opt_outs))


def _debts(rows: PersonRows, account_id: uuid.UUID, at: dt.datetime) -> tuple[gc.DebtFacts, tuple[gc.DebtFacts, ...]]:
    in_force = _in_force(rows, at.date())

    def facts(key: Any, number: str | None = None, kind: str = "consumer") -> gc.DebtFacts:
        own = frozenset(f.flag for f in in_force if f.flag in DEBT_FLAGS and str(key) in f.debt_ids)
        return gc.DebtFacts(id=str(key), account_number=number, type=kind, flags=own)

    debts = {a.id: facts(a.id, a.client_account_number, str(a.debt_type)) for a in rows.accounts}
    this = debts.get(account_id) or facts(account_id)
    return this, tuple(d for k, d in debts.items() if k != account_id)


def engine_request(rows: PersonRows, person_id: uuid.UUID, account_id: uuid.UUID, channel: str, at: dt.datetime, *,
             phone: Any = None, email_address: str | None = None, purpose: str = "collection",
             direction: str = "outbound", overrides: Iterable[str] = ()) -> gc.Request:
    debt, others = _debts(rows, account_id, at)
    person, email = contact_point_facts(rows, _person_facts(person_id, rows, account_id, at), phone, channel,
                                        email_address)
    return gc.Request(
        at=at, channel=channel, person=person, debt=debt, purpose=purpose,
        phone=gc.PhoneFacts(phone.e164, str(phone.type)) if phone is not None else None, email=email,
        history=tuple(rows.history), direction=direction, other_debts=others, overrides=frozenset(overrides))


def contact_point_facts(rows: PersonRows, person: gc.PersonFacts, phone: Any, channel: str,
                        email_address: str | None) -> tuple[gc.PersonFacts, gc.EmailFacts | None]:
    """The person's contact points as the engine reads them: every other current address (`person.addresses`) and
    every other number on file not marked bad (`person.phones`), so the candidate zones are the ones the queue keeps
    (`compliance.location.person_zones`, Reg F 1006.6(b)(1)(i): convenient in every location the information points
    to); the consent to use an email address (`consents[].kind` "email_address"); and, for an email, whether the
    employer provided the address and whether the consumer wrote to us from it (`email.consumer_used`)."""
    called = phone.e164 if phone is not None else None
    addresses = tuple(gc.Address(zip=a.postal_code, state=a.region, country=a.country) for a in rows.addresses[1:])
    phones = tuple(gc.PhoneFacts(p.e164, str(p.type)) for p in rows.phones if not p.bad_number and p.e164 != called)
    consents = tuple(gc.Consent(channel="email", debt_id=None, given_at=e.consent_at or UTC_EPOCH,
                                kind="email_address", address=e.address) for e in rows.emails if e.consent)
    person = dataclasses.replace(person, addresses=addresses, phones=phones, consents=person.consents + consents)
    email = None
    if channel == "email":
        wanted = (email_address or "").casefold()
        match = next((e for e in rows.emails if e.address.casefold() == wanted), None)
        email = gc.EmailFacts(address=email_address, employer_provided=bool(match and match.employer_provided),
                              consumer_used=bool(match and match.consumer_used))
    return person, email
