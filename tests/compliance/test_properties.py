"""Property tests: no allowed decision inside a blocked window; next_allowed_at is the earliest."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccs_desktop.compliance import check
from compliance_helpers import iso

START = dt.datetime(2026, 2, 25, tzinfo=dt.UTC)  # spans the March DST change
PLACES = [
    ({"zip": "10001", "state": "NY", "country": "US"}, "+12125550100", "US"),
    ({"zip": "85004", "state": "AZ", "country": "US"}, "+16025550100", "US"),
    ({"zip": "86515", "state": "AZ", "country": "US"}, "+19285550100", "US"),
    ({"zip": "10001", "state": "NY", "country": "US"}, "+12135550100", "US"),
    ({"zip": "02108", "state": "MA", "country": "US"}, "+16175550100", "US"),
    ({"zip": "M5V 2T6", "state": "ON", "country": "CA"}, "+14165550100", "ON"),
    ({"zip": "H2X 1Y4", "state": "QC", "country": "CA"}, "+15145550100", "QC"),
]
OUTCOMES = ["no_answer", "voicemail", "busy", "not_connected", "conversation", "wrong_party"]
FEDERAL = (8 * 3600, 21 * 3600)


@st.composite
def scenarios(draw):
    address, number, _ = draw(st.sampled_from(PLACES))
    at = START + dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 45)))
    entries = draw(
        st.lists(
            st.tuples(
                st.integers(1, 60 * 24 * 14),
                st.sampled_from(OUTCOMES),
                st.sampled_from(["outbound", "outbound", "outbound", "inbound"]),
                st.sampled_from(["D1", "D1", "D2"]),
            ),
            max_size=20,
        )
    )
    history = [
        {"at": iso(at - dt.timedelta(minutes=m)), "channel": "call", "direction": d, "person_id": "P1",
         "debt_ids": [debt], "phone": number, "outcome": o}
        for m, o, d, debt in entries
    ]
    blocks = draw(st.lists(st.tuples(st.integers(6, 22), st.integers(1, 4)), max_size=1))
    inconvenient = [{"start": f"{h:02d}:00", "end": f"{min(h + n, 24):02d}:00"} for h, n in blocks]
    return {
        "at": iso(at), "channel": "call", "debt": {"id": "D1"},
        "person": {"id": "P1", "address": address, "inconvenient_times": inconvenient},
        "phone": {"number": number, "type": "cell"}, "history": history,
    }


def _seconds(local: dt.datetime) -> int:
    return local.hour * 3600 + local.minute * 60 + local.second


def _day(value: str, zone: ZoneInfo) -> dt.date:
    return dt.datetime.fromisoformat(value).astimezone(zone).date()


def independent_violations(scenario: dict, decision: dict) -> list[str]:
    """A plain re-statement of the hours, inconvenient-time and Reg F rules for US consumers."""
    found = []
    at = dt.datetime.fromisoformat(scenario["at"])
    us = scenario["person"]["address"]["country"] == "US"
    for name in decision["time_zones"]:
        zone = ZoneInfo(name)
        local = at.astimezone(zone)
        secs = _seconds(local)
        if us and not FEDERAL[0] <= secs < FEDERAL[1]:
            found.append(f"outside 08-21 in {name}")
        for block in scenario["person"]["inconvenient_times"]:
            start, end = (int(block[k][:2]) * 3600 for k in ("start", "end"))
            if start <= secs < end:
                found.append(f"inside inconvenient time in {name}")
        if not us:
            continue
        day = local.date()
        counted = [
            e for e in scenario["history"]
            if e["direction"] == "outbound" and "D1" in e["debt_ids"] and e["outcome"] not in ("busy", "not_connected")
            and day - dt.timedelta(days=6) <= _day(e["at"], zone) <= day
        ]
        if len(counted) >= 7:
            found.append(f"7 calls in 7 days in {name}")
        talks = [
            e for e in scenario["history"]
            if e["outcome"] == "conversation" and "D1" in e["debt_ids"]
            and _day(e["at"], zone) <= day <= _day(e["at"], zone) + dt.timedelta(days=6)
        ]
        if talks:
            found.append(f"within 7 days of a conversation in {name}")
    return found


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_no_allowed_decision_falls_inside_a_blocked_window(scenario):
    decision = check(scenario)
    if decision["allowed"]:
        assert independent_violations(scenario, decision) == []
    else:
        assert decision["reasons"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.lists(st.floats(0, 1, exclude_max=True), min_size=12, max_size=12))
def test_next_allowed_at_is_allowed_and_nothing_earlier_is(scenario, fractions):
    decision = check(scenario)
    at = dt.datetime.fromisoformat(scenario["at"])
    if decision["allowed"]:
        assert decision["next_allowed_at"] == scenario["at"]
        return
    if decision["next_allowed_at"] is None:
        return
    nxt = dt.datetime.fromisoformat(decision["next_allowed_at"])
    assert nxt > at
    later = check(dict(scenario, at=decision["next_allowed_at"]))
    assert later["allowed"] is True
    assert independent_violations(dict(scenario, at=decision["next_allowed_at"]), later) == []
    span = (nxt - at).total_seconds()
    samples = [at + dt.timedelta(seconds=int(f * span)) for f in fractions] + [nxt - dt.timedelta(seconds=1)]
    for sample in samples:
        if sample < nxt:
            assert check(dict(scenario, at=iso(sample)))["allowed"] is False, iso(sample)
