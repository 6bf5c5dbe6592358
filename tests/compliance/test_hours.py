"""Hours at the consumer's location: exact edges, DST, Arizona, Navajo Nation, split locations."""

from __future__ import annotations

import datetime as dt

import zipcodes

from compliance_helpers import NY, codes, decide, iso, local


def test_eight_oclock_exactly_is_allowed_and_a_second_before_is_not():
    assert decide(local(NY, 2026, 6, 15, 8, 0, 0))["allowed"] is True
    early = decide(local(NY, 2026, 6, 15, 7, 59, 59))
    assert early["allowed"] is False
    assert codes(early) == {"outside_hours"}
    assert early["next_allowed_at"] == iso(local(NY, 2026, 6, 15, 8, 0))


def test_twenty_one_oclock_is_blocked_but_a_second_before_is_allowed():
    assert decide(local(NY, 2026, 6, 15, 20, 59, 59))["allowed"] is True
    late = decide(local(NY, 2026, 6, 15, 21, 0, 0))
    assert late["allowed"] is False
    assert late["next_allowed_at"] == iso(local(NY, 2026, 6, 16, 8, 0))


def test_hours_apply_to_texts_and_emails_but_not_letters():
    at = local(NY, 2026, 6, 15, 22, 0)
    assert decide(at, channel="sms")["allowed"] is False
    assert decide(at, channel="email", email={"address": "p@example.com"})["allowed"] is False
    letter = decide(at, channel="letter")
    assert letter["allowed"] is True
    assert letter["next_allowed_at"] == iso(at)


def test_spring_forward_day_in_new_york():
    # 2026-03-08: clocks jump 02:00 EST -> 03:00 EDT; 08:00 EDT is 12:00Z, not 13:00Z.
    assert decide("2026-03-08T12:00:00Z")["allowed"] is True
    assert decide("2026-03-08T11:59:59Z")["allowed"] is False
    # From the night before (22:00 EST Saturday) the next opening is 08:00 EDT Sunday.
    assert decide("2026-03-08T03:00:00Z")["next_allowed_at"] == "2026-03-08T12:00:00Z"
    # 21:00 EDT that evening is 01:00Z.
    assert decide("2026-03-09T00:59:59Z")["allowed"] is True
    assert decide("2026-03-09T01:00:00Z")["allowed"] is False


def test_fall_back_day_in_new_york():
    # 2026-11-01: clocks fall back 02:00 EDT -> 01:00 EST; 08:00 EST is 13:00Z.
    assert decide("2026-11-01T12:30:00Z")["allowed"] is False  # 07:30 EST
    assert decide("2026-11-01T12:30:00Z")["next_allowed_at"] == "2026-11-01T13:00:00Z"
    assert decide("2026-11-01T13:00:00Z")["allowed"] is True
    assert decide("2026-11-02T01:59:59Z")["allowed"] is True  # 20:59:59 EST
    assert decide("2026-11-02T02:00:00Z")["allowed"] is False  # 21:00 EST


def test_arizona_keeps_standard_time_all_summer():
    phoenix = {"address": {"zip": "85004", "state": "AZ", "country": "US"}}
    phone = {"number": "+16025550100", "type": "cell"}  # 602: Phoenix only
    summer = decide("2026-07-01T14:59:00Z", person=phoenix, phone=phone)  # 07:59 MST
    assert summer["time_zones"] == ["America/Phoenix"]
    assert summer["allowed"] is False
    assert summer["next_allowed_at"] == "2026-07-01T15:00:00Z"
    assert decide("2026-07-01T15:00:00Z", person=phoenix, phone=phone)["allowed"] is True
    # In winter Phoenix and Denver agree: 08:00 MST is 15:00Z too.
    assert decide("2026-01-05T15:00:00Z", person=phoenix, phone=phone)["allowed"] is True


def test_navajo_nation_observes_daylight_time_inside_arizona():
    assert zipcodes.matching("86515")[0]["timezone"] == "America/Denver"  # Window Rock, AZ
    window_rock = {"address": {"zip": "86515", "state": "AZ", "country": "US"}}
    # A number whose zone data agrees with the address (Denver, 303) leaves only Denver.
    denver_phone = {"number": "+13035550100", "type": "cell"}
    at = "2026-07-01T14:30:00Z"  # 08:30 MDT in Window Rock, 07:30 MST in Phoenix
    alone = decide(at, person=window_rock, phone=denver_phone)
    assert alone["time_zones"] == ["America/Denver"]
    assert alone["allowed"] is True
    # With a 928 number (split: Phoenix and Navajo Nation) both zones must allow it.
    split = decide(at, person=window_rock, phone={"number": "+19285550100", "type": "cell"})
    assert split["time_zones"] == ["America/Denver", "America/Phoenix"]
    assert split["allowed"] is False
    assert split["next_allowed_at"] == "2026-07-01T15:00:00Z"


def test_state_only_address_uses_every_zone_of_the_state():
    arizona_only = {"address": {"state": "AZ", "country": "US"}}
    letter = decide("2026-07-01T14:30:00Z", channel="letter", person=arizona_only, phone=None)
    assert letter["time_zones"] == ["America/Denver", "America/Phoenix"]
    # The evening edge is set by Denver (21:00 MDT = 03:00Z) before Phoenix (21:00 MST = 04:00Z).
    phone = {"number": "+16025550100", "type": "cell"}
    assert decide("2026-07-02T02:59:00Z", person=arizona_only, phone=phone)["allowed"] is True
    assert decide("2026-07-02T03:00:00Z", person=arizona_only, phone=phone)["allowed"] is False


def test_address_in_one_zone_and_phone_in_another_must_suit_both():
    la_phone = {"number": "+12135550100", "type": "cell"}  # Los Angeles
    morning = decide("2026-06-15T13:00:00Z", phone=la_phone)  # 09:00 New York, 06:00 Los Angeles
    assert morning["time_zones"] == ["America/Los_Angeles", "America/New_York"]
    assert morning["allowed"] is False
    assert morning["next_allowed_at"] == "2026-06-15T15:00:00Z"  # 08:00 in Los Angeles
    # At 20:30 New York (17:30 LA) fine; at 21:00 New York blocked even though LA is at 18:00.
    assert decide("2026-06-16T00:30:00Z", phone=la_phone)["allowed"] is True
    evening = decide("2026-06-16T01:00:00Z", phone=la_phone)
    assert evening["allowed"] is False
    assert evening["next_allowed_at"] == "2026-06-16T15:00:00Z"


def test_stated_time_zone_is_a_candidate_too():
    decision = decide("2026-06-15T13:00:00Z", person={"stated_time_zone": "America/Chicago"})
    assert decision["time_zones"] == ["America/Chicago", "America/New_York"]
    assert decision["allowed"] is True  # 08:00 Chicago
    assert decide("2026-06-15T12:30:00Z", person={"stated_time_zone": "America/Chicago"})["allowed"] is False


def test_split_area_codes_widen_the_phone_zones():
    no_address = {"address": None}
    kentucky = decide("2026-06-15T12:30:00Z", person=no_address, phone={"number": "+12705550100", "type": "home"})
    assert kentucky["time_zones"] == ["America/Chicago", "America/New_York"]
    assert kentucky["allowed"] is False  # 07:30 in Chicago
    assert kentucky["next_allowed_at"] == "2026-06-15T13:00:00Z"
    panhandle = decide("2026-06-15T13:00:00Z", person=no_address, phone={"number": "+18505550100", "type": "home"})
    assert panhandle["time_zones"] == ["America/Chicago", "America/New_York"]


def test_unknown_location_blocks_calls_until_facts_change():
    nowhere = {"address": None}
    toll_free = {"number": "+18005550100", "type": "other"}
    decision = decide("2026-06-15T16:00:00Z", person=nowhere, phone=toll_free)
    assert decision["allowed"] is False
    assert codes(decision) == {"location_unknown"}
    assert decision["time_zones"] == []
    assert decision["next_allowed_at"] is None
    invalid = decide("2026-06-15T16:00:00Z", person=nowhere, phone={"number": "+1555", "type": "cell"})
    assert codes(invalid) == {"location_unknown"}
    letter = decide("2026-06-15T16:00:00Z", channel="letter", person=nowhere, phone=None)
    assert letter["allowed"] is True


def test_canadian_postcode_gives_the_province():
    toronto = {"address": {"zip": "M5V 2T6", "country": "CA"}}
    decision = decide("2026-06-15T16:00:00Z", person=toronto, phone={"number": "+14165550100", "type": "cell"})
    assert decision["time_zones"] == ["America/Toronto"]
    assert decision["allowed"] is True


def test_inconvenient_times_block_in_local_time_and_end_on_time():
    person = {"inconvenient_times": [{"days": ["mon"], "start": "09:00", "end": "12:00"}]}
    monday_ten = local(NY, 2026, 6, 15, 10, 0)
    decision = decide(monday_ten, person=person)
    assert codes(decision) == {"inconvenient_time"}
    assert decision["next_allowed_at"] == iso(local(NY, 2026, 6, 15, 12, 0))
    assert decide(local(NY, 2026, 6, 15, 12, 0), person=person)["allowed"] is True
    assert decide(local(NY, 2026, 6, 16, 10, 0), person=person)["allowed"] is True  # Tuesday


def test_overnight_inconvenient_time_runs_into_the_next_day():
    person = {"inconvenient_times": [{"days": ["fri"], "start": "18:00", "end": "10:00"}]}
    saturday_nine = local(NY, 2026, 6, 20, 9, 0)
    decision = decide(saturday_nine, person=person)
    assert decision["allowed"] is False
    assert decision["next_allowed_at"] == iso(local(NY, 2026, 6, 20, 10, 0))
    assert decide(local(NY, 2026, 6, 19, 17, 59), person=person)["allowed"] is True


def test_hours_and_inconvenient_time_chain_into_one_answer():
    # Blocked at 21:30 by hours, then 08:00-11:00 by the consumer's own block: next is 11:00.
    person = {"inconvenient_times": [{"start": "07:00", "end": "11:00"}]}
    decision = decide(local(NY, 2026, 6, 15, 21, 30), person=person)
    assert decision["next_allowed_at"] == iso(local(NY, 2026, 6, 16, 11, 0))


def test_request_at_with_an_offset_is_read_as_an_instant():
    assert decide("2026-06-15T08:00:00-04:00")["allowed"] is True
    assert decide("2026-06-15T07:59:00-04:00")["next_allowed_at"] == "2026-06-15T12:00:00Z"


def test_northern_ontario_postcode_keeps_every_ontario_zone():
    thunder_bay = {"address": {"zip": "P7B 1A1", "country": "CA"}}
    decision = decide("2026-06-15T16:00:00Z", channel="letter", person=thunder_bay, phone=None)
    assert decision["time_zones"] == ["America/Atikokan", "America/Toronto", "America/Winnipeg"]
