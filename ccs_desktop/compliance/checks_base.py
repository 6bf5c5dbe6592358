"""What every check shares: the rule it runs, its verdict type, parameter parsing helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from .context import Context, local_midnight
from .model import Reason, Warning
from .rule import Rule, RulePackError


_UTC_ZONE = ZoneInfo("UTC")


@dataclass(frozen=True, slots=True)
class Block:
    """A rule's refusal. `until` is the earliest instant this rule could allow the same contact
    again with the same history (a lower bound), or None when only a change of facts lifts it."""

    reason: Reason
    until: dt.datetime | None
    overridable: bool


class Check:
    """One compiled rule. Subclasses implement `check` (blocks) or `warn` (warnings)."""

    is_warning = False

    def __init__(self, rule: Rule):
        self.rule = rule
        self.dated = rule.dated  # read on every check of every decision: kept as a plain attribute

    def applies(self, ctx: Context) -> bool:
        return ctx.request.channel in self.rule.channels

    def check(self, ctx: Context, at: dt.datetime) -> Block | None:
        return None

    def in_force(self, ctx: Context, at: dt.datetime) -> bool:
        """Whether the rule is in force at `at`: its local day lies within the rule's effective days in at least
        one candidate zone (UTC when none is known), so a rule starting or ending is applied where it is stricter."""
        starts, ends = self.rule.effective_from, self.rule.effective_until
        for zone in ctx.zones or (_UTC_ZONE,):
            day = at.astimezone(zone).date()
            if (starts is None or starts <= day) and (ends is None or day <= ends):
                return True
        return False

    def expires(self, ctx: Context) -> dt.datetime | None:
        """The first instant the rule is out of force in every candidate zone after its last day, or None."""
        ends = self.rule.effective_until
        if ends is None:
            return None
        return max(local_midnight(ends + dt.timedelta(days=1), zone) for zone in ctx.zones or (_UTC_ZONE,))

    def warn(self, ctx: Context) -> Warning | None:
        return None

    def block(self, code: str, message: str, until: dt.datetime | None) -> Block:
        return Block(Reason(code, self.rule.id, self.rule.citation, message), until, self.rule.overridable)

    def warning(self, code: str, message: str) -> Warning:
        return Warning(code, self.rule.id, self.rule.citation, message)

    # -- parameter helpers -------------------------------------------------------------------------

    def param(self, name: str, default: Any = ..., kind: type | tuple[type, ...] | None = None) -> Any:
        params: Mapping[str, Any] = self.rule.parameters
        if name not in params:
            if default is ...:
                raise RulePackError(f"rule {self.rule.id}: parameter {name!r} is required")
            return default
        value = params[name]
        if kind is not None and value is not None and not isinstance(value, kind):
            raise RulePackError(f"rule {self.rule.id}: parameter {name!r} has the wrong type")
        return value

    def positive_int(self, name: str, default: Any = ...) -> int:
        value = self.param(name, default, int)
        if isinstance(value, bool) or value < 1:
            raise RulePackError(f"rule {self.rule.id}: parameter {name!r} must be a whole number above 0")
        return value

    def string_set(self, name: str, default: Any = ...) -> frozenset[str] | None:
        value = self.param(name, default, (list, tuple))
        return None if value is None else frozenset(value)


def parse_clock(text: Any, where: str) -> int:
    """'HH:MM' -> seconds after midnight; '24:00' allowed as the end of a day."""
    try:
        hours, minutes = (int(p) for p in str(text).split(":"))
    except ValueError:
        raise RulePackError(f"{where}: {text!r} is not a HH:MM time") from None
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise RulePackError(f"{where}: {text!r} is not a HH:MM time")
    return hours * 3600 + minutes * 60


def clock_text(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
