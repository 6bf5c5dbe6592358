"""Rule kinds: which check class runs each `kind` named in a rule pack."""

from __future__ import annotations

from collections.abc import Iterable

from .checks_base import Check
from .checks_facts import EmployerEmailCheck, FlagCheck, OptOutCheck, RefusedChannelCheck, WorkContactCheck
from .checks_frequency import ConversationCooldown, DailyVolumeWarning, FrequencyCap, RepeatDialWarning
from .checks_time import InconvenientTimesCheck, LocationRequired, WindowCheck
from .rule import Rule, RulePackError

KINDS: dict[str, type[Check]] = {
    "location_required": LocationRequired,
    "window": WindowCheck,
    "inconvenient_times": InconvenientTimesCheck,
    "flag": FlagCheck,
    "work_contact": WorkContactCheck,
    "employer_email": EmployerEmailCheck,
    "refused_channel": RefusedChannelCheck,
    "opt_out": OptOutCheck,
    "call_cap": FrequencyCap,
    "conversation_cooldown": ConversationCooldown,
    "repeat_dial_warning": RepeatDialWarning,
    "daily_volume_warning": DailyVolumeWarning,
}


def compile_rule(rule: Rule) -> Check:
    try:
        kind = KINDS[rule.kind]
    except KeyError:
        raise RulePackError(f"rule {rule.id}: unknown kind {rule.kind!r}") from None
    try:
        return kind(rule)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, RulePackError):
            raise
        raise RulePackError(f"rule {rule.id}: bad parameters ({exc})") from None


def compile_rules(rules: Iterable[Rule]) -> tuple[Check, ...]:
    return tuple(compile_rule(r) for r in rules)
