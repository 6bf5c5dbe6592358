"""Hard blocks: flags, work contact, refused media, opt-outs; inbound contacts never blocked."""

from __future__ import annotations

import pytest

from compliance_helpers import NY, codes, decide, local, rules

NOON = local(NY, 2026, 6, 15, 12, 0)


@pytest.mark.parametrize(
    ("flag", "rule"),
    [
        ("attorney_represented", "core.attorney_represented"),
        ("cease_requested", "core.cease_requested"),
        ("bankruptcy", "core.bankruptcy"),
        ("deceased", "core.deceased"),
        ("dispute_unverified", "core.dispute_unverified"),
    ],
)
@pytest.mark.parametrize("channel", ["call", "sms", "email", "letter"])
def test_flags_block_collection_on_every_channel_until_facts_change(flag, rule, channel):
    decision = decide(NOON, channel=channel, email={"address": "p@example.com"}, person={"flags": [flag]})
    assert decision["allowed"] is False
    assert rules(decision) == {rule}
    reason = decision["reasons"][0]
    assert reason["code"] == flag and reason["citation"] and reason["message"]
    assert decision["next_allowed_at"] is None


def test_cease_request_lets_only_a_cease_notice_letter_through():
    person = {"flags": ["cease_requested"]}
    assert decide(NOON, channel="letter", purpose="cease_notice", person=person)["allowed"] is True
    assert decide(NOON, channel="letter", purpose="collection", person=person)["allowed"] is False
    assert decide(NOON, channel="call", purpose="cease_notice", person=person)["allowed"] is False
    assert decide(NOON, channel="letter", purpose="verification", person=person)["allowed"] is False


def test_unverified_dispute_allows_sending_the_verification():
    person = {"flags": ["dispute_unverified"]}
    assert decide(NOON, channel="letter", purpose="verification", person=person)["allowed"] is True
    assert decide(NOON, channel="email", purpose="verification", person=person)["allowed"] is True
    assert decide(NOON, channel="call", purpose="collection", person=person)["allowed"] is False


def test_verification_email_still_respects_hours():
    person = {"flags": ["dispute_unverified"]}
    late = decide(local(NY, 2026, 6, 15, 22, 0), channel="email", purpose="verification", person=person)
    assert codes(late) == {"outside_hours"}


def test_work_contact_prohibited_blocks_work_phone_and_employer_email_only():
    person = {"flags": ["work_contact_prohibited"]}
    work = decide(NOON, person=person, phone={"number": "+12125550199", "type": "work"})
    assert codes(work) == {"work_contact_prohibited"}
    assert work["next_allowed_at"] is None
    assert decide(NOON, person=person, phone={"number": "+12125550199", "type": "cell"})["allowed"] is True
    employer = decide(NOON, channel="email", person=person, email={"address": "p@corp.example", "employer_provided": True})
    # 12 CFR 1006.22(f)(3) refuses the employer-provided address on its own as well (no consent, never written from).
    assert codes(employer) == {"work_contact_prohibited", "employer_email"}
    personal = decide(NOON, channel="email", person=person, email={"address": "p@home.example"})
    assert personal["allowed"] is True
    assert decide(NOON, channel="letter", person=person)["allowed"] is True
    # Without the flag a work phone is fine.
    assert decide(NOON, phone={"number": "+12125550199", "type": "work"})["allowed"] is True


def test_refused_channel_blocks_only_that_medium():
    person = {"refused_channels": ["email"]}
    refused = decide(NOON, channel="email", email={"address": "p@example.com"}, person=person)
    assert codes(refused) == {"channel_refused"}
    assert refused["next_allowed_at"] is None
    assert decide(NOON, channel="call", person=person)["allowed"] is True


def test_sms_opt_out_applies_to_that_number_from_the_moment_it_was_given():
    person = {"opt_outs": [{"channel": "sms", "address": "+12125550100", "at": "2026-06-10T12:00:00Z"}]}
    assert codes(decide(NOON, channel="sms", person=person)) == {"opted_out"}
    other_number = decide(NOON, channel="sms", person=person, phone={"number": "+12125550111", "type": "cell"})
    assert other_number["allowed"] is True
    assert decide(NOON, channel="call", person=person)["allowed"] is True
    before = decide(local(NY, 2026, 6, 9, 12, 0), channel="sms", person=person)
    assert before["allowed"] is True


def test_email_opt_out_without_address_covers_every_address():
    person = {"opt_outs": [{"channel": "email", "at": "2026-06-01T00:00:00Z"}]}
    decision = decide(NOON, channel="email", email={"address": "new@example.com"}, person=person)
    assert codes(decision) == {"opted_out"}


def test_inbound_contact_is_never_blocked():
    person = {"flags": ["cease_requested", "bankruptcy"], "address": None}
    decision = decide(local(NY, 2026, 6, 15, 23, 0), direction="inbound", person=person)
    assert decision["allowed"] is True
    assert decision["reasons"] == []


def test_every_reason_is_reported_not_just_the_first():
    person = {"flags": ["bankruptcy", "attorney_represented"]}
    decision = decide(local(NY, 2026, 6, 15, 22, 0), person=person)
    assert codes(decision) == {"bankruptcy", "attorney_represented", "outside_hours"}
    assert decision["next_allowed_at"] is None


def test_hardship_is_an_agency_rule_a_supervisor_may_override():
    person = {"flags": ["hardship"]}
    blocked = decide(NOON, person=person)
    assert rules(blocked) == {"agency.hardship_pause"}
    assert decide(NOON, person=person, overrides=["agency.hardship_pause"])["allowed"] is True


def test_overrides_cannot_lift_legal_rules():
    person = {"flags": ["bankruptcy"]}
    decision = decide(NOON, person=person, overrides=["core.bankruptcy"])
    assert decision["allowed"] is False
    late = decide(local(NY, 2026, 6, 15, 22, 0), overrides=["fdcpa.hours"])
    assert late["allowed"] is False
