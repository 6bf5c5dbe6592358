"""Reg F 7-in-7 and the 7-day post-conversation cooldown, counted in local calendar days."""

from __future__ import annotations

import datetime as dt

from compliance_helpers import NY, call, codes, decide, iso, local, rules

DAY = dt.timedelta(days=1)


def seven_calls(start_day: int = 1, hour: int = 10, **extra) -> list[dict]:
    """One counted call per local day, June `start_day` .. `start_day`+6, 2026, in New York."""
    return [call(local(NY, 2026, 6, start_day + i, hour, 0), **extra) for i in range(7)]


def test_eighth_call_on_day_seven_is_blocked_and_allowed_on_day_eight():
    history = seven_calls()  # June 1..7
    day7 = decide(local(NY, 2026, 6, 7, 15, 0), history=history)
    assert rules(day7) == {"regf.call_frequency"}
    assert day7["next_allowed_at"] == iso(local(NY, 2026, 6, 8, 8, 0))
    assert decide(local(NY, 2026, 6, 8, 8, 0), history=history)["allowed"] is True


def test_seven_calls_in_one_day_block_for_the_next_six_days():
    history = [call(local(NY, 2026, 6, 1, 9 + i, 0)) for i in range(7)]
    for day in range(2, 8):  # days 2..7 of the window
        assert decide(local(NY, 2026, 6, day, 12, 0), history=history)["allowed"] is False
    assert decide(local(NY, 2026, 6, 8, 12, 0), history=history)["allowed"] is True


def test_windows_are_local_calendar_days_not_24_hour_periods():
    # Day 1's call is at 20:30 New York time: 00:30Z on June 2. Counted in UTC days, the window
    # June 2..8 would still hold seven calls; in New York days the window is June 2..8 local
    # and holds six, so a call on local day 8 is allowed.
    history = [call(local(NY, 2026, 6, 1, 20, 30))] + [call(local(NY, 2026, 6, d, 10, 0)) for d in range(2, 8)]
    assert decide(local(NY, 2026, 6, 8, 8, 0), history=history)["allowed"] is True
    # And day 1 ends at local midnight, not 24 hours after the call (fewer than 7*24h have passed).
    assert local(NY, 2026, 6, 8, 8, 0) - local(NY, 2026, 6, 1, 20, 30) < 7 * DAY


def test_busy_and_not_connected_calls_do_not_count():
    history = seven_calls()
    history[0]["outcome"] = "busy"
    history[1]["outcome"] = "not_connected"
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=history)["allowed"] is True


def test_voicemail_and_wrong_party_calls_count():
    history = seven_calls()
    history[0]["outcome"] = "voicemail"
    history[1]["outcome"] = "wrong_party"
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=history)["allowed"] is False


def test_all_numbers_of_a_person_share_one_count():
    history = seven_calls()
    for i, entry in enumerate(history):
        entry["phone"] = f"+1212555010{i}"
    decision = decide(local(NY, 2026, 6, 7, 15, 0), history=history, phone={"number": "+12125550199", "type": "home"})
    assert rules(decision) == {"regf.call_frequency"}


def test_calls_about_another_debt_do_not_count():
    history = seven_calls(debt_ids=["D2"])
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=history)["allowed"] is True


def test_student_loans_under_one_account_number_count_as_one_debt():
    loan = {"id": "L2", "account_number": "SL-9", "type": "student_loan"}
    sibling = {"id": "L1", "account_number": "SL-9", "type": "student_loan"}
    history = seven_calls(debt_ids=["L1"])
    grouped = decide(local(NY, 2026, 6, 7, 15, 0), debt=loan, other_debts=[sibling], history=history)
    assert rules(grouped) == {"regf.call_frequency"}
    # Calls recorded against the account number itself count too.
    by_account = decide(local(NY, 2026, 6, 7, 15, 0), debt=loan, history=seven_calls(debt_ids=["SL-9"]))
    assert by_account["allowed"] is False
    # Consumer debts sharing an account number are still separate debts.
    consumer = {"id": "C2", "account_number": "SL-9", "type": "consumer"}
    other = {"id": "C1", "account_number": "SL-9", "type": "consumer"}
    separate = decide(local(NY, 2026, 6, 7, 15, 0), debt=consumer, other_debts=[other], history=seven_calls(debt_ids=["C1"]))
    assert separate["allowed"] is True


def test_cosigner_has_a_count_of_their_own():
    consumer_calls = seven_calls()
    cosigner = {"id": "P2", "role": "cosigner"}
    assert decide(local(NY, 2026, 6, 7, 15, 0), person=cosigner, history=consumer_calls)["allowed"] is True
    own_calls = seven_calls(person_id="P2")
    assert decide(local(NY, 2026, 6, 7, 15, 0), person=cosigner, history=own_calls)["allowed"] is False


def test_calls_to_the_attorney_are_not_capped_and_do_not_count():
    attorney = {"id": "P1", "role": "attorney"}
    history = seven_calls()
    assert decide(local(NY, 2026, 6, 7, 15, 0), person=attorney, history=history)["allowed"] is True
    attorney_calls = seven_calls(person_role="attorney")
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=attorney_calls)["allowed"] is True


def test_calls_within_seven_days_of_consent_do_not_count():
    consent = {"channel": "call", "debt_id": "D1", "given_at": iso(local(NY, 2026, 6, 1, 9, 0))}
    history = seven_calls()  # June 1..7, all within days 1..7 of the consent
    after = decide(local(NY, 2026, 6, 8, 12, 0), history=history, person={"consents": [consent]})
    assert after["allowed"] is True
    # A consent given after the calls does not excuse them.
    late_consent = dict(consent, given_at=iso(local(NY, 2026, 6, 7, 11, 0)))
    blocked = decide(local(NY, 2026, 6, 7, 10, 30), history=history, person={"consents": [late_consent]})
    assert blocked["allowed"] is False


def test_a_call_within_seven_days_of_consent_is_itself_exempt():
    history = seven_calls()
    consent = {"channel": "call", "debt_id": "D1", "given_at": iso(local(NY, 2026, 6, 7, 12, 0))}
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=history, person={"consents": [consent]})["allowed"] is True
    other_debt = dict(consent, debt_id="D9")
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=history, person={"consents": [other_debt]})["allowed"] is False


def test_conversation_day_is_day_one_of_the_cooldown():
    history = [call(local(NY, 2026, 6, 1, 10, 0), "conversation")]
    for day in (1, 2, 7):
        decision = decide(local(NY, 2026, 6, day, 15, 0), history=history)
        assert codes(decision) == {"conversation_cooldown"}
        assert decision["next_allowed_at"] == iso(local(NY, 2026, 6, 8, 8, 0))
    assert decide(local(NY, 2026, 6, 8, 8, 0), history=history)["allowed"] is True


def test_inbound_conversation_starts_the_cooldown():
    history = [call(local(NY, 2026, 6, 1, 19, 0), "conversation", direction="inbound")]
    assert codes(decide(local(NY, 2026, 6, 3, 12, 0), history=history)) == {"conversation_cooldown"}


def test_inbound_calls_do_not_count_towards_seven_in_seven():
    history = seven_calls(direction="inbound", outcome="voicemail")
    assert decide(local(NY, 2026, 6, 7, 15, 0), history=history)["allowed"] is True


def test_cooldown_is_per_debt_and_per_person():
    history = [call(local(NY, 2026, 6, 1, 10, 0), "conversation", debt_ids=["D2"])]
    assert decide(local(NY, 2026, 6, 2, 12, 0), history=history)["allowed"] is True
    other_person = [call(local(NY, 2026, 6, 1, 10, 0), "conversation", person_id="P2")]
    assert decide(local(NY, 2026, 6, 2, 12, 0), history=other_person)["allowed"] is True


def test_cooldown_does_not_block_texts_emails_or_letters():
    history = [call(local(NY, 2026, 6, 1, 10, 0), "conversation")]
    assert decide(local(NY, 2026, 6, 2, 12, 0), channel="sms", history=history)["allowed"] is True
    assert decide(local(NY, 2026, 6, 2, 12, 0), channel="letter", history=history)["allowed"] is True


def test_cooldown_counts_days_in_the_consumer_zone():
    # A conversation at 23:30 Los Angeles time is already the next UTC day; day 1 is still the LA day.
    la = {"address": {"zip": "90012", "state": "CA", "country": "US"}}
    phone = {"number": "+12135550100", "type": "cell"}
    history = [call(local("America/Los_Angeles", 2026, 6, 1, 20, 30), "conversation", phone="+12135550100")]
    decision = decide(local("America/Los_Angeles", 2026, 6, 7, 12, 0), person=la, phone=phone, history=history)
    assert decision["allowed"] is False
    assert decision["next_allowed_at"] == iso(local("America/Los_Angeles", 2026, 6, 8, 8, 0))


def test_warning_for_a_second_call_to_the_same_number_within_five_minutes():
    at = local(NY, 2026, 6, 15, 12, 0)
    history = [call(at - dt.timedelta(minutes=4), "no_answer")]
    decision = decide(at, history=history)
    assert decision["allowed"] is True
    assert [w["code"] for w in decision["warnings"]] == ["repeat_dial"]
    later = decide(at + dt.timedelta(minutes=2), history=history)
    assert later["warnings"] == []


def test_warning_for_the_seventh_call_in_one_day():
    history = [call(local(NY, 2026, 6, 15, 9, 0) + dt.timedelta(minutes=20 * i)) for i in range(6)]
    decision = decide(local(NY, 2026, 6, 15, 16, 0), history=history)
    assert decision["allowed"] is True
    assert "many_calls_today" in [w["code"] for w in decision["warnings"]]
    fewer = decide(local(NY, 2026, 6, 15, 16, 0), history=history[:5])
    assert fewer["warnings"] == []
