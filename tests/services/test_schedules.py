"""Schedule arithmetic: month ends, February, leap years, daylight saving, exact splits, kept/broken rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from ccs_desktop.models.enums import InstalmentState, PlanFrequency, PromiseStatus
from ccs_desktop.services.money.schedules import (
    InstalmentFacts,
    ScheduleError,
    evaluate_schedule,
    plan_dates,
    split_by_instalment,
    split_evenly,
)

D = Decimal
money = st.integers(min_value=1, max_value=10_000_000).map(lambda c: (D(c) / 100).quantize(D("0.01")))


def test_monthly_plan_from_the_31st_keeps_month_ends_and_returns_to_the_31st():
    dates = plan_dates(PlanFrequency.MONTHLY, dt.date(2027, 1, 31), 4)
    assert dates == [dt.date(2027, 1, 31), dt.date(2027, 2, 28), dt.date(2027, 3, 31), dt.date(2027, 4, 30)]


def test_monthly_plan_in_a_leap_year_falls_on_february_29():
    dates = plan_dates(PlanFrequency.MONTHLY, dt.date(2027, 12, 30), 3)
    assert dates == [dt.date(2027, 12, 30), dt.date(2028, 1, 30), dt.date(2028, 2, 29)]
    assert plan_dates(PlanFrequency.MONTHLY, dt.date(2028, 2, 29), 2) == [dt.date(2028, 2, 29), dt.date(2028, 3, 29)]


def test_monthly_plan_crosses_the_year_end():
    assert plan_dates(PlanFrequency.MONTHLY, dt.date(2026, 11, 15), 3)[-1] == dt.date(2027, 1, 15)


def test_weekly_and_biweekly_plans_keep_the_weekday_across_daylight_saving_changes():
    # US DST ends Nov 1 2026 and starts Mar 14 2027: due dates are calendar dates and do not move.
    weekly = plan_dates(PlanFrequency.WEEKLY, dt.date(2026, 10, 23), 4)
    assert weekly == [dt.date(2026, 10, 23), dt.date(2026, 10, 30), dt.date(2026, 11, 6), dt.date(2026, 11, 13)]
    biweekly = plan_dates(PlanFrequency.BIWEEKLY, dt.date(2027, 3, 5), 3)
    assert biweekly == [dt.date(2027, 3, 5), dt.date(2027, 3, 19), dt.date(2027, 4, 2)]
    assert {d.weekday() for d in weekly + biweekly} == {4}


def test_custom_frequency_is_not_generated():
    with pytest.raises(ScheduleError):
        plan_dates(PlanFrequency.CUSTOM, dt.date(2027, 1, 1), 3)


def test_even_split_puts_odd_cents_first():
    assert split_evenly(D("100.00"), 3) == [D("33.34"), D("33.33"), D("33.33")]


def test_split_by_instalment_leaves_the_rest_last():
    assert split_by_instalment(D("1000.00"), D("300.00")) == [D("300.00")] * 3 + [D("100.00")]
    assert split_by_instalment(D("900.00"), D("300.00")) == [D("300.00")] * 3
    with pytest.raises(ScheduleError, match="more than the plan total"):
        split_by_instalment(D("100.00"), D("150.00"))


@given(money, st.integers(min_value=1, max_value=260))
def test_even_split_sums_exactly_and_differs_by_at_most_a_cent(total, count):
    parts = split_evenly(total, count)
    assert len(parts) == count
    assert sum(parts, D("0")) == total
    assert max(parts) - min(parts) <= D("0.01")
    assert all(p == p.quantize(D("0.01")) for p in parts)


@given(money, money)
def test_split_by_instalment_sums_exactly(total, per):
    if per > total or total / per > 260:
        return
    parts = split_by_instalment(total, per)
    assert sum(parts, D("0")) == total
    assert all(p == per for p in parts[:-1]) and D("0") < parts[-1] <= per


PLAN = [InstalmentFacts(1, dt.date(2027, 1, 10), D("100.00")), InstalmentFacts(2, dt.date(2027, 2, 10), D("100.00"))]


def test_within_grace_an_unpaid_instalment_is_still_due():
    verdicts, status = evaluate_schedule(PLAN, [], grace_days=3, today=dt.date(2027, 1, 13))
    assert verdicts[0].state == InstalmentState.DUE and status == PromiseStatus.ACTIVE


def test_after_grace_nothing_paid_is_broken():
    verdicts, status = evaluate_schedule(PLAN, [], grace_days=3, today=dt.date(2027, 1, 14))
    assert verdicts[0].state == InstalmentState.BROKEN and status == PromiseStatus.BROKEN


def test_paid_late_but_within_grace_is_kept():
    verdicts, status = evaluate_schedule(PLAN, [(dt.date(2027, 1, 13), D("100.00"))], 3, dt.date(2027, 1, 20))
    assert verdicts[0].state == InstalmentState.KEPT and status == PromiseStatus.ACTIVE


def test_paid_after_grace_does_not_keep_it():
    verdicts, _ = evaluate_schedule(PLAN, [(dt.date(2027, 1, 14), D("100.00"))], 3, dt.date(2027, 1, 20))
    assert verdicts[0].state == InstalmentState.BROKEN
    assert verdicts[0].paid_amount == D("100.00")  # still shown as paid


def test_part_payment_is_partly_kept_and_overpayment_flows_to_the_next():
    verdicts, status = evaluate_schedule(PLAN, [(dt.date(2027, 1, 10), D("60.00"))], 3, dt.date(2027, 1, 20))
    assert verdicts[0].state == InstalmentState.PARTLY_KEPT and status == PromiseStatus.ACTIVE
    verdicts, _ = evaluate_schedule(PLAN, [(dt.date(2027, 1, 10), D("150.00"))], 3, dt.date(2027, 1, 20))
    assert [v.paid_amount for v in verdicts] == [D("100.00"), D("50.00")]
    assert [v.state for v in verdicts] == [InstalmentState.KEPT, InstalmentState.DUE]


def test_all_judged_with_a_shortfall_breaks_the_promise():
    pays = [(dt.date(2027, 1, 10), D("100.00")), (dt.date(2027, 2, 10), D("40.00"))]
    verdicts, status = evaluate_schedule(PLAN, pays, 3, dt.date(2027, 3, 1))
    assert verdicts[1].state == InstalmentState.PARTLY_KEPT and status == PromiseStatus.BROKEN


def test_a_reversal_undoes_a_kept_instalment():
    pays = [(dt.date(2027, 1, 10), D("100.00")), (dt.date(2027, 1, 12), D("-100.00"))]
    verdicts, status = evaluate_schedule(PLAN, pays, 3, dt.date(2027, 1, 20))
    assert verdicts[0].state == InstalmentState.BROKEN and status == PromiseStatus.BROKEN


def test_everything_paid_is_kept():
    pays = [(dt.date(2027, 1, 9), D("200.00"))]
    _, status = evaluate_schedule(PLAN, pays, 0, dt.date(2027, 1, 9))
    assert status == PromiseStatus.KEPT


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20_000)), max_size=8), st.integers(0, 10))
def test_paid_amounts_never_exceed_instalments_and_add_up_to_what_was_paid(pays, grace):
    payments = [(dt.date(2027, 1, 1) + dt.timedelta(days=d), D(c) / 100) for d, c in pays]
    verdicts, _ = evaluate_schedule(PLAN, payments, grace, dt.date(2027, 4, 1))
    total = sum((a for _, a in payments), D("0"))
    assert sum(v.paid_amount for v in verdicts) == min(total, D("200.00"))
    assert all(D("0") <= v.paid_amount <= D("100.00") for v in verdicts)
