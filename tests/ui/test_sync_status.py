"""The sync status widget: online/offline state, changes waiting, background sync, conflict resolution."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Note, Person
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.sync_status import SyncStatusWidget
from tests.sync.helpers import World, offline_note

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(pg_url):
    w = World(pg_url)
    yield w
    w.dispose()


def _widget(qtbot, world, tmp_path):
    context = AppContext(world.server, world.collector, "PostgreSQL test")
    widget = SyncStatusWidget(context, tmp_path / "cache.ccs", probe_interval_ms=200, auto_checkout=False)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.state == "online", timeout=10_000)
    return context, widget


def test_pulling_the_cable_then_reconnecting_sends_everything_once(qtbot, world, tmp_path):
    context, widget = _widget(qtbot, world, tmp_path)
    assert widget.state_label.text() == "● Online"
    with qtbot.waitSignal(widget.synced, timeout=20_000):
        widget.take_queue_action.trigger()
    assert widget.cache.held_account_ids() == [world.account_id]
    qtbot.waitUntil(lambda: "1 account checked out" in widget.waiting_label.text(), timeout=5_000)

    # The shared database goes away: the widget says so and the app carries on against the cache.
    dead = db.make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1})
    widget.server_factory = db.session_factory(dead)
    qtbot.waitUntil(lambda: widget.state == "offline", timeout=10_000)
    assert "Offline" in widget.state_label.text()
    assert context.session_factory is widget.cache.session_factory
    offline_note(context.session_factory, world.collector, world.account_id, "Called from the car")
    widget._refresh_status()
    qtbot.waitUntil(lambda: widget.waiting_label.text().startswith("2 changes waiting"), timeout=5_000)
    widget.grab().save(str(tmp_path / "offline.png"))

    # Reconnected: it syncs by itself, and the note is on the shared database once.
    with qtbot.waitSignal(widget.synced, timeout=20_000):
        widget.server_factory = world.server
    assert context.session_factory is world.server
    qtbot.waitUntil(lambda: widget.waiting_label.text().startswith("0 changes waiting"), timeout=5_000)
    assert world.count(Note, account_id=world.account_id) == 1
    assert widget.last_label.text().startswith("Last sync: ") and "never" not in widget.last_label.text()
    widget.grab().save(str(tmp_path / "online.png"))
    widget.shutdown()
    dead.dispose()


def test_conflicts_are_listed_and_resolved_in_the_dialog(qtbot, world, tmp_path):
    _context, widget = _widget(qtbot, world, tmp_path)
    with qtbot.waitSignal(widget.synced, timeout=20_000):
        widget.take_queue_action.trigger()
    person_id = world.person_ids[0]
    with widget.cache.session_factory() as s, s.begin():
        s.get(Person, person_id).stated_time_zone = "America/Chicago"
    with world.owner() as s, s.begin():
        s.get(Person, person_id).stated_time_zone = "America/Denver"
    with qtbot.waitSignal(widget.synced, timeout=20_000):
        widget.sync_now_action.trigger()
    qtbot.waitUntil(lambda: widget.conflicts_button.isVisible(), timeout=5_000)
    assert widget.conflicts_button.text() == "⚠ 1 conflict"

    dialog = widget.show_conflicts()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[0].startswith("Person …")
    assert cells[1:] == ["stated_time_zone", "America/Chicago", "America/Denver", "changed on both sides"]
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        dialog.mine_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5_000)
    with world.owner() as s:
        assert s.get(Person, person_id).stated_time_zone == "America/Chicago"
    qtbot.waitUntil(lambda: not widget.conflicts_button.isVisible(), timeout=5_000)
    dialog.close()
    widget.shutdown()


def test_a_collectors_queue_is_taken_offline_by_itself(qtbot, world, tmp_path):
    context = AppContext(world.server, world.collector, "PostgreSQL test")
    widget = SyncStatusWidget(context, tmp_path / "cache.ccs", probe_interval_ms=200)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.synced, timeout=20_000):
        widget.show()
    assert widget.cache.held_account_ids() == [world.account_id]
    with world.owner() as s:
        from ccs_desktop.sync import live_lease

        assert live_lease(s, world.account_id).workstation_id == widget.cache.workstation_id
    widget.shutdown()


@pytest.fixture
def no_keyring():
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _dialog(qtbot, widget):
    qtbot.waitUntil(lambda: widget.passphrase_dialog is not None and widget.passphrase_dialog.isVisible(),
                    timeout=5_000)
    return widget.passphrase_dialog


def test_without_a_keyring_the_offline_cache_asks_for_its_passphrase(qtbot, world, tmp_path, no_keyring):
    path = tmp_path / "cache.ccs"
    context = AppContext(world.server, world.collector, "PostgreSQL test")
    widget = SyncStatusWidget(context, path, probe_interval_ms=200, auto_checkout=False)
    qtbot.addWidget(widget)
    widget.show()
    dialog = _dialog(qtbot, widget)
    assert dialog.new and dialog.confirm.isVisible()  # a new cache: the passphrase is chosen, typed twice
    dialog.passphrase.setText("river stones 42")
    dialog.confirm.setText("river stones 24")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text() == "The two passphrases are not the same."
    dialog.passphrase.setText("river stones 42")
    dialog.confirm.setText("river stones 42")
    dialog.grab().save(str(tmp_path / "passphrase-new.png"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: widget.state == "online", timeout=10_000)
    with qtbot.waitSignal(widget.synced, timeout=20_000):
        widget.take_queue_action.trigger()
    widget.shutdown()
    before = path.read_bytes()

    # Next start: the passphrase is asked for; a wrong one says so, changes nothing, and asks again.
    context = AppContext(world.server, world.collector, "PostgreSQL test")
    widget = SyncStatusWidget(context, path, probe_interval_ms=200, auto_checkout=False)
    qtbot.addWidget(widget)
    widget.show()
    dialog = _dialog(qtbot, widget)
    assert not dialog.new and not dialog.confirm.isVisible()
    dialog.passphrase.setText("river stones 41")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "does not open the offline cache" in dialog.error.text() and dialog.isVisible()
    dialog.grab().save(str(tmp_path / "passphrase-wrong.png"))
    assert path.read_bytes() == before and widget.cache is None
    dialog.passphrase.setText("river stones 42")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: widget.state == "online", timeout=10_000)
    assert not dialog.isVisible()
    assert widget.cache.held_account_ids() == [world.account_id]  # everything is there
    widget.shutdown()

    # Cancelled: the cache stays locked and the window works online; "Unlock" asks again.
    widget = SyncStatusWidget(context, path, probe_interval_ms=200, auto_checkout=False)
    qtbot.addWidget(widget)
    widget.show()
    _dialog(qtbot, widget).reject()
    assert widget.state == "locked" and widget.state_label.text() == "Offline cache locked"
    widget.grab().save(str(tmp_path / "locked.png"))
    assert context.session_factory is world.server
    widget.sync_now_action.trigger()
    assert _dialog(qtbot, widget).isVisible()
    widget.passphrase_dialog.reject()
    widget.shutdown()


def test_a_second_window_does_not_open_the_same_offline_cache(qtbot, world, tmp_path):
    _context, first = _widget(qtbot, world, tmp_path)
    second = SyncStatusWidget(AppContext(world.server, world.collector, "PostgreSQL test"), tmp_path / "cache.ccs",
                              probe_interval_ms=200, auto_checkout=False)
    qtbot.addWidget(second)
    assert second.state == "unavailable" and "another CCS Desktop window" in second.toolTip()
    assert second.cache is None
    second.shutdown()
    first.shutdown()


def test_on_the_embedded_database_the_window_says_offline_sync_is_unavailable(qtbot, app_home):
    from ccs_desktop import config
    from ccs_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.open_database(config.default_database_url(), seed_demo=True, demo_accounts=200)
    entry = next(a for a in window.menuBar().actions()[0].menu().actions() if "Offline" in a.text())
    entry.trigger()
    widget = window.sync_status
    # The window acts as the collector "cole" (pre-sign-in), whose queue the widget tries to take offline on its
    # own: on the embedded database that already ends in "unavailable"; otherwise ask for a sync.
    qtbot.waitUntil(lambda: widget.state in ("online", "unavailable"), timeout=10_000)
    if widget.state == "online":
        with qtbot.waitSignal(widget.sync_failed, timeout=10_000):
            widget.sync_now_action.trigger()
    assert widget.state == "unavailable"
    assert widget.state_label.text() == "Offline sync unavailable"
    assert "PostgreSQL" in widget.toolTip()
    window.grab().save(str(app_home / "window.png"))
    window.close()


def test_the_sync_status_and_the_passphrase_dialog_speak_spanish_when_chosen(qtbot, world, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ccs_desktop.ui import i18n
    from ccs_desktop.ui.sync_status import CachePassphraseDialog

    assert i18n.install(QApplication.instance(), "es")
    try:
        context, widget = _widget(qtbot, world, tmp_path)
        assert widget.state_label.text() == "● En línea"
        assert widget.sync_now_action.text() == "Sincronizar ahora"
        with qtbot.waitSignal(widget.synced, timeout=20_000):
            widget.take_queue_action.trigger()
        # Spanish singular and plural forms from the catalogue's numerus entries
        qtbot.waitUntil(lambda: "1 cuenta en préstamo" in widget.waiting_label.text(), timeout=5_000)
        assert widget.waiting_label.text().startswith("0 cambios pendientes")
        assert widget.last_label.text().startswith("Última sincronización: ")

        dialog = CachePassphraseDialog(True, widget)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Desbloquear la caché sin conexión"
        assert dialog.ok_button.text() == "Desbloquear"
        dialog.passphrase.setText("corta")
        dialog._submit()
        assert dialog.error.text() == "Use al menos 8 caracteres."
        widget.shutdown()
    finally:
        i18n.install(QApplication.instance(), "en")
    assert CachePassphraseDialog(True).windowTitle() == "Unlock the offline cache"
