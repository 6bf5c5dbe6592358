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
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, db, logs
from ..access_rule import Capability
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
    signed_out = Signal()            # the user signed out: the screens and their data are gone
    closed = Signal()                # the main window closed (Ctrl+Q, Exit): every other window closed with it

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
        self._focus_record = False       # the account being opened gets the keyboard in its record panel
        self._opened_note = ""           # said in the status bar once the account shows
        self._guarded: list[tuple[QAction, Capability]] = []  # shown only to roles that may (access_rule)
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
        self.count_label = QLabel("")  # the database's size while it opens; then the personal bar says mine
        self.my_day_bar: Any = None
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addWidget(self.db_label)
        self._menus()
        self._show_what_actor_may(None)  # nobody signed in yet: no guarded item

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
        for label, which, capability in ((self.tr("&Import placement file…"), "import", Capability.IMPORT),
                                         (self.tr("Re&mittance statement…"), "remittance", Capability.REMITTANCE)):
            file_menu.addAction(self._guard(QAction(label, self, triggered=lambda _c=False, w=which:
                                                    self.open_back_office(w)), capability))
        file_menu.addAction(QAction(self.tr("&Offline work and sync…"), self, triggered=self.offline_sync))
        self.users_action = self._guard(QAction(self.tr("&Users…"), self, triggered=self.open_users),
                                        Capability.MANAGE_USERS)
        file_menu.addAction(self.users_action)
        file_menu.addSeparator()
        self.sign_out_action = QAction(self.tr("Sign &out"), self, triggered=self.sign_out)
        self.sign_out_action.setEnabled(False)
        file_menu.addAction(self.sign_out_action)
        self.exit_action = QAction(self.tr("E&xit"), self, shortcut=QKeySequence("Ctrl+Q"), triggered=self.close)
        # Ctrl+Q from any of the app's windows (the promise calendar, the supervisor workspace) ends the session.
        self.exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        file_menu.addAction(self.exit_action)

        work = self.work_menu = bar.addMenu(self.tr("&Work"))
        self.queue_action = QAction(self.tr("Back to the &queue"), self, triggered=self.show_queue)
        self.queue_action.setShortcuts([QKeySequence("Esc"), QKeySequence("Alt+Q")])
        self.next_action = QAction(self.tr("&Next callable account in my queue"), self, triggered=self.next_account)
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
        self.supervisor_action = self._guard(QAction(self.tr("Supervisor &workspace…"), self,
                                                     triggered=self.open_supervisor), Capability.SUPERVISE)
        self.supervisor_menu.addAction(self.supervisor_action)
        self.open_promise_tool(None)  # adds the Promises menu
        self.letters_menu = self.menuBar().addMenu(self.tr("&Letters"))
        self.letters_menu.addAction(self._guard(QAction(
            self.tr("&Validation notices for new placements…"), self, triggered=self.open_batch_letters),
            Capability.BATCH_NOTICES))
        self.rules_action = QAction(self.tr("Guardrail &rules…"), self, triggered=self.open_rules)
        self.tools_menu.addAction(self.rules_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&Keyboard shortcuts"), self, shortcut=QKeySequence.StandardKey.HelpContents,
                                    triggered=self._shortcuts_help))
        help_menu.addAction(QAction(self.tr("Open the &log folder"), self, triggered=self._open_logs))
        help_menu.addAction(QAction(self.tr("&About CCS Desktop"), self, triggered=self._about))

    def _show_database(self, description: str) -> None:
        """The database in the status bar: a long path shortened in the middle (all of it in the tooltip), so the
        personal status bar keeps its room on a 1366-pixel screen."""
        text = self.tr("Database: ") + description
        self.db_label.setToolTip(text)
        self.db_label.setText(self.db_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 360))

    def _guard(self, action: QAction, capability: Capability) -> QAction:
        """An action only the roles that may do its task see (`access_rule.CAPABILITIES`), once signed in."""
        self._guarded.append((action, capability))
        return action

    def _show_what_actor_may(self, actor: Actor | None) -> None:
        """Menus follow the access rule's capabilities: nobody sees an item the services would refuse them.
        A menu left with nothing visible is hidden too."""
        for action, capability in self._guarded:
            action.setVisible(actor is not None and actor.may(capability))
        for menu in (self.supervisor_menu, self.letters_menu):
            menu.menuAction().setVisible(any(a.isVisible() for a in menu.actions() if not a.isSeparator()))

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
        self._show_database(opened.description)
        self.count_label.setText(self.tr("{n} accounts").format(n=f"{opened.accounts:,}"))
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
        self.setWindowTitle(f"CCS Desktop {__version__} — {actor.username} ({actor.role.value})")
        self._show_what_actor_may(actor)
        self.sign_out_action.setEnabled(True)
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
        self.user_label.setText(f"{actor.username} ({actor.role.value})")
        self._personal_bar(context)
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
        self._focus_record = True
        if account_id not in self._worked:
            self._worked.append(account_id)
        self.statusBar().showMessage(self.tr("Opening the account…"), 3000)
        self.workspace.show_account(account_id)

    def _workspace_loaded(self, view: Any) -> None:
        self.statusBar().showMessage(self._opened_note, 8000) if self._opened_note else self.statusBar().clearMessage()
        self._opened_note = ""
        self.stack.setCurrentIndex(self.WORKSPACE)
        self.setWindowTitle(f"{view.consumer.name if view.consumer else view.row.account_number} – CCS Desktop")
        if self.workspace is not None and self._focus_record:
            self._focus_record = False
            self.workspace.focus_record_panel()

    def _workspace_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the account: ") + message, 8000)

    def next_account(self) -> None:
        """Open the best callable account of the queue (never the search results nor the view's filters) not yet
        opened in this session."""
        if self.context is None or self.queue_view is None:
            return
        filters = queue.QueueFilters(assigned_to=self.queue_view.model.filters.assigned_to)
        self.statusBar().showMessage(self.tr("Finding the next callable account in your queue…"), 3000)
        self.context.query(self, queue.next_account, self.context.session_factory, self.context.actor, filters,
                           list(self._worked[-500:]), self.clock, key="next", on_done=self._next_found,
                           on_error=lambda m, _t: self.statusBar().showMessage(m, 8000))

    def _next_found(self, row: Any) -> None:
        if row is None:
            text = self.tr("No callable account left in your queue right now (Ctrl+N takes the next callable "
                           "account of your whole queue; the search and filters do not apply).")
            self.statusBar().showMessage(text, 8000)
            QMessageBox.information(self, self.tr("Next callable account in my queue"), text)
            return
        self.context.open_account(row.id)
        self._opened_note = self.tr("Next callable account in your queue: {name}").format(name=row.consumer)

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
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, code)
        self.retranslate()
        self.statusBar().showMessage(self.tr("Language: {name}").format(name=i18n.LANGUAGES.get(code, code)), 8000)

    def _shortcuts_help(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), t(SHORTCUTS_HELP))

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
        if self.my_day_bar is not None:
            self.sync_status.state_changed.connect(self.my_day_bar.set_sync_state)
        self.statusBar().addPermanentWidget(self.sync_status)

    def open_users(self) -> None:
        """User administration (admins only; the services check it again)."""
        from .users_admin import UsersDialog

        if self.context is not None and self.context.actor.is_admin:
            UsersDialog(self.context, self).open()

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
                action = menu.addAction(label)
                action.triggered.connect(lambda _c=False, n=name: self.open_promise_tool(n))
                if name == "approvals":
                    self._guard(action, Capability.APPROVE_PROMISES)
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

    # --- signing out, language, closing ----------------------------------------------------------------

    def close_other_windows(self, *, delete: bool = False) -> None:
        """Close every other top-level window (the promise calendar, the supervisor workspace, dialogs): they
        show the signed-in user's data. With `delete`, their widgets (and what they hold) go too."""
        shown = [w for w in QApplication.topLevelWidgets()
                 if w is not self and w.isVisible() and w.objectName() != "loginDialog"]
        for widget in shown:
            widget.close()
            if delete and widget.parent() in (None, self):
                widget.deleteLater()

    def _personal_bar(self, context: AppContext | None) -> None:
        """The status bar's personal part (ui/my_day_bar.py) for who is signed in; None removes it."""
        from .my_day_bar import MyDayBar

        if self.my_day_bar is not None:
            self.statusBar().removeWidget(self.my_day_bar)
            self.my_day_bar.deleteLater()
            self.my_day_bar = None
        self.count_label.setVisible(context is None)
        if context is None:
            return
        self.my_day_bar = MyDayBar(context, self)
        self.my_day_bar.clock = self.clock
        self.my_day_bar.callback_due.connect(lambda c: self.statusBar().showMessage(
            self.tr("Callback due now: {name} ({number}). Click it in the status bar to open the account.").format(
                name=c.consumer, number=c.account_number), 60_000))
        self.statusBar().addPermanentWidget(self.my_day_bar)
        self.my_day_bar.refresh()

    def _drop_screens(self) -> None:
        """Remove the queue, the workspace and the status widgets: nothing of the user's stays on screen."""
        self._personal_bar(None)
        self.count_label.setText("")
        for old in (self.queue_view, self.workspace):
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.queue_view = self.workspace = None
        sync_status = getattr(self, "sync_status", None)
        if sync_status is not None:
            sync_status.shutdown()
            self.statusBar().removeWidget(sync_status)
            sync_status.deleteLater()
            self.sync_status = None
        for action in (self.queue_action, self.next_action, self.find_action, self.open_action):
            action.setEnabled(False)

    def sign_out(self) -> None:
        """Back to the sign-in: the session, its screens and every window showing its data are dropped."""
        if self.context is None:
            return
        log.info("signed out")
        self.close_other_windows(delete=True)
        self._drop_screens()
        try:
            self.context.account_opened.disconnect(self.open_account)
        except (RuntimeError, TypeError):
            pass
        self.context = None
        self.actor = None
        self._worked.clear()
        if self.database is not None:
            self.database.actor = None
        self.user_label.setText("")
        self._show_what_actor_may(None)
        self.sign_out_action.setEnabled(False)
        self.setWindowTitle(f"CCS Desktop {__version__}")
        self.loading_label.setText(self.tr("Signed out. Sign in to continue."))
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.stack.setCurrentIndex(self.LOADING)
        self.signed_out.emit()
        if self.gate is not None and self.database is not None:
            self.gate(self.database)

    def retranslate(self) -> None:
        """Show the window in the language just installed (i18n.install): the menus and the screens are built
        again, the account being worked is opened again, and the rest of the session carries on."""
        account = self._current_account() if self.stack.currentIndex() == self.WORKSPACE else None
        self.menuBar().clear()
        self._guarded.clear()
        self._menus()
        context = self.context
        self._show_what_actor_may(context.actor if context is not None else None)
        self.sign_out_action.setEnabled(context is not None)
        if self.database is not None:
            self._show_database(self.database.description)
        self.loading_label.setText(self.tr("Opening the database…"))
        if context is not None:
            context.account_opened.disconnect(self.open_account)
            self.set_context(context)
            if account is not None:
                self.open_account(account)

    def closeEvent(self, event: Any) -> None:
        self.close_other_windows()
        if self._task is not None:
            self._task.cancel()
        if getattr(self, "sync_status", None) is not None:
            self.sync_status.shutdown()
        ops.wait_all(10000)
        if self.database is not None:
            self.database.engine.dispose()
        super().closeEvent(event)
        self.closed.emit()


SHORTCUTS_HELP = QT_TRANSLATE_NOOP("ccs", "Queue: Ctrl+F search · arrows move · Enter or Ctrl+O opens · Ctrl+N (or F8) next callable account · click a column header to sort · F5 refresh.\nWorkspace: 1-9 pick a result · Ctrl+Enter record · Ctrl+D dial · Ctrl+P number · Ctrl+K consumer said · Ctrl+L quick note · Alt+1..6 tabs · Esc back to the queue.\nSee docs/collector.md.")  # noqa: E501
