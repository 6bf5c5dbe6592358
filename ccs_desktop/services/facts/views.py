"""What the workspace's Facts panel and the supervisor's complaint list show of the compliance records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, AccountParty, ComplianceFlag, Complaint, Person, User
from ...models.enums import PartyRole, Role
from ...models.facts import RECORDS, AttorneyRepresentation, Bankruptcy, CeaseRequest, Deceased, FactRecord, Hardship
from .. import access
from ..context import Actor
from .clearing import SUPERVISOR_CLEARS

UTC = dt.timezone.utc
KIND_OF = {Bankruptcy: "bankruptcy", Deceased: "deceased", AttorneyRepresentation: "attorney",
           CeaseRequest: "cease", Complaint: "complaint", Hardship: "hardship"}


@dataclasses.dataclass(frozen=True)
class FactView:
    kind: str                 # bankruptcy, deceased, attorney, cease, complaint, hardship; "flag" for a bare flag
    id: uuid.UUID
    flag: str                 # the guardrail flag it sets while in force
    summary: str              # its details in a line
    scope: str                # "every debt", "this debt", "other debts: ..."
    applies_here: bool        # whether it covers this account's debt
    in_force: bool
    set_by: str
    set_at: dt.datetime
    source: str
    reason: str | None
    cleared_by: str | None = None
    cleared_at: dt.datetime | None = None
    clear_reason: str | None = None
    needs_supervisor: bool = False  # clearing it takes a supervisor
    details: dict[str, Any] = dataclasses.field(default_factory=dict)


def _summary(record: FactRecord, names: dict[uuid.UUID, str]) -> tuple[str, dict[str, Any]]:
    if isinstance(record, Bankruptcy):
        parts = [f"Chapter {record.chapter}" if record.chapter else "Chapter not known"]
        parts += [p for p in (record.case_number and f"case {record.case_number}", record.court,
                              record.filed_on and f"filed {record.filed_on:%Y-%m-%d}") if p]
        if record.outcome:
            parts.append(f"{record.outcome.value} {record.outcome_on:%Y-%m-%d}" if record.outcome_on
                         else record.outcome.value)
        return ", ".join(parts), {"outcome": record.outcome and record.outcome.value}
    if isinstance(record, Deceased):
        parts = [f"died {record.died_on:%Y-%m-%d}" if record.died_on else "date of death not known"]
        if record.representative_id:
            kind = (record.representative_kind or "representative").replace("_", " ")
            parts.append(f"{kind}: {names.get(record.representative_id, '?')}")
        return ", ".join(parts), {"representative_id": record.representative_id}
    if isinstance(record, AttorneyRepresentation):
        parts = [p for p in (record.attorney_name, record.firm, record.phone, record.email, record.address) if p]
        if record.direct_contact:
            parts.append("attorney consented to direct contact" if record.direct_contact == "consented"
                         else "attorney did not respond in a reasonable time: consumer may be contacted")
        return ", ".join(parts), {"attorney_id": record.attorney_id,
                                  "direct_contact": record.direct_contact and record.direct_contact.value}
    if isinstance(record, CeaseRequest):
        via = record.received_via.value if record.received_via else "how not recorded"
        when = f"{record.received_at:%Y-%m-%d}" if record.received_at else "date not recorded"
        return f"received {when} ({via})", {}
    if isinstance(record, Complaint):
        origin = {"cfpb": "CFPB", "bbb": "BBB", "state_regulator": "state regulator"}.get(
            str(record.received_from), str(record.received_from or "source not recorded"))
        parts = [f"from {origin}", f"status {record.status.value}"]
        if record.due_on:
            parts.append(f"response due {record.due_on:%Y-%m-%d}")
        parts += [p for p in (record.summary, record.resolution and f"resolution: {record.resolution}") if p]
        return ", ".join(parts), {"status": record.status.value, "due_on": record.due_on}
    assert isinstance(record, Hardship)
    until = f"until {record.ends_on:%Y-%m-%d}" if record.ends_on else "no end date"
    return f"{record.reason or ''} ({until})", {"ends_on": record.ends_on}


HARDSHIP_RULE = "agency.hardship_pause"


def hardship_pauses_calls(session: Session) -> bool:
    """Whether the agency's rule in force pauses collection calls and texts in hardship (else a hardship is only
    shown, as a warning to the collector)."""
    from ..contacts.rulepacks import active_rulepack

    try:
        return active_rulepack(session).rule(HARDSHIP_RULE).enabled
    except KeyError:
        return False


def facts_in(session: Session, actor: Actor, account_id: uuid.UUID, *, include_cleared: bool = True,
             today: dt.date | None = None) -> list[FactView]:
    """The compliance records about the account's consumer (and the flags that stay bare), newest first."""
    access.require_account(session, actor, account_id, action="open")
    today = today or dt.datetime.now(UTC).date()
    person_id = session.scalar(sa.select(AccountParty.person_id).where(
        AccountParty.account_id == account_id, AccountParty.role == PartyRole.CONSUMER))
    if person_id is None:
        return []
    users = {u.id: u.display_name for u in session.scalars(sa.select(User))}
    numbers = {str(a): n for a, n in session.execute(
        sa.select(Account.id, Account.client_account_number).join(AccountParty, AccountParty.account_id == Account.id)
        .where(AccountParty.person_id == person_id))}
    here = str(account_id)
    out: list[FactView] = []
    records: list[FactRecord] = []
    for model, _flag in RECORDS:
        query = sa.select(model).where(model.person_id == person_id)
        if not include_cleared:
            query = query.where(model.cleared_at.is_(None))
        records.extend(session.scalars(query))
    linked = {r.representative_id for r in records if isinstance(r, Deceased) and r.representative_id}
    names = {p.id: p.full_name for p in session.scalars(sa.select(Person).where(Person.id.in_(linked)))} if linked \
        else {}
    flag_of = {model: flag for model, flag in RECORDS}
    for record in records:
        debts = list(record.debt_ids or [])
        if not debts:
            scope = "every debt"
        elif here in debts:
            scope = "this debt" + (" and " + ", ".join(numbers.get(d, d) for d in debts if d != here)
                                   if len(debts) > 1 else "")
        else:
            scope = "other debts: " + ", ".join(numbers.get(d, d) for d in debts)
        summary, details = _summary(record, names)
        kind = KIND_OF[type(record)]
        ended = isinstance(record, Hardship) and record.ends_on is not None and record.ends_on < today
        if kind == "hardship":
            pauses = hardship_pauses_calls(session)
            details["pauses_calls"] = pauses
            summary += ("; agency policy pauses calls and texts" if pauses
                        else "; agency policy: a warning only, calls go on")
        out.append(FactView(
            kind=kind, id=record.id, flag=flag_of[type(record)], summary=summary, scope=scope,
            applies_here=not debts or here in debts, in_force=record.cleared_at is None and not ended,
            set_by=users.get(record.set_by, "system") if record.set_by else "system", set_at=record.set_at,
            source=record.source, reason=record.set_reason,
            cleared_by=users.get(record.cleared_by, "system") if record.cleared_by else None,
            cleared_at=record.cleared_at, clear_reason=record.clear_reason,
            needs_supervisor=kind in SUPERVISOR_CLEARS, details=details))
    query = sa.select(ComplianceFlag).where(ComplianceFlag.person_id == person_id)
    if not include_cleared:
        query = query.where(ComplianceFlag.cleared_at.is_(None))
    for flag in session.scalars(query):
        on = str(flag.account_id) if flag.account_id else None
        out.append(FactView(
            kind="flag", id=flag.id, flag=str(flag.kind), summary=flag.detail or str(flag.kind).replace("_", " "),
            scope="every debt" if on is None else ("this debt" if on == here else f"other debts: {numbers.get(on)}"),
            applies_here=on in (None, here), in_force=flag.cleared_at is None,
            set_by=users.get(flag.set_by, "system") if flag.set_by else "system", set_at=flag.set_at, source="flag",
            reason=flag.detail, cleared_by=users.get(flag.cleared_by) if flag.cleared_by else None,
            cleared_at=flag.cleared_at))
    out.sort(key=lambda f: (not f.in_force, -f.set_at.timestamp()))
    return out


def account_facts(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                  include_cleared: bool = True) -> list[FactView]:
    with session_factory() as session:
        return facts_in(session, actor, account_id, include_cleared=include_cleared)


@dataclasses.dataclass(frozen=True)
class OpenComplaint:
    id: uuid.UUID
    account_id: uuid.UUID
    account_number: str
    consumer: str
    received_from: str
    received_at: dt.datetime | None
    due_on: dt.date | None
    status: str
    summary: str | None
    overdue: bool


def open_complaints(session_factory: Callable[[], Session], actor: Actor, today: dt.date | None = None,
                    limit: int = 1000) -> list[OpenComplaint]:
    """Open complaints about the consumers of the accounts the supervisor answers for, the soonest due first."""
    actor.require(Role.SUPERVISOR, Role.ADMIN, action="see the open complaints")
    today = today or dt.datetime.now(UTC).date()
    with session_factory() as session:
        first_account = (sa.select(AccountParty.person_id, sa.func.min(sa.cast(Account.id, sa.String)).label("acc"))
                         .join(Account, Account.id == AccountParty.account_id)
                         .where(AccountParty.role == PartyRole.CONSUMER, access.visible_accounts(actor))
                         .group_by(AccountParty.person_id).subquery())
        rows = session.execute(
            sa.select(Complaint, first_account.c.acc, Person)
            .join(first_account, first_account.c.person_id == Complaint.person_id)
            .join(Person, Person.id == Complaint.person_id)
            .where(Complaint.cleared_at.is_(None))
            .order_by(Complaint.due_on.is_(None), Complaint.due_on, Complaint.received_at).limit(limit)).all()
        ids = {uuid.UUID(str(acc)) if not isinstance(acc, uuid.UUID) else acc for _c, acc, _p in rows}
        numbers = dict(session.execute(sa.select(Account.id, Account.client_account_number)
                                       .where(Account.id.in_(ids))).all()) if ids else {}
        out = []
        for complaint, acc, person in rows:
            account_id = acc if isinstance(acc, uuid.UUID) else uuid.UUID(str(acc))
            out.append(OpenComplaint(
                complaint.id, account_id, numbers.get(account_id, ""), person.full_name,
                str(complaint.received_from or ""), complaint.received_at, complaint.due_on, complaint.status.value,
                complaint.summary, complaint.due_on is not None and complaint.due_on < today))
        return out
