"""State and provincial packs: Massachusetts, Washington, Ontario, Québec, New York City (off)."""

from __future__ import annotations

from compliance_helpers import NY, call, codes, decide, iso, local, rules

from ccs_desktop.compliance import check, default_rulepack

TORONTO = "America/Toronto"
ONTARIO = {"address": {"zip": "M5V 2T6", "state": "ON", "country": "CA"}}
ON_PHONE = {"number": "+14165550100", "type": "cell"}
QUEBEC = {"address": {"zip": "H2X 1Y4", "state": "QC", "country": "CA"}}
QC_PHONE = {"number": "+15145550100", "type": "cell"}
BOSTON = {"address": {"zip": "02108", "state": "MA", "country": "US"}}
MA_PHONE = "+16175550100"
SEATTLE = {"address": {"zip": "98101", "state": "WA", "country": "US"}}
WA_PHONE = "+12065550100"


def on(at, **changes):
    changes.setdefault("person", ONTARIO)
    changes.setdefault("phone", ON_PHONE)
    return decide(at, **changes)


def qc(at, **changes):
    changes.setdefault("person", QUEBEC)
    changes.setdefault("phone", QC_PHONE)
    return decide(at, **changes)


# -- Ontario -------------------------------------------------------------------------------------


def test_ontario_sunday_afternoon_window():
    assert on(local(TORONTO, 2026, 6, 14, 12, 59))["allowed"] is False
    morning = on(local(TORONTO, 2026, 6, 14, 10, 0))
    assert rules(morning) == {"on.hours"}
    assert morning["next_allowed_at"] == iso(local(TORONTO, 2026, 6, 14, 13, 0))
    assert on(local(TORONTO, 2026, 6, 14, 13, 0))["allowed"] is True
    assert on(local(TORONTO, 2026, 6, 14, 16, 59))["allowed"] is True
    evening = on(local(TORONTO, 2026, 6, 14, 17, 0))
    assert evening["allowed"] is False
    assert evening["next_allowed_at"] == iso(local(TORONTO, 2026, 6, 15, 7, 0))


def test_ontario_weekday_opens_at_seven():
    assert on(local(TORONTO, 2026, 6, 15, 7, 0))["allowed"] is True
    assert on(local(TORONTO, 2026, 6, 15, 6, 59))["allowed"] is False
    assert on(local(TORONTO, 2026, 6, 15, 21, 0))["allowed"] is False


def test_ontario_statutory_holiday_is_closed_all_day():
    canada_day = on(local(TORONTO, 2026, 7, 1, 12, 0))  # a Wednesday
    assert codes(canada_day) == {"holiday"}
    assert canada_day["next_allowed_at"] == iso(local(TORONTO, 2026, 7, 2, 7, 0))
    family_day = on(local(TORONTO, 2026, 2, 16, 12, 0))
    assert family_day["allowed"] is False


def test_ontario_three_contacts_in_seven_days_after_the_first_conversation():
    first = call(local(TORONTO, 2026, 6, 1, 10, 0), "conversation", phone=ON_PHONE["number"])
    contacts = [call(local(TORONTO, 2026, 6, d, 10, 0), "voicemail", phone=ON_PHONE["number"]) for d in (9, 10, 11)]
    blocked = on(local(TORONTO, 2026, 6, 12, 10, 0), history=[first, *contacts])
    assert rules(blocked) == {"on.weekly_frequency"}
    assert blocked["next_allowed_at"] == iso(local(TORONTO, 2026, 6, 16, 7, 0))
    # Unanswered calls without a message are not contacts.
    quiet = [dict(c, outcome="no_answer") for c in contacts]
    assert on(local(TORONTO, 2026, 6, 12, 10, 0), history=[first, *quiet])["allowed"] is True
    # Before any conversation the provincial cap does not apply.
    assert on(local(TORONTO, 2026, 6, 12, 10, 0), history=contacts)["allowed"] is True


def test_us_federal_hours_do_not_apply_to_a_canadian_consumer_but_the_agency_fallback_does():
    manitoba = {"address": {"zip": "R3C 4T3", "country": "CA"}}
    phone = {"number": "+12045550100", "type": "cell"}
    early = decide(local("America/Winnipeg", 2026, 6, 15, 7, 30), person=manitoba, phone=phone)
    assert rules(early) == {"agency.default_hours"}


# -- Québec --------------------------------------------------------------------------------------


def test_quebec_no_contact_on_sunday():
    sunday = qc(local(TORONTO, 2026, 6, 14, 14, 0))
    assert sunday["allowed"] is False
    assert sunday["next_allowed_at"] == iso(local(TORONTO, 2026, 6, 15, 8, 0))


def test_quebec_hours_end_at_twenty():
    assert qc(local(TORONTO, 2026, 6, 15, 19, 59))["allowed"] is True
    assert rules(qc(local(TORONTO, 2026, 6, 15, 20, 0))) == {"qc.hours"}
    assert qc(local(TORONTO, 2026, 6, 16, 7, 59))["allowed"] is False


def test_quebec_holidays_include_fete_nationale_and_easter_monday():
    assert codes(qc(local(TORONTO, 2026, 6, 24, 12, 0))) == {"holiday"}
    assert codes(qc(local(TORONTO, 2026, 4, 6, 12, 0))) == {"holiday"}


# -- Massachusetts -------------------------------------------------------------------------------


def ma_call(day, outcome="no_answer", number=MA_PHONE, phone_type=None):
    extra = {"phone": number}
    if phone_type:
        extra["phone_type"] = phone_type
    return call(local(NY, 2026, 6, day, 10, 0), outcome, **extra)


def test_massachusetts_two_calls_per_seven_days_to_home_or_cell_unanswered_included():
    history = [ma_call(1), ma_call(3)]
    blocked = decide(local(NY, 2026, 6, 7, 12, 0), person=BOSTON, phone={"number": MA_PHONE, "type": "cell"}, history=history)
    assert rules(blocked) == {"ma.personal_phone_frequency"}
    assert blocked["next_allowed_at"] == iso(local(NY, 2026, 6, 8, 8, 0))
    assert decide(local(NY, 2026, 6, 8, 8, 0), person=BOSTON, phone={"number": MA_PHONE, "type": "cell"}, history=history)["allowed"] is True


def test_massachusetts_other_numbers_two_calls_per_thirty_days():
    work = "+16175550199"
    history = [ma_call(1, number=work, phone_type="work"), ma_call(2, number=work, phone_type="work")]
    phone = {"number": work, "type": "work"}
    day30 = decide(local(NY, 2026, 6, 30, 12, 0), person=BOSTON, phone=phone, history=history)
    assert rules(day30) == {"ma.other_phone_frequency"}
    assert day30["next_allowed_at"] == iso(local(NY, 2026, 7, 1, 8, 0))  # June 1 leaves the 30-day window on July 1
    # Home and cell calls do not use up the work-number allowance.
    assert decide(local(NY, 2026, 6, 3, 12, 0), person=BOSTON, phone=phone, history=[ma_call(1, phone_type="cell")])["allowed"] is True


def test_massachusetts_rule_not_applied_elsewhere():
    history = [call(local(NY, 2026, 6, 1, 10, 0)), call(local(NY, 2026, 6, 2, 10, 0))]
    assert decide(local(NY, 2026, 6, 3, 12, 0), history=history)["allowed"] is True


# -- Washington ----------------------------------------------------------------------------------


def test_washington_three_communications_a_week_and_one_at_work():
    la = "America/Los_Angeles"
    history = [call(local(la, 2026, 6, d, 10, 0), "voicemail", phone=WA_PHONE) for d in (1, 2, 3)]
    blocked = decide(local(la, 2026, 6, 5, 12, 0), person=SEATTLE, phone={"number": WA_PHONE, "type": "cell"}, history=history)
    assert rules(blocked) == {"wa.weekly_frequency"}
    work = [call(local(la, 2026, 6, 1, 10, 0), "voicemail", phone="+12065550199", phone_type="work")]
    at_work = decide(local(la, 2026, 6, 3, 12, 0), person=SEATTLE, phone={"number": "+12065550199", "type": "work"}, history=work)
    assert rules(at_work) == {"wa.workplace_frequency"}


def test_washington_early_hours_still_capped_by_federal_eight_oclock():
    la = "America/Los_Angeles"
    decision = decide(local(la, 2026, 6, 15, 7, 45), person=SEATTLE, phone={"number": WA_PHONE, "type": "cell"})
    assert rules(decision) == {"fdcpa.hours"}  # strictest wins: federal 08:00 over state 07:30
    assert decision["next_allowed_at"] == iso(local(la, 2026, 6, 15, 8, 0))


# -- New York City -------------------------------------------------------------------------------


def test_new_york_city_pack_ships_disabled_and_applies_from_its_effective_date_when_switched_on():
    # 6 RCNY 5-77 as amended is in force from September 1, 2026 (the start date was moved three times).
    def scenario(month: int, day: int) -> dict:
        history = [call(local(NY, 2026, month, d, 10, 0)) for d in (day - 3, day - 2, day - 1)]
        return {
            "at": iso(local(NY, 2026, month, day, 12, 0)), "channel": "call", "debt": {"id": "D1"},
            "person": {"id": "P1", "address": {"zip": "10001", "state": "NY", "country": "US"}},
            "phone": {"number": "+12125550100", "type": "cell"}, "history": history,
        }

    after = scenario(9, 10)
    assert check(after)["allowed"] is True
    with_nyc = default_rulepack().with_overrides({"us_nyc": {"enabled": True}})
    decision = check(after, with_nyc)
    assert {r["rule"] for r in decision["reasons"]} == {"nyc.weekly_frequency"}
    assert "5-77" in decision["reasons"][0]["citation"]
    # Before the rule starts the pack holds it but does not apply it.
    assert check(scenario(6, 4), with_nyc)["allowed"] is True
    # Outside the five boroughs (Albany) the city rule does not apply.
    upstate = dict(after, person={"id": "P1", "address": {"zip": "12207", "state": "NY", "country": "US"}})
    assert check(upstate, with_nyc)["allowed"] is True


def test_stated_inconvenient_times_apply_to_canadian_consumers_too():
    person = dict(QUEBEC, inconvenient_times=[{"start": "06:00", "end": "09:00"}])
    decision = qc(local(TORONTO, 2026, 2, 24, 8, 30), person=person)
    assert codes(decision) == {"inconvenient_time"}
    assert decision["next_allowed_at"] == iso(local(TORONTO, 2026, 2, 24, 9, 0))
