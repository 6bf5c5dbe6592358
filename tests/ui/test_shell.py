"""The app shell starts offscreen, seeds an empty embedded database, and shows the portfolio."""

from __future__ import annotations

import pytest

from ccs_desktop import config, logs
from ccs_desktop.ui.crash import CrashDialog, show_crash
from ccs_desktop.ui.main_window import MainWindow


def test_first_start_creates_the_demo_portfolio_and_shows_the_collectors_queue(qtbot, app_home):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=60000) as opened:
        window.open_database(config.default_database_url(), seed_demo=True, demo_accounts=300)
    info = opened.args[0]
    assert info.demo_created == 300
    assert (app_home / "data" / "ccs-desktop.sqlite3").exists()
    assert "SQLite" in window.db_label.text() and "ccs-desktop.sqlite3" in window.db_label.text()
    assert window.count_label.text() == "300 accounts"
    # Before sign-in exists the workstation acts as the demo collector "cole": their queue is the home view.
    assert window.user_label.text() == "cole (collector)"
    assert window.stack.currentWidget() is window.queue_view
    model = window.queue_view.model
    qtbot.waitUntil(lambda: model.rowCount() == model.PAGE, timeout=10000)
    scores = [float(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    # Scrolling to the end loads the rest of cole's open accounts (a third of the portfolio), page by page.
    while not model.exhausted():
        window.queue_view.table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.loading(), timeout=10000)
    assert 80 < model.rowCount() < 110
    assert [m.title().replace("&", "") for m in (a.menu() for a in window.menuBar().actions()) if m][:3] == \
        ["File", "Work", "Tools"]
    window.grab().save(str(app_home / "shell.png"))
    window.close()


def test_an_unreachable_database_says_so(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.open_failed, timeout=30000) as failed:
        window.open_database("postgresql://nobody@127.0.0.1:1/none", seed_demo=False)
    assert "Cannot reach the database" in failed.args[0]
    assert "Cannot reach the database" in window.loading_label.text()
    window.close()


def test_crash_dialog_shows_the_error_and_the_recent_log(qtbot, app_home):
    logs.log_file().write_text("2026-11-23 INFO opened account 0192 for review\n", encoding="utf-8")
    dialog = show_crash("division by zero", "Traceback (most recent call last): ZeroDivisionError")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog)
    text = dialog.details.toPlainText()
    assert text.index("ZeroDivisionError") < text.index("--- recent log ---") < text.index("opened account 0192")
    dialog.close()


@pytest.mark.parametrize("message, expected", [
    ("called +1 (212) 555-0142 today", "called <phone> today"),
    ("wrote to pat.doe@example.com", "wrote to <email>"),
    ("ssn 123-45-6789 on file", "ssn <ssn> on file"),
])
def test_logs_never_carry_personal_data(message, expected):
    assert logs.scrub(message) == expected


def test_an_unhandled_database_fault_gets_a_plain_message_not_the_crash_dialog(qtbot, monkeypatch):
    import sys

    import psycopg
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication

    from ccs_desktop.ui import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    crash.install_excepthook()
    before = set(QApplication.topLevelWidgets())
    try:
        raise sa.exc.OperationalError("SELECT 1", {}, psycopg.OperationalError(
            "consuming input failed: server closed the connection unexpectedly"))
    except sa.exc.OperationalError:
        sys.excepthook(*sys.exc_info())
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
    try:
        assert not [w for w in shown if w.objectName() == "crashDialog"]
        (box,) = [w for w in shown if w.objectName() == "databaseFault"]
        assert box.text().startswith("The shared database is not answering")
        assert "consuming input" not in box.text() and "SELECT" not in box.text()
    finally:
        for w in shown:
            w.close()


def test_the_window_fits_the_screen_it_opens_on(qtbot):
    """On a small screen (a 1366x768 laptop) the window is never larger than the free area, so its status bar and
    the record panel's messages stay visible."""
    window = MainWindow()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert (window.width(), window.height()) == (min(1440, free.width()), min(860, free.height()))
