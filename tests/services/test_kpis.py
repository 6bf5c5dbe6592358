"""KPI arithmetic on the hand-made floor (tests/services/floor.py); expected values worked out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ccs_desktop.services.supervision import kpis
from ccs_desktop.services.context import PermissionDenied, ServiceError
from tests.services.floor import build

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def floor(session_factory):
    return build(session_factory)


def test_team_alpha_in_november(session_factory, floor):
    k = kpis.compute(session_factory, floor.actor("sam"), kpis.KpiScope(*NOVEMBER))
    # Cole NA VM RPC PTP NA + Casey RPC(email) RPC SENT(letter) = 8 attempts; RPC+PTP+RPC+RPC = 4 right-party.
    assert (k.attempts, k.right_party_contacts, k.right_party_rate) == (8, 4, Decimal("50.00"))
    # Cole's broken and kept promises and Casey's pending one; October's promise is outside.
    assert (k.promises, k.promise_rate) == (3, Decimal("75.00"))
    assert (k.promises_kept, k.promises_broken, k.promise_kept_rate) == (1, 1, Decimal("50.00"))
    # a2 300 + 200; a3 50 reversed; a1's October payment is outside. Placed a1+a2+a3 = 3500.
    assert (k.collected, k.placed, k.liquidation_rate) == ({"USD": Decimal("500.00")}, {"USD": Decimal("3500.00")}, Decimal("14.29"))
    # a1 10 days, a3 4.5 days.
    assert (k.disputes_resolved, k.dispute_cycle_days) == (2, Decimal("7.25"))
    assert k.blocked_contacts == 2
    assert k.blocked_by_rule == {"reg_f_7_in_7": 2, "time_window": 1}
    assert (k.overrides, k.overrides_by_rule) == (1, {"reg_f_7_in_7": 1})


def test_one_collector_and_one_client(session_factory, floor):
    ada = floor.actor("ada")
    cole = kpis.compute(session_factory, ada, kpis.KpiScope(*NOVEMBER, collector_id=floor.users["cole"].id))
    assert (cole.attempts, cole.right_party_contacts, cole.right_party_rate) == (5, 2, Decimal("40.00"))
    assert (cole.promises, cole.promise_rate, cole.promise_kept_rate) == (2, Decimal("100.00"), Decimal("50.00"))
    assert (cole.collected, cole.placed, cole.liquidation_rate) == ({"USD": Decimal("500.00")}, {"USD": Decimal("3000.00")}, Decimal("16.67"))
    assert (cole.dispute_cycle_days, cole.blocked_by_rule) == (Decimal("10.00"), {"reg_f_7_in_7": 1})

    beta = kpis.compute(session_factory, ada, kpis.KpiScope(*NOVEMBER, client_id=floor.clients["BETA"]))
    # Casey RPC RPC SENT + Bob WN PTP; Casey's pending and Bob's kept promise.
    assert (beta.attempts, beta.right_party_contacts) == (5, 3)
    assert (beta.promises, beta.promise_rate, beta.promise_kept_rate) == (2, Decimal("66.67"), Decimal("100.00"))
    assert (beta.collected, beta.placed, beta.liquidation_rate) == ({"USD": Decimal("400.00")}, {"USD": Decimal("2000.00")}, Decimal("20.00"))
    assert (beta.disputes_resolved, beta.dispute_cycle_days) == (2, Decimal("3.25"))
    assert beta.blocked_by_rule == {"time_window": 2, "reg_f_7_in_7": 1}


def test_empty_period_has_no_rates(session_factory, floor):
    k = kpis.compute(session_factory, floor.actor("ada"), kpis.KpiScope(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    assert (k.attempts, k.right_party_rate, k.promise_rate, k.collected, k.dispute_cycle_days) == (0, None, None, {}, None)
    assert k.blocked_by_rule == {}


def test_daily_series_and_per_collector(session_factory, floor):
    sam = floor.actor("sam")
    days = kpis.daily(session_factory, sam, kpis.KpiScope(dt.date(2026, 11, 4), dt.date(2026, 11, 10)))
    assert [(d.day.day, d.attempts, d.right_party_contacts) for d in days] == [
        (4, 1, 1), (5, 1, 1), (6, 1, 1), (7, 1, 0), (8, 1, 1), (9, 1, 0), (10, 0, 0)]
    assert days[-1].collected == {"USD": Decimal("300.00")} and not any(d.partial for d in days)
    rows = kpis.by_collector(session_factory, sam, kpis.KpiScope(*NOVEMBER))
    assert [(name, k.attempts, k.collected) for name, k in rows] == [
        ("Casey Collector", 3, {}), ("Cole Collector", 5, {"USD": Decimal("500.00")})]


def test_kpis_are_for_supervisors_of_that_team(session_factory, floor):
    with pytest.raises(PermissionDenied):
        kpis.compute(session_factory, floor.actor("cole"), kpis.KpiScope(*NOVEMBER))
    with pytest.raises(PermissionDenied):
        kpis.compute(session_factory, floor.actor("sam"), kpis.KpiScope(*NOVEMBER, team_id=floor.teams["beta"]))
    # Betty asking for everything gets her team only: Bob's WN and PTP.
    assert kpis.compute(session_factory, floor.actor("betty"), kpis.KpiScope(*NOVEMBER)).attempts == 2
    with pytest.raises(ServiceError):
        kpis.compute(session_factory, floor.actor("ada"), kpis.KpiScope(NOVEMBER[1], NOVEMBER[0]))


def test_money_is_kept_by_currency_never_added(session_factory, floor):
    """A Canadian account's dollars are not US dollars: collected, placed and liquidation stay per currency."""
    import sqlalchemy as sa

    from ccs_desktop.models import Account

    with session_factory() as s, s.begin():
        s.execute(sa.update(Account).where(Account.client_account_number == "ACME-2").values(currency="CAD"))
    k = kpis.compute(session_factory, floor.actor("sam"), kpis.KpiScope(*NOVEMBER))
    assert k.collected == {"CAD": Decimal("500.00")}
    assert k.placed == {"CAD": Decimal("2000.00"), "USD": Decimal("1500.00")}
    assert k.liquidation_rate is None  # one figure for two currencies would be wrong
    assert k.liquidation_by_currency == {"CAD": Decimal("25.00"), "USD": Decimal("0.00")}
    assert kpis.money_text(k.placed) == "CAD 2,000.00 · USD 1,500.00"


def test_today_is_marked_partial(session_factory, floor):
    now = dt.datetime(2026, 11, 9, 15, 0, tzinfo=dt.timezone.utc)
    days = kpis.daily(session_factory, floor.actor("sam"), kpis.KpiScope(dt.date(2026, 11, 4), dt.date(2026, 11, 9)),
                      now=now)
    assert [d.day.day for d in days if d.partial] == [9]
