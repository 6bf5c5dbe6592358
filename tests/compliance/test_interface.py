"""The JSON interface and the `compliance check` command."""

from __future__ import annotations

import json

import pytest

from ccs_desktop.compliance import ScenarioError, check
from ccs_desktop.compliance.cli import main
from compliance_helpers import scenario

GOOD = scenario("2026-06-15T16:00:00Z")


def test_decision_has_exactly_the_documented_shape():
    decision = check(GOOD)
    assert set(decision) == {"allowed", "reasons", "warnings", "time_zones", "next_allowed_at"}
    assert decision == {
        "allowed": True,
        "reasons": [],
        "warnings": [],
        "time_zones": ["America/New_York"],
        "next_allowed_at": "2026-06-15T16:00:00Z",
    }
    blocked = check(dict(GOOD, at="2026-06-15T02:00:00Z"))
    assert set(blocked["reasons"][0]) == {"code", "rule", "citation", "message"}
    assert json.loads(json.dumps(blocked)) == blocked


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"at": "yesterday"}, "at: not an ISO-8601 instant"),
        ({"at": "2026-06-15T12:00:00"}, "at: not an ISO-8601 instant"),
        ({"channel": "fax"}, "channel: must be one of"),
        ({"purpose": "chat"}, "purpose: must be one of"),
        ({"debt": None}, "debt: is required"),
        ({"debt": {"type": "consumer"}}, "debt.id: is required"),
        ({"phone": None}, "phone: is required for channel call"),
        ({"phone": {"number": "+12125550100", "type": "pager"}}, "phone.type: must be one of"),
        ({"person": {"id": "P1", "flags": ["vip"]}}, "person.flags[0]: must be one of"),
        ({"person": {"id": "P1", "stated_time_zone": "Mars/Olympus"}}, "person.stated_time_zone: not an IANA"),
        ({"person": {"id": "P1", "inconvenient_times": [{"start": "9", "end": "10:00"}]}}, "person.inconvenient_times[0].start"),
        ({"person": {"id": "P1", "consents": [{"channel": "call", "given_at": 5}]}}, "person.consents[0].given_at"),
        ({"history": [{}, {}]}, "history[0].at: is required"),
        ({"email": {"address": "a@b.c", "employer_provided": "no"}}, "email.employer_provided"),
        ({"history": "none"}, "history: must be a list"),
    ],
)
def test_malformed_scenarios_name_the_field(change, message):
    with pytest.raises(ScenarioError) as caught:
        check(dict(GOOD, **change))
    assert message in str(caught.value)


def test_error_in_a_later_history_entry_names_its_index():
    entry = {"at": "2026-06-14T12:00:00Z", "channel": "call", "outcome": "no_answer", "person_id": "P1"}
    bad = dict(entry, at="14 June")
    with pytest.raises(ScenarioError, match=r"^history\[2\]\.at: not an ISO-8601 instant"):
        check(dict(GOOD, history=[entry, entry, bad]))


def test_scenario_must_be_an_object():
    with pytest.raises(ScenarioError, match="must be an object"):
        check([])  # type: ignore[arg-type]


def test_cli_decides_a_list_and_reports_bad_entries(tmp_path, capsys):
    path = tmp_path / "scenarios.json"
    path.write_text(json.dumps([GOOD, dict(GOOD, channel="fax"), dict(GOOD, at="2026-06-15T02:00:00Z")]))
    assert main(["check", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["allowed"] is True
    assert out[1] == {"error": "scenario 1: channel: must be one of call, sms, email, letter (got 'fax')"}
    assert out[2]["allowed"] is False and out[2]["next_allowed_at"] == "2026-06-15T12:00:00Z"


def test_cli_exit_code_two_on_unreadable_file(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    assert main(["check", str(broken)]) == 2
    not_a_list = tmp_path / "object.json"
    not_a_list.write_text("{}")
    assert main(["check", str(not_a_list)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_module_does_not_import_qt_or_sqlalchemy():
    import subprocess
    import sys

    code = (
        "import sys, ccs_desktop.compliance.cli;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy')];"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
