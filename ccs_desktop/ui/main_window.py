"""The main window: opens the database off the GUI thread, then shows the portfolio."""

from __future__ import annotations

import dataclasses
import logging
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
from . import workers
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

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"CCS Desktop {__version__}")
        self.resize(1280, 800)
        self.database: OpenedDatabase | None = None
        self.model: PortfolioModel | None = None
        self._task: workers.Task | None = None

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
        file_menu.addAction(QAction("E&xit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close))
        self.menuBar().addMenu("&Letters").addAction(QAction(
            "&Validation notices for new placements…", self, triggered=self.open_batch_letters))
        # Supervisors and admins only: hide it (supervisor_action.setVisible) once a collector is signed in.
        self.supervisor_action = QAction("Supervisor &workspace…", self, triggered=self.open_supervisor)
        self.menuBar().addMenu("&Supervisor").addAction(self.supervisor_action)
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
        self.db_label.setText(f"Database: {opened.description}")
        self.count_label.setText(f"{opened.accounts:,} accounts")
        self.model = PortfolioModel(opened.session_factory, self)
        self.table.setModel(self.model)
        self.model.rowsInserted.connect(self._first_page)
        self.model.fetchMore()
        self.stack.setCurrentIndex(1)
        log.info("opened %s with %d accounts", opened.description.split(" ")[0], opened.accounts)
        self.ready.emit(opened)

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

    def _open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.log_file().parent)))

    def _about(self) -> None:
        QMessageBox.about(self, "About CCS Desktop",
                          f"CCS Desktop {__version__}\nCollector workstation.\nLog: {logs.log_file()}")

    def closeEvent(self, event: Any) -> None:
        if self._task is not None:
            self._task.cancel()
        workers.wait_all(10000)
        if self.database is not None:
            self.database.engine.dispose()
        super().closeEvent(event)
