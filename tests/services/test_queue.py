"""The collector's queue: keyset pages, filters, callable-now, search in any phone format, next account."""

from __future__ import annotations

import datetime as dt
import functools
import time
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop.models import Account, ComplianceFlag, ContactAttempt, ResultCode
from ccs_desktop.models.enums import AccountStatus, Channel, FlagKind, Outcome, Role
from ccs_desktop.services.accounts import callable_now, queue_fields, queue
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_client, make_person, make_user

UTC = dt.timezone.utc
# A Tuesday, 11:00 in New York, 08:00 in Los Angeles, 06:00 in Honolulu.
AT = dt.datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
NY = "America/New_York"


def actor_of(user) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.team_id)


@pytest.fixture
def book(session_factory):
    """Two collectors; the first has a queue with a known mix of accounts."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        cole = make_user(s, username="cole")
        other = make_user(s, username="casey")
        nwb = make_client(s, name="Northwind Bank")
        lkm = make_client(s, name="Lakeside Medical")
        ids = {}

        def add(name, score, *, client=nwb, tz=NY, phone="+12125550100", owner=cole, **values):
            person = make_person(s, phone=phone, last_name=name)
            person.search_name = f"{name.upper()} PAT"
            acct = make_account(s, client=client, person=person, assigned_to=owner.id, tz_group=tz,
                                priority_score=Decimal(score), **values)
            ids[name] = acct.id
            return acct

        add("Smith", "90.00", balance=Decimal("5000.00"), phone="+12125550142")
        add("Jones", "80.00", client=lkm, balance=Decimal("250.00"), has_broken_promise=True)
        add("Brown", "70.00", next_promise_due=AT.date(), balance=Decimal("1200.00"))
        add("Garcia", "60.00", callback_at=AT - dt.timedelta(hours=1))
        add("Blocked", "95.00", contact_blocked=True, blocked_reason="cease_requested")
        add("Later", "85.00", next_allowed_at=AT + dt.timedelta(days=2))
        add("Hawaii", "75.00", tz="Pacific/Honolulu", phone="+18085550100")
        add("Nowhere", "65.00", tz=None)
        add("Paid", "99.00", status=AccountStatus.PAID)
        add("Elsewhere", "98.00", owner=other)
        # The pre-filter lets this one through (no next_allowed_at kept), the engine refuses it: a conversation
        # yesterday starts Reg F's seven-day cooldown.
        spoke = add("Spoke", "88.00")
        person_id = queue_fields.consumer_id(s, spoke.id)
        s.add(ContactAttempt(account_id=spoke.id, person_id=person_id, user_id=cole.id, at=AT - dt.timedelta(days=1),
                             channel=Channel.CALL, phone_e164="+12125550100", result_code="RPC",
                             outcome=Outcome.CONVERSATION))
        s.add(ComplianceFlag(person_id=make_person(s).id, kind=FlagKind.HARDSHIP, set_at=AT))
        return {"cole": actor_of(cole), "casey": actor_of(other), "ids": ids, "lkm": lkm.id}


def names(page, book) -> list[str]:
    by_id = {v: k for k, v in book["ids"].items()}
    return [by_id[r.id] for r in page.rows]


def test_queue_is_the_collectors_open_accounts_by_score(session_factory, book):
    page = queue.page(session_factory, book["cole"], queue.QueueFilters(), at=AT)
    assert names(page, book) == ["Blocked", "Smith", "Spoke", "Later", "Jones", "Hawaii", "Brown", "Nowhere", "Garcia"]
    states = {n: r.callable for n, r in zip(names(page, book), page.rows)}
    assert states["Blocked"].state == "blocked" and "cease" in states["Blocked"].reason.lower()
    assert states["Later"].state == "later"
    assert states["Hawaii"].state == "later" and states["Hawaii"].until is not None  # 06:00 in Honolulu
    assert states["Spoke"].state == "later"  # the engine's cooldown
    assert states["Smith"].state == "callable"


def test_callable_now_prefilters_in_sql_and_confirms_with_the_engine(session_factory, book):
    page = queue.page(session_factory, book["cole"], queue.QueueFilters(callable_now=True), at=AT)
    assert names(page, book) == ["Smith", "Jones", "Brown", "Garcia"]
    assert all(r.callable.state == "callable" for r in page.rows)
    # Six hours later Honolulu is at noon: it joins the callable queue.
    later = queue.page(session_factory, book["cole"], queue.QueueFilters(callable_now=True), at=AT + dt.timedelta(hours=6))
    assert "Hawaii" in names(later, book)


@pytest.mark.parametrize("filters, expected", [
    (dict(client_id="lkm"), ["Jones"]),
    (dict(status=AccountStatus.PAID), ["Paid"]),
    (dict(status=None, balance_min=Decimal("1000"), balance_max=Decimal("5000")), ["Paid", "Blocked", "Smith", "Spoke",
                                                                                  "Later", "Hawaii", "Brown", "Nowhere",
                                                                                  "Garcia"]),
    (dict(balance_max=Decimal("999.99")), ["Jones"]),
    (dict(promises_due_today=True), ["Brown"]),
    (dict(broken_promises=True), ["Jones"]),
    (dict(callbacks_due=True), ["Garcia"]),
])
def test_filters(session_factory, book, filters, expected):
    filters = dict(filters)
    if filters.get("client_id") == "lkm":
        filters["client_id"] = book["lkm"]
    page = queue.page(session_factory, book["cole"], queue.QueueFilters(**filters), at=AT)
    assert names(page, book) == expected


@pytest.mark.parametrize("typed", ["(212) 555-0142", "212.555.0142", "+1 212 555 0142", "1-212-555-0142",
                                   "2125550142", "212 5550142"])
def test_phone_search_in_any_format(session_factory, book, typed):
    page = queue.page(session_factory, book["cole"], queue.QueueFilters(search=typed), at=AT)
    assert names(page, book) == ["Smith"]


def test_search_by_name_prefix_and_account_number(session_factory, book):
    assert names(queue.page(session_factory, book["cole"], queue.QueueFilters(search="smi"), at=AT), book) == ["Smith"]
    assert names(queue.page(session_factory, book["cole"], queue.QueueFilters(search="Smith, Pat"), at=AT), book) == ["Smith"]
    with session_factory() as s:
        number = s.get(Account, book["ids"]["Jones"]).client_account_number
    found = queue.page(session_factory, book["cole"], queue.QueueFilters(search=number.lower()), at=AT)
    assert names(found, book) == ["Jones"]
    # Another collector's account is not found in this queue, whatever is typed.
    assert queue.page(session_factory, book["cole"], queue.QueueFilters(search="elsewhere"), at=AT).rows == []
    with pytest.raises(ServiceError):
        queue.page(session_factory, book["cole"], queue.QueueFilters(search="%%"), at=AT)


def test_a_collector_sees_only_their_own_queue(session_factory, book):
    with pytest.raises(PermissionDenied):
        queue.page(session_factory, book["cole"], queue.QueueFilters(assigned_to=book["casey"].user_id), at=AT)
    theirs = queue.page(session_factory, book["casey"], queue.QueueFilters(), at=AT)
    assert names(theirs, book) == ["Elsewhere"]


def test_next_account_is_the_best_callable_one_not_yet_worked(session_factory, book):
    first = queue.next_account(session_factory, book["cole"], at=AT)
    assert first.id == book["ids"]["Smith"]
    second = queue.next_account(session_factory, book["cole"], exclude=[first.id], at=AT)
    assert second.id == book["ids"]["Jones"]
    # The view's filters apply (not its sort).
    only_lkm = queue.QueueFilters(client_id=book["lkm"], sort="balance", descending=False)
    assert queue.next_account(session_factory, book["cole"], only_lkm, at=AT).id == book["ids"]["Jones"]


@pytest.mark.parametrize("sort, descending", [("score", True), ("balance", False), ("consumer", True),
                                              ("last_contact", False), ("age", True), ("client", False)])
def test_keyset_pages_walk_every_row_once_in_order_for_any_sort(session_factory, sort, descending):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        cole = make_user(s)
        clients = [make_client(s) for _ in range(3)]
        for n in range(47):
            person = make_person(s)
            person.search_name = f"NAME{n % 7} PAT" if n % 5 else None or f"NAME{n % 7} PAT"
            make_account(s, client=clients[n % 3], person=person, assigned_to=cole.id, tz_group=NY,
                         priority_score=Decimal(n % 6), balance=Decimal(100 + n % 4),
                         last_contact_at=None if n % 3 == 0 else AT - dt.timedelta(hours=n % 5),
                         charge_off_date=None if n % 4 == 0 else dt.date(2025, 1, 1 + n % 9))
    actor = actor_of(cole)
    filters = queue.QueueFilters(sort=sort, descending=descending)
    seen, key = [], None
    while True:
        page = queue.page(session_factory, actor, filters, key, limit=6, at=AT)
        seen.extend(page.rows)
        key = page.next_key
        if key is None:
            break
    assert len(seen) == 47 and len({r.id for r in seen}) == 47
    keys = [queue.key_of(r, filters) for r in seen]
    ordered = sorted(keys, key=functools.cmp_to_key(lambda a, b: queue.compare_keys(a, b, filters)))
    assert keys == ordered


def test_paging_by_key_with_concurrent_score_changes_loses_and_repeats_nothing(session_factory):
    """What the queue model relies on: `changed_in` names the rows a concurrent change moved behind the cursor."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        cole = make_user(s)
        client = make_client(s)
        ids = [make_account(s, client=client, assigned_to=cole.id, tz_group=NY, priority_score=Decimal(100 - n)).id
               for n in range(30)]
    actor = actor_of(cole)
    filters = queue.QueueFilters()
    time.sleep(0.01)
    started = dt.datetime.now(UTC)
    first = queue.page(session_factory, actor, filters, None, limit=10, at=AT)
    with session_factory() as s, s.begin():  # another workstation: one unseen row jumps up, one seen row drops
        s.get(Account, ids[25]).priority_score = Decimal("500")
        s.get(Account, ids[3]).priority_score = Decimal("1")
    with session_factory() as s:
        moved = queue.changed_in(s, actor, filters, first.next_key, started, AT)
    second = queue.page(session_factory, actor, filters, first.next_key, limit=50, at=AT)
    assert [r.id for r in moved] == [ids[25]]
    assert second.rows[-1].id == ids[3]  # seen before, now at the bottom: the model moves it instead of repeating it
    assert ids[25] not in [r.id for r in second.rows]


def test_loose_hours_window_comes_from_the_rule_packs():
    spans = callable_now.windows()
    monday = spans[0]
    assert monday[0] <= 8 * 3600 and monday[1] >= 21 * 3600  # the federal 08:00-21:00 fits inside
    assert not callable_now.group_open("America/New_York", dt.datetime(2026, 11, 24, 3, 0, tzinfo=UTC))  # 22:00 in NY
    assert callable_now.group_open("America/New_York|America/Chicago", AT)
    assert not callable_now.group_open(None, AT)
    opens = callable_now.group_opens_at("Pacific/Honolulu", AT)
    assert opens is not None and opens > AT and callable_now.group_open("Pacific/Honolulu", opens)
    assert not callable_now.group_open("Pacific/Honolulu", opens - dt.timedelta(minutes=1))


def test_result_codes_carry_the_keyboard_shortcuts(session_factory):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        keys = dict(s.execute(sa.select(ResultCode.shortcut, ResultCode.code).where(ResultCode.shortcut.is_not(None))).all())
    assert keys["1"] == "NA" and keys["6"] == "PTP" and len(keys) == 9
