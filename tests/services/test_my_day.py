"""The personal status bar's numbers: my queue (not the whole database), callable now, what I did today, the
next callback; read through the access rule, on both backends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ccs_desktop.models import ContactAttempt, Promise
from ccs_desktop.models.enums import AccountStatus, Channel, Outcome, PromiseKind, PromiseStatus, Role
from ccs_desktop.services.accounts import my_day
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_client, make_person, make_team, make_user

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 11:00 in New York: calls allowed
DAY_START = dt.datetime(2026, 11, 24, 5, 0, tzinfo=UTC)


def test_my_day_counts_my_queue_and_my_work_today(session_factory):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        sam = make_user(s, role=Role.SUPERVISOR, username="sam")
        cole = make_user(s, username="cole")
        casey = make_user(s, username="casey")
        make_team(s, sam, cole, casey)
        usd, cad = make_client(s, name="Northwind"), make_client(s, name="Maple", currency="CAD")
        mine = []
        for i in range(5):
            person = make_person(s, first_name="Pat", last_name=f"Mine{i}")
            mine.append(make_account(s, client=usd if i < 4 else cad, person=person, assigned_to=cole.id,
                                     tz_group="America/New_York", currency="USD" if i < 4 else "CAD"))
        mine[1].contact_blocked = True
        mine[2].status = AccountStatus.PAID
        theirs = [make_account(s, client=usd, assigned_to=casey.id, tz_group="America/New_York") for _ in range(7)]
        mine[3].callback_at = AT + dt.timedelta(hours=2)
        mine[0].callback_at = AT - dt.timedelta(days=2)       # an old one: not "next"
        theirs[0].callback_at = AT + dt.timedelta(minutes=5)   # someone else's: not mine

        def attempt(user, account, at, code, outcome):
            consumer = account.parties[0].person_id if account.parties else None
            s.add(ContactAttempt(account_id=account.id, person_id=consumer, user_id=user.id, at=at,
                                 channel=Channel.CALL, result_code=code, outcome=outcome,
                                 decision={"allowed": True, "reasons": [], "warnings": []}))

        s.flush()
        for account in mine + theirs:
            s.refresh(account)
        attempt(cole, mine[0], AT - dt.timedelta(hours=3), "NA", Outcome.NO_ANSWER)
        attempt(cole, mine[0], AT - dt.timedelta(hours=1), "RPC", Outcome.CONVERSATION)
        attempt(cole, mine[4], AT - dt.timedelta(minutes=30), "PTP", Outcome.CONVERSATION)
        attempt(cole, mine[3], DAY_START - dt.timedelta(hours=1), "RPC", Outcome.CONVERSATION)  # yesterday
        attempt(casey, theirs[0], AT - dt.timedelta(hours=1), "RPC", Outcome.CONVERSATION)
        for account, amount, status, at in ((mine[0], "150.00", PromiseStatus.ACTIVE, AT),
                                            (mine[4], "80.50", PromiseStatus.PENDING_APPROVAL, AT),
                                            (mine[3], "99.00", PromiseStatus.CANCELLED, AT),
                                            (mine[3], "70.00", PromiseStatus.ACTIVE, DAY_START - dt.timedelta(hours=2)),
                                            (theirs[1], "500.00", PromiseStatus.ACTIVE, AT)):
            s.add(Promise(account_id=account.id, person_id=account.parties[0].person_id,
                          taken_by=(casey if account in theirs else cole).id, taken_at=at - dt.timedelta(minutes=1),
                          kind=PromiseKind.SINGLE, total_amount=Decimal(amount), status=status))
        actors = {u.username: Actor(u.id, u.username, u.role, u.team_id) for u in (sam, cole, casey)}
        numbers = {a.id: a.client_account_number for a in mine}

    day = my_day.my_day(session_factory, actors["cole"], DAY_START, AT)
    assert day.queue_size == 4                  # cole's open accounts, not the 12 in the database
    assert day.callable_now == 3                # the blocked one is not
    assert day.worked_today == 2 and day.right_party_today == 2
    assert day.promises_today == 2 and day.promised_today == {"USD": Decimal("150.00"), "CAD": Decimal("80.50")}
    assert day.next_callback is not None
    assert day.next_callback.at == AT + dt.timedelta(hours=2)
    assert day.next_callback.account_number == numbers[mine[3].id] and day.next_callback.consumer == "Pat Mine3"

    casey_day = my_day.my_day(session_factory, actors["casey"], DAY_START, AT)
    assert casey_day.queue_size == 7 and casey_day.worked_today == 1
    assert casey_day.next_callback is not None and casey_day.next_callback.at == AT + dt.timedelta(minutes=5)
    # The supervisor's queue is what they may see: the team's accounts; their own work today is none.
    sam_day = my_day.my_day(session_factory, actors["sam"], DAY_START, AT)
    assert sam_day.queue_size == 11 and sam_day.worked_today == 0 and sam_day.promises_today == 0
