"""Starting the workstation: the Qt application, the crash dialog, the first window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtWidgets import QApplication

from .. import __version__, config
from .crash import install_excepthook
from .main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_ACCOUNTS = 2000


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CCS Desktop")
    app.setOrganizationName("CCS")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    return app  # type: ignore[return-value]


def run(database_url: str | None = None, demo_accounts: int | None = None) -> int:
    app = create_app()
    install_excepthook()
    try:
        settings = config.load()
    except config.ConfigError as exc:
        log.error("settings unreadable: %s", exc)
        settings = config.Settings()
    url = database_url or settings.effective_database_url()
    embedded = not database_url and not settings.database_url
    window = MainWindow()
    window.show()
    if os.environ.get("CCS_DESKTOP_EXIT_WHEN_READY"):
        # Start-up probe (packaging checks): quit as soon as the window shows the database.
        window.ready.connect(lambda _opened: app.quit())
        window.open_failed.connect(lambda _message: app.exit(1))
    window.open_database(url, seed_demo=embedded, demo_accounts=demo_accounts or DEMO_ACCOUNTS)
    log.info("CCS Desktop %s started", __version__)
    return app.exec()
