"""A database password never enters through a user's configuration: the settings file or --database."""

from __future__ import annotations

import json
import sys

import pytest
import sqlalchemy as sa

from ccs_desktop import cli, config, db, logs

PASSWORD = "tiger lily 42"


def _with_password(url: str, password: str = PASSWORD) -> str:
    return sa.make_url(url).set(password=password).render_as_string(hide_password=False)


@pytest.fixture
def fresh_log(monkeypatch):
    """cli.main sets up the app's log (file in the test's own folder) as it would in a new process; the handlers
    it adds are taken off afterwards."""
    import logging

    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    monkeypatch.setattr(logs, "_configured", False)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _everything_written(app_home) -> str:
    return "".join(p.read_text(errors="ignore") for p in app_home.rglob("*") if p.is_file() and p.suffix != ".json")


@pytest.mark.parametrize("url", [
    "postgresql://ccsu_cole:tiger lily 42@db.agency:5432/ccs",
    "postgresql+psycopg://ccsu_cole:tiger%20lily%2042@db.agency/ccs?sslmode=verify-full",
    "postgresql://ccsu_cole@db.agency/ccs?password=tiger+lily+42",
])
def test_a_settings_file_with_a_password_in_the_url_is_refused(app_home, url):
    path = app_home / "settings.json"
    path.write_text(json.dumps({"database_url": url}), encoding="utf-8")
    with pytest.raises(config.SecretInConfigError) as refused:
        config.load(path)
    message = str(refused.value)
    assert "keyring" in message and "db:ccsu_cole@db.agency:5432/ccs" in message
    assert "tiger" not in message and "42" not in message
    assert "postgresql" in message and "ccsu_cole@db.agency" in message  # the URL to use instead


def test_a_settings_file_without_a_password_loads(app_home):
    path = app_home / "settings.json"
    path.write_text(json.dumps({"database_url": "postgresql://ccsu_cole@db.agency/ccs?sslmode=verify-full"}))
    assert config.load(path).database_url.endswith("?sslmode=verify-full")


def test_the_command_line_refuses_a_password_in_database(pg_url, app_home, capsys, fresh_log):
    """The server trusts this test's connections, so before the fix the command ran with the password."""
    assert cli.main(["--database", _with_password(pg_url), "db", "current"]) == 2
    err = capsys.readouterr().err
    assert "--database holds a password" in err and "keyring" in err and PASSWORD not in err
    assert PASSWORD not in _everything_written(app_home)
    assert cli.main(["--database", pg_url, "db", "current"]) == 0  # the same URL without it works


def test_the_command_line_refuses_a_password_in_the_settings_file(pg_url, app_home, capsys, monkeypatch, fresh_log):
    settings = app_home / "settings.json"
    settings.write_text(json.dumps({"database_url": _with_password(pg_url)}), encoding="utf-8")
    monkeypatch.setenv("CCS_DESKTOP_SETTINGS", str(settings))
    assert cli.main(["db", "current"]) == 2
    err = capsys.readouterr().err
    assert "holds a password" in err and "keyring" in err and PASSWORD not in err
    assert PASSWORD not in _everything_written(app_home)


def test_the_window_is_not_started_with_a_password_on_the_command_line(monkeypatch, capsys):
    started = []
    monkeypatch.setattr("ccs_desktop.ui.app.run", lambda **kw: started.append(kw) or 0)
    monkeypatch.setattr(logs, "_configured", True)  # no log file for this test
    assert cli.gui_main(["--database", "postgresql://ccsu_cole:tiger lily 42@db.agency/ccs"]) == 2
    assert not started
    err = capsys.readouterr().err
    assert "keyring" in err and PASSWORD not in err


def test_the_window_refuses_a_password_in_the_settings_file(app_home, monkeypatch, qapp):
    from ccs_desktop.ui import app as app_module

    settings = app_home / "settings.json"
    settings.write_text(json.dumps({"database_url": "postgresql://ccsu_cole:tiger lily 42@db.agency/ccs"}))
    monkeypatch.setenv("CCS_DESKTOP_SETTINGS", str(settings))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash dialog's hook
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: shown.append(args[2]))

    def no_start(*args, **kwargs):
        raise AssertionError("the window started with a password from the settings file")

    monkeypatch.setattr(app_module, "Startup", no_start)
    assert app_module.run() == 2
    assert shown and "keyring" in shown[0] and PASSWORD not in shown[0]


def test_the_engine_factory_still_takes_a_password_filled_in_from_the_keyring(pg_url):
    """Only a user's configuration is checked: db.make_engine takes the URL object that sign-in builds."""
    engine = db.make_engine(sa.make_url(pg_url).set(password="from the keyring"))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        engine.dispose()
