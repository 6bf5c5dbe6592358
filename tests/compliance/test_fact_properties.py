"""Property tests for the facts kept per debt, the contact points that widen the zones, the consent kinds, the
employer email rule, Massachusetts' counting, effective dates and strict input."""

from __future__ import annotations

import copy
import datetime as dt
import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccs_desktop.compliance import RulePack, ScenarioError, check, default_rulepack
from compliance_helpers import iso

START = dt.datetime(2026, 5, 25, tzinfo=dt.UTC)
ADDRESSES = [
    {"zip": "10001", "state": "NY", "country": "US"},
    {"zip": "85004", "state": "AZ", "country": "US"},
    {"zip": "02108", "state": "MA", "country": "US"},
    {"zip": "98101", "state": "WA", "country": "US"},
    {"zip": "96813", "state": "HI", "country": "US"},
    {"zip": "M5V 2T6", "state": "ON", "country": "CA"},
    {"zip": "T2P 1J9", "state": "AB", "country": "CA"},
]
NUMBERS = ["+12125550100", "+16025550100", "+16175550100", "+12065550100", "+18085550100", "+14165550100",
           "+14035550100", "+18005550100"]
OUTCOMES = ["no_answer", "voicemail", "busy", "not_connected", "conversation", "wrong_party"]
DEBT_FLAGS = ["attorney_represented", "cease_requested", "dispute_unverified", "bankruptcy"]
PERSON_FLAGS = [*DEBT_FLAGS, "deceased", "work_contact_prohibited", "hardship"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def scenarios(draw, channel=None):
    at = START + dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 30)))
    number = draw(st.sampled_from(NUMBERS))
    debts = ["D1", "D1", "D2"]
    history = [
        {"at": iso(at - dt.timedelta(minutes=m)), "channel": "call", "direction": "outbound", "person_id": "P1",
         "debt_ids": draw(st.sampled_from([[d], []])) if d == "D1" else [d], "phone": number, "outcome": o}
        for m, o, d in draw(st.lists(st.tuples(st.integers(1, 60 * 24 * 9), st.sampled_from(OUTCOMES),
                                               st.sampled_from(debts)), max_size=12))
    ]
    chosen = channel or draw(st.sampled_from(["call", "call", "sms", "email", "letter"]))
    scenario = {
        "at": iso(at), "channel": chosen, "debt": {"id": "D1"}, "other_debts": [{"id": "D2"}],
        "person": {"id": "P1", "address": draw(st.sampled_from(ADDRESSES)),
                   "flags": draw(st.lists(st.sampled_from(PERSON_FLAGS), max_size=1, unique=True))},
        "phone": {"number": number, "type": draw(st.sampled_from(["cell", "home", "work"]))},
        "history": history,
    }
    if chosen == "email":
        scenario["email"] = {"address": "p@example.com", "employer_provided": draw(st.booleans())}
    return copy.deepcopy(scenario)  # the tests change it: never the shared address dicts


def _allowed(scenario: dict, pack: RulePack | None = None) -> bool:
    return check(scenario, pack)["allowed"]


@SETTINGS
@given(scenarios(), st.sampled_from(ADDRESSES), st.sampled_from(NUMBERS))
def test_another_address_or_number_never_turns_a_refusal_into_an_allowance(scenario, address, number):
    # More places the consumer may be can only add constraints (the strictest wins in every zone).
    base = check(scenario)
    wider = copy.deepcopy(scenario)
    wider["person"]["addresses"] = [address]
    wider["person"]["phones"] = [{"number": number}]
    decision = check(wider)
    assert set(base["time_zones"]) <= set(decision["time_zones"])
    if decision["allowed"]:
        assert base["allowed"]


@SETTINGS
@given(scenarios(), st.lists(st.sampled_from(DEBT_FLAGS), min_size=1, unique=True))
def test_flags_on_another_debt_never_change_the_decision(scenario, flags):
    flagged = copy.deepcopy(scenario)
    flagged["other_debts"][0]["flags"] = flags
    assert check(flagged) == check(scenario)


@SETTINGS
@given(scenarios(), st.sampled_from(DEBT_FLAGS))
def test_a_flag_on_the_requested_debt_decides_as_the_same_flag_on_the_person(scenario, flag):
    on_debt = copy.deepcopy(scenario)
    on_debt["debt"]["flags"] = [flag]
    on_person = copy.deepcopy(scenario)
    on_person["person"]["flags"] = sorted({*on_person["person"]["flags"], flag})
    assert check(on_debt) == check(on_person)


@SETTINGS
@given(scenarios())
def test_a_deceased_consumer_is_contacted_only_through_the_estate_representative(scenario):
    dead = copy.deepcopy(scenario)
    dead["person"]["flags"] = ["deceased"]
    assert _allowed(dead) is False
    representative = copy.deepcopy(dead)
    representative["person"]["role"] = "estate_representative"
    # The representative's own hours and caps apply exactly as they would without the flag.
    undead = copy.deepcopy(representative)
    undead["person"]["flags"] = []
    assert check(representative) == check(undead)


@SETTINGS
@given(scenarios(channel="call"), st.sampled_from(["call", "sms"]))
def test_a_time_consent_lifts_only_the_hours_rules_of_its_channel(scenario, consent_channel):
    consent = {"kind": "inconvenient_time", "channel": consent_channel,
               "given_at": iso(dt.datetime.fromisoformat(scenario["at"]) - dt.timedelta(hours=1))}
    with_consent = copy.deepcopy(scenario)
    with_consent["person"]["consents"] = [consent]
    before, after = check(scenario), check(with_consent)
    lost = {(r["rule"], r["code"]) for r in before["reasons"]} - {(r["rule"], r["code"]) for r in after["reasons"]}
    gained = {r["rule"] for r in after["reasons"]} - {r["rule"] for r in before["reasons"]}
    assert not gained
    if consent_channel != "call":
        assert lost == set()
    for rule, code in lost:
        assert code in ("outside_hours", "holiday") and rule in ("fdcpa.hours", "agency.default_hours"), rule


@SETTINGS
@given(scenarios(channel="email"), st.booleans(), st.booleans(), st.booleans())
def test_email_to_an_employer_address_goes_only_with_consent_to_it_or_after_the_consumer_wrote_from_it(
        scenario, employer, used, consented):
    scenario["email"] = {"address": "pat@corp.example", "employer_provided": employer, "consumer_used": used}
    if consented:
        scenario["person"]["consents"] = [{"kind": "email_address", "address": "pat@corp.example",
                                           "given_at": iso(START - dt.timedelta(days=1))}]
    decision = check(scenario)
    codes = {r["code"] for r in decision["reasons"]}
    assert ("employer_email" in codes) == (employer and not used and not consented)


MA = {"zip": "02108", "state": "MA", "country": "US"}


@SETTINGS
@given(scenarios(channel="call"), st.lists(st.tuples(st.integers(1, 60 * 24 * 6), st.sampled_from(["busy", "not_connected"])),
                                           min_size=1, max_size=8))
def test_massachusetts_never_counts_a_call_that_could_not_connect(scenario, unreachable):
    scenario["person"]["address"] = MA
    at = dt.datetime.fromisoformat(scenario["at"])
    more = copy.deepcopy(scenario)
    more["history"] += [{"at": iso(at - dt.timedelta(minutes=m)), "channel": "call", "person_id": "P1",
                         "debt_ids": ["D1"], "phone": scenario["phone"]["number"], "outcome": o} for m, o in unreachable]
    ma = lambda d: {r["rule"] for r in d["reasons"] if r["rule"].startswith("ma.")}  # noqa: E731
    assert ma(check(more)) == ma(check(scenario))


@SETTINGS
@given(scenarios(channel="call"), st.sampled_from(["no_answer", "voicemail", "conversation"]))
def test_massachusetts_counts_an_initiated_call_whatever_its_outcome(scenario, outcome):
    scenario["person"]["address"] = MA
    scenario["phone"]["type"] = "cell"
    at = dt.datetime.fromisoformat(scenario["at"])
    scenario["history"] = [{"at": iso(at - dt.timedelta(hours=h)), "channel": "call", "person_id": "P1",
                            "debt_ids": ["D1"], "phone": scenario["phone"]["number"], "outcome": outcome}
                           for h in (1, 30)]
    assert "ma.personal_phone_frequency" in {r["rule"] for r in check(scenario)["reasons"]}


@SETTINGS
@given(scenarios(channel="call"))
def test_a_call_without_debt_ids_counts_exactly_like_a_call_about_this_debt(scenario):
    without = copy.deepcopy(scenario)
    about = copy.deepcopy(scenario)
    for a, b in zip(without["history"], about["history"], strict=True):
        if b["debt_ids"] in ([], ["D1"]):
            a["debt_ids"] = []
            b["debt_ids"] = ["D1"]
    assert check(without) == check(about)


@functools.lru_cache(maxsize=None)
def _dated_pack(starts: dt.date, ends: dt.date) -> RulePack:
    data = default_rulepack().to_data()
    for pack in data:
        for rule in pack.get("rules", []):
            if rule["id"] == "agency.daily_call_limit":
                rule.update(enabled=True, effective_from=starts.isoformat(), effective_until=ends.isoformat())
                rule["parameters"]["max"] = 1
    return RulePack(data)


_UNDATED = default_rulepack().with_overrides({"agency.daily_call_limit": {"enabled": True, "parameters": {"max": 1}}})


@SETTINGS
@given(scenarios(channel="call"), st.integers(0, 30), st.integers(0, 10),
       st.lists(st.floats(0, 1, exclude_max=True), min_size=6, max_size=6))
def test_a_dated_rule_applies_only_within_its_days_and_next_allowed_at_stays_the_earliest(scenario, start, length,
                                                                                          fractions):
    scenario["person"]["flags"] = []
    scenario["person"]["address"] = ADDRESSES[0]
    starts = START.date() + dt.timedelta(days=start)
    pack = _dated_pack(starts, starts + dt.timedelta(days=length))
    at = dt.datetime.fromisoformat(scenario["at"])
    day = at.astimezone(dt.timezone(dt.timedelta(hours=-4))).date()  # New York in summer
    decision = check(scenario, pack)
    if starts <= day <= starts + dt.timedelta(days=length):
        assert decision == check(scenario, _UNDATED)
    else:
        assert decision == check(scenario)
    if decision["allowed"] or decision["next_allowed_at"] is None:
        return
    nxt = dt.datetime.fromisoformat(decision["next_allowed_at"])
    assert check(dict(scenario, at=decision["next_allowed_at"]), pack)["allowed"] is True
    span = (nxt - at).total_seconds()
    for f in fractions:
        sample = at + dt.timedelta(seconds=int(f * span))
        if sample < nxt:
            assert check(dict(scenario, at=iso(sample)), pack)["allowed"] is False, iso(sample)


PATHS = [(), ("person",), ("person", "address"), ("debt",), ("phone",), ("other_debts", 0)]


@SETTINGS
@given(scenarios(channel="call"), st.sampled_from(PATHS),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12))
def test_any_unknown_key_is_refused_and_named(scenario, path, key):
    target = scenario
    for step in path:
        target = target[step]
    if key in target or key in {"at", "channel", "person", "debt", "purpose", "phone", "email", "history", "direction",
                                "other_debts", "overrides", "id", "role", "address", "addresses", "phones",
                                "stated_time_zone", "flags", "refused_channels", "inconvenient_times", "consents",
                                "opt_outs", "zip", "state", "country", "number", "type", "account_number"}:
        return
    target[key] = "x"
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    with pytest.raises(ScenarioError) as caught:
        check(scenario)
    assert str(caught.value) == f"{where + '.' if where else ''}{key}: unknown field"
