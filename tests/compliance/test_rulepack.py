"""Rule packs as data: loading, citations, region tables, versioned admin overrides."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import pytest
from compliance_helpers import NY, call, iso, local, scenario

from ccs_desktop.compliance import RulePack, RulePackError, check, default_rulepack
from ccs_desktop.paths import resource

US_CODES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
    "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "PR", "VI", "GU", "MP", "AS",
}
CA_CODES = {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"}


def test_every_shipped_rule_has_a_citation_and_a_known_kind():
    pack = default_rulepack()
    ids = [r.id for r in pack.rules()]
    assert len(ids) == len(set(ids))
    for rule in pack.rules():
        assert rule.citation.strip(), rule.id
        assert rule.channels <= {"call", "sms", "email", "letter"}, rule.id


def test_legal_rules_are_not_overridable_and_agency_rules_may_be():
    pack = default_rulepack()
    for rule in pack.rules():
        if rule.pack_id != "agency":
            assert rule.overridable is False, rule.id
    assert pack.rule("agency.hardship_pause").overridable is True


def test_region_table_covers_every_state_territory_and_province_with_real_zones():
    table = json.loads(resource("rules", "region_zones.json").read_text())
    assert US_CODES <= set(table["US"])
    assert CA_CODES == set(table["CA"])
    for country in ("US", "CA"):
        for zones in table[country].values():
            assert zones
            for name in zones:
                ZoneInfo(name)
    assert set(table["US"]["AZ"]) == {"America/Phoenix", "America/Denver"}


def test_split_area_codes_include_the_known_ones():
    table = json.loads(resource("rules", "split_area_codes.json").read_text())["area_codes"]
    for code in ("208", "270", "850", "915", "928"):
        assert len(table[code]) >= 2


def test_version_is_stable_and_changes_with_content():
    first = RulePack.load()
    assert first.version == RulePack.load().version
    changed = first.with_overrides({"regf.call_frequency": {"parameters": {"max": 6}}})
    assert changed.version != first.version
    assert changed.rule("regf.call_frequency").parameters["max"] == 6
    assert first.rule("regf.call_frequency").parameters["max"] == 7  # the original is untouched
    assert first.with_overrides({}).version == first.version


def test_parameter_override_changes_decisions():
    daily_limit_of_one = default_rulepack().with_overrides(
        {"agency.daily_call_limit": {"enabled": True, "parameters": {"max": 1}}}
    )
    s = scenario(local(NY, 2026, 6, 15, 12, 0), history=[call(local(NY, 2026, 6, 15, 9, 0))])
    assert check(s)["allowed"] is True
    decision = check(s, daily_limit_of_one)
    assert {r["rule"] for r in decision["reasons"]} == {"agency.daily_call_limit"}
    assert decision["next_allowed_at"] == iso(local(NY, 2026, 6, 16, 8, 0))


def test_disabling_a_pack_removes_its_rules():
    pack = default_rulepack().with_overrides({"us_ma": {"enabled": False}})
    assert not any(c.rule.pack_id == "us_ma" for c in pack.checkers("US", "MA", None))
    assert any(c.rule.pack_id == "us_ma" for c in default_rulepack().checkers("US", "MA", None))


@pytest.mark.parametrize(
    "overrides",
    [
        {"no.such.rule": {"enabled": False}},
        {"fdcpa.hours": {"citation": "x"}},
        {"fdcpa.hours": {"enabled": "yes"}},
        {"regf.call_frequency": {"parameters": {"max": 0}}},
        {"fdcpa.hours": {"parameters": {"schedule": {"mon": ["8am", "21:00"]}}}},
        {"us_ma": {"parameters": {"max": 3}}},
    ],
)
def test_bad_overrides_are_refused(overrides):
    with pytest.raises(RulePackError):
        default_rulepack().with_overrides(overrides)


def test_unknown_rule_kind_is_refused_on_load():
    data = default_rulepack().to_data()
    data[0]["rules"][0]["kind"] = "mystery"
    with pytest.raises(RulePackError, match="unknown kind"):
        RulePack(data)
