"""Guardrail engine throughput: decisions per second of CPU time on one core with a 20-entry history.

The baseline, measured in the same run, is a bare loop that only converts the same 20 history
instants and the request instant into the consumer's zone (the unavoidable core of counting in
local days); the ratio says how many of those bare loops one full decision costs.

`--against REV` also times the same fixed scenario set (old fields only, so any version decides it) on the package
as it is at git revision REV and on this tree, alternately in fresh processes, and reports this tree's figure
with REV's as the baseline: the before/after ratio measured in one run on the same machine.

    python bench/bench_compliance.py [seconds] [--against main] [--rounds 3]   # prints the rows
    run({"seconds": 2.0, "against": "main"}) -> list of rows                  # for a bench runner
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent.parent


def _package_root() -> Path:
    """This tree, or (`--child ROOT`) the tree whose package a child process times."""
    if "--child" in sys.argv:
        return Path(sys.argv[sys.argv.index("--child") + 1]).resolve()
    return HERE


sys.path.insert(0, str(_package_root()))

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
    """Items per second of this process's CPU time: on a machine shared with other work, wall-clock time would
    count the moments the process waits for a core."""
    done = 0
    started = time.process_time()
    deadline = started + seconds
    while time.process_time() < deadline:
        for item in items:
            step(item)
        done += len(items)
    return done / (time.process_time() - started)


def _baseline_step(request: Request) -> None:
    zone = ZoneInfo("America/New_York")
    request.at.astimezone(zone).date()
    for entry in request.history:
        entry.at.astimezone(zone).date()


def fixed_set(seconds: float) -> dict[str, float]:
    """decisions/s of `evaluate` and `check` over the fixed scenario set (old fields only)."""
    rulepack = default_rulepack()
    base = dt.datetime(2026, 6, 15, 16, 0, tzinfo=dt.UTC)
    # Varied request instants (some inside windows, some outside, some capped) so the
    # next-allowed search is exercised, not just the allowed fast path.
    requests = [make_request(base + dt.timedelta(minutes=37 * i)) for i in range(64)]
    scenarios = [as_scenario(r) for r in requests]
    blocked = sum(not evaluate(r, rulepack).allowed for r in requests)  # also warms the ZIP, zone and rule caches
    return {
        "evaluate": _rate(lambda r: evaluate(r, rulepack), requests, seconds),
        "check_json": _rate(check, scenarios, seconds),
        "blocked": blocked,
        "requests": len(requests),
    }


def new_facts_request(request: Request) -> Request:
    """The same request with the second-pass facts in use: two more addresses and numbers (same zone, so the same
    decision), per-debt flags on another debt, consents of every kind (none of which lifts anything for this call)."""
    from ccs_desktop.compliance import Consent

    given = request.at - dt.timedelta(days=2)
    person = PersonFacts(
        id="P1", address=Address("10001", "NY", "US"),
        addresses=(Address("07030", "NJ", "US"), Address("19103", "PA", "US")),
        phones=(PhoneFacts("+12015550100", "home"), PhoneFacts("+12155550100", "work")),
        consents=(Consent("call", "D2", given), Consent("sms", None, given, "inconvenient_time"),
                  Consent("email", None, given, "email_address", "p@corp.example"), Consent(None, "D2", given, "attorney")),
    )
    other = DebtFacts("D2", "A-2", flags=frozenset({"dispute_unverified", "attorney_represented"}))
    return Request(at=request.at, channel="call", person=person, debt=request.debt, phone=request.phone,
                   history=request.history, other_debts=(other,))


def compare(against: str, seconds: float, rounds: int) -> dict[str, dict[str, float]]:
    """Median decisions/s of the fixed set at git revision `against` and on this tree, timed alternately."""
    archive = subprocess.run(["git", "-C", str(HERE), "archive", against, "ccs_desktop", "resources"],
                             capture_output=True, check=True).stdout
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory(prefix="ccs-bench-compliance-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        for _ in range(rounds):
            for label, root in (("before", tmp), ("after", str(HERE))):
                done = subprocess.run([sys.executable, __file__, "--child", root, "--seconds", str(seconds)],
                                      capture_output=True, text=True, check=True)
                runs[label].append(json.loads(done.stdout))
    return {label: {k: statistics.median(r[k] for r in found) for k in ("evaluate", "check_json")}
            for label, found in runs.items()}


def run(options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    options = options or {}
    seconds = float(options.get("seconds", 2.0))
    rulepack = default_rulepack()
    base = dt.datetime(2026, 6, 15, 16, 0, tzinfo=dt.UTC)
    requests = [make_request(base + dt.timedelta(minutes=37 * i)) for i in range(64)]
    figures = fixed_set(seconds)
    baseline = _rate(_baseline_step, requests, seconds)
    wide = [new_facts_request(r) for r in requests]
    # Warm the caches for the extra places; the decisions must be those of the plain requests.
    assert [evaluate(r, rulepack).allowed for r in wide] == [evaluate(r, rulepack).allowed for r in requests]
    wide_rate = _rate(lambda r: evaluate(r, rulepack), wide, seconds)
    note = (f"20-entry history, New York consumer; {figures['blocked']}/{figures['requests']} requests blocked "
            "(next_allowed_at searched)")
    rows = [
        {"benchmark": "compliance.evaluate", "figure": round(figures["evaluate"]), "unit": "decisions/s",
         "baseline": round(baseline), "ratio": round(figures["evaluate"] / baseline, 3),
         "note": note + "; baseline: bare zoneinfo conversion of the same 21 instants per decision"},
        {"benchmark": "compliance.check_json", "figure": round(figures["check_json"]), "unit": "decisions/s",
         "baseline": round(baseline), "ratio": round(figures["check_json"] / baseline, 3),
         "note": "same scenarios through check(dict): parsing and validation included"},
        {"benchmark": "compliance.evaluate_new_facts", "figure": round(wide_rate), "unit": "decisions/s",
         "baseline": round(figures["evaluate"]), "ratio": round(wide_rate / figures["evaluate"], 3),
         "note": "same requests with 3 addresses (NY, NJ, PA), 3 numbers, a flagged other debt and 4 consents; "
                 "baseline: compliance.evaluate"},
    ]
    against = options.get("against")
    if against:
        found = compare(against, seconds, int(options.get("rounds", 3)))
        for metric in ("evaluate", "check_json"):
            before, after = found["before"][metric], found["after"][metric]
            rows.append({"benchmark": f"compliance.{metric}_vs_{against}", "figure": round(after),
                         "unit": "decisions/s", "baseline": round(before), "ratio": round(after / before, 3),
                         "note": f"fixed scenario set, this tree vs git {against} (baseline), median of "
                                 f"{options.get('rounds', 3)} alternating runs of {seconds:g}s in fresh processes"})
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_compliance.py")
    parser.add_argument("seconds", nargs="?", type=float, default=2.0, help="seconds per timed loop")
    parser.add_argument("--against", help="git revision to compare with (e.g. main)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per tree when comparing")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", dest="child_seconds", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(fixed_set(args.child_seconds or args.seconds)))
        return 0
    for row in run({"seconds": args.seconds, "against": args.against, "rounds": args.rounds}):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
