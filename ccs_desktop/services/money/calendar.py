"""The promise calendar: instalments in a date range for a collector (or a supervisor's teams), and .ics export.

Entries carry what the calendar shows (date, amount, state, account number, consumer name, collector) and
the account id a click opens. The display state adds "overdue" (past its date, still within grace) to the
stored instalment states, and pending promises show as "pending approval".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from decimal import Decimal

import sqlalchemy as sa

from ...models import Account, AccountParty, Instalment, Person, Promise, User, utcnow
from ...models.enums import InstalmentState, PartyRole, PromiseStatus
from .. import access
from ..context import Actor, PermissionDenied
from .promises import fmt_money

SHOWN_STATUSES = (PromiseStatus.ACTIVE, PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.PENDING_APPROVAL)
STATE_LABELS = {"due": "Due", "overdue": "Overdue", "kept": "Kept", "partly_kept": "Partly kept",
                "broken": "Broken", "pending": "Pending approval"}


@dataclasses.dataclass(frozen=True)
class CalendarEntry:
    instalment_id: uuid.UUID
    promise_id: uuid.UUID
    account_id: uuid.UUID
    due_date: dt.date
    amount: Decimal
    paid_amount: Decimal
    state: str  # due, overdue, kept, partly_kept, broken, pending
    seq: int
    of: int
    account_number: str
    consumer: str
    collector: str | None
    collector_id: uuid.UUID | None
    currency: str

    @property
    def label(self) -> str:
        return f"{self.consumer} {fmt_money(self.amount, self.currency)}"

    @property
    def describe(self) -> str:
        paid = f", paid {fmt_money(self.paid_amount, self.currency)}" if self.paid_amount else ""
        return (f"{self.account_number} {self.consumer}: {fmt_money(self.amount, self.currency)} "
                f"({self.seq} of {self.of}) — {STATE_LABELS[self.state]}{paid}")


def display_state(stored: InstalmentState, status: PromiseStatus, due: dt.date, today: dt.date) -> str:
    if status == PromiseStatus.PENDING_APPROVAL:
        return "pending"
    if stored == InstalmentState.DUE and due < today:
        return "overdue"
    return stored.value


def entries(session_factory, actor: Actor, start: dt.date, end: dt.date, *,
            collector_ids: Iterable[uuid.UUID] | None = None, today: dt.date | None = None) -> list[CalendarEntry]:
    """Instalments due in [start, end] of the promises the actor may see, by date then account.

    A collector sees the promises they took; a supervisor those taken by the users they answer for
    (`access.answered_for`: themselves and their teams' members; optionally narrowed to `collector_ids`); an admin
    everyone's. Only on accounts the actor may see (`access.visible_accounts`): a click opens the account.
    """
    today = today or utcnow().date()
    with session_factory() as s:
        visible = access.answered_for_ids(s, actor)
        wanted = set(collector_ids) if collector_ids is not None else None
        if wanted is not None and visible is not None and not wanted <= visible:
            raise PermissionDenied(f"{actor.username} may only see their own"
                                   f"{' teams' if actor.is_supervisor else ''} promises")
        who = wanted if wanted is not None else visible
        of = (sa.select(sa.func.count()).where(Instalment.promise_id == Promise.id).correlate(Promise)
              .scalar_subquery())
        q = (sa.select(Instalment, Promise.status, Promise.taken_by, of.label("of"), Account.client_account_number,
                       Account.currency, Person.first_name, Person.last_name, Person.business_name,
                       User.display_name)
             .join(Promise, Promise.id == Instalment.promise_id)
             .join(Account, Account.id == Instalment.account_id)
             .outerjoin(AccountParty, sa.and_(AccountParty.account_id == Account.id,
                                              AccountParty.role == PartyRole.CONSUMER))
             .outerjoin(Person, Person.id == AccountParty.person_id)
             .outerjoin(User, User.id == Promise.taken_by)
             .where(Instalment.due_date >= start, Instalment.due_date <= end,
                    Promise.status.in_(SHOWN_STATUSES), access.visible_accounts(actor))
             .order_by(Instalment.due_date, Account.client_account_number, Instalment.seq))
        if who is not None:
            q = q.where(Promise.taken_by.in_(who))
        out = []
        for inst, status, taken_by, count, number, currency, first, last, business, collector in s.execute(q):
            name = business or " ".join(p for p in (first, last) if p) or "(no consumer)"
            out.append(CalendarEntry(inst.id, inst.promise_id, inst.account_id, inst.due_date, inst.amount,
                                     inst.paid_amount, display_state(inst.state, status, inst.due_date, today),
                                     inst.seq, count, number, name, collector, taken_by, currency))
        return out


def team_members(session_factory, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """Whom the actor can pick in the calendar's collector filter (themselves only, for a collector)."""
    with session_factory() as s:
        visible = access.answered_for(actor)
        q = sa.select(User.id, User.display_name).where(User.active.is_(True)).order_by(User.display_name)
        if visible is not None:
            q = q.where(User.id.in_(visible))
        return [(uid, name) for uid, name in s.execute(q)]


def to_ics(items: Sequence[CalendarEntry], *, include_names: bool = False, calendar_name: str = "CCS promises",
           stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file (Outlook, Google, Apple) of all-day events, one per instalment.

    Consumer names are left out unless asked for: a calendar synced to a phone or a cloud account should not
    carry personal data; the account number is enough to find the account.
    """
    from icalendar import Calendar, Event

    stamp = stamp or utcnow()
    cal = Calendar()
    cal.add("prodid", "-//CCS Desktop//Promise calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    for e in items:
        ev = Event()
        who = f" {e.consumer}" if include_names else ""
        ev.add("uid", f"{e.instalment_id}@ccs-desktop")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", e.due_date)  # a date: an all-day event that no time zone or DST change moves
        ev.add("dtend", e.due_date + dt.timedelta(days=1))
        ev.add("summary", f"Promise {e.account_number}{who}: {fmt_money(e.amount, e.currency)} ({STATE_LABELS[e.state]})")
        ev.add("description", f"Instalment {e.seq} of {e.of}. Paid so far {fmt_money(e.paid_amount, e.currency)}."
                              + (f" Collector: {e.collector}." if e.collector else ""))
        ev.add("categories", [STATE_LABELS[e.state]])
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return cal.to_ical()
