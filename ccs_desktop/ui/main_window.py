"""The main window: opens the database off the GUI thread, then shows the portfolio."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, db, logs
from ..services import portfolio
from ..services.context import Actor
from . import workers
from .context import AppContext
from .crash import show_crash
from .portfolio_model import PortfolioModel

log = logging.getLogger(__name__)


@dataclasses.dataclass
class OpenedDatabase:
    engine: Any
    session_factory: Any
    description: str
    accounts: int
    demo_created: int


def open_and_seed(url: str, seed_demo: bool, demo_accounts: int, task: workers.Task | None = None) -> OpenedDatabase:
    """Worker: open (and upgrade) the database; fill an empty embedded database with the demo portfolio."""
    engine, factory = db.open_database(url)
    created = 0
    with factory() as session:
        accounts = portfolio.count(session)
    if seed_demo and accounts == 0:
        from ..services import demo

        options = demo.DemoOptions(accounts=demo_accounts, batch_size=500,
                                   progress=task.report if task else None,
                                   cancelled=task.cancelled if task else None)
        created = demo.generate(engine, options).accounts
        accounts = created
    return OpenedDatabase(engine, factory, db.describe(engine), accounts, created)


class MainWindow(QMainWindow):
    ready = Signal(object)       # OpenedDatabase
    open_failed = Signal(str)
    sign_in_needed = Signal(object)  # OpenedDatabase: the database is open, nobody is signed in yet

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"CCS Desktop {__version__}")
        self.resize(1280, 800)
        self.database: OpenedDatabase | None = None
        self.model: PortfolioModel | None = None
        self._task: workers.Task | None = None
        # Who is signed in; with a `gate`, the portfolio waits for `signed_in(actor)` (ui/app.py sets both).
        self.actor: Actor | None = None
        self.context: AppContext | None = None
        self.gate: Callable[[OpenedDatabase], None] | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        loading = QWidget()
        lay = QVBoxLayout(loading)
        lay.addStretch(1)
        self.loading_label = QLabel("Opening the database…")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(480)
        lay.addWidget(self.loading_label)
        lay.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self.stack.addWidget(loading)

        self.table = QTableView()
        self.table.setObjectName("portfolioTable")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack.addWidget(self.table)

        self.db_label = QLabel("No database")
        self.db_label.setObjectName("databaseLabel")
        self.count_label = QLabel("")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addWidget(self.db_label)
        self._menus()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        refresh = QAction("&Refresh", self, shortcut=QKeySequence.StandardKey.Refresh, triggered=self.refresh)
        file_menu.addAction(refresh)
        for label, which in (("&Import placement file…", "import"), ("Re&mittance statement…", "remittance")):
            file_menu.addAction(QAction(label, self, triggered=lambda _c=False, w=which: self.open_back_office(w)))
        file_menu.addSeparator()
        self.users_action = QAction("&Users…", self, triggered=self.open_users)
        self.users_action.setEnabled(False)
        file_menu.addAction(self.users_action)
        file_menu.addAction(QAction("E&xit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close))
        self.open_promise_tool(None)  # adds the Promises menu (issue 5)
        self.menuBar().addMenu("&Letters").addAction(QAction(
            "&Validation notices for new placements…", self, triggered=self.open_batch_letters))
        # Supervisors and admins only: hide it (supervisor_action.setVisible) once a collector is signed in.
        self.supervisor_action = QAction("Supervisor &workspace…", self, triggered=self.open_supervisor)
        self.menuBar().addMenu("&Supervisor").addAction(self.supervisor_action)
        file_menu.insertAction(file_menu.actions()[1], QAction("&Offline work and sync…", self, triggered=self.offline_sync))
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction("Open the &log folder", self, triggered=self._open_logs))
        help_menu.addAction(QAction("&About CCS Desktop", self, triggered=self._about))

    def open_database(self, url: str, *, seed_demo: bool, demo_accounts: int = 2000) -> None:
        self.stack.setCurrentIndex(0)
        self.loading_label.setText("Opening the database…")
        self._task = workers.run_task(open_and_seed, url, seed_demo, demo_accounts, with_task=True,
                                      on_progress=self._progress, on_done=self._opened, on_error=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.loading_label.setText(f"Creating the demo portfolio: {done:,} of {total:,} accounts…")
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _opened(self, opened: OpenedDatabase) -> None:
        self.database = opened
        if self.gate is not None and self.actor is None:
            self.loading_label.setText("Sign in to continue.")
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.sign_in_needed.emit(opened)
            self.gate(opened)
            return
        self._show_portfolio(opened)

    def signed_in(self, actor: Actor) -> None:
        self.actor = actor
        if self.database is not None:
            self._show_portfolio(self.database)

    def _show_portfolio(self, opened: OpenedDatabase) -> None:
        if self.actor is not None:
            self.context = AppContext(opened.session_factory, self.actor, opened.description, opened.engine, self)
            self.setWindowTitle(f"CCS Desktop {__version__} — {self.actor.username} ({self.actor.role.value})")
            self.users_action.setEnabled(self.actor.is_admin)
            self.supervisor_action.setVisible(self.actor.is_supervisor)
        self.db_label.setText(f"Database: {opened.description}")
        self.count_label.setText(f"{opened.accounts:,} accounts")
        self.model = PortfolioModel(opened.session_factory, self, actor=self.actor)
        self.table.setModel(self.model)
        self.model.rowsInserted.connect(self._first_page)
        self.model.fetchMore()
        self.stack.setCurrentIndex(1)
        log.info("opened %s with %d accounts", opened.description.split(" ")[0], opened.accounts)
        self.ready.emit(opened)

    def open_users(self) -> None:
        """User administration (admins only; the services check it again)."""
        from .users_admin import UsersDialog

        if self.context is not None and self.context.actor.is_admin:
            UsersDialog(self.context, self).open()

    def _first_page(self, *_args: Any) -> None:
        if self.model is not None and self.model.rowCount() <= PortfolioModel.PAGE:
            self.table.resizeColumnsToContents()

    def _failed(self, message: str, trace: str) -> None:
        self.loading_label.setText(f"Could not open the database: {message}")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.open_failed.emit(message)
        if "DatabaseError" not in trace and "SchemaTooNewError" not in trace:
            show_crash(message, trace, self)  # not an environment fault: a defect, show the details

    def open_back_office(self, which: str) -> QWidget | None:
        """The placement import wizard or the remittance dialog, on the open database."""
        if self.database is None:
            return None
        from ..services.context import SYSTEM
        from .context import AppContext
        from .import_wizard import ImportWizard
        from .remittance_dialog import RemittanceDialog

        # Until sign-in lands the window acts as the workstation's administrator.
        ctx = getattr(self, "app_context", None) or AppContext(
            self.database.session_factory, dataclasses.replace(SYSTEM, username="desktop"), self.database.description,
            self.database.engine, self)
        dialog = ImportWizard(ctx, self) if which == "import" else RemittanceDialog(ctx, self)
        if which == "import":
            dialog.finished.connect(lambda _r: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
    def open_promise_tool(self, tool: str | None) -> None:
        """Promises: the calendar, or a promise/payment dialog on the selected account. With None, add the menu."""
        if tool is None:
            menu = self.menuBar().addMenu("&Promises")
            for name, label in (("calendar", "Promise &calendar"), ("promise", "&Take a promise on the selected account…"),
                                ("payment", "&Post a payment on the selected account…"),
                                ("approvals", "Promises waiting for &approval")):
                menu.addAction(QAction(label, self, triggered=lambda _c=False, n=name: self.open_promise_tool(n)))
            return
        if self.database is None:
            return
        from ..services.context import SYSTEM
        from .calendar import PromiseCalendar
        from .context import AppContext
        from .promise_dialogs import PostPaymentDialog, TakePromiseDialog

        ctx = getattr(self, "ctx", None) or getattr(self, "_promise_ctx", None)
        if ctx is None:  # no sign-in yet: work as the system user until the app shell provides an AppContext
            ctx = self._promise_ctx = AppContext(self.database.session_factory, getattr(self, "actor", None) or SYSTEM,
                                                 self.database.description,
                                                 self.database.engine, self)
            ctx.accounts_changed.connect(lambda _ids: self.refresh())
        if tool in ("calendar", "approvals"):
            from .approvals import ApprovalQueue

            self._promise_window = PromiseCalendar(ctx) if tool == "calendar" else ApprovalQueue(ctx)
            self._promise_window.setWindowTitle("Promise calendar" if tool == "calendar" else "Promises waiting for approval")
            self._promise_window.resize(1300, 800) if tool == "calendar" else self._promise_window.resize(1000, 500)
            self._promise_window.show()
            return
        account_id = self.table.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if account_id is None:
            QMessageBox.information(self, "Promises", "Select an account in the list first.")
            return
        dialog = (TakePromiseDialog if tool == "promise" else PostPaymentDialog)(ctx, account_id, self)
        dialog.open()

    def refresh(self) -> None:
        if self.model is not None:
            self.model.reload()

    def open_batch_letters(self) -> None:
        """Letters menu: the validation-notice batch dialog, for the signed-in supervisor (or one who signs in)."""
        if self.database is not None:
            from .letters import open_batch_dialog

            open_batch_dialog(self, self.database.session_factory, self.database.engine, self.database.description,
                              getattr(self, "actor", None))

    def open_supervisor(self) -> None:
        """The supervisor workspace (call log, reviews, assignments, KPIs, audit); refused to collectors."""
        if self.database is not None:
            from .supervisor import open_workspace

            open_workspace(self, self.database.session_factory, self.database.engine, self.database.description,
                           getattr(self, "actor", None))

    def offline_sync(self) -> None:
        """Offline work: the sync status widget in the status bar (created on first use; its button syncs and
        its menu takes the queue offline or opens the conflicts). Chosen again: sync now."""
        if self.database is None:
            return
        widget = getattr(self, "sync_status", None)
        if widget is not None:
            widget.sync_now()
            return
        from ..services.context import SYSTEM
        from .context import AppContext
        from .sync_status import SyncStatusWidget

        context = getattr(self, "context", None) or AppContext(
            self.database.session_factory, SYSTEM, self.database.description, self.database.engine, self)
        self.sync_status = SyncStatusWidget(context, parent=self)
        self.statusBar().addPermanentWidget(self.sync_status)

    def _open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.log_file().parent)))

    def _about(self) -> None:
        QMessageBox.about(self, "About CCS Desktop",
                          f"CCS Desktop {__version__}\nCollector workstation.\nLog: {logs.log_file()}")

    def closeEvent(self, event: Any) -> None:
        if self._task is not None:
            self._task.cancel()
        if getattr(self, "sync_status", None) is not None:
            self.sync_status.shutdown()
        workers.wait_all(10000)
        if self.database is not None:
            self.database.engine.dispose()
        super().closeEvent(event)
