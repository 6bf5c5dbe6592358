"""The decision: run every applicable check at the request instant, then find `next_allowed_at`.

`next_allowed_at` is found by jumping between candidate instants, not by stepping a clock: each
blocking check reports the earliest instant it could allow again (a window opening, the oldest
counted call leaving its window at a local midnight, a cooldown or inconvenient block ending).
The latest of those is a lower bound for the contact being allowed, so the search jumps there
and checks again; it stops when nothing blocks, when a block only a change of facts can lift
appears, or past the horizon.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from .checks_base import Block, Check
from .checks_time import WindowCheck
from .context import Context
from .location import resolve
from .model import Decision, Reason, Request, Warning
from .rulepack import RulePack

HORIZON = dt.timedelta(days=400)
MAX_JUMPS = 1000


def active_checks(ctx: Context, rulepack: RulePack) -> tuple[list[Check], list[Check]]:
    """(blocking checks, warning checks) that apply to this request: the rules of every place the consumer may be
    (the strictest wins). A place's fallback hours apply only when no statutory hours rule in force applies there."""
    location = ctx.location
    places = location.places or ((location.country, location.region, location.county),)
    if len(places) == 1:
        checks = _place_checks(ctx, rulepack, places[0])
    else:
        chosen: dict[str, Check] = {}
        for place in places:
            for c in _place_checks(ctx, rulepack, place):
                chosen.setdefault(c.rule.id, c)
        checks = list(chosen.values())
    return [c for c in checks if not c.is_warning], [c for c in checks if c.is_warning]


def _place_checks(ctx: Context, rulepack: RulePack, place: tuple[str, str | None, str | None]) -> list[Check]:
    applicable = [c for c in rulepack.checkers(*place) if c.applies(ctx)]
    at = ctx.request.at
    if any(isinstance(c, WindowCheck) and not c.fallback and (not c.dated or c.in_force(ctx, at))
           for c in applicable):
        return [c for c in applicable if not (isinstance(c, WindowCheck) and c.fallback)]
    return applicable


def blocks_at(ctx: Context, checks: list[Check], at: dt.datetime) -> tuple[list[Block], list[Block]]:
    """(blocks in force, blocks a supervisor overrode for this attempt) at instant `at`. A rule with effective
    dates blocks only while in force, and no longer than until it ends."""
    found: list[Block] = []
    overridden: list[Block] = []
    for check in checks:
        dated = check.dated
        if dated and not check.in_force(ctx, at):
            continue
        block = check.check(ctx, at)
        if block is None:
            continue
        if dated:
            ends = check.expires(ctx)
            if ends is not None and (block.until is None or ends < block.until):
                block = dataclasses.replace(block, until=ends)
        if block.overridable and block.reason.rule in ctx.request.overrides:
            overridden.append(block)
        else:
            found.append(block)
    return found, overridden


def next_allowed(ctx: Context, checks: list[Check], start: dt.datetime, blocks: list[Block]) -> dt.datetime | None:
    at = start
    for _ in range(MAX_JUMPS):
        if not blocks:
            return at
        if any(b.until is None for b in blocks):
            return None
        at = max(b.until for b in blocks if b.until is not None)
        if at - start > HORIZON:
            return None
        blocks, _ = blocks_at(ctx, checks, at)
    return None


def evaluate(request: Request, rulepack: RulePack) -> Decision:
    ctx = Context(request, resolve(request.person, request.phone))
    checks, warning_checks = active_checks(ctx, rulepack)
    warnings = tuple(
        w
        for w in (c.warn(ctx) for c in warning_checks if not c.dated or c.in_force(ctx, request.at))
        if w is not None
    )
    zones = ctx.location.zone_names
    if request.direction == "inbound":
        return Decision(True, (), warnings, zones, request.at, rulepack.version)
    blocks, overridden = blocks_at(ctx, checks, request.at)
    return Decision(
        allowed=not blocks,
        reasons=_reasons(blocks),
        warnings=warnings,
        time_zones=zones,
        next_allowed_at=next_allowed(ctx, checks, request.at, blocks),
        rule_pack_version=rulepack.version,
        overridden=_reasons(overridden),
    )


def _reasons(blocks: list[Block]) -> tuple[Reason, ...]:
    return tuple(b.reason for b in blocks)


__all__ = ["evaluate", "Decision", "Warning"]
