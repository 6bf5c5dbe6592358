"""The one way a contact attempt is recorded: guardrails evaluated and the attempt written in one transaction.

The decision is made on the history in the database the attempt is written to, while the person is locked
(PostgreSQL: ``SELECT ... FOR UPDATE`` on the person row; SQLite: the database write lock taken before the
history is read), so two workstations racing for the last allowed call cannot both get it. A blocked
attempt writes nothing but an audit event of the refusal. The facts and history the guardrails decide on are
read by `guardrail_facts`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ... import compliance as gc
from ...compliance.interface import decision_to_dict
from ...models import Account, AccountParty, ContactAttempt, Override, Person, ResultCode, new_id, utcnow
from ...models.enums import Channel, Direction, PartyRole, Role
from .. import access, audit
from ..accounts.queue_fields import refresh_queue_fields, refresh_queue_fields_many
from ..context import Actor, ServiceError
from .guardrail_facts import HISTORY_DAYS, PersonRows, engine_request, load_facts
from .rulepacks import active_rulepack

UTC = dt.timezone.utc
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
# Rules whose block lifts with time alone; the queue keeps the instant they lift (Account.next_allowed_at).
FREQUENCY_KINDS = ("call_cap", "conversation_cooldown")


class ContactBlocked(ServiceError):
    """The guardrails refuse this contact; `decision` says why and when it becomes allowed."""

    def __init__(self, decision: gc.Decision) -> None:
        self.decision = decision
        reasons = "; ".join(r.message for r in decision.reasons) or "not allowed"
        when = ""
        if decision.next_allowed_at is not None:
            when = f" Allowed again from {decision.next_allowed_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC."
        super().__init__(f"Contact blocked: {reasons}.{when}")


@dataclasses.dataclass(frozen=True)
class AttemptInput:
    account_id: uuid.UUID
    person_id: uuid.UUID
    channel: Channel
    result_code: str
    direction: Direction = Direction.OUTBOUND
    phone_id: uuid.UUID | None = None
    email_address: str | None = None
    purpose: str = "collection"
    notes: str | None = None
    callback_at: dt.datetime | None = None
    disclosures: tuple[str, ...] = ()
    at: dt.datetime | None = None
    letter_id: uuid.UUID | None = None
    override_id: uuid.UUID | None = None
    op_id: uuid.UUID | None = None
    # The guided call: the right-party verification made before disclosing (services/contacts/verification.py)
    # and, for a conversation without a disclosure, why it was not given.
    verification: dict[str, Any] | None = None
    disclosure_reason: str | None = None


@dataclasses.dataclass(frozen=True)
class CallableState:
    state: str  # "callable", "later", "blocked"
    until: dt.datetime | None = None
    reason: str | None = None
    time_zones: tuple[str, ...] = ()


# --- deciding (on the facts `guardrail_facts` reads) ---------------------------------------------------------


def _phone_status_reasons(phone: Any) -> list[gc.Reason]:
    reasons = []
    if phone.do_not_call:
        reasons.append(gc.Reason("phone_do_not_call", "agency.phone_do_not_call", "Agency policy",
                                 "This number is marked do-not-call."))
    if phone.bad_number:
        reasons.append(gc.Reason("phone_bad_number", "agency.phone_bad_number", "Agency policy",
                                 "This number is marked as a bad number."))
    return reasons


def _with_phone_status(decision: gc.Decision, phone: Any) -> gc.Decision:
    extra = _phone_status_reasons(phone) if phone is not None else []
    if not extra:
        return decision
    return dataclasses.replace(decision, allowed=False, reasons=decision.reasons + tuple(extra), next_allowed_at=None)


def _decide(session: Session, account_id: uuid.UUID, person_id: uuid.UUID, channel: str, at: dt.datetime, *,
            phone_id: uuid.UUID | None = None, email_address: str | None = None, purpose: str = "collection",
            direction: str = "outbound", overrides: Iterable[str] = ()) -> tuple[gc.Decision, PersonRows, Any]:
    rows = load_facts(session, {person_id}, at - dt.timedelta(days=HISTORY_DAYS))[person_id]
    return _decide_on(rows, active_rulepack(session), account_id, person_id, channel, at, phone_id=phone_id,
                      email_address=email_address, purpose=purpose, direction=direction, overrides=overrides)


def _decide_on(rows: PersonRows, pack: gc.RulePack, account_id: uuid.UUID, person_id: uuid.UUID, channel: str,
               at: dt.datetime, *, phone_id: uuid.UUID | None = None, email_address: str | None = None,
               purpose: str = "collection", direction: str = "outbound", overrides: Iterable[str] = (),
               ) -> tuple[gc.Decision, PersonRows, Any]:
    """The engine's decision on facts already loaded."""
    if rows.person is None:
        raise ServiceError("no such person")
    phone = None
    if phone_id is not None:
        phone = next((p for p in rows.phones if p.id == phone_id), None)
        if phone is None:
            raise ServiceError("that phone number does not belong to this person")
    elif channel in ("call", "sms"):
        raise ServiceError("choose the number to call or text")
    request = engine_request(rows, person_id, account_id, channel, at, phone=phone, email_address=email_address,
                       purpose=purpose, direction=direction, overrides=overrides)
    decision = gc.evaluate(request, pack)
    if direction == "outbound":
        decision = _with_phone_status(decision, phone)
    return decision, rows, phone


# --- permissions and locking ----------------------------------------------------------------------------


def _account_for(session: Session, actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID, *,
                 write: bool = True) -> Account:
    account = access.require_account(session, actor, account_id, action="work")
    linked = session.scalar(sa.select(AccountParty.id).where(AccountParty.account_id == account_id,
                                                             AccountParty.person_id == person_id))
    if linked is None:
        raise ServiceError("that person is not a party to this account")
    if write:
        access.require_writable(session, actor, account_id)
    return account


def _lock_person(session: Session, person_id: uuid.UUID) -> None:
    """Serialise contact decisions per person across workstations."""
    _lock_people(session, [person_id])


def _lock_people(session: Session, person_ids: Sequence[uuid.UUID]) -> None:
    """Lock these people at once (in id order, so two batches cannot deadlock on each other)."""
    ids = sorted(set(person_ids))
    if not ids:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(Person.id).where(Person.id.in_(ids)).order_by(Person.id).with_for_update())
    else:
        # SQLite: a no-op write takes the database write lock before the history is read.
        session.execute(sa.update(Person.__table__).where(Person.__table__.c.id.in_(ids))
                        .values(id=Person.__table__.c.id))


# --- public API --------------------------------------------------------------------------------------------


def check_contact(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, person_id: uuid.UUID,
                  channel: Channel | str, *, phone_id: uuid.UUID | None = None, email_address: str | None = None,
                  purpose: str = "collection", at: dt.datetime | None = None) -> gc.Decision:
    """What the guardrails would say about this contact now (writes nothing)."""
    with session_factory() as session:
        _account_for(session, actor, account_id, person_id, write=False)
        decision, _, _ = _decide(session, account_id, person_id, str(channel), at or utcnow(), phone_id=phone_id,
                                 email_address=email_address, purpose=purpose)
        return decision


def _checked_time(attempt: AttemptInput, now: dt.datetime) -> dt.datetime:
    at = attempt.at or now
    if at.tzinfo is None:
        raise ServiceError("the contact time must carry a time zone")
    if at > now + FUTURE_TOLERANCE:
        raise ServiceError("a contact cannot be recorded in the future")
    return at


def _result_code(session: Session, attempt: AttemptInput, known: dict[str, ResultCode] | None = None) -> ResultCode:
    code = known.get(attempt.result_code) if known is not None else None
    if code is None:
        code = session.get(ResultCode, attempt.result_code)
        if known is not None and code is not None:
            known[code.code] = code
    if code is None or not code.active:
        raise ServiceError(f"unknown result code {attempt.result_code!r}")
    if code.channel is not None and code.channel != str(attempt.channel):
        raise ServiceError(f"result {code.code} ({code.label}) is not a {attempt.channel} result")
    return code


def _new_record(actor: Actor, attempt: AttemptInput, at: dt.datetime, code: ResultCode, decision: gc.Decision,
                phone: Any) -> ContactAttempt:
    return ContactAttempt(
        id=attempt.op_id or new_id(), account_id=attempt.account_id, person_id=attempt.person_id,
        user_id=actor.user_id, at=at, channel=Channel(str(attempt.channel)), direction=Direction(str(attempt.direction)),
        phone_id=attempt.phone_id, phone_e164=phone.e164 if phone is not None else None,
        email_address=attempt.email_address, result_code=code.code, outcome=code.outcome, purpose=attempt.purpose,
        notes=attempt.notes, callback_at=attempt.callback_at, disclosures=list(attempt.disclosures),
        decision={**decision_to_dict(decision), "overridden": [r.rule for r in decision.overridden]},
        rule_pack_version=decision.rule_pack_version, override_id=attempt.override_id, letter_id=attempt.letter_id,
        workstation=actor.workstation, verification=attempt.verification,
        disclosure_reason=(attempt.disclosure_reason or "").strip()[:1000] or None,
    )


def _recorded_event(record: ContactAttempt, code: ResultCode, attempt: AttemptInput) -> audit.Pending:
    return audit.Pending("contact.recorded", "contact_attempt", record.id, account_id=record.account_id,
                         after={"channel": record.channel, "result": code.code, "direction": record.direction,
                                "purpose": record.purpose, "rule_pack_version": record.rule_pack_version,
                                "override_id": attempt.override_id}, at=utcnow())


def record_attempt_in(session: Session, actor: Actor, attempt: AttemptInput) -> ContactAttempt:
    """Evaluate and record inside the caller's transaction; raises ContactBlocked (nothing written)."""
    # Lock first: everything read after this (account, history) is what the decision is made on.
    _lock_person(session, attempt.person_id)
    if attempt.op_id is not None:
        existing = session.get(ContactAttempt, attempt.op_id)
        if existing is not None:
            return existing  # the same operation applied twice (a retried sync): recorded once
    now = utcnow()
    at = _checked_time(attempt, now)
    # A call or letter from the consumer is recorded wherever it arrives (append-only, it syncs to a workstation
    # that has the account checked out); reaching out to them is refused while another workstation holds it.
    account = _account_for(session, actor, attempt.account_id, attempt.person_id,
                           write=str(attempt.direction) == Direction.OUTBOUND.value)
    code = _result_code(session, attempt)
    if attempt.disclosures and attempt.verification and attempt.verification.get("result") != "verified":
        raise ServiceError("The consumer's identity was not verified: nothing about the debt may be disclosed "
                           "(record it as a third-party or wrong-party contact).")
    override = None
    if attempt.override_id is not None:
        override = session.get(Override, attempt.override_id)
        if override is None or override.account_id != attempt.account_id or override.person_id != attempt.person_id:
            raise ServiceError("that override is not for this account and person")
        if override.used_at is not None:
            raise ServiceError("that override was already used for another attempt")
    decision, rows, phone = _decide(
        session, attempt.account_id, attempt.person_id, str(attempt.channel), at, phone_id=attempt.phone_id,
        email_address=attempt.email_address, purpose=attempt.purpose, direction=str(attempt.direction),
        overrides=override.rules if override is not None else ())
    if not decision.allowed:
        raise ContactBlocked(decision)
    record = _new_record(actor, attempt, at, code, decision, phone)
    session.add(record)
    if override is not None:
        override.used_at = now
    session.flush()
    _after_attempt(session, account, record, code, decision, rows, phone)
    refresh_queue_fields(session, account.id)
    audit.record_many(session, actor, [_recorded_event(record, code, attempt)])
    return record


def _after_attempt(session: Session, account: Account, record: ContactAttempt, code: ResultCode,
                   decision: gc.Decision, rows: PersonRows, phone: Any) -> None:
    """Queue fields: last contact, right-party count, callback, the next instant a call is allowed (the caller
    then refreshes the account's queue fields, the time-zone group among them: it stays the consumer's candidate
    zones over every contact point, not the zones of the number this attempt used)."""
    if account.last_contact_at is None or record.at >= account.last_contact_at:
        account.last_contact_at = record.at
        account.last_result = code.code
    if code.counts_as_right_party:
        account.right_party_contacts += 1
    if record.callback_at is not None:
        account.callback_at = record.callback_at
    elif code.counts_as_conversation:
        account.callback_at = None
    if record.channel in (Channel.CALL, Channel.SMS, Channel.EMAIL) or code.counts_as_conversation:
        rows.history.append(gc.HistoryEntry(
            at=record.at, channel=str(record.channel), direction=str(record.direction), person_id=str(record.person_id),
            debt_ids=(str(record.account_id),), phone=record.phone_e164, outcome=str(record.outcome),
            phone_type=str(phone.type) if phone is not None else None))
        call_phone = phone or next((p for p in rows.phones if not p.do_not_call and not p.bad_number), None)
        if call_phone is not None:
            probe_at = record.at + dt.timedelta(seconds=1)
            pack = active_rulepack(session)
            request = engine_request(rows, record.person_id, account.id, "call", probe_at, phone=call_phone)
            probe = gc.evaluate(request, pack)
            frequency_blocked = [r for r in probe.reasons if pack.rule(r.rule).kind in FREQUENCY_KINDS]
            account.next_allowed_at = probe.next_allowed_at if (frequency_blocked and probe.next_allowed_at) else None


class ContactBatch:
    """Many outbound attempts in one transaction (a batch of letters), decided exactly as `record_attempt_in`
    decides one, with the database work done per batch instead of per attempt.

    The people are locked together first, then their facts and contact history are loaded in one set of queries;
    each attempt is then decided by the same engine on those facts, with the attempts this batch has recorded
    added to the history of everyone they concern (as a reload would show them). An attempt the guardrails
    refuse raises ContactBlocked and writes nothing. The attempts are added to the session (the caller flushes);
    `finish()` refreshes the touched accounts' queue fields and appends the batch's audit events, in order.
    """

    def __init__(self, session: Session, actor: Actor, person_ids: Iterable[uuid.UUID],
                 since: dt.datetime | None = None) -> None:
        self.session = session
        self.actor = actor
        people = set(person_ids)
        # Lock first: everything read after this is what the decisions are made on.
        _lock_people(session, list(people))
        self._since = since or utcnow()
        self.rows = load_facts(session, people, self._since - dt.timedelta(days=HISTORY_DAYS))
        self.pack = active_rulepack(session)
        self.events: list[audit.Pending] = []
        self._accounts: list[uuid.UUID] = []
        self._codes: dict[str, ResultCode] = {}  # held here: the session keeps loaded rows only while referenced
        self._on_debt: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for pid in people:
            for a in self.rows[pid].accounts:
                if pid not in self._on_debt[a.id]:
                    self._on_debt[a.id].append(pid)
        # Accounts of these people another workstation has checked out, read once for the batch.
        self._leased = access.leases_elsewhere(session, self._on_debt.keys(), actor.workstation)

    def record(self, attempt: AttemptInput) -> ContactAttempt:
        """Evaluate and record one attempt (to a person of this batch); raises ContactBlocked (nothing written)."""
        if attempt.op_id is not None or attempt.override_id is not None:
            raise ServiceError("a batch records new attempts without overrides")
        rows = self.rows.get(attempt.person_id)
        if rows is None:
            raise ServiceError("that person is not part of this batch")
        now = utcnow()
        at = _checked_time(attempt, now)
        if at < self._since:
            raise ServiceError("a batch records attempts made after it started")
        account = access.require_workable(self.session, self.actor, attempt.account_id, write=False)
        if str(attempt.direction) == Direction.OUTBOUND.value:
            access.refuse_if_leased(self._leased.get(attempt.account_id))
        if not any(link.id == attempt.account_id for link in rows.accounts):
            raise ServiceError("that person is not a party to this account")
        code = _result_code(self.session, attempt, self._codes)
        # The history a fresh load would give for this instant: the counting window ends `at`.
        window = at - dt.timedelta(days=HISTORY_DAYS)
        view = dataclasses.replace(rows, history=[h for h in rows.history if h.at >= window])
        decision, view, phone = _decide_on(
            view, self.pack, attempt.account_id, attempt.person_id, str(attempt.channel), at,
            phone_id=attempt.phone_id, email_address=attempt.email_address, purpose=attempt.purpose,
            direction=str(attempt.direction))
        if not decision.allowed:
            raise ContactBlocked(decision)
        record = _new_record(self.actor, attempt, at, code, decision, phone)
        self.session.add(record)
        _after_attempt(self.session, account, record, code, decision, view, phone)
        role = next((str(link.role) for link in rows.accounts if link.id == attempt.account_id), None)
        entry = gc.HistoryEntry(
            at=record.at, channel=str(record.channel), direction=str(record.direction),
            person_id=str(record.person_id), debt_ids=(str(record.account_id),), phone=record.phone_e164,
            outcome=str(record.outcome), phone_type=str(phone.type) if phone is not None else None, person_role=role)
        targets = self._on_debt.get(attempt.account_id, [])
        if attempt.person_id not in targets:
            targets = [*targets, attempt.person_id]
        for pid in targets:
            self.rows[pid].history.append(entry)
        self._accounts.append(account.id)
        self.events.append(_recorded_event(record, code, attempt))
        return record

    def finish(self) -> None:
        """Write what the batch's attempts change once: the queue fields of their accounts and the audit events."""
        # The refresh reads promises, disputes, parties and flags, which a batch of attempts does not change: no
        # flush first, so each account's row is written once, with its queue fields, by the flush below.
        with self.session.no_autoflush:
            refresh_queue_fields_many(self.session, self._accounts)
        audit.record_many(self.session, self.actor, self.events)
        self._accounts, self.events = [], []


def record_attempt(session_factory: Callable[[], Session], actor: Actor, attempt: AttemptInput) -> ContactAttempt:
    """Evaluate and record in one transaction. A refusal is audited and raised as ContactBlocked."""
    try:
        with session_factory() as session, session.begin():
            return record_attempt_in(session, actor, attempt)
    except ContactBlocked as blocked:
        record_refusal(session_factory, actor, attempt, blocked)
        raise


def record_refusal(session_factory: Callable[[], Session], actor: Actor, attempt: AttemptInput,
                   blocked: ContactBlocked) -> None:
    """Keep a refused attempt in the audit trail (its own transaction: the attempt's was rolled back)."""
    with session_factory() as session, session.begin():
        audit.record(session, actor, "contact.refused", "account", attempt.account_id, account_id=attempt.account_id,
                     after={"person_id": attempt.person_id, "channel": str(attempt.channel),
                            "phone_id": attempt.phone_id, "purpose": attempt.purpose,
                            "reasons": [{"code": r.code, "rule": r.rule} for r in blocked.decision.reasons],
                            "next_allowed_at": blocked.decision.next_allowed_at,
                            "rule_pack_version": blocked.decision.rule_pack_version})


def grant_override(session_factory: Callable[[], Session], supervisor: Actor, account_id: uuid.UUID,
                   person_id: uuid.UUID, rules: Sequence[str], reason: str,
                   collector_id: uuid.UUID | None = None) -> Override:
    """Let one attempt go past overridable agency rules; never hours, cease, attorney, bankruptcy or Reg F caps."""
    supervisor.require(Role.SUPERVISOR, Role.ADMIN, action="override a guardrail")
    if not reason or len(reason.strip()) < 10:
        raise ServiceError("an override needs a written reason (at least a sentence)")
    if not rules:
        raise ServiceError("name the rule to override")
    with session_factory() as session, session.begin():
        pack = active_rulepack(session)
        for rule_id in rules:
            try:
                rule = pack.rule(rule_id)
            except KeyError:
                raise ServiceError(f"there is no rule {rule_id!r}") from None
            if not rule.overridable:
                raise ServiceError(f"{rule.title} ({rule.citation}) cannot be overridden")
        _account_for(session, supervisor, account_id, person_id)
        override = Override(supervisor_id=supervisor.user_id, collector_id=collector_id, account_id=account_id,
                            person_id=person_id, rules=list(rules), reason=reason.strip(), at=utcnow())
        session.add(override)
        session.flush()
        audit.record(session, supervisor, "override.granted", "override", override.id, account_id=account_id,
                     after={"rules": list(rules), "collector_id": collector_id, "person_id": person_id}, reason=reason)
        return override


def callable_states(session: Session, account_ids: Sequence[uuid.UUID], at: dt.datetime | None = None,
                    ) -> dict[uuid.UUID, CallableState]:
    """For a page of the queue: may the consumer be called now on their first usable number, and if not, why."""
    at = at or utcnow()
    links = session.execute(sa.select(AccountParty.account_id, AccountParty.person_id)
                            .where(AccountParty.account_id.in_(list(account_ids)),
                                   AccountParty.role == PartyRole.CONSUMER)).all()
    consumer = {link.account_id: link.person_id for link in links}
    facts = load_facts(session, set(consumer.values()), at - dt.timedelta(days=HISTORY_DAYS))
    pack = active_rulepack(session)
    states: dict[uuid.UUID, CallableState] = {}
    for account_id in account_ids:
        person_id = consumer.get(account_id)
        if person_id is None:
            states[account_id] = CallableState("blocked", None, "No consumer on the account")
            continue
        rows = facts[person_id]
        phone = next((p for p in rows.phones if not p.do_not_call and not p.bad_number), None)
        if phone is None:
            states[account_id] = CallableState("blocked", None, "No usable phone number")
            continue
        decision = gc.evaluate(engine_request(rows, person_id, account_id, "call", at, phone=phone), pack)
        states[account_id] = state_of(decision)
    return states


def state_of(decision: gc.Decision) -> CallableState:
    if decision.allowed:
        return CallableState("callable", None, None, decision.time_zones)
    reason = "; ".join(r.message for r in decision.reasons)
    if decision.next_allowed_at is not None:
        return CallableState("later", decision.next_allowed_at, reason, decision.time_zones)
    return CallableState("blocked", None, reason, decision.time_zones)

