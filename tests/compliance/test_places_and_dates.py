"""Every address and number on file widens the candidate zones; Massachusetts counts what the collector initiates;
rules with effective dates."""

from __future__ import annotations

import datetime as dt

import pytest
from compliance_helpers import NY, call, codes, decide, iso, local, rules, scenario

from ccs_desktop.compliance import RulePack, RulePackError, check, default_rulepack

LA = "America/Los_Angeles"
PHOENIX = {"zip": "85004", "state": "AZ", "country": "US"}
BOSTON = {"zip": "02108", "state": "MA", "country": "US"}
MA_PHONE = "+16175550100"


def test_another_current_address_widens_the_zones():
    # 12 CFR 1006.6(b)(1)(i), comment 6(b)(1)(i)-3 (locations): with information pointing to more than one
    # location, a time is convenient only if it is convenient in every one of them.
    at = local(NY, 2026, 6, 15, 10, 30)  # 07:30 in Phoenix
    assert decide(at)["allowed"] is True
    wider = decide(at, person={"addresses": [PHOENIX]})
    assert wider["time_zones"] == ["America/New_York", "America/Phoenix"]
    assert rules(wider) == {"fdcpa.hours"}
    assert wider["next_allowed_at"] == iso(local("America/Phoenix", 2026, 6, 15, 8, 0))


def test_another_number_on_file_widens_the_zones():
    at = local(NY, 2026, 6, 15, 10, 30)  # 07:30 in Los Angeles
    wider = decide(at, person={"phones": [{"number": "+12135550100", "type": "home"}]})
    assert "America/Los_Angeles" in wider["time_zones"] and rules(wider) == {"fdcpa.hours"}
    # A toll-free number locates no one and adds nothing.
    assert decide(at, person={"phones": [{"number": "+18005550100"}]})["time_zones"] == ["America/New_York"]


def test_other_addresses_alone_locate_the_consumer():
    person = {"address": None, "addresses": [PHOENIX]}
    decision = decide(local("America/Phoenix", 2026, 6, 15, 12, 0), person=person, phone={"number": "+18005550100"})
    assert decision["allowed"] is True and decision["time_zones"] == ["America/Phoenix"]


def test_a_massachusetts_address_on_file_brings_the_massachusetts_rules():
    # The strictest applicable rule wins: the consumer may be in Massachusetts as well as New York.
    history = [call(local(NY, 2026, 6, d, 10, 0)) for d in (1, 3)]
    at = local(NY, 2026, 6, 5, 12, 0)
    assert decide(at, history=history)["allowed"] is True
    both = decide(at, person={"addresses": [BOSTON]}, history=history)
    assert rules(both) == {"ma.personal_phone_frequency"}


def test_a_number_on_file_gives_its_type_to_past_calls_to_it():
    # 209 CMR 18.16(1)(d) allows two calls in 30 days to numbers other than the residence or cell phone, two in 7 to
    # those: a past call to the work number on file uses the work allowance, not the cell one.
    work = "+16175550199"
    history = [call(local(NY, 2026, 6, d, 10, 0), phone=work) for d in (1, 2)]
    person = {"address": BOSTON, "phones": [{"number": work, "type": "work"}]}
    cell = decide(local(NY, 2026, 6, 3, 12, 0), person=person, phone={"number": MA_PHONE, "type": "cell"},
                  history=history)
    assert cell["allowed"] is True
    unknown = decide(local(NY, 2026, 6, 3, 12, 0), person={"address": BOSTON}, phone={"number": MA_PHONE, "type": "cell"},
                     history=history)
    assert rules(unknown) == {"ma.personal_phone_frequency"}  # unknown type counts against both (conservative)


@pytest.mark.parametrize("outcome", ["no_answer", "voicemail", "conversation", "wrong_party"])
def test_massachusetts_counts_every_call_the_collector_initiates(outcome):
    # 940 CMR 7.04(1)(f): "Initiating a communication with any debtor via telephone ... in excess of two such
    # communications in each seven-day period"; Armata v. Target Corp., 480 Mass. 14 (2018): a call counts whether
    # or not it is answered and whether or not the caller chose to leave a message.
    history = [call(local(NY, 2026, 6, d, 10, 0), outcome, phone=MA_PHONE) for d in (1, 3)]
    blocked = decide(local(NY, 2026, 6, 5, 12, 0), person={"address": BOSTON},
                     phone={"number": MA_PHONE, "type": "cell"}, history=history)
    assert "ma.personal_phone_frequency" in rules(blocked)
    assert "940 CMR 7.04(1)(f)" in next(r["citation"] for r in blocked["reasons"] if r["rule"].startswith("ma."))


@pytest.mark.parametrize("outcome", ["busy", "not_connected"])
def test_massachusetts_does_not_count_a_call_that_could_not_reach_the_consumer(outcome):
    # Attorney General's Guidance with Respect to Debt Collection Regulations (2013), as applied in Armata: a call
    # is exempt only when the caller is "truly unable to reach the debtor or to leave a message" (a busy signal, a
    # call that did not connect).
    history = [call(local(NY, 2026, 6, d, 10, 0), outcome, phone=MA_PHONE) for d in (1, 2, 3, 4)]
    decision = decide(local(NY, 2026, 6, 5, 12, 0), person={"address": BOSTON},
                      phone={"number": MA_PHONE, "type": "cell"}, history=history)
    assert decision["allowed"] is True


# -- effective dates ------------------------------------------------------------------------------------------------


def _pack_with(rule_changes: dict) -> RulePack:
    data = default_rulepack().to_data()
    for pack in data:
        for rule in pack.get("rules", []):
            if rule["id"] in rule_changes:
                rule.update(rule_changes[rule["id"]])
    return RulePack(data)


def test_a_rule_applies_only_from_its_first_day_to_its_last_day_at_the_consumers_location():
    pack = _pack_with({"agency.daily_call_limit": {"enabled": True, "effective_from": "2026-06-10",
                                                    "effective_until": "2026-06-20"}})
    history = [call(local(NY, 2026, 6, d, h, 0)) for d in (9, 15, 21) for h in (9, 10, 11)]

    def allowed(day: int) -> bool:
        return check(scenario(local(NY, 2026, 6, day, 15, 0), history=history), pack)["allowed"]

    assert allowed(9) is True and allowed(21) is True  # before it starts, after it ends
    assert allowed(15) is False
    # Blocked on its last day: it lifts at the end of that day even though the cap alone would hold longer.
    on_the_20th = [call(local(NY, 2026, 6, 20, h, 0)) for h in (9, 10, 11)]
    last = check(scenario(local(NY, 2026, 6, 20, 15, 0), history=on_the_20th), pack)
    assert rules(last) == {"agency.daily_call_limit"}
    assert last["next_allowed_at"] == iso(local(NY, 2026, 6, 21, 8, 0))


def test_a_rule_starting_later_is_found_by_the_next_allowed_search():
    # Outside hours now; by the time the window opens a stricter rule has started and the cap is reached.
    pack = _pack_with({"agency.daily_call_limit": {"enabled": True, "effective_from": "2026-06-16"}})
    history = [call(local(NY, 2026, 6, 16, h, 0)) for h in (0, 1, 2)]
    at = local(NY, 2026, 6, 15, 22, 0)
    decision = check(scenario(at, history=history), pack)
    assert rules(decision) == {"fdcpa.hours"}
    assert decision["next_allowed_at"] == iso(local(NY, 2026, 6, 17, 8, 0))


@pytest.mark.parametrize("change", [{"effective_from": "June 1"}, {"effective_until": 20260601},
                                    {"effective_from": "2026-07-01", "effective_until": "2026-06-01"}])
def test_bad_effective_dates_are_refused_when_the_pack_is_loaded(change):
    with pytest.raises(RulePackError, match="agency.daily_call_limit"):
        _pack_with({"agency.daily_call_limit": change})


def test_new_york_citys_amended_rules_are_held_with_their_start_date():
    rule = default_rulepack().rule("nyc.weekly_frequency")
    assert rule.effective_from == dt.date(2026, 9, 1) and rule.effective_until is None
    assert "6 RCNY 5-77" in rule.citation and "September 1, 2026" in rule.citation


def test_a_dated_rule_counts_in_every_candidate_zone():
    # In force if the local day is within its dates in any candidate zone (the stricter reading).
    pack = _pack_with({"agency.daily_call_limit": {"enabled": True, "effective_until": "2026-06-15"}})
    history = [call(local(NY, 2026, 6, 15, h, 0)) for h in (9, 10, 11)]
    # 00:30 on the 16th in New York is still the 15th in Los Angeles (both zones are candidates).
    at = local(NY, 2026, 6, 16, 0, 30)
    person = {"phones": [{"number": "+12135550100", "type": "home"}]}
    assert "agency.daily_call_limit" in rules(check(scenario(at, person=person, history=history), pack))
    assert "agency.daily_call_limit" not in rules(check(scenario(at, history=history), pack))
    assert codes(check(scenario(at, history=history), pack)) == {"outside_hours"}


def test_a_place_without_statutory_hours_keeps_the_agency_hours_when_another_place_has_laxer_ones():
    # Alberta has no hours pack here (agency 08:00-21:00); Ontario allows 07:00 on weekdays. A consumer who may be in
    # either is called only when both allow it.
    calgary = {"zip": "T2P 1J9", "state": "AB", "country": "CA"}
    toronto = {"zip": "M5V 2T6", "state": "ON", "country": "CA"}
    at = local("America/Toronto", 2026, 6, 15, 9, 30)  # 07:30 in Calgary
    decision = decide(at, person={"address": toronto, "addresses": [calgary]}, phone={"number": "+14165550100"})
    assert rules(decision) == {"agency.default_hours"}
    assert decide(at, person={"address": toronto}, phone={"number": "+14165550100"})["allowed"] is True
