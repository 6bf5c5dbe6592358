"""The queue: the accounts an actor may work, by priority, filtered, searched and paged by key (never OFFSET).

Which accounts: the access rule (`access.visible_accounts`): a collector's own; a supervisor's teams' and
unassigned ones, or one member's queue; an admin's any. The default order is the `ix_accounts_queue` index
(assigned_to, status, priority_score DESC, id): a page is an index range read that starts right after the last row
seen. Other sort columns page by key too, on (value, id) with NULLs last.

This module holds the query, its filters, sorts and search, and the paging. "Callable now" (the SQL pre-filter on
what the services keep per account and the hours window, then the guardrail engine's confirmation of the rows
shown) is `callable_now.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

import phonenumbers
import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...compliance.location import tz_group_zones
from ...models import Account, AccountParty, Client, Person, Phone
from ...models.enums import AccountStatus, PartyRole, Role
from .. import access
from ..context import Actor, PermissionDenied, ServiceError
from .callable_now import CallableState, closed_groups, confirm_states

UTC = dt.timezone.utc
PAGE = 50
# How many raw rows one page may read while the callable-now confirmation keeps dropping rows.
MAX_SCAN_BATCHES = 8


# --- what the queue shows ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class QueueRow:
    id: uuid.UUID
    priority_score: Decimal
    consumer: str
    consumer_id: uuid.UUID | None
    search_name: str | None
    client: str
    account_number: str
    balance: Decimal
    currency: str
    status: str
    charge_off_date: dt.date | None
    delinquency_date: dt.date | None
    last_contact_at: dt.datetime | None
    last_result: str | None
    callback_at: dt.datetime | None
    next_promise_due: dt.date | None
    has_broken_promise: bool
    tz_group: str | None
    contact_blocked: bool
    blocked_reason: str | None
    next_allowed_at: dt.datetime | None
    client_id: uuid.UUID | None = None
    callable: CallableState = CallableState("callable")

    @property
    def zones(self) -> tuple[str, ...]:
        return tz_group_zones(self.tz_group)

    def days_since(self, today: dt.date) -> int | None:
        start = self.charge_off_date or self.delinquency_date
        return (today - start).days if start else None

    def next_action_kind(self, today: dt.date, now: dt.datetime) -> tuple[str, dt.date | None]:
        """What to do next, as a key the screens put in words ("callback", "broken promise", "promise due",
        "promise" with its date, or "")."""
        if self.callback_at is not None and self.callback_at <= now + dt.timedelta(hours=12):
            return "callback", None
        if self.has_broken_promise:
            return "broken promise", None
        if self.next_promise_due is not None and self.next_promise_due <= today:
            return "promise due", None
        if self.next_promise_due is not None:
            return "promise", self.next_promise_due
        if self.callback_at is not None:
            return "callback", None
        return "", None

    def next_action(self, today: dt.date, now: dt.datetime) -> str:
        kind, day = self.next_action_kind(today, now)
        return f"promise {day:%m-%d}" if day is not None else kind


# --- filters and sort --------------------------------------------------------------------------------

SORTS = ("score", "consumer", "client", "account", "balance", "age", "last_contact", "next_action",
         "local_time", "callable", "status")


@dataclasses.dataclass(frozen=True)
class QueueFilters:
    client_id: uuid.UUID | None = None
    status: AccountStatus | None = AccountStatus.OPEN   # None: every status
    balance_min: Decimal | None = None
    balance_max: Decimal | None = None
    callable_now: bool = False
    promises_due_today: bool = False
    broken_promises: bool = False
    callbacks_due: bool = False
    search: str = ""
    sort: str = "score"
    descending: bool = True
    # Whose queue: a collector sees their own; a supervisor their team's (or one member's); an admin any.
    assigned_to: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ServiceError(f"cannot sort the queue by {self.sort!r}")
        if self.balance_min is not None and self.balance_max is not None and self.balance_min > self.balance_max:
            raise ServiceError("the lowest balance is above the highest")

    def with_(self, **changes: Any) -> QueueFilters:
        return dataclasses.replace(self, **changes)


@dataclasses.dataclass(frozen=True)
class PageKey:
    """Where the next page starts: the sort value and id of the last row read (`null` for a NULL value)."""

    value: Any
    null: bool
    id: uuid.UUID


@dataclasses.dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    next_key: PageKey | None    # None: the queue is exhausted
    scanned: int                # raw rows read (callable-now confirmation may have dropped some)


_person = aliased(Person, name="consumer_person")
_party = aliased(AccountParty, name="consumer_party")


def _sort_expr(sort: str) -> tuple[Any, bool]:
    """(column, nullable) of a sort key; "age" sorts by the charge-off date (older = more days)."""
    return {
        "score": (Account.priority_score, False),
        "consumer": (_person.search_name, True),
        "client": (Client.name, False),
        "account": (Account.client_account_number, False),
        "balance": (Account.balance, False),
        "age": (Account.charge_off_date, True),
        "last_contact": (Account.last_contact_at, True),
        "next_action": (Account.callback_at, True),
        "local_time": (Account.tz_group, True),
        "callable": (Account.next_allowed_at, True),
        "status": (Account.status, False),
    }[sort]


def _row_value(row: QueueRow, sort: str) -> Any:
    return {
        "score": row.priority_score, "consumer": row.search_name, "client": row.client,
        "account": row.account_number, "balance": row.balance, "age": row.charge_off_date,
        "last_contact": row.last_contact_at, "next_action": row.callback_at, "local_time": row.tz_group,
        "callable": row.next_allowed_at, "status": row.status,
    }[sort]


def _descending(filters: QueueFilters) -> bool:
    # "age" is shown as days since charge-off: more days = an earlier date.
    return (not filters.descending) if filters.sort == "age" else filters.descending


def key_of(row: QueueRow, filters: QueueFilters) -> PageKey:
    value = _row_value(row, filters.sort)
    if isinstance(value, str) and filters.sort == "status":
        value = str(value)
    return PageKey(value, value is None, row.id)


def compare_keys(a: PageKey, b: PageKey, filters: QueueFilters) -> int:
    """-1 if `a` comes before `b` in the queue's order, 1 after, 0 same row."""
    if a.null != b.null:
        return 1 if a.null else -1
    if not a.null and a.value != b.value:
        before = a.value > b.value if _descending(filters) else a.value < b.value
        return -1 if before else 1
    if a.id == b.id:
        return 0
    return -1 if a.id < b.id else 1


def _after(filters: QueueFilters, key: PageKey, inclusive: bool = False) -> Any:
    """SQL: rows strictly after `key` (or at/before it with `inclusive` inverted by the caller)."""
    expr, nullable = _sort_expr(filters.sort)
    desc = _descending(filters)
    id_after = Account.id >= key.id if inclusive else Account.id > key.id
    if key.null:
        return sa.and_(expr.is_(None), id_after)
    beyond = expr < key.value if desc else expr > key.value
    # The redundant range bound lets the planner seek in the index instead of filtering from the top.
    bound = expr <= key.value if desc else expr >= key.value
    cond = sa.and_(bound, sa.or_(beyond, sa.and_(expr == key.value, id_after)))
    if nullable:
        cond = sa.or_(cond, expr.is_(None))
    return cond


def _at_or_before(filters: QueueFilters, key: PageKey) -> Any:
    expr, nullable = _sort_expr(filters.sort)
    desc = _descending(filters)
    if key.null:
        return sa.or_(expr.is_not(None), sa.and_(expr.is_(None), Account.id <= key.id))
    ahead = expr > key.value if desc else expr < key.value
    bound = expr >= key.value if desc else expr <= key.value
    return sa.and_(bound, sa.or_(ahead, sa.and_(expr == key.value, Account.id <= key.id)))


def _order_by(filters: QueueFilters) -> list[Any]:
    expr, nullable = _sort_expr(filters.sort)
    order = [expr.desc() if _descending(filters) else expr.asc()]
    if nullable:
        order.insert(0, expr.is_(None))
    order.append(Account.id.asc())
    return order


# --- search ------------------------------------------------------------------------------------------

_PHONE_CHARS = re.compile(r"^[\d\s().+\-/x]+$")


def normalise_phone(text: str) -> str | None:
    """The national significant number (digits) of a phone number typed in any format, else None."""
    text = text.strip()
    if not text or not _PHONE_CHARS.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < 7:
        return None
    try:
        parsed = phonenumbers.parse(text, "US")
        national = str(parsed.national_number)
        if len(national) >= 7:
            return national
    except phonenumbers.NumberParseException:
        pass
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:]
    return digits


def _prefix_range(column: Any, prefix: str) -> Any:
    """`column LIKE 'prefix%'` that an ordinary b-tree index can serve (a range plus the exact test)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return sa.and_(column >= prefix, column < upper, column.like(escaped + "%", escape="\\"))


def search_condition(text: str) -> Any | None:
    """Accounts whose consumer has this name prefix, whose consumer (or another party) has this phone, or whose
    number starts so.

    A name matches `Account.consumer_search_name` (the consumer's search name, kept by the database). A phone or
    number is its own indexed SELECT of account ids, joined with UNION: an OR across tables would make the
    database scan the queue instead.
    """
    text = text.strip()
    if not text:
        return None
    branches = []
    phone = normalise_phone(text)
    if phone:
        people = sa.select(Phone.person_id).where(Phone.digits == phone)
        branches.append(sa.select(AccountParty.account_id).where(AccountParty.person_id.in_(people)))
    number = re.sub(r"\s", "", text).upper()
    if re.fullmatch(r"[A-Z0-9\-]{3,40}", number) and re.search(r"\d", number):
        branches.append(sa.select(Account.id).where(_prefix_range(Account.client_account_number, number)))
    name = " ".join(re.sub(r"[,;]", " ", text).upper().split())
    if re.search(r"[A-Z]", name) and len(name) >= 2 and not re.search(r"\d", name):
        # A name has no digit, so it is the only kind of match: a range on the account's own copy of its
        # consumer's name, read from ix_accounts_queue_search in the queue's scope.
        return _prefix_range(Account.consumer_search_name, name)
    if not branches:
        raise ServiceError(f"nothing to search for in {text!r}: type a name, an account number or a phone number")
    ids = branches[0] if len(branches) == 1 else sa.union(*branches)
    return Account.id.in_(ids)

# --- the query ---------------------------------------------------------------------------------------


def _scope(session: Session, actor: Actor, filters: QueueFilters) -> Any:
    """The accounts the actor may see (`access.visible_accounts`), or one member's queue among them."""
    visible = access.visible_accounts(actor)
    if filters.assigned_to is None or (actor.role == Role.COLLECTOR and filters.assigned_to == actor.user_id):
        return visible
    if actor.role == Role.COLLECTOR:
        raise PermissionDenied(f"{actor.username} may only see their own queue")
    access.require_answers_for(session, actor, filters.assigned_to, "see that queue")
    return sa.and_(visible, Account.assigned_to == filters.assigned_to)


def _base_query(session: Session, actor: Actor, filters: QueueFilters, at: dt.datetime) -> sa.Select:
    query = (
        sa.select(Account.id, Account.priority_score, _person.id.label("person_id"), _person.first_name,
                  _person.last_name, _person.business_name, _person.search_name, Client.name.label("client_name"),
                  Account.client_account_number, Account.balance, Account.currency, Account.status,
                  Account.charge_off_date, Account.delinquency_date, Account.last_contact_at, Account.last_result,
                  Account.callback_at, Account.next_promise_due, Account.has_broken_promise, Account.tz_group,
                  Account.contact_blocked, Account.blocked_reason, Account.next_allowed_at, Account.client_id)
        .join(Client, Client.id == Account.client_id)
        .outerjoin(_party, sa.and_(_party.account_id == Account.id, _party.role == PartyRole.CONSUMER))
        .outerjoin(_person, _person.id == _party.person_id)
        .where(_scope(session, actor, filters))
    )
    if filters.status is not None:
        query = query.where(Account.status == filters.status)
    if filters.client_id is not None:
        query = query.where(Account.client_id == filters.client_id)
    if filters.balance_min is not None:
        query = query.where(Account.balance >= filters.balance_min)
    if filters.balance_max is not None:
        query = query.where(Account.balance <= filters.balance_max)
    today = at.date()
    if filters.promises_due_today:
        query = query.where(Account.next_promise_due <= today)
    if filters.broken_promises:
        query = query.where(Account.has_broken_promise.is_(True))
    if filters.callbacks_due:
        query = query.where(Account.callback_at <= at)
    if filters.callable_now:
        query = query.where(Account.contact_blocked.is_(False),
                            sa.or_(Account.next_allowed_at.is_(None), Account.next_allowed_at <= at),
                            Account.tz_group.is_not(None))
        closed = closed_groups(session, at)
        if closed:
            query = query.where(Account.tz_group.not_in(closed))
    search = search_condition(filters.search)
    if search is not None:
        query = query.where(search)
    return query


def _limited(query: sa.Select, filters: QueueFilters, size: int) -> sa.Select:
    """The first `size` rows of a queue query. A search's matches are not in the order of an index: the page's
    ids are picked from `accounts` alone (an index read and a small sort), and only they are joined to their
    client and consumer, instead of joining every match before sorting."""
    if not filters.search.strip() or filters.sort in ("consumer", "client"):
        return query.limit(size)
    ids = (sa.select(Account.id).where(query.whereclause).order_by(*_order_by(filters)).limit(size)
           .correlate(None))
    return query.where(Account.id.in_(ids)).limit(size)


def _to_row(r: Any) -> QueueRow:
    name = r.business_name or " ".join(p for p in (r.first_name, r.last_name) if p) or "(no consumer)"
    return QueueRow(r.id, r.priority_score, name, r.person_id, r.search_name, r.client_name, r.client_account_number,
                    r.balance, r.currency, str(r.status), r.charge_off_date, r.delinquency_date, r.last_contact_at,
                    r.last_result, r.callback_at, r.next_promise_due, bool(r.has_broken_promise), r.tz_group,
                    bool(r.contact_blocked), r.blocked_reason, r.next_allowed_at, r.client_id)


def _rows(session: Session, query: sa.Select) -> list[QueueRow]:
    """Run a queue query on the session's connection: plain column rows need none of the ORM's result layer."""
    session.flush()
    return [_to_row(r) for r in session.connection().execute(query)]


def matches(row: QueueRow, filters: QueueFilters, at: dt.datetime) -> bool:
    """Whether a (re-read) row still passes the view's filters; search matches are kept (they are by identity)."""
    if filters.status is not None and row.status != str(filters.status):
        return False
    if filters.client_id is not None and row.client_id != filters.client_id:
        return False
    if filters.balance_min is not None and row.balance < filters.balance_min:
        return False
    if filters.balance_max is not None and row.balance > filters.balance_max:
        return False
    if filters.promises_due_today and not (row.next_promise_due and row.next_promise_due <= at.date()):
        return False
    if filters.broken_promises and not row.has_broken_promise:
        return False
    if filters.callbacks_due and not (row.callback_at and row.callback_at <= at):
        return False
    if filters.callable_now and row.callable.state != "callable":
        return False
    return True


def page_in(session: Session, actor: Actor, filters: QueueFilters, after: PageKey | None = None,
            limit: int = PAGE, at: dt.datetime | None = None,
            exclude: Iterable[uuid.UUID] = ()) -> QueuePage:
    """The next `limit` rows after `after`, with their callable state; callable-now rows confirmed."""
    at = at or dt.datetime.now(UTC)
    base = _base_query(session, actor, filters, at)
    excluded = list(exclude)
    if excluded:
        base = base.where(Account.id.not_in(excluded))
    base = base.order_by(*_order_by(filters))
    rows: list[QueueRow] = []
    # With callable-now on, the engine drops some of what the pre-filter lets through: read a quarter more up
    # front so one round (one set of guardrail queries) usually fills the page; the surplus is cut off below.
    key, scanned, size = after, 0, limit + limit // 4 if filters.callable_now else limit
    for _ in range(MAX_SCAN_BATCHES if filters.callable_now else 1):
        query = base if key is None else base.where(_after(filters, key))
        batch = _rows(session, _limited(query, filters, size))
        scanned += len(batch)
        confirmed = confirm_states(session, batch, at)
        if filters.callable_now:
            confirmed = [r for r in confirmed if r.callable.state == "callable"]
        rows.extend(confirmed)
        if len(batch) < size:
            return QueuePage(rows[:limit] if len(rows) > limit else rows, None, scanned)
        key = key_of(batch[-1], filters)
        if len(rows) >= limit:
            break
        # Read about twice what is still missing: the engine keeps most of what the pre-filter lets through.
        size = min(limit, max(10, 2 * (limit - len(rows))))
    if len(rows) > limit:
        rows = rows[:limit]
        key = key_of(rows[-1], filters)
    return QueuePage(rows, key, scanned)


def page(session_factory: Callable[[], Session], actor: Actor, filters: QueueFilters, after: PageKey | None = None,
         limit: int = PAGE, at: dt.datetime | None = None) -> QueuePage:
    with session_factory() as session:
        return page_in(session, actor, filters, after, limit, at)


def changed_in(session: Session, actor: Actor, filters: QueueFilters, through: PageKey, since: dt.datetime,
               at: dt.datetime | None = None) -> list[QueueRow]:
    """Rows changed since `since` that now sort at or before `through` (a scrolling view has passed them)."""
    at = at or dt.datetime.now(UTC)
    query = (_base_query(session, actor, filters, at)
             .where(Account.updated_at >= since, _at_or_before(filters, through))
             .order_by(*_order_by(filters)).limit(1000))
    rows = confirm_states(session, _rows(session, query), at)
    if filters.callable_now:
        rows = [r for r in rows if r.callable.state == "callable"]
    return rows


def rows_in(session: Session, actor: Actor, ids: Sequence[uuid.UUID], at: dt.datetime | None = None) -> list[QueueRow]:
    """The queue rows of these accounts as they are now (for a view refreshing after an operation)."""
    at = at or dt.datetime.now(UTC)
    if not ids:
        return []
    query = _base_query(session, actor, QueueFilters(status=None), at).where(Account.id.in_(list(ids)))
    return confirm_states(session, _rows(session, query), at)


def page_and_moved(session_factory: Callable[[], Session], actor: Actor, filters: QueueFilters, after: PageKey | None,
                   since: dt.datetime | None, limit: int = PAGE,
                   at: dt.datetime | None = None) -> tuple[QueuePage, list[QueueRow]]:
    """The next page after `after`, and the rows changed since `since` that now sort inside the part already
    shown (`changed_in`), read in one session: what a scrolling view asks for."""
    with session_factory() as session:
        found = page_in(session, actor, filters, after, limit, at)
        moved = changed_in(session, actor, filters, after, since, at) if after is not None and since is not None \
            else []
        return found, moved


def rows(session_factory: Callable[[], Session], actor: Actor, ids: Sequence[uuid.UUID],
         at: dt.datetime | None = None) -> list[QueueRow]:
    """`rows_in` in its own session."""
    with session_factory() as session:
        return rows_in(session, actor, ids, at)


def next_account(session_factory: Callable[[], Session], actor: Actor, filters: QueueFilters | None = None,
                 exclude: Iterable[uuid.UUID] = (), at: dt.datetime | None = None) -> QueueRow | None:
    """The best account to work now: the highest-scored callable one (the view's filters apply, not its sort)."""
    filters = (filters or QueueFilters()).with_(callable_now=True, sort="score", descending=True)
    with session_factory() as session:
        found = page_in(session, actor, filters, None, 10, at, exclude)
    return found.rows[0] if found.rows else None


def count_in(session: Session, actor: Actor, filters: QueueFilters, at: dt.datetime | None = None) -> int:
    """How many accounts the pre-filter lets through (callable-now counts are an upper bound)."""
    at = at or dt.datetime.now(UTC)
    query = _base_query(session, actor, filters, at).with_only_columns(sa.func.count()).order_by(None)
    return session.scalar(query) or 0
