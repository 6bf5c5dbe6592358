"""Pure arithmetic of promises: instalment dates, exact splitting of money, and kept/broken evaluation.

No database here: `promises`, `payments` and `evaluation` feed these functions facts and store what they
return, so the rules are testable on their own (with hypothesis) and the nightly job and a single
payment posting use exactly the same evaluation.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import ROUND_DOWN, Decimal

from ...models.enums import InstalmentState, PlanFrequency, PromiseStatus

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_INSTALMENTS = 260  # five years of weekly payments


class ScheduleError(ValueError):
    """A schedule that cannot be built; the message is meant for the user."""


def add_months(day: dt.date, months: int, anchor_day: int | None = None) -> dt.date:
    """`day` moved by whole months, keeping the anchor day of the month where the month has it.

    Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year), and + 2 months is Mar 31 again (the anchor is kept,
    so a plan on the 31st does not drift to the 28th after February).
    """
    anchor = anchor_day or day.day
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(anchor, last))


def plan_dates(frequency: PlanFrequency, first_due: dt.date, count: int) -> list[dt.date]:
    """Due dates of `count` instalments from `first_due`: weekly, every two weeks, or monthly.

    Dates are calendar dates in the consumer's calendar, so a daylight-saving change never moves one.
    """
    if count < 1:
        raise ScheduleError("a plan needs at least one instalment")
    if count > MAX_INSTALMENTS:
        raise ScheduleError(f"a plan can have at most {MAX_INSTALMENTS} instalments")
    if frequency == PlanFrequency.WEEKLY:
        return [first_due + dt.timedelta(weeks=i) for i in range(count)]
    if frequency == PlanFrequency.BIWEEKLY:
        return [first_due + dt.timedelta(weeks=2 * i) for i in range(count)]
    if frequency == PlanFrequency.MONTHLY:
        return [add_months(first_due, i, first_due.day) for i in range(count)]
    raise ScheduleError("dates chosen by hand are given one by one, not by a frequency")


def split_evenly(total: Decimal, count: int) -> list[Decimal]:
    """`total` in `count` instalments that differ by at most one cent and sum to exactly `total`.

    The odd cents go to the first instalments (the consumer pays the rounding early, never a surprise at the end).
    """
    if count < 1:
        raise ScheduleError("a plan needs at least one instalment")
    cents = int((total / CENT).to_integral_value())
    if Decimal(cents) * CENT != total:
        raise ScheduleError(f"{total} is not a whole number of cents")
    base, extra = divmod(cents, count)
    return [(Decimal(base + (1 if i < extra else 0)) * CENT).quantize(CENT) for i in range(count)]


def split_by_instalment(total: Decimal, per: Decimal) -> list[Decimal]:
    """`total` in instalments of `per`, the last one being whatever is left (never more than `per`)."""
    if per <= ZERO:
        raise ScheduleError("the amount per instalment must be more than zero")
    if per > total:
        raise ScheduleError(f"the amount per instalment ({per}) is more than the plan total ({total})")
    full = int((total / per).to_integral_value(rounding=ROUND_DOWN))
    rest = (total - per * full).quantize(CENT)
    amounts = [per] * full + ([rest] if rest > ZERO else [])
    if len(amounts) > MAX_INSTALMENTS:
        raise ScheduleError(f"{per} per instalment makes {len(amounts)} instalments; at most {MAX_INSTALMENTS} are allowed")
    return amounts


# --- kept / partly kept / broken ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class InstalmentFacts:
    seq: int
    due_date: dt.date
    amount: Decimal


@dataclasses.dataclass(frozen=True)
class InstalmentVerdict:
    seq: int
    paid_amount: Decimal
    state: InstalmentState


def evaluate_schedule(instalments: Sequence[InstalmentFacts], payments: Iterable[tuple[dt.date, Decimal]],
                      grace_days: int, today: dt.date) -> tuple[list[InstalmentVerdict], PromiseStatus]:
    """Each instalment's paid amount and state, and the promise's status, from the payments on the promise.

    Payments (reversals are negative) fill instalments first to last. An instalment is judged once its grace
    period is over (`due_date + grace_days < today`) on what had been paid by the end of its grace period:
    all of it → kept, some → partly kept, nothing → broken. Before that it is kept as soon as it is paid in
    full, otherwise due. The promise is kept when every instalment is kept, broken as soon as one is broken
    or when all are judged and some were only partly kept, and active otherwise.
    """
    ordered = sorted(instalments, key=lambda i: i.seq)
    by_day: dict[dt.date, Decimal] = {}
    for day, amount in payments:
        by_day[day] = by_day.get(day, ZERO) + amount
    days = sorted(by_day)
    total_paid = max(sum(by_day.values(), ZERO), ZERO)

    def paid_by(day: dt.date) -> Decimal:
        return max(sum((by_day[d] for d in days if d <= day), ZERO), ZERO)

    verdicts: list[InstalmentVerdict] = []
    before = ZERO  # what the instalments before this one absorb
    for inst in ordered:
        share = min(max(total_paid - before, ZERO), inst.amount)
        deadline = inst.due_date + dt.timedelta(days=grace_days)
        if deadline < today:
            in_time = min(max(paid_by(deadline) - before, ZERO), inst.amount)
            if in_time >= inst.amount:
                state = InstalmentState.KEPT
            elif in_time > ZERO:
                state = InstalmentState.PARTLY_KEPT
            else:
                state = InstalmentState.BROKEN
        else:
            state = InstalmentState.KEPT if share >= inst.amount else InstalmentState.DUE
        verdicts.append(InstalmentVerdict(inst.seq, share, state))
        before += inst.amount
    states = [v.state for v in verdicts]
    if states and all(s == InstalmentState.KEPT for s in states):
        status = PromiseStatus.KEPT
    elif InstalmentState.BROKEN in states or (states and InstalmentState.DUE not in states):
        status = PromiseStatus.BROKEN
    else:
        status = PromiseStatus.ACTIVE
    return verdicts, status
