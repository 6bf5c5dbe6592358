"""Consent kinds and the employer-provided email address."""

from __future__ import annotations

from compliance_helpers import NY, call, codes, decide, iso, local, rules

NOON = local(NY, 2026, 6, 15, 12, 0)
LATE = local(NY, 2026, 6, 15, 21, 30)
GIVEN = iso(local(NY, 2026, 6, 15, 9, 0))
SEATTLE = {"address": {"zip": "98101", "state": "WA", "country": "US"}}
SEATTLE_PHONE = {"number": "+12065550100", "type": "cell"}


def test_consent_to_an_inconvenient_time_lifts_the_hours_rule_for_that_channel():
    # 12 CFR 1006.6(b)(1): "Except as provided in paragraph (b)(4) ... a debt collector must not communicate ...
    # without the prior consent of the consumer given directly to the debt collector ... (i) At any unusual time".
    assert rules(decide(LATE)) == {"fdcpa.hours"}
    consent = {"kind": "inconvenient_time", "channel": "call", "given_at": GIVEN}
    assert decide(LATE, person={"consents": [consent]})["allowed"] is True
    # Another channel, a later consent or another debt: the hours rule holds.
    assert rules(decide(LATE, channel="sms", person={"consents": [consent]})) == {"fdcpa.hours"}
    after = dict(consent, given_at=iso(local(NY, 2026, 6, 15, 22, 0)))
    assert rules(decide(LATE, person={"consents": [after]})) == {"fdcpa.hours"}
    other = dict(consent, debt_id="D2")
    assert rules(decide(LATE, person={"consents": [other]})) == {"fdcpa.hours"}


def test_a_time_consent_lifts_neither_the_caps_nor_the_consumers_own_blocks():
    consent = {"kind": "inconvenient_time", "given_at": GIVEN}
    capped = [call(local(NY, 2026, 6, d, 10, 0)) for d in range(9, 16)]
    assert rules(decide(LATE, person={"consents": [consent]}, history=capped)) == {"regf.call_frequency"}
    stated = {"consents": [consent], "inconvenient_times": [{"start": "21:00", "end": "23:00"}]}
    assert codes(decide(LATE, person=stated)) == {"inconvenient_time"}


def test_a_time_consent_does_not_lift_a_state_hours_law_without_that_exception():
    # RCW 19.16.250 sets Washington's hours with no consent exception; the federal rule alone is lifted.
    early = local("America/Los_Angeles", 2026, 6, 15, 7, 45)
    consent = {"kind": "inconvenient_time", "given_at": iso(local("America/Los_Angeles", 2026, 6, 14, 9, 0))}
    person = dict(SEATTLE, consents=[consent])
    assert rules(decide(early, person=SEATTLE, phone=SEATTLE_PHONE)) == {"fdcpa.hours"}
    assert decide(early, person=person, phone=SEATTLE_PHONE)["allowed"] is True
    night = local("America/Los_Angeles", 2026, 6, 15, 7, 0)
    assert rules(decide(night, person=person, phone=SEATTLE_PHONE)) == {"wa.hours"}


def test_a_frequency_consent_keeps_its_meaning_and_is_the_default_kind():
    capped = [call(local(NY, 2026, 6, d, 10, 0)) for d in range(9, 16)]
    at = local(NY, 2026, 6, 15, 15, 0)
    old_style = {"channel": "call", "given_at": GIVEN}
    assert decide(at, person={"consents": [old_style]}, history=capped)["allowed"] is True
    assert decide(at, person={"consents": [dict(old_style, kind="frequency")]}, history=capped)["allowed"] is True
    # A consent of another kind is no consent to more calls (12 CFR 1006.14(b)(3)).
    for kind in ("inconvenient_time", "attorney"):
        assert rules(decide(at, person={"consents": [dict(old_style, kind=kind)]}, history=capped)) == {
            "regf.call_frequency"}


WORK = {"address": "pat@corp.example", "employer_provided": True}


def test_email_to_an_employer_provided_address_needs_consent_or_the_consumers_own_email():
    # 12 CFR 1006.22(f)(3): a debt collector may not communicate "using an email address that the debt collector
    # knows or should know is provided to the consumer by the consumer's employer, unless the debt collector
    # received directly from the consumer either prior consent to use that email address or an email from that
    # email address". No work_contact_prohibited flag is needed: this was allowed before.
    blocked = decide(NOON, channel="email", email=WORK)
    assert codes(blocked) == {"employer_email"} and blocked["reasons"][0]["citation"] == "12 CFR 1006.22(f)(3)"
    assert blocked["next_allowed_at"] is None
    assert decide(NOON, channel="email", email=dict(WORK, consumer_used=True))["allowed"] is True
    consent = {"kind": "email_address", "address": "Pat@Corp.example", "given_at": GIVEN}
    assert decide(NOON, channel="email", email=WORK, person={"consents": [consent]})["allowed"] is True
    # Consent to another address, or given after the email: still blocked.
    elsewhere = dict(consent, address="pat@home.example")
    assert codes(decide(NOON, channel="email", email=WORK, person={"consents": [elsewhere]})) == {"employer_email"}
    later = dict(consent, given_at=iso(local(NY, 2026, 6, 15, 13, 0)))
    assert codes(decide(NOON, channel="email", email=WORK, person={"consents": [later]})) == {"employer_email"}
    # A personal address is not affected.
    assert decide(NOON, channel="email", email={"address": "pat@home.example"})["allowed"] is True


def test_an_employers_prohibition_still_blocks_even_with_consent_to_the_address():
    # 15 U.S.C. 1692c(a)(3) stands on its own: the employer prohibits the consumer from receiving it.
    consent = {"kind": "email_address", "address": "pat@corp.example", "given_at": GIVEN}
    person = {"flags": ["work_contact_prohibited"], "consents": [consent]}
    assert codes(decide(NOON, channel="email", email=dict(WORK, consumer_used=True), person=person)) == {
        "work_contact_prohibited"}
