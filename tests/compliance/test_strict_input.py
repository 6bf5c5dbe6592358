"""Strict scenario input: a key the interface does not know is refused, naming it, so a typo never allows a contact;
the new fields are validated like the old ones."""

from __future__ import annotations

import pytest

from ccs_desktop.compliance import ScenarioError, check, parse_scenario
from compliance_helpers import scenario

GOOD = scenario("2026-06-15T16:00:00Z")
GIVEN = "2026-06-14T16:00:00Z"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"persons": {}}, "persons: unknown field"),
        ({"person": {"id": "P1", "flag": ["bankruptcy"]}}, "person.flag: unknown field"),
        ({"person": {"id": "P1", "address": {"zip": "10001", "city": "New York"}}}, "person.address.city: unknown field"),
        ({"person": {"id": "P1", "addresses": [{"zip": "10001"}, {"postcode": "02108"}]}},
         "person.addresses[1].postcode: unknown field"),
        ({"person": {"id": "P1", "phones": [{"number": "+12125550100", "kind": "cell"}]}},
         "person.phones[0].kind: unknown field"),
        ({"person": {"id": "P1", "consents": [{"given_at": GIVEN, "kinds": "attorney"}]}},
         "person.consents[0].kinds: unknown field"),
        ({"person": {"id": "P1", "opt_outs": [{"channel": "sms", "at": GIVEN, "number": "+1"}]}},
         "person.opt_outs[0].number: unknown field"),
        ({"person": {"id": "P1", "inconvenient_times": [{"start": "09:00", "end": "10:00", "day": "mon"}]}},
         "person.inconvenient_times[0].day: unknown field"),
        ({"debt": {"id": "D1", "flag": ["bankruptcy"]}}, "debt.flag: unknown field"),
        ({"other_debts": [{"id": "D2", "status": "open"}]}, "other_debts[0].status: unknown field"),
        ({"phone": {"number": "+12125550100", "typ": "work"}}, "phone.typ: unknown field"),
        ({"email": {"address": "a@b.c", "employer": True}}, "email.employer: unknown field"),
        ({"history": [{"at": GIVEN, "channel": "call", "outcome": "busy", "debt_id": "D1"}]},
         "history[0].debt_id: unknown field"),
    ],
)
def test_an_unknown_key_is_refused_with_its_path(change, message):
    with pytest.raises(ScenarioError) as caught:
        check(dict(GOOD, **change))
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"debt": {"id": "D1", "flags": ["deceased"]}}, "debt.flags[0]: must be one of"),
        ({"other_debts": [{"id": "D2", "flags": "bankruptcy"}]}, "other_debts[0].flags: must be a list"),
        ({"person": {"id": "P1", "role": "executor"}}, "person.role: must be one of"),
        ({"person": {"id": "P1", "consents": [{"kind": "forever", "given_at": GIVEN}]}},
         "person.consents[0].kind: must be one of"),
        ({"person": {"id": "P1", "consents": [{"kind": "email_address", "given_at": GIVEN}]}},
         "person.consents[0].address: is required"),
        ({"person": {"id": "P1", "consents": [{"kind": "email_address", "channel": "sms", "address": "a@b.c",
                                               "given_at": GIVEN}]}},
         "person.consents[0].channel: must be email"),
        ({"person": {"id": "P1", "consents": [{"kind": "frequency", "address": "a@b.c", "given_at": GIVEN}]}},
         "person.consents[0].address: is only for an email_address consent"),
        ({"person": {"id": "P1", "addresses": {"zip": "10001"}}}, "person.addresses: must be a list"),
        ({"person": {"id": "P1", "phones": [{"type": "cell"}]}}, "person.phones[0].number: is required"),
        ({"person": {"id": "P1", "phones": [{"number": "+12125550100", "type": "pager"}]}},
         "person.phones[0].type: must be one of"),
        ({"email": {"address": "a@b.c", "consumer_used": "yes"}}, "email.consumer_used: must be true or false"),
    ],
)
def test_new_fields_are_validated(change, message):
    with pytest.raises(ScenarioError) as caught:
        check(dict(GOOD, **change))
    assert str(caught.value).startswith(message)


def test_new_fields_parse_to_the_typed_request():
    request = parse_scenario(dict(
        GOOD,
        channel="email",
        email={"address": "p@corp.example", "employer_provided": True, "consumer_used": True},
        debt={"id": "D1", "flags": ["attorney_represented"]},
        other_debts=[{"id": "D2", "flags": ["dispute_unverified", "bankruptcy"]}],
        person={"id": "P1", "role": "estate_representative", "flags": ["deceased"],
                "addresses": [{"zip": "02108", "state": "MA"}], "phones": [{"number": "+16175550100", "type": "home"}],
                "consents": [{"kind": "attorney", "given_at": GIVEN},
                             {"kind": "email_address", "address": "p@corp.example", "given_at": GIVEN},
                             {"kind": "inconvenient_time", "given_at": GIVEN},
                             {"given_at": GIVEN}]},
    ))
    assert request.debt.flags == {"attorney_represented"}
    assert request.other_debts[0].flags == {"dispute_unverified", "bankruptcy"}
    assert request.person.role == "estate_representative"
    assert request.person.addresses[0].zip == "02108" and request.person.phones[0].type == "home"
    assert [(c.kind, c.channel, c.address) for c in request.person.consents] == [
        ("attorney", None, None), ("email_address", "email", "p@corp.example"), ("inconvenient_time", "call", None),
        ("frequency", "call", None)]
    assert request.email.consumer_used is True and request.email.employer_provided is True


def test_an_old_scenario_with_only_the_old_keys_keeps_its_meaning():
    old = dict(GOOD, person={"id": "P1", "role": "consumer", "address": {"zip": "10001", "state": "NY", "country": "US"},
                             "stated_time_zone": "America/New_York", "flags": [], "refused_channels": [],
                             "inconvenient_times": [], "consents": [{"channel": "call", "debt_id": "D1",
                                                                     "given_at": GIVEN}],
                             "opt_outs": []},
               direction="outbound", other_debts=[], overrides=[])
    assert check(old)["allowed"] is True
