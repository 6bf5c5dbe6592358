"""The app starts with a sign-in, shows only the signed-in collector's accounts, and locks when idle."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ccs_desktop import config, db
from ccs_desktop.models import Account, User
from ccs_desktop.services import demo
from ccs_desktop.ui.app import Startup


@pytest.fixture
def demo_url(sqlite_url):
    engine = db.make_engine(sqlite_url)
    demo.generate(engine, demo.DemoOptions(accounts=60))
    with engine.connect() as conn:
        cole = conn.execute(sa.select(User.id).where(User.username == "cole")).scalar_one()
        own = conn.execute(sa.select(sa.func.count()).select_from(Account).where(Account.assigned_to == cole)).scalar_one()
    engine.dispose()
    return sqlite_url, own


def _start(qtbot, url, idle_ms=0, embedded=False):
    startup = Startup(url, embedded=embedded, settings=config.Settings(), idle_ms=idle_ms)
    qtbot.addWidget(startup.window)
    with qtbot.waitSignal(startup.window.sign_in_needed, timeout=30000):
        startup.start()
    return startup


def _submit(qtbot, dialog, username, password):
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_window_shows_nothing_until_a_user_signs_in(qtbot, demo_url, app_home):
    url, own = demo_url
    startup = _start(qtbot, url, embedded=True)
    window, dialog = startup.window, startup.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.model is None and window.stack.currentIndex() == 0  # no accounts behind the dialog
    dialog.grab().save(str(app_home / "login.png"))

    with qtbot.waitSignal(dialog.refused, timeout=20000) as refused:
        _submit(qtbot, dialog, "cole", "not-the-password")
    assert "Wrong user name or password" in refused.args[0]
    assert "4 more wrong attempts" in dialog.message.text()
    assert dialog.password.text() == ""  # a refused password does not linger in the field
    dialog.grab().save(str(app_home / "login-refused.png"))

    with qtbot.waitSignal(dialog.signed_in, timeout=20000):
        _submit(qtbot, dialog, "cole", demo.DEMO_PASSWORD)
    assert window.context is not None and window.context.actor.username == "cole"
    assert "cole (collector)" in window.windowTitle()
    qtbot.waitUntil(lambda: window.model.rowCount() == own, timeout=10000)
    assert window.stack.currentIndex() == 1
    window.close()


def test_quitting_the_sign_in_closes_the_window(qtbot, demo_url):
    startup = _start(qtbot, demo_url[0])
    startup.dialog.reject()
    qtbot.waitUntil(lambda: not startup.window.isVisible(), timeout=5000)


def test_the_idle_lock_hides_the_accounts_and_asks_for_the_password(qtbot, demo_url, app_home):
    url, _own = demo_url
    startup = _start(qtbot, url, idle_ms=400)
    window = startup.window
    with qtbot.waitSignal(startup.dialog.signed_in, timeout=20000):
        _submit(qtbot, startup.dialog, "sam", demo.DEMO_PASSWORD)
    lock = startup.idle_lock
    assert lock is not None
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    unlock = lock.dialog
    assert unlock.username.isReadOnly() and unlock.username.text() == "sam"
    window.grab().save(str(app_home / "locked.png"))
    with qtbot.waitSignal(unlock.refused, timeout=20000):
        _submit(qtbot, unlock, "sam", "wrong-wrong-1")
    assert not window.centralWidget().isVisible()
    with qtbot.waitSignal(lock.unlocked, timeout=20000):
        _submit(qtbot, unlock, "sam", demo.DEMO_PASSWORD)
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    lock.stop()
    window.close()


def test_wrong_passwords_at_the_idle_lock_lock_the_user_out(qtbot, demo_url):
    startup = _start(qtbot, demo_url[0], idle_ms=300)
    with qtbot.waitSignal(startup.dialog.signed_in, timeout=20000):
        _submit(qtbot, startup.dialog, "chris", demo.DEMO_PASSWORD)
    lock = startup.idle_lock
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    unlock = lock.dialog
    for _ in range(5):
        with qtbot.waitSignal(unlock.refused, timeout=20000) as refused:
            _submit(qtbot, unlock, "chris", "wrong-wrong-1")
    assert "locked" in refused.args[0]
    assert not unlock.sign_in_button.isEnabled()
    with qtbot.waitSignal(lock.signed_out, timeout=5000):
        unlock.reject()
    qtbot.waitUntil(lambda: not startup.window.isVisible(), timeout=5000)
    lock.stop()


def test_an_admin_manages_users_in_the_app_and_a_collector_cannot(qtbot, demo_url, app_home, monkeypatch):
    from ccs_desktop.services import auth
    from ccs_desktop.ui.users_admin import NewUserDialog, UsersDialog

    startup = _start(qtbot, demo_url[0])
    with qtbot.waitSignal(startup.dialog.signed_in, timeout=20000):
        _submit(qtbot, startup.dialog, "admin", demo.DEMO_PASSWORD)
    window = startup.window
    assert window.users_action.isEnabled()
    dialog = UsersDialog(window.context, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5, timeout=10000)

    def fill(new: NewUserDialog) -> int:
        new.username.setText("dana")
        new.display_name.setText("Dana Diaz")
        new.role.setCurrentText("collector")
        new.team.setText("Team Alpha")
        new.password.setText("a long password 9")
        return NewUserDialog.DialogCode.Accepted

    monkeypatch.setattr(NewUserDialog, "exec", fill)
    dialog._action("add")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 6, timeout=10000)
    assert "dana created" in dialog.status.text()
    row = [u.username for u in dialog.users].index("cole")
    dialog.table.selectRow(row)
    dialog._action("lock")
    qtbot.waitUntil(lambda: "cole locked" in dialog.status.text(), timeout=10000)
    qtbot.waitUntil(lambda: dialog.table.item(row, 3).text() == "locked", timeout=10000)
    dialog.show()
    dialog.grab().save(str(app_home / "users.png"))
    with pytest.raises(auth.SignInError, match="locked"):
        auth.sign_in(window.context.session_factory, "cole", demo.DEMO_PASSWORD)
    assert auth.sign_in(window.context.session_factory, "dana", "a long password 9").role.value == "collector"
    dialog.close()
    window.close()

    # A collector's window has no Users entry, and the service refuses them anyway.
    other = _start(qtbot, demo_url[0])
    with qtbot.waitSignal(other.dialog.signed_in, timeout=20000):
        _submit(qtbot, other.dialog, "casey", demo.DEMO_PASSWORD)
    assert not other.window.users_action.isEnabled()
    with pytest.raises(auth.PermissionDenied):
        auth.list_users(other.window.context.session_factory, other.window.context.actor)
    other.window.close()
