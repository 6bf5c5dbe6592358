"""Starting the workstation: the Qt application, the crash dialog, the first window."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from .. import __version__, config
from ..services.context import Actor
from .crash import install_excepthook
from .main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_ACCOUNTS = 2000
# PRE-SIGN-IN DEFAULT: until sign-in (issue 9) exists, the workstation acts as the demo collector "cole" when that
# user exists, else as the first active user (collectors first). Sign-in replaces `pre_sign_in_actor` and calls
# `MainWindow.set_context` with the signed-in user's AppContext.
PRE_SIGN_IN_USERNAME = "cole"


def pre_sign_in_actor(session_factory: Any) -> Actor | None:
    """Worker: the actor the window uses before sign-in exists (see PRE_SIGN_IN_USERNAME)."""
    import platform

    import sqlalchemy as sa

    from ..models import User
    from ..models.enums import Role

    with session_factory() as session:
        user = session.scalars(sa.select(User).where(User.username == PRE_SIGN_IN_USERNAME, User.active.is_(True))).first()
        if user is None:
            rank = sa.case((User.role == Role.COLLECTOR, 0), (User.role == Role.SUPERVISOR, 1), else_=2)
            user = session.scalars(sa.select(User).where(User.active.is_(True)).order_by(rank, User.username)).first()
        if user is None:
            return None
        return Actor(user.id, user.username, Role(user.role), user.team_id, platform.node()[:64] or None)


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
    from . import i18n

    i18n.install(app, settings.language)
    url = database_url or settings.effective_database_url()
    embedded = not database_url and not settings.database_url
    window = MainWindow(resolve_actor=pre_sign_in_actor)
    window.show()
    if os.environ.get("CCS_DESKTOP_EXIT_WHEN_READY"):
        # Start-up probe (packaging checks): quit as soon as the window shows the database.
        window.ready.connect(lambda _opened: app.quit())
        window.open_failed.connect(lambda _message: app.exit(1))
    window.open_database(url, seed_demo=embedded, demo_accounts=demo_accounts or DEMO_ACCOUNTS)
    log.info("CCS Desktop %s started", __version__)
    return app.exec()
