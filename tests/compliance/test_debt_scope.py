"""Facts kept per debt, the estate's representative, the attorney's consent, and history recorded without a debt."""

from __future__ import annotations

import pytest

from compliance_helpers import NY, call, codes, decide, iso, local, rules

NOON = local(NY, 2026, 6, 15, 12, 0)
DEBT_FLAGS = ["attorney_represented", "cease_requested", "dispute_unverified", "bankruptcy"]


@pytest.mark.parametrize("flag", DEBT_FLAGS)
def test_a_flag_on_the_requested_debt_blocks_that_debt_like_a_person_flag(flag):
    on_debt = decide(NOON, debt={"id": "D1", "flags": [flag]})
    on_person = decide(NOON, person={"flags": [flag]})
    assert on_debt["allowed"] is False and codes(on_debt) == {flag}
    assert on_debt["reasons"] == on_person["reasons"] and on_debt["next_allowed_at"] is None


@pytest.mark.parametrize("flag", DEBT_FLAGS)
def test_a_flag_on_another_debt_does_not_block_a_call_about_this_one(flag):
    # 15 U.S.C. 1692c(a)(2): represented by an attorney "with respect to such debt"; 1692c(c) and 1692g(b) likewise
    # speak of "such debt" / "the debt": a dispute of D2 does not stop collection of D1.
    decision = decide(NOON, other_debts=[{"id": "D2", "flags": [flag]}])
    assert decision["allowed"] is True
    about_d2 = decide(NOON, debt={"id": "D2", "flags": [flag]}, other_debts=[{"id": "D1"}])
    assert about_d2["allowed"] is False and codes(about_d2) == {flag}


def test_a_person_flag_still_covers_every_debt():
    # A bankruptcy filing stays collection of every debt that arose before it (11 U.S.C. 362(a)(6)).
    decision = decide(NOON, person={"flags": ["bankruptcy"]}, debt={"id": "D2"}, other_debts=[{"id": "D1"}])
    assert codes(decision) == {"bankruptcy"}


def test_an_unverified_dispute_on_the_debt_still_lets_the_verification_go():
    # 12 CFR 1006.38(d)(2): no collection until the verification is provided; sending it is not barred.
    debt = {"id": "D1", "flags": ["dispute_unverified"]}
    assert decide(NOON, channel="letter", purpose="verification", debt=debt)["allowed"] is True
    assert decide(NOON, channel="call", debt=debt)["allowed"] is False


def test_the_consumers_attorney_may_be_called_about_a_represented_debt():
    # 1692c(a)(2) routes the contact to the attorney; the attorney's own number is callable within the hours rules.
    debt = {"id": "D1", "flags": ["attorney_represented"]}
    attorney = {"id": "A1", "role": "attorney"}
    assert decide(NOON, debt=debt, person=attorney)["allowed"] is True
    late = decide(local(NY, 2026, 6, 15, 21, 30), debt=debt, person=attorney)
    assert codes(late) == {"outside_hours"}


def test_the_attorneys_consent_to_direct_contact_lifts_the_attorney_block():
    # 15 U.S.C. 1692c(a)(2): "... unless the attorney fails to respond within a reasonable period of time to a
    # communication from the debt collector or unless the attorney consents to direct communication with the
    # consumer".
    debt = {"id": "D1", "flags": ["attorney_represented"]}
    consent = {"kind": "attorney", "given_at": iso(local(NY, 2026, 6, 10, 9, 0))}
    assert decide(NOON, debt=debt, person={"consents": [consent]})["allowed"] is True
    assert decide(NOON, channel="email", email={"address": "p@example.com"}, debt=debt,
                  person={"consents": [consent]})["allowed"] is True
    # Given after the request: not yet.
    later = dict(consent, given_at=iso(local(NY, 2026, 6, 16, 9, 0)))
    assert codes(decide(NOON, debt=debt, person={"consents": [later]})) == {"attorney_represented"}
    # For another debt, or only for texts: not for this call.
    other = dict(consent, debt_id="D2")
    assert codes(decide(NOON, debt=debt, person={"consents": [other]})) == {"attorney_represented"}
    texts = dict(consent, channel="sms")
    assert codes(decide(NOON, debt=debt, person={"consents": [texts]})) == {"attorney_represented"}


def test_an_attorney_consent_does_not_lift_a_cease_request_or_the_caps():
    consent = {"kind": "attorney", "given_at": iso(local(NY, 2026, 6, 10, 9, 0))}
    person = {"flags": ["attorney_represented", "cease_requested"], "consents": [consent]}
    assert codes(decide(NOON, person=person)) == {"cease_requested"}
    history = [call(local(NY, 2026, 6, 14, 10, 0), "conversation")]
    capped = decide(NOON, debt={"id": "D1", "flags": ["attorney_represented"]}, person={"consents": [consent]},
                    history=history)
    assert codes(capped) == {"conversation_cooldown"}


def test_the_estate_representative_may_be_contacted_though_the_consumer_is_deceased():
    # 12 CFR 1006.6(a)(4): for 1006.6, "consumer" includes "the executor, administrator, or personal representative
    # of the consumer's estate".
    assert codes(decide(NOON, person={"flags": ["deceased"]})) == {"deceased"}
    for role in ("cosigner", "third_party", "attorney"):
        assert codes(decide(NOON, person={"role": role, "flags": ["deceased"]})) == {"deceased"}
    representative = {"id": "E1", "role": "estate_representative", "flags": ["deceased"]}
    assert decide(NOON, person=representative)["allowed"] is True


def test_the_representatives_own_hours_and_frequency_still_apply():
    representative = {"id": "E1", "role": "estate_representative", "flags": ["deceased"]}
    late = decide(local(NY, 2026, 6, 15, 7, 30), person=representative)
    assert codes(late) == {"outside_hours"}
    history = [call(local(NY, 2026, 6, d, 10, 0), person_id="E1") for d in range(9, 16)]
    capped = decide(local(NY, 2026, 6, 15, 15, 0), person=representative, history=history)
    assert rules(capped) == {"regf.call_frequency"}
    # The consumer's own calls before death are not the representative's.
    theirs = [call(local(NY, 2026, 6, d, 10, 0)) for d in range(9, 16)]
    assert decide(local(NY, 2026, 6, 15, 15, 0), person=representative, history=theirs)["allowed"] is True


def test_a_call_recorded_without_a_debt_counts_against_every_debt():
    # 12 CFR 1006.14(b)(2)(i) counts calls "in connection with the collection of a particular debt"; a call
    # recorded without one cannot be shown to be about another debt, so it counts against each.
    seven = [call(local(NY, 2026, 6, d, 10, 0), debt_ids=[]) for d in range(9, 16)]
    at = local(NY, 2026, 6, 15, 15, 0)
    assert rules(decide(at, history=seven)) == {"regf.call_frequency"}
    assert rules(decide(at, debt={"id": "D9"}, history=seven)) == {"regf.call_frequency"}
    no_key = [{k: v for k, v in entry.items() if k != "debt_ids"} for entry in seven]
    assert rules(decide(at, history=no_key)) == {"regf.call_frequency"}
    talk = [call(local(NY, 2026, 6, 14, 10, 0), "conversation", debt_ids=[])]
    assert codes(decide(at, debt={"id": "D9"}, history=talk)) == {"conversation_cooldown"}
