"""Callable now: whether a consumer may be called at this moment, answered fast enough for a queue of a million rows.

DESIGN.md (compliance engine): the guardrail engine cannot run on every row of the queue, so the answer comes in
two steps. This module holds both:

- the pre-filter: what the services keep per account (`contact_blocked`, `next_allowed_at`) and the hours window,
  the widest any enabled hours rule allows, evaluated in Python once per distinct time-zone group (`tz_groups`,
  `closed_groups`) so the queue's SQL only excludes the groups closed now; it only ever lets through too much,
  never too little (`prefilter_state` says the same for one row);
- the confirmation: every row the pre-filter lets through is given the contact service's own decision
  (`confirm_states`, through `contacts.attempts.callable_states`), and rows it refuses are dropped from the page.

The queue (`queue.py`) builds and pages the query; this module never reads accounts by itself except the distinct
time-zone groups.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import threading
import time
import uuid
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...compliance.location import tz_group_zones
from ...models import Account



class Row(Protocol):
    """What this module reads of a queue row (`queue.QueueRow`, a dataclass with a `callable` field)."""

    id: uuid.UUID
    contact_blocked: bool
    blocked_reason: str | None
    tz_group: str | None
    next_allowed_at: dt.datetime | None


RowT = TypeVar("RowT", bound=Row)

BLOCK_LABELS = {
    "deceased": "deceased",
    "bankruptcy": "bankruptcy",
    "attorney_represented": "represented by an attorney",
    "cease_requested": "cease requested",
    "dispute_unverified": "unverified dispute",
}


@dataclasses.dataclass(frozen=True)
class CallableState:
    """callable | later (until an instant) | blocked; with a reason a collector can read."""

    state: str
    until: dt.datetime | None = None
    reason: str | None = None


# --- the hours pre-filter ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _loose_windows(rulepack_version: str) -> tuple[tuple[int, int] | None, ...]:
    """Per weekday, the widest span any enabled hours rule of any pack allows (seconds of the day)."""
    from ...compliance import default_rulepack
    from ...compliance.checks_time import WindowCheck
    from ...compliance.rules import compile_rules

    pack = default_rulepack()
    rules = [r for p in pack.packs if p.enabled for r in p.rules if r.enabled and r.kind == "window"]
    spans: list[tuple[int, int] | None] = [None] * 7
    for check in compile_rules(rules):
        if not isinstance(check, WindowCheck):
            continue
        for day, span in enumerate(check.spans):
            if span is None:
                continue
            have = spans[day]
            spans[day] = span if have is None else (min(have[0], span[0]), max(have[1], span[1]))
    return tuple(spans)


def windows() -> tuple[tuple[int, int] | None, ...]:
    from ...compliance import default_rulepack

    return _loose_windows(default_rulepack().version)


def group_open(tz_group: str | None, at: dt.datetime) -> bool:
    """Whether any hours rule could allow a contact now in every zone of the group (pre-filter)."""
    zones = tz_group_zones(tz_group)
    if not zones:
        return False
    spans = windows()
    for name in zones:
        try:
            local = at.astimezone(ZoneInfo(name))
        except Exception:
            return False
        span = spans[local.weekday()]
        seconds = local.hour * 3600 + local.minute * 60 + local.second
        if span is None or not (span[0] <= seconds < span[1]):
            return False
    return True


def group_opens_at(tz_group: str | None, at: dt.datetime) -> dt.datetime | None:
    """The next instant (to the minute, within 8 days) when the group is inside the loose window."""
    if not tz_group:
        return None
    probe = at.replace(second=0, microsecond=0)
    step = dt.timedelta(minutes=15)
    for _ in range(8 * 96):
        probe += step
        if group_open(tz_group, probe):
            back = probe - step
            while not group_open(tz_group, back + dt.timedelta(minutes=1)):
                back += dt.timedelta(minutes=1)
            return back + dt.timedelta(minutes=1)
    return None


class _GroupCache:
    """Distinct tz groups per database, refreshed every few minutes (new groups still pass the filter)."""

    TTL = 300.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: dict[str, tuple[float, list[str], dict[dt.datetime, list[str]]]] = {}

    def get_with_memo(self, session: Session) -> tuple[list[str], dict[dt.datetime, list[str]]]:
        bind = session.get_bind()
        key = bind.url.render_as_string(hide_password=True)
        with self._lock:
            found = self._groups.get(key)
            if found and time.monotonic() - found[0] < self.TTL:
                return found[1], found[2]
        groups = [g for g in session.scalars(sa.select(Account.tz_group).where(Account.tz_group.is_not(None)).distinct())]
        entry = (time.monotonic(), groups, {})
        with self._lock:
            self._groups[key] = entry
        return entry[1], entry[2]

    def get(self, session: Session) -> list[str]:
        return self.get_with_memo(session)[0]

    def clear(self) -> None:
        with self._lock:
            self._groups.clear()


tz_groups = _GroupCache()


def closed_groups(session: Session, at: dt.datetime) -> list[str]:
    """The tz groups outside every hours window at `at`. Windows open and close on the minute, so the answer is
    kept per minute alongside the cached group list; each distinct zone is evaluated once."""
    groups, memo = tz_groups.get_with_memo(session)
    minute = at.replace(second=0, microsecond=0)
    found = memo.get(minute)
    if found is None:
        if len(memo) > 32:
            memo.clear()
        found = memo[minute] = _closed(groups, minute)
    return found


def _closed(groups: list[str], at: dt.datetime) -> list[str]:
    zone_open: dict[str, bool] = {}
    closed = []
    for group in groups:
        for name in tz_group_zones(group):
            found = zone_open.get(name)
            if found is None:
                found = zone_open[name] = group_open(name, at)
            if not found:
                closed.append(group)
                break
    return closed


# --- callable state ----------------------------------------------------------------------------------


def prefilter_state(row: Row, at: dt.datetime) -> CallableState:
    """What the queue fields alone say (hard block, frequency, hours); the engine confirms it."""
    if row.contact_blocked:
        label = BLOCK_LABELS.get(row.blocked_reason or "", row.blocked_reason or "a hard block")
        return CallableState("blocked", None, label[0].upper() + label[1:])
    if not row.tz_group:
        return CallableState("blocked", None, "Location unknown: add an address before calling")
    if row.next_allowed_at is not None and row.next_allowed_at > at:
        return CallableState("later", row.next_allowed_at, "Frequency limit: the next call is allowed later")
    if not group_open(row.tz_group, at):
        return CallableState("later", group_opens_at(row.tz_group, at), "Outside calling hours in the consumer's time zone")
    return CallableState("callable")


def _engine_states(session: Session, ids: Sequence[uuid.UUID], at: dt.datetime) -> dict[uuid.UUID, Any] | None:
    from ..contacts.attempts import callable_states  # the guardrail engine over each account's facts

    return callable_states(session, list(ids), at)


def confirm_states(session: Session, rows: list[RowT], at: dt.datetime) -> list[RowT]:
    """Each row with its callable state: the engine's where the contact service is there, else the pre-filter's."""
    if not rows:
        return rows
    states = _engine_states(session, [r.id for r in rows if not r.contact_blocked], at) or {}
    out = []
    for row in rows:
        found = states.get(row.id)
        if found is None:
            state = prefilter_state(row, at)
        elif found.state == "callable" and row.next_allowed_at is not None and row.next_allowed_at > at:
            # The frequency limit the contact service kept with the last attempt: stay on the safe side.
            state = CallableState("later", row.next_allowed_at, "Frequency limit: the next call is allowed later")
        else:
            state = CallableState(found.state, found.until, found.reason)
        out.append(dataclasses.replace(row, callable=state))
    return out
