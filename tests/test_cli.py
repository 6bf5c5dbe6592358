"""The administrator's commands, run as a user would (no Qt started)."""

from __future__ import annotations

import json
import sys

import sqlalchemy as sa

from ccs_desktop import cli, db
from ccs_desktop.models import AuditEvent


def test_db_upgrade_then_current(tmp_path, capsys):
    url = f"sqlite:///{(tmp_path / 'admin.sqlite3').as_posix()}"
    assert cli.main(["--database", url, "db", "upgrade"]) == 0
    assert f"upgraded to {db.head_revision()}" in capsys.readouterr().out
    assert cli.main(["--database", url, "db", "upgrade"]) == 0
    assert "already at" in capsys.readouterr().out
    assert cli.main(["--database", url, "db", "current"]) == 0
    assert capsys.readouterr().out.strip() == db.head_revision()


def test_demo_then_audit_verify(sqlite_url, capsys):
    assert cli.main(["--database", sqlite_url, "demo", "--accounts", "60"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["accounts"] == 60 and out["rows"]["accounts"] == 60
    assert cli.main(["--database", sqlite_url, "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    engine = db.make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.update(AuditEvent.__table__).values(reason="tampered"))
    engine.dispose()
    assert cli.main(["--database", sqlite_url, "audit", "verify"]) == 1
    assert "broken at event 1" in capsys.readouterr().out


def test_bad_database_url_is_a_clear_error(capsys):
    assert cli.main(["--database", "postgresql://nobody@127.0.0.1:1/none", "db", "upgrade"]) == 2
    assert "Cannot reach the database" in capsys.readouterr().err


def test_cli_commands_do_not_start_qt(sqlite_url):
    import subprocess

    # Qt may already be loaded by other tests in this process: check in a fresh one.
    code = ("import sys; from ccs_desktop import cli; rc = cli.main(['--database', sys.argv[1], 'db', 'current']); "
            "assert 'PySide6.QtWidgets' not in sys.modules, 'Qt imported'; sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code, sqlite_url], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_compliance_check_answers_a_json_list(tmp_path, capsys):
    scenarios = [
        {"at": "2026-06-15T12:00:00Z", "channel": "call", "debt": {"id": "D1"},
         "person": {"id": "P1", "address": {"zip": "10001", "country": "US"}}, "phone": {"number": "+12125550100"}},
        {"at": "2026-06-15T02:00:00Z", "channel": "call", "debt": {"id": "D1"},
         "person": {"id": "P1", "address": {"zip": "10001"}}, "phone": {"number": "+12125550100"}},
        {"at": "not a time", "channel": "call"},
    ]
    path = tmp_path / "scenarios.json"
    path.write_text(json.dumps(scenarios))
    assert cli.main(["compliance", "check", str(path)]) == 0
    decisions = json.loads(capsys.readouterr().out)
    assert decisions[0]["allowed"] is True and decisions[0]["time_zones"] == ["America/New_York"]
    assert decisions[1]["allowed"] is False and decisions[1]["reasons"][0]["rule"] == "fdcpa.hours"
    assert decisions[1]["next_allowed_at"] == "2026-06-15T12:00:00Z"
    assert "error" in decisions[2]
