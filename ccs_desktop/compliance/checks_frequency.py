"""Frequency rules counted in the consumer's local calendar days, and the volume warnings.

A window of N days ending on local day d covers days d-N+1 .. d. Every history entry counts on
its local day in each candidate zone; the check must pass in every zone. The counted entries
depend only on the facts, so they are computed once per request (per zone) and the check at
any instant is a small scan over them.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .checks_base import Block, Check
from .context import Context, local_midnight
from .model import HistoryEntry
from .rule import Rule, RulePackError

_UTC_ZONE = ZoneInfo("UTC")
_ONE_DAY = dt.timedelta(days=1)


def counting_zones(ctx: Context) -> tuple[ZoneInfo, ...]:
    """Zones whose calendar days the caps count in; UTC when the location is unknown (letters)."""
    return ctx.zones or (_UTC_ZONE,)


def consent_windows(ctx: Context, channel: str, days: int) -> list[tuple[dt.datetime, dict[str, dt.date]]]:
    """For each consent on `channel` for this debt: (given_at, {zone: last local day it covers})."""
    key = ("consents", channel, days)
    found = ctx.memo.get(key)
    if found is None:
        found = []
        for consent in ctx.request.person.consents:
            if consent.kind != "frequency" or consent.channel not in (None, channel):
                continue
            if not ctx.consent_matches_debt(consent.debt_id):
                continue
            last = {z.key: consent.given_at.astimezone(z).date() + dt.timedelta(days=days - 1) for z in counting_zones(ctx)}
            found.append((consent.given_at, last))
        ctx.memo[key] = found
    return found


def consent_exempt(ctx: Context, at: dt.datetime, days: int) -> bool:
    """Whether a call at `at` falls within `days` local days of prior consent, in every zone."""
    if not ctx.request.person.consents:
        return False
    for given_at, last in consent_windows(ctx, ctx.request.channel, days):
        if given_at <= at and all(at.astimezone(z).date() <= last[z.key] for z in counting_zones(ctx)):
            return True
    return False


def _consented(ctx: Context, entry: HistoryEntry, day: dt.date, zone: ZoneInfo, days: int) -> bool:
    return any(given_at <= entry.at and day <= last[zone.key] for given_at, last in consent_windows(ctx, entry.channel, days))


class _PersonRule(Check):
    """Shared parameters: which roles are exempt and whether consent excludes calls."""

    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.exclude_roles = self.string_set("exclude_roles", ["attorney"]) or frozenset()
        self.honor_consent = bool(self.param("honor_consent", False))
        self.consent_days = self.positive_int("consent_days", 7)
        self.days = self.positive_int("days", 7)

    def applies(self, ctx: Context) -> bool:
        request = ctx.request
        return (
            super().applies(ctx)
            and request.direction == "outbound"
            and request.person.role not in self.exclude_roles
        )

    def concerns_person(self, ctx: Context, entry: HistoryEntry) -> bool:
        return entry.person_id == ctx.person_id and entry.person_role not in self.exclude_roles


class FrequencyCap(_PersonRule):
    """At most `max` counted contacts in `days` consecutive local days (the requested one included)."""

    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.max = self.positive_int("max")
        self.per_debt = self.param("scope", "person_debt", str) == "person_debt"
        if self.param("scope", "person_debt", str) not in ("person", "person_debt"):
            raise RulePackError(f"rule {rule.id}: scope must be 'person' or 'person_debt'")
        self.counted_channels = self.string_set("counted_channels", ["call"])
        self.directions = self.string_set("directions", ["outbound"])
        self.counted_outcomes = self.string_set("counted_outcomes", None)
        self.excluded_outcomes = self.string_set("excluded_outcomes", []) or frozenset()
        self.phone_types = self.string_set("phone_types", None)
        self.after_first_conversation = bool(self.param("after_first_conversation", False))

    def applies(self, ctx: Context) -> bool:
        if not super().applies(ctx):
            return False
        if self.phone_types is None:
            return True
        return ctx.request.channel in ("call", "sms") and ctx.phone_type in (None, *self.phone_types)

    def _counts(self, ctx: Context, entry: HistoryEntry) -> bool:
        if entry.channel not in self.counted_channels or entry.direction not in self.directions:
            return False
        if entry.outcome in self.excluded_outcomes:
            return False
        if self.counted_outcomes is not None and entry.outcome not in self.counted_outcomes:
            return False
        if not self.concerns_person(ctx, entry) or (self.per_debt and not ctx.entry_concerns_debt(entry)):
            return False
        return self.phone_types is None or ctx.entry_phone_type(entry) in (None, *self.phone_types)

    def first_conversation(self, ctx: Context) -> dt.datetime | None:
        times = [
            e.at
            for e in ctx.request.history
            if e.outcome == "conversation"
            and self.concerns_person(ctx, e)
            and (not self.per_debt or ctx.entry_concerns_debt(e))
        ]
        return min(times, default=None)

    def counted_days(self, ctx: Context, zone: ZoneInfo) -> list[dt.date]:
        """Local days of the counted entries in `zone`, newest first."""
        key = (self.rule.id, zone.key)
        found = ctx.memo.get(key)
        if found is None:
            first = self.first_conversation(ctx) if self.after_first_conversation else None
            consents = self.honor_consent and bool(ctx.request.person.consents)
            dates = ctx.history_dates(zone)
            found = sorted(
                (
                    dates[i]
                    for i, entry in enumerate(ctx.request.history)
                    if self._counts(ctx, entry)
                    and (first is None or entry.at > first)
                    and not (consents and _consented(ctx, entry, dates[i], zone, self.consent_days))
                ),
                reverse=True,
            )
            ctx.memo[key] = found
        return found

    def _started(self, ctx: Context, at: dt.datetime) -> bool:
        if not self.after_first_conversation:
            return True
        key = (self.rule.id, "first")
        if key not in ctx.memo:
            ctx.memo[key] = self.first_conversation(ctx)
        first = ctx.memo[key]
        return first is not None and first < at

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        if not self._started(ctx, at):
            return None
        if self.honor_consent and consent_exempt(ctx, at, self.consent_days):
            return None
        until: dt.datetime | None = None
        for zone in counting_zones(ctx):
            day = at.astimezone(zone).date()
            first_day = day - dt.timedelta(days=self.days - 1)
            in_window = [d for d in self.counted_days(ctx, zone) if first_day <= d <= day]
            if len(in_window) >= self.max:
                frees = local_midnight(in_window[self.max - 1] + dt.timedelta(days=self.days), zone)
                until = frees if until is None or frees > until else until
        if until is None:
            return None
        return self.block(
            "frequency_cap",
            f"Limit reached: {self.max} counted contact(s) within {self.days} consecutive day(s) "
            f"({self.rule.title}).",
            until,
        )


class ConversationCooldown(_PersonRule):
    """No call on the day of a telephone conversation or the `days`-1 local days after it."""

    def conversation_days(self, ctx: Context, zone: ZoneInfo) -> list[dt.date]:
        key = (self.rule.id, zone.key)
        found = ctx.memo.get(key)
        if found is None:
            dates = ctx.history_dates(zone)
            found = [
                dates[i]
                for i, e in enumerate(ctx.request.history)
                if e.channel == "call"
                and e.outcome == "conversation"
                and self.concerns_person(ctx, e)
                and ctx.entry_concerns_debt(e)
            ]
            ctx.memo[key] = found
        return found

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        if self.honor_consent and consent_exempt(ctx, at, self.consent_days):
            return None
        until: dt.datetime | None = None
        span = dt.timedelta(days=self.days - 1)
        for zone in counting_zones(ctx):
            day = at.astimezone(zone).date()
            covering = [d for d in self.conversation_days(ctx, zone) if d <= day <= d + span]
            if covering:
                frees = local_midnight(max(covering) + span + _ONE_DAY, zone)
                until = frees if until is None or frees > until else until
        if until is None:
            return None
        return self.block(
            "conversation_cooldown",
            f"We spoke with this person about this debt by phone within the last {self.days} days "
            "(that day counts as day 1): no further call until the period ends.",
            until,
        )


class RepeatDialWarning(Check):
    is_warning = True

    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.window = dt.timedelta(seconds=self.positive_int("seconds", 300))

    def warn(self, ctx: Context):
        request = ctx.request
        if request.phone is None:
            return None
        for entry in request.history:
            if (
                entry.channel == "call"
                and entry.direction == "outbound"
                and entry.phone == request.phone.number
                and abs(request.at - entry.at) < self.window
            ):
                minutes = int(self.window.total_seconds() // 60)
                return self.warning("repeat_dial", f"This number was called less than {minutes} minutes ago.")
        return None


class DailyVolumeWarning(Check):
    is_warning = True

    def __init__(self, rule: Rule):
        super().__init__(rule)
        self.calls = self.positive_int("calls", 7)

    def warn(self, ctx: Context):
        request = ctx.request
        busiest = 0
        for zone in counting_zones(ctx):
            day = request.at.astimezone(zone).date()
            dates = ctx.history_dates(zone)
            count = sum(
                1
                for i, e in enumerate(request.history)
                if dates[i] == day and e.channel == "call" and e.direction == "outbound" and e.person_id == ctx.person_id
            )
            busiest = max(busiest, count)
        if busiest + 1 < self.calls:
            return None
        return self.warning(
            "many_calls_today", f"This would be call number {busiest + 1} to this person today; consider another day."
        )
