"""Starting the workstation: the Qt application, the crash dialog, the first window."""

from __future__ import annotations

import logging
import os
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from .. import __version__, config, db
from ..services.users import auth, db_roles
from ..services.context import Actor
from ..services.data.demo import DEMO_PASSWORD
from . import workers
from .crash import install_excepthook
from .idle_lock import IdleLock
from .login import LoginDialog
from .main_window import MainWindow, OpenedDatabase

log = logging.getLogger(__name__)

DEMO_ACCOUNTS = 2000


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CCS Desktop")
    app.setOrganizationName("CCS")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    workers.collect_garbage_on_gui_thread(app)
    return app  # type: ignore[return-value]


class Startup(QObject):
    """Open the database, sign in, then the main window with the signed-in user; lock it when idle.

    Embedded database: the window opens (and seeds) the database, then asks for a user name and password
    checked against the database's argon2 hashes. Shared PostgreSQL: the sign-in comes first, because the
    user's own login role is what connects; a password remembered in the OS keyring signs in silently.
    """

    def __init__(self, url: str, *, embedded: bool, settings: config.Settings, demo_accounts: int = DEMO_ACCOUNTS,
                 idle_ms: int | None = None) -> None:
        super().__init__()
        self.url = url
        self.embedded = embedded
        self.settings = settings
        self.demo_accounts = demo_accounts
        self.idle_ms = idle_ms if idle_ms is not None else settings.idle_lock_minutes * 60_000
        self.workstation = settings.workstation_name or socket.gethostname()
        self.window = MainWindow()
        self.dialog: LoginDialog | None = None
        self.idle_lock: IdleLock | None = None
        self.shared = db.url_parts(url).shared
        self.window.signed_out.connect(self._signed_out)

    def start(self) -> None:
        if self.shared:
            self._server_sign_in()
        else:
            self.window.gate = self._embedded_gate
            self.window.show()
            self.window.open_database(self.url, seed_demo=self.embedded, demo_accounts=self.demo_accounts)

    # --- embedded database -------------------------------------------------------------------------

    def _embedded_gate(self, opened: OpenedDatabase) -> None:
        factory = opened.session_factory

        def check(username: str, password: str, _remember: bool) -> Actor:
            return auth.sign_in(factory, username, password, workstation=self.workstation)

        note = opened.description
        if self.embedded:
            note += f"\nDemo users: admin, sam, cole, casey, chris; password {DEMO_PASSWORD}"
        self.dialog = LoginDialog(check, database_description=note, parent=self.window)
        self.dialog.signed_in.connect(lambda actor: self._signed_in(actor, check, opened.description))
        self.dialog.rejected.connect(self.window.close)
        self.dialog.open()

    # --- shared PostgreSQL -------------------------------------------------------------------------

    def _server_secret_name(self, username: str) -> str:
        parsed = db.url_parts(self.url)
        return config.database_secret_name(db_roles.role_name(username, parsed.database), parsed.host, parsed.port,
                                           parsed.database)

    def _server_check(self, username: str, password: str, remember: bool) -> auth.ServerSession:
        session = auth.sign_in_server(self.url, username, password, workstation=self.workstation)
        if remember:
            config.remember_secret(self._server_secret_name(username), password)
        return session

    def _server_sign_in(self) -> None:
        parsed = db.url_parts(self.url)
        user = parsed.username
        username = db_roles.username_in(user, parsed.database)
        offer = None
        if config.keyring_available():
            offer = ("Remember my password in the Windows Credential Manager" if sys.platform == "win32"
                     else "Remember my password in the system keyring")
        description = f"Shared database {parsed.where()}"
        self.dialog = LoginDialog(self._server_check, database_description=description, username=username,
                                  keyring_offer=offer)
        self.dialog.signed_in.connect(self._server_signed_in)
        self.dialog.rejected.connect(lambda: QApplication.instance().quit())  # type: ignore[union-attr]
        remembered = config.get_secret(self._server_secret_name(username)) if username else None
        self.dialog.show()
        if remembered:
            self.dialog.password.setText(remembered)
            self.dialog.submit()

    def _server_signed_in(self, session: auth.ServerSession) -> None:
        url = session.url
        session.engine.dispose()
        self.window.actor = session.actor

        def check(username: str, password: str, _remember: bool) -> Actor:
            again = auth.sign_in_server(self.url, username, password, workstation=self.workstation)
            again.engine.dispose()
            return again.actor

        self.window.show()
        self.window.open_database(url, seed_demo=False)  # type: ignore[arg-type]
        self._signed_in(session.actor, check, describe_url(url), show=False)

    # --- both ----------------------------------------------------------------------------------------

    def _signed_out(self) -> None:
        """Sign out: the idle lock stops; on the shared database the user's own connection closes and the
        sign-in comes first again (the embedded window asks through its gate)."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock.deleteLater()
            self.idle_lock = None
        if self.shared and self.window.database is not None:
            self.window.database.engine.dispose()
            self.window.database = None
            self.window.hide()
            self._server_sign_in()

    def _signed_in(self, actor: Actor, verify: object, description: str, show: bool = True) -> None:
        self.dialog = None
        if show:
            self.window.signed_in(actor)
        if self.idle_ms > 0:
            self.idle_lock = IdleLock(self.window, actor.username, verify,  # type: ignore[arg-type]
                                      timeout_ms=self.idle_ms, database_description=description)
            self.idle_lock.signed_out.connect(self.window.close)
        log.info("signed in as %s (%s)", actor.user_id, actor.role.value)


def describe_url(url: object) -> str:
    return db.url_parts(url).where()  # type: ignore[arg-type]


def run(database_url: str | None = None, demo_accounts: int | None = None) -> int:
    app = create_app()
    install_excepthook()
    try:
        settings = config.load()
    except config.SecretInConfigError as exc:
        # A password in the settings file is refused, not skipped: say where it belongs (the message never holds it).
        log.error("settings refused: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "CCS Desktop", str(exc))
        return 2
    except config.ConfigError as exc:
        log.error("settings unreadable: %s", exc)
        settings = config.Settings()
    from . import i18n

    i18n.install(app, settings.language)
    url = database_url or settings.effective_database_url()
    embedded = not database_url and not settings.database_url
    startup = Startup(url, embedded=embedded, settings=settings, demo_accounts=demo_accounts or DEMO_ACCOUNTS)
    window = startup.window
    window.closed.connect(app.quit)  # Ctrl+Q ends the process, whatever else is still open
    if os.environ.get("CCS_DESKTOP_EXIT_WHEN_READY"):
        # Start-up probe (packaging checks): quit as soon as the window shows the database (or asks who signs in).
        window.ready.connect(lambda _opened: app.quit())
        window.sign_in_needed.connect(lambda _opened: app.quit())
        window.open_failed.connect(lambda _message: app.exit(1))
    startup.start()
    log.info("CCS Desktop %s started", __version__)
    return app.exec()


def window_self_test(folder: Path) -> str:
    """The self-test's window check (selftest.py): the main window opens an empty embedded database offscreen
    and shows its accounts."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    app = create_app()
    window = MainWindow()
    window.show()
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    window.ready.connect(lambda opened: (outcome.update(opened=opened), loop.quit()))
    window.open_failed.connect(lambda message: (outcome.update(error=message), loop.quit()))
    QTimer.singleShot(60000, loop.quit)
    window.open_database(f"sqlite:///{(folder / 'self-test.sqlite3').as_posix()}", seed_demo=False)
    loop.exec()
    if "error" in outcome or "opened" not in outcome:
        raise RuntimeError(f"window did not open the database: {outcome.get('error', 'timed out')}")
    deadline = time.monotonic() + 20
    while window.model is not None and window.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    rows = window.model.rowCount() if window.model is not None else 0
    window.close()
    app.processEvents()
    if rows == 0:
        raise RuntimeError("the main window shows no accounts")
    return f"main window opened offscreen ({app.platformName()}) showing {rows} accounts"
