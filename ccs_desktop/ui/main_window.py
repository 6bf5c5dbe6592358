"""The workstation shell: opens the database off the GUI thread, then shows the collector's queue (home) and
the account workspace for the account being worked.

Other modules hook in with one menu action plus one method each: add the action to `self.tools_menu` (everyone)
or `self.supervisor_menu` (supervisors and admins) in `_menus`, and build your widget with `self.context`.
`AppContext.account_opened` opens an account's workspace from anywhere."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, db, logs
from ..services.accounts import callable_now, portfolio, queue
from ..services.context import Actor
from . import i18n, ops, workers
from .i18n import t
from .context import AppContext
from .queue_view import QueueView
from .workspace import AccountWorkspace

log = logging.getLogger(__name__)


@dataclasses.dataclass
class OpenedDatabase:
    engine: Any
    session_factory: Any
    description: str
    accounts: int
    demo_created: int
    actor: Actor | None = None


def default_actor(session_factory: Any) -> Actor | None:
    """Worker: who works in a window opened without a sign-in gate (the self-test, tests): the demo collector."""
    import platform

    from ..services.data import demo

    return demo.default_actor(session_factory, workstation=platform.node()[:64] or None)


def open_and_seed(url: str, seed_demo: bool, demo_accounts: int, task: workers.Task | None = None,
                  resolve_actor: Any = None) -> OpenedDatabase:
    """Worker: open (and upgrade) the database; fill an empty embedded database with the demo portfolio."""
    engine, factory = db.open_database(url)
    created = 0
    with factory() as session:
        accounts = portfolio.count(session)
    if seed_demo and accounts == 0:
        from ..services.data import demo

        options = demo.DemoOptions(accounts=demo_accounts, batch_size=500,
                                   progress=task.report if task else None,
                                   cancelled=task.cancelled if task else None)
        created = demo.generate(engine, options).accounts
        accounts = created
    actor = resolve_actor(factory) if resolve_actor is not None else None
    return OpenedDatabase(engine, factory, db.describe(engine), accounts, created, actor)


class MainWindow(QMainWindow):
    ready = Signal(object)       # OpenedDatabase
    open_failed = Signal(str)
    sign_in_needed = Signal(object)  # OpenedDatabase: the database is open, nobody is signed in yet

    LOADING, QUEUE, WORKSPACE = 0, 1, 2

    def __init__(self, resolve_actor: Any = None) -> None:
        super().__init__()
        self.setWindowTitle(f"CCS Desktop {__version__}")
        self._fit_to_screen(1440, 860)
        self.database: OpenedDatabase | None = None
        self.context: AppContext | None = None
        self.queue_view: QueueView | None = None
        self.workspace: AccountWorkspace | None = None
        # Who works: with a `gate` (ui/app.py's sign-in), nobody until `signed_in(actor)`; a shared-database
        # sign-in sets `actor` before the database opens; tools and tests pass `resolve_actor`.
        self.actor: Actor | None = None
        self.gate: Callable[[OpenedDatabase], None] | None = None
        self._resolve_actor = resolve_actor or default_actor
        self._task: workers.Task | None = None
        self._worked: list[Any] = []     # accounts opened this session: "next" moves on past them
        self.clock: Any = None           # tests and demos fix "now" (an aware datetime); None: the real clock

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        loading = QWidget()
        lay = QVBoxLayout(loading)
        lay.addStretch(1)
        self.loading_label = QLabel(self.tr("Opening the database…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(480)
        lay.addWidget(self.loading_label)
        lay.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self.stack.addWidget(loading)

        self.db_label = QLabel(self.tr("No database"))
        self.db_label.setObjectName("databaseLabel")
        self.user_label = QLabel("")
        self.user_label.setObjectName("userLabel")
        self.count_label = QLabel("")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addWidget(self.db_label)
        self._menus()

    @property
    def model(self) -> Any:
        """The home view's table model (the collector's queue), once a database is open."""
        return self.queue_view.model if self.queue_view is not None else None

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.refresh_action = QAction(self.tr("&Refresh"), self, shortcut=QKeySequence.StandardKey.Refresh,
                                      triggered=self.refresh)
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(QAction(self.tr("&Language…"), self, triggered=self.choose_language))
        file_menu.addAction(QAction(self.tr("A&ppearance…"), self, triggered=self.open_appearance))
        for label, which in ((self.tr("&Import placement file…"), "import"),
                             (self.tr("Re&mittance statement…"), "remittance")):
            file_menu.addAction(QAction(label, self, triggered=lambda _c=False, w=which: self.open_back_office(w)))
        file_menu.addAction(QAction(self.tr("&Offline work and sync…"), self, triggered=self.offline_sync))
        self.users_action = QAction(self.tr("&Users…"), self, triggered=self.open_users)
        self.users_action.setEnabled(False)
        file_menu.addAction(self.users_action)
        self.agency_action = QAction(self.tr("&Agency settings…"), self, triggered=self.open_agency)
        self.agency_action.setVisible(False)
        file_menu.addAction(self.agency_action)
        file_menu.addSeparator()
        file_menu.addAction(QAction(self.tr("E&xit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close))

        work = self.work_menu = bar.addMenu(self.tr("&Work"))
        self.queue_action = QAction(self.tr("Back to the &queue"), self, triggered=self.show_queue)
        self.queue_action.setShortcuts([QKeySequence("Esc"), QKeySequence("Alt+Q")])
        self.next_action = QAction(self.tr("&Next account"), self, triggered=self.next_account)
        self.next_action.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence("F8")])
        self.find_action = QAction(self.tr("&Find in the queue"), self, shortcut=QKeySequence("Ctrl+F"),
                                   triggered=self._find)
        self.open_action = QAction(self.tr("&Open the selected account"), self, shortcut=QKeySequence("Ctrl+O"),
                                   triggered=self._open_selected)
        for action in (self.queue_action, self.next_action, self.find_action, self.open_action):
            work.addAction(action)
            action.setEnabled(False)

        # Hooks for other modules: one action each (see the module docstring).
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.supervisor_menu = bar.addMenu(self.tr("&Supervisor"))
        # Supervisors and admins; before sign-in exists it stays visible (the workspace asks a supervisor to sign in).
        self.supervisor_action = QAction(self.tr("Supervisor &workspace…"), self, triggered=self.open_supervisor)
        self.supervisor_menu.addAction(self.supervisor_action)
        self.open_promise_tool(None)  # adds the Promises menu
        self.menuBar().addMenu(self.tr("&Letters")).addAction(QAction(
            self.tr("&Validation notices for new placements…"), self, triggered=self.open_batch_letters))
        self.rules_action = QAction(self.tr("Guardrail &rules…"), self, triggered=self.open_rules)
        self.tools_menu.addAction(self.rules_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self, shortcut=QKeySequence.StandardKey.HelpContents,
                                    triggered=self.open_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(QAction(self.tr("&Keyboard shortcuts"), self, triggered=self._shortcuts_help))
        help_menu.addAction(QAction(self.tr("Open the &log folder"), self, triggered=self._open_logs))
        help_menu.addAction(QAction(self.tr("&About CCS Desktop"), self, triggered=self._about))

    def open_database(self, url: str, *, seed_demo: bool, demo_accounts: int = 2000) -> None:
        self.stack.setCurrentIndex(self.LOADING)
        self.loading_label.setText(self.tr("Opening the database…"))
        self._task = ops.query(self, open_and_seed, url, seed_demo, demo_accounts, with_task=True, key="open",
                               resolve_actor=self._resolve_actor,
                               on_progress=self._progress, on_done=self._opened, on_error=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.loading_label.setText(self.tr("Creating the demo portfolio: {done} of {total} accounts…").format(
            done=f"{done:,}", total=f"{total:,}"))
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _opened(self, opened: OpenedDatabase) -> None:
        self.database = opened
        self.db_label.setText(self.tr("Database: ") + opened.description)
        self.count_label.setText(self.tr("%Ln account(s)", "", opened.accounts))
        if self.gate is not None and self.actor is None:
            self.loading_label.setText(self.tr("Sign in to continue."))
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.sign_in_needed.emit(opened)
            self.gate(opened)
            return
        if self.actor is not None:
            opened.actor = self.actor
        if opened.actor is None:
            self.loading_label.setText(self.tr("No active user in this database: ask an administrator to add one."))
            self.progress.setRange(0, 1)
            self.open_failed.emit("no active user")
            return
        self.signed_in(opened.actor)
        log.info("opened %s with %d accounts", opened.description.split(" ")[0], opened.accounts)
        self.ready.emit(opened)

    def signed_in(self, actor: Actor) -> None:
        """Who works from now on: the queue, the workspace and the menus follow their role."""
        self.actor = actor
        if self.database is None:
            return
        opened = self.database
        opened.actor = actor
        self.set_context(AppContext(opened.session_factory, actor, opened.description, opened.engine, self))
        self.setWindowTitle(f"CCS Desktop {__version__} — {actor.username} ({i18n.role_name(actor.role)})")
        self.users_action.setEnabled(actor.is_admin)
        self.agency_action.setVisible(actor.is_admin)
        self.supervisor_action.setVisible(actor.is_supervisor)
        self.supervisor_menu.menuAction().setVisible(actor.is_supervisor)
        if self.gate is not None:
            self.ready.emit(opened)

    def set_context(self, context: AppContext) -> None:
        """Build the queue and the workspace for who is signed in (sign-in calls this again for another user)."""
        for old in (self.queue_view, self.workspace):
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.context = context
        actor = context.actor
        self.user_label.setText(f"{actor.username} ({i18n.role_name(actor.role)})")
        self.queue_view = QueueView(context)
        self.queue_view.open_requested.connect(context.open_account)
        self.queue_view.next_requested.connect(self.next_account)
        self.queue_view.model.clock = self.clock
        self.workspace = AccountWorkspace(context)
        self.workspace.clock = self.clock
        self.workspace.loaded.connect(self._workspace_loaded)
        self.workspace.load_failed.connect(self._workspace_failed)
        context.account_opened.connect(self.open_account)
        self.stack.addWidget(self.queue_view)
        self.stack.addWidget(self.workspace)
        for action in (self.queue_action, self.next_action, self.find_action, self.open_action):
            action.setEnabled(True)
        self.stack.setCurrentIndex(self.QUEUE)
        self.queue_view.start()
        self.queue_view.table.setFocus()

    # --- queue and workspace ------------------------------------------------------------------------

    def show_queue(self) -> None:
        if self.queue_view is None:
            return
        self.stack.setCurrentIndex(self.QUEUE)
        self.queue_view.table.setFocus()

    def open_account(self, account_id: Any) -> None:
        if self.workspace is None:
            return
        if account_id not in self._worked:
            self._worked.append(account_id)
        self.statusBar().showMessage(self.tr("Opening the account…"), 3000)
        self.workspace.show_account(account_id)

    def _workspace_loaded(self, view: Any) -> None:
        self.statusBar().clearMessage()
        self.stack.setCurrentIndex(self.WORKSPACE)
        self.setWindowTitle(f"{view.consumer.name if view.consumer else view.row.account_number} – CCS Desktop")
        if self.workspace is not None:
            self.workspace.setFocus()

    def _workspace_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the account: ") + message, 8000)

    def next_account(self) -> None:
        """Open the best callable account not yet opened in this session."""
        if self.context is None or self.queue_view is None:
            return
        filters = self.queue_view.model.filters
        self.statusBar().showMessage(self.tr("Finding the next callable account…"), 3000)
        self.context.query(self, queue.next_account, self.context.session_factory, self.context.actor, filters,
                           list(self._worked[-500:]), self.clock, key="next", on_done=self._next_found,
                           on_error=lambda m, _t: self.statusBar().showMessage(m, 8000))

    def _next_found(self, row: Any) -> None:
        if row is None:
            self.statusBar().showMessage(self.tr("No callable account left in this queue right now."), 8000)
            QMessageBox.information(self, self.tr("Next account"),
                                    self.tr("No callable account left in this queue right now."))
            return
        self.context.open_account(row.id)

    def _find(self) -> None:
        self.show_queue()
        if self.queue_view is not None:
            self.queue_view.focus_search()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The preferred size, never larger than the screen's free area (a 1366x768 laptop keeps its status bar)."""
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width()), min(height, free.height())
        self.resize(width, height)

    def _open_selected(self) -> None:
        if self.queue_view is not None and self.stack.currentIndex() == self.QUEUE:
            selected = self.queue_view.selected_id()
            if selected is not None and self.context is not None:
                self.context.open_account(selected)

    def _failed(self, message: str, _trace: str) -> None:
        """A defect also gets the crash dialog (ui.ops); an environment fault is said here only."""
        self.loading_label.setText(self.tr("Could not open the database: ") + message)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.open_failed.emit(message)

    def open_back_office(self, which: str) -> QWidget | None:
        """The placement import wizard or the remittance dialog, on the open database."""
        if self.database is None:
            return None
        from .import_wizard import ImportWizard
        from .remittance_dialog import RemittanceDialog

        ctx = self.context
        if ctx is None:
            return None
        dialog = ImportWizard(ctx, self) if which == "import" else RemittanceDialog(ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def refresh(self) -> None:
        if self.stack.currentIndex() == self.WORKSPACE and self.workspace is not None:
            self.workspace.reload()
        elif self.queue_view is not None:
            callable_now.tz_groups.clear()
            self.queue_view.model.reload()

    def choose_language(self) -> None:
        """Pick the workstation's language; it is saved in the settings and applies from the next start."""
        from PySide6.QtWidgets import QInputDialog

        names = list(i18n.LANGUAGES.values())
        current = list(i18n.LANGUAGES).index(i18n.language()) if i18n.language() in i18n.LANGUAGES else 0
        name, ok = QInputDialog.getItem(self, self.tr("Language"), self.tr("Language of the workstation:"), names,
                                        current, False)
        if ok:
            self.set_language(list(i18n.LANGUAGES)[names.index(name)])

    def set_language(self, code: str) -> None:
        from .. import config

        try:
            settings = config.load()
        except config.ConfigError:
            settings = config.Settings()
        settings.language = code
        config.save(settings)
        self.statusBar().showMessage(self.tr("Language saved: restart CCS Desktop to use it."), 8000)

    def _shortcuts_help(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), t(SHORTCUTS_HELP))

    def open_appearance(self) -> None:
        """Light, dark or the system's colours, and the text size (applied at once, kept in the settings)."""
        from .appearance_dialog import AppearanceDialog

        self._appearance = AppearanceDialog(self)
        self._appearance.open()

    def open_guide(self) -> None:
        """F1: the user guide shipped in the package, in the workstation's language."""
        from .help_window import HelpWindow

        window = getattr(self, "help_window", None)
        if window is None:
            window = self.help_window = HelpWindow(self)
        elif window.language != i18n.language():
            window.show_guide()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_supervisor(self) -> None:
        """The supervisor workspace (call log, reviews, assignments, KPIs, audit); refused to collectors."""
        if self.database is not None:
            from .supervisor import open_workspace

            open_workspace(self, self.database.session_factory, self.database.engine, self.database.description,
                           self.context.actor if self.context is not None else self.actor, context=self.context)

    def offline_sync(self) -> None:
        """Offline work: the sync status widget in the status bar (created on first use; its button syncs and
        its menu takes the queue offline or opens the conflicts). Chosen again: sync now."""
        if self.database is None:
            return
        widget = getattr(self, "sync_status", None)
        if widget is not None:
            widget.sync_now()
            return
        from .sync_status import SyncStatusWidget

        if self.context is None:
            return
        self.sync_status = SyncStatusWidget(self.context, parent=self)
        self.statusBar().addPermanentWidget(self.sync_status)

    def open_users(self) -> None:
        """User administration (admins only; the services check it again)."""
        from .users_admin import UsersDialog

        if self.context is not None and self.context.actor.is_admin:
            UsersDialog(self.context, self).open()

    def open_agency(self) -> None:
        """The agency's identity (admins; the service checks it again)."""
        from .agency_dialog import AgencyDialog

        if self.context is not None and self.context.actor.is_admin:
            self._agency_dialog = AgencyDialog(self.context, self)
            self._agency_dialog.open()

    def open_rules(self) -> None:
        """The guardrail rules in force (admins change them; others read them)."""
        from .rules_dialog import RulesDialog

        if self.context is not None:
            self._rules_dialog = RulesDialog(self.context, self)
            self._rules_dialog.open()

    def _current_account(self) -> Any:
        if self.stack.currentIndex() == self.WORKSPACE and self.workspace is not None:
            view = getattr(self.workspace, "view", None)
            return view.id if view is not None else None
        return self.queue_view.selected_id() if self.queue_view is not None else None

    def open_promise_tool(self, tool: str | None) -> None:
        """Promises: the calendar, or a promise/payment dialog on the current account. With None, add the menu."""
        if tool is None:
            menu = self.menuBar().addMenu(self.tr("&Promises"))
            for name, label in (("calendar", self.tr("Promise &calendar")),
                                ("promise", self.tr("&Take a promise on this account…")),
                                ("payment", self.tr("&Post a payment on this account…")),
                                ("approvals", self.tr("Promises waiting for &approval"))):
                menu.addAction(QAction(label, self, triggered=lambda _c=False, n=name: self.open_promise_tool(n)))
            return
        ctx = self.context
        if ctx is None:
            return
        from .calendar import PromiseCalendar
        from .promise_dialogs import PostPaymentDialog, TakePromiseDialog

        if tool in ("calendar", "approvals"):
            from .approvals import ApprovalQueue

            self._promise_window = PromiseCalendar(ctx) if tool == "calendar" else ApprovalQueue(ctx)
            self._promise_window.setWindowTitle(self.tr("Promise calendar") if tool == "calendar"
                                                else self.tr("Promises waiting for approval"))
            self._promise_window.resize(1300, 800) if tool == "calendar" else self._promise_window.resize(1000, 500)
            self._promise_window.show()
            return
        account_id = self._current_account()
        if account_id is None:
            QMessageBox.information(self, self.tr("Promises"), self.tr("Open or select an account first."))
            return
        dialog = (TakePromiseDialog if tool == "promise" else PostPaymentDialog)(ctx, account_id, self)
        dialog.open()

    def open_batch_letters(self) -> None:
        """Letters menu: the validation-notice batch dialog, for the signed-in supervisor (or one who signs in)."""
        if self.database is not None:
            from .letters import open_batch_dialog

            open_batch_dialog(self, self.database.session_factory, self.database.engine, self.database.description,
                              self.context.actor if self.context is not None else None, context=self.context)

    def _open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.log_file().parent)))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About CCS Desktop"),
                          self.tr("CCS Desktop {version}\nCollector workstation.\nLog: {log}").format(
                              version=__version__, log=logs.log_file()))

    def closeEvent(self, event: Any) -> None:
        if self._task is not None:
            self._task.cancel()
        if getattr(self, "sync_status", None) is not None:
            self.sync_status.shutdown()
        ops.wait_all(10000)
        if self.database is not None:
            self.database.engine.dispose()
        super().closeEvent(event)


SHORTCUTS_HELP = QT_TRANSLATE_NOOP("ccs", "Queue: Ctrl+F search · arrows move · Enter or Ctrl+O opens · Ctrl+N (or F8) next callable account · click a column header to sort · F5 refresh.\nWorkspace: 1-9 pick a result · Ctrl+Enter record · Ctrl+D dial · Ctrl+P number · Ctrl+K consumer said · Ctrl+L notes · Alt+1..6 tabs · Esc back to the queue.\nF1 opens the user guide.")  # noqa: E501
