"""The app starts with a sign-in, shows only the signed-in collector's accounts, and locks when idle."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ccs_desktop import config, db
from ccs_desktop.models import Account, User
from ccs_desktop.services.data import demo
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
    assert "cole (collector)" in window.windowTitle() and not window.supervisor_action.isVisible()
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
    assert lock is not None and window.supervisor_action.isVisible()
    from PySide6.QtWidgets import QWidget

    side = QWidget(None)  # another window (e.g. the supervisor workspace) showing data
    qtbot.addWidget(side)
    side.show()
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    assert not side.isVisible()
    unlock = lock.dialog
    assert unlock.username.isReadOnly() and unlock.username.text() == "sam"
    window.grab().save(str(app_home / "locked.png"))
    with qtbot.waitSignal(unlock.refused, timeout=20000):
        _submit(qtbot, unlock, "sam", "wrong-wrong-1")
    assert not window.centralWidget().isVisible()
    with qtbot.waitSignal(lock.unlocked, timeout=20000):
        _submit(qtbot, unlock, "sam", demo.DEMO_PASSWORD)
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled() and side.isVisible()
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
    from ccs_desktop.services.users import auth
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


@pytest.mark.postgres
def test_shared_database_sign_in_as_the_login_role_and_remembered_in_the_keyring(qtbot, pg_url, tmp_path):
    import uuid

    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from ccs_desktop.models.enums import Role
    from ccs_desktop.services.users import auth, db_roles
    from ccs_desktop.services.context import SYSTEM
    from tests.factories import make_account

    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    engine = db.make_engine(pg_url)
    factory = db.session_factory(engine)
    name = f"ui_{uuid.uuid4().hex[:8]}"
    auth.add_user(factory, SYSTEM, name, "Ula Interface", Role.COLLECTOR, None)
    role = db_roles.grant_login(factory, SYSTEM, name, "a long password 9")
    with factory() as s, s.begin():
        me = s.scalars(sa.select(User).where(User.username == name)).one()
        make_account(s, assigned_to=me.id)
        make_account(s, assigned_to=me.id)
        make_account(s)  # someone else's
    url = sa.make_url(pg_url).set(username=role).render_as_string(hide_password=False)
    try:
        startup = Startup(url, embedded=False, settings=config.Settings())
        qtbot.addWidget(startup.window)
        startup.start()
        dialog = startup.dialog
        assert dialog.username.text() == name and dialog.remember.isVisible()
        assert not startup.window.isVisible()  # nothing opens before the server accepts the user
        dialog.password.setText("a long password 9")
        dialog.remember.setChecked(True)
        dialog.grab().save(str(tmp_path / "server-login.png"))
        with qtbot.waitSignal(startup.window.ready, timeout=30000):
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        window = startup.window
        assert window.context.actor.username == name
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)  # RLS: their two accounts only
        assert "a long password 9" not in (config.settings_path().read_text() if config.settings_path().exists() else "")
        window.close()
        assert config.get_secret(startup._server_secret_name(name)) == "a long password 9"

        # Next start: the remembered password signs in without asking.
        again = Startup(url, embedded=False, settings=config.Settings())
        qtbot.addWidget(again.window)
        with qtbot.waitSignal(again.window.ready, timeout=30000):
            again.start()
        assert again.window.context.actor.username == name
        again.window.close()
    finally:
        keyring.set_keyring(previous)
        engine.dispose()
        admin = sa.create_engine(sa.make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()
