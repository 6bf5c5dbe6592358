"""Scenario builders shared by the compliance tests (JSON-shaped, as dialers send them)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from ccs_desktop.compliance import check

NY = ZoneInfo("America/New_York")
UTC = dt.UTC

NY_ADDRESS = {"zip": "10001", "state": "NY", "country": "US"}
NY_PHONE = "+12125550100"


def local(zone: ZoneInfo | str, *args: int) -> dt.datetime:
    """A UTC instant given as local wall time in `zone`."""
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return dt.datetime(*args, tzinfo=tz).astimezone(UTC)


def iso(value: dt.datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + (
        f".{value.microsecond:06d}" if value.microsecond else ""
    ) + "Z"


def scenario(at: dt.datetime | str, **changes: Any) -> dict[str, Any]:
    """A call to consumer P1 about debt D1 at a New York address and number, then `changes`.

    `person` changes are merged into the person object; other keys replace the top-level value.
    """
    base: dict[str, Any] = {
        "at": at if isinstance(at, str) else iso(at),
        "channel": "call",
        "purpose": "collection",
        "debt": {"id": "D1", "account_number": "A-1", "type": "consumer"},
        "person": {"id": "P1", "role": "consumer", "address": dict(NY_ADDRESS)},
        "phone": {"number": NY_PHONE, "type": "cell"},
        "history": [],
    }
    person_changes = changes.pop("person", {})
    base["person"].update(copy.deepcopy(person_changes))
    base.update(copy.deepcopy(changes))
    return base


def call(at: dt.datetime, outcome: str = "no_answer", **extra: Any) -> dict[str, Any]:
    entry = {
        "at": iso(at),
        "channel": "call",
        "direction": "outbound",
        "person_id": "P1",
        "debt_ids": ["D1"],
        "phone": NY_PHONE,
        "outcome": outcome,
    }
    entry.update(extra)
    return entry


def decide(at: dt.datetime | str, **changes: Any) -> dict[str, Any]:
    return check(scenario(at, **changes))


def codes(decision: dict[str, Any]) -> set[str]:
    return {r["code"] for r in decision["reasons"]}


def rules(decision: dict[str, Any]) -> set[str]:
    return {r["rule"] for r in decision["reasons"]}
