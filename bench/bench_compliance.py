"""Guardrail engine throughput: decisions per second on one core with a 20-entry history.

The baseline, measured in the same run, is a bare loop that only converts the same 20 history
instants and the request instant into the consumer's zone (the unavoidable core of counting in
local days); the ratio says how many of those bare loops one full decision costs.

    python bench/bench_compliance.py            # prints the rows
    run({"seconds": 2.0}) -> list of rows        # for a bench runner
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ccs_desktop.compliance import (  # noqa: E402
    Address,
    DebtFacts,
    HistoryEntry,
    PersonFacts,
    PhoneFacts,
    Request,
    check,
    default_rulepack,
    evaluate,
)
from ccs_desktop.compliance.interface import format_instant  # noqa: E402

OUTCOMES = ("busy", "no_answer", "not_connected", "voicemail", "busy")


def make_request(at: dt.datetime) -> Request:
    history = tuple(
        HistoryEntry(
            at=at - dt.timedelta(hours=12 * i + 3),
            channel="call",
            direction="outbound",
            person_id="P1",
            debt_ids=("D1",),
            phone="+12125550100",
            outcome=OUTCOMES[i % len(OUTCOMES)],
        )
        for i in range(20)
    )
    return Request(
        at=at,
        channel="call",
        person=PersonFacts(id="P1", address=Address("10001", "NY", "US")),
        debt=DebtFacts("D1", "A-1"),
        phone=PhoneFacts("+12125550100", "cell"),
        history=history,
    )


def as_scenario(request: Request) -> dict[str, Any]:
    return {
        "at": format_instant(request.at),
        "channel": "call",
        "debt": {"id": "D1", "account_number": "A-1"},
        "person": {"id": "P1", "address": {"zip": "10001", "state": "NY", "country": "US"}},
        "phone": {"number": "+12125550100", "type": "cell"},
        "history": [
            {"at": format_instant(e.at), "channel": "call", "direction": "outbound", "person_id": "P1",
             "debt_ids": ["D1"], "phone": e.phone, "outcome": e.outcome}
            for e in request.history
        ],
    }


def _rate(step, items: list[Any], seconds: float) -> float:
    done = 0
    started = time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        for item in items:
            step(item)
        done += len(items)
    return done / (time.perf_counter() - started)


def _baseline_step(request: Request) -> None:
    zone = ZoneInfo("America/New_York")
    request.at.astimezone(zone).date()
    for entry in request.history:
        entry.at.astimezone(zone).date()


def run(options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    options = options or {}
    seconds = float(options.get("seconds", 2.0))
    rulepack = default_rulepack()
    base = dt.datetime(2026, 6, 15, 16, 0, tzinfo=dt.UTC)
    # Varied request instants (some inside windows, some outside, some capped) so the
    # next-allowed search is exercised, not just the allowed fast path.
    requests = [make_request(base + dt.timedelta(minutes=37 * i)) for i in range(64)]
    scenarios = [as_scenario(r) for r in requests]
    blocked = sum(not evaluate(r, rulepack).allowed for r in requests)

    baseline = _rate(_baseline_step, requests, seconds)
    engine = _rate(lambda r: evaluate(r, rulepack), requests, seconds)
    json_rate = _rate(check, scenarios, seconds)
    note = f"20-entry history, New York consumer; {blocked}/{len(requests)} requests blocked (next_allowed_at searched)"
    return [
        {"benchmark": "compliance.evaluate", "figure": round(engine), "unit": "decisions/s",
         "baseline": round(baseline), "ratio": round(engine / baseline, 3),
         "note": note + "; baseline: bare zoneinfo conversion of the same 21 instants per decision"},
        {"benchmark": "compliance.check_json", "figure": round(json_rate), "unit": "decisions/s",
         "baseline": round(baseline), "ratio": round(json_rate / baseline, 3),
         "note": "same scenarios through check(dict): parsing and validation included"},
    ]


if __name__ == "__main__":
    for row in run({"seconds": float(sys.argv[1]) if len(sys.argv) > 1 else 2.0}):
        print(json.dumps(row))
