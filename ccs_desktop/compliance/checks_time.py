"""Checks on the consumer's local clock: known location, allowed hours, stated inconvenient times."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays as holidays_lib

from .checks_base import Block, Check, clock_text, parse_clock
from .context import Context, local_instant, local_midnight, seconds_of_day
from .model import WEEKDAYS, InconvenientTime
from .rule import Rule, RulePackError

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LOOKAHEAD_DAYS = 15


@lru_cache(maxsize=512)
def holiday_names(country: str, subdiv: str | None, categories: tuple[str, ...], year: int) -> dict[dt.date, str]:
    table = holidays_lib.country_holidays(country, subdiv=subdiv, years=year, categories=categories)
    return dict(table.items())


class LocationRequired(Check):
    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        if ctx.zones:
            return None
        return self.block(
            "location_unknown",
            "We do not know where the consumer is (no usable address and the number is toll-free, "
            "non-geographic or invalid), so we cannot tell their local time. Add an address first.",
            None,
        )


class WindowCheck(Check):
    """Allowed local hours per weekday, optionally closed on holidays; must hold in every zone.

    With `honor_consent`, the consumer's direct prior consent to a time that would otherwise be inconvenient
    (a consent of kind `inconvenient_time` for this channel and debt, given at or before the request) lifts it.
    """

    def __init__(self, rule: Rule):
        super().__init__(rule)
        schedule = self.param("schedule", kind=dict)
        self.spans: list[tuple[int, int] | None] = [self._span(schedule.get(name), name) for name in WEEKDAYS]
        spec = self.param("holidays", None, dict)
        self.holidays = None
        if spec is not None:
            self.holidays = (spec["country"], spec.get("subdiv"), tuple(spec.get("categories", ["public"])))
        self.fallback = bool(self.param("fallback", False))
        self.honor_consent = bool(self.param("honor_consent", False))

    def applies(self, ctx: Context) -> bool:
        if not super().applies(ctx):
            return False
        return not (self.honor_consent and ctx.request.person.consents
                    and ctx.consented("inconvenient_time", ctx.request.channel))

    def _span(self, value: object, day: str) -> tuple[int, int] | None:
        if value is None:
            return None
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            raise RulePackError(f"rule {self.rule.id}: schedule.{day} must be [start, end] or null")
        where = f"rule {self.rule.id}: schedule.{day}"
        return parse_clock(value[0], where), parse_clock(value[1], where)

    def holiday(self, day: dt.date) -> str | None:
        if self.holidays is None:
            return None
        country, subdiv, categories = self.holidays
        return holiday_names(country, subdiv, categories, day.year).get(day)

    def span_on(self, day: dt.date) -> tuple[int, int] | None:
        if self.holidays is not None and self.holiday(day):
            return None
        return self.spans[day.weekday()]

    def next_open(self, local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
        day = local.date()
        span = self.span_on(day)
        if span and seconds_of_day(local) < span[0]:
            return local_instant(day, span[0], zone)
        for offset in range(1, _LOOKAHEAD_DAYS):
            later = day + dt.timedelta(days=offset)
            span = self.span_on(later)
            if span:
                return local_instant(later, span[0], zone)
        return local_midnight(day + dt.timedelta(days=_LOOKAHEAD_DAYS), zone)

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        until: dt.datetime | None = None
        worst: tuple[ZoneInfo, dt.datetime] | None = None
        for zone in ctx.zones:
            local = at.astimezone(zone)
            span = self.span_on(local.date())
            if span and span[0] <= seconds_of_day(local) < span[1]:
                continue
            opens = self.next_open(local, zone)
            if until is None or opens > until:
                until, worst = opens, (zone, local)
        if until is None or worst is None:
            return None
        return self._blocked(*worst, until)

    def _blocked(self, zone: ZoneInfo, local: dt.datetime, until: dt.datetime) -> Block:
        day = local.date()
        holiday = self.holiday(day)
        opens = until.astimezone(zone)
        when = f"{_DAY_NAMES[opens.weekday()]} {opens:%H:%M}"
        if holiday:
            return self.block("holiday", f"No contact on a holiday ({holiday}) in {zone.key}; next opening {when} local time.", until)
        span = self.spans[day.weekday()]
        if span is None:
            text = f"No contact on {_DAY_NAMES[day.weekday()]} in {zone.key}; next opening {when} local time."
        else:
            text = (
                f"Outside contact hours: it is {local:%H:%M} on {_DAY_NAMES[day.weekday()]} in {zone.key}; "
                f"contact is allowed {clock_text(span[0])}-{clock_text(span[1])} local time (next {when})."
            )
        return self.block("outside_hours", text, until)


class InconvenientTimesCheck(Check):
    """The consumer's own recurring blocks, in every candidate zone."""

    def applies(self, ctx: Context) -> bool:
        return super().applies(ctx) and bool(ctx.request.person.inconvenient_times)

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        until: dt.datetime | None = None
        for zone in ctx.zones:
            local = at.astimezone(zone)
            for block in ctx.request.person.inconvenient_times:
                ends = _inside_until(block, local, zone)
                if ends is not None and (until is None or ends > until):
                    until = ends
        if until is None:
            return None
        return self.block(
            "inconvenient_time",
            "The consumer told us this time is inconvenient; wait until the stated block ends.",
            until,
        )


def _inside_until(block: InconvenientTime, local: dt.datetime, zone: ZoneInfo) -> dt.datetime | None:
    """When `block` ends if `local` falls inside it, else None. Overnight blocks run into the next day."""
    day = local.date()
    secs = seconds_of_day(local)
    overnight = block.end <= block.start
    if day.weekday() in block.days and block.start <= secs < (86400 if overnight else block.end):
        if overnight:
            return local_instant(day + dt.timedelta(days=1), block.end, zone)
        return local_instant(day, block.end, zone)
    if overnight and (day.weekday() - 1) % 7 in block.days and secs < block.end:
        return local_instant(day, block.end, zone)
    return None
