"""Offline work in the window: a status-bar widget (online / offline / syncing, changes waiting, last sync),
"Sync now", "Take my queue offline", and the dialog where a person resolves sync conflicts.

The widget probes the shared database in the background; when it is out of reach the widget says so and
points the AppContext at the local cache (``context.session_factory`` becomes the cache's, whose sessions
write the outbox), and when it comes back it syncs and points the context back. All database work runs
through ui.workers; nothing here blocks the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox, QProgressBar,
    QPushButton, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from .. import paths, sync
from ..models import Account
from ..models.enums import AccountStatus, Role
from . import workers
from .context import AppContext

log = logging.getLogger(__name__)

PROBE_INTERVAL_MS = 30_000
QUEUE_CHECKOUT_LIMIT = 200


def default_cache_path() -> Path:
    return paths.data_dir() / "offline-cache.sqlite3"


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "never"
    local = value.astimezone()
    today = dt.datetime.now(dt.timezone.utc).astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


class SyncStatusWidget(QWidget):
    """Lives in the main window's status bar."""

    state_changed = Signal(str)        # "online", "offline", "syncing", "unavailable"
    synced = Signal(object)            # sync.SyncReport
    sync_failed = Signal(str)

    def __init__(self, context: AppContext, cache_path: Path | None = None, *, probe_interval_ms: int = PROBE_INTERVAL_MS,
                 auto_checkout: bool = True, parent: QWidget | None = None) -> None:
        """With `auto_checkout`, a collector's queue is taken offline at the first contact with the shared
        database (and kept fresh by every sync after)."""
        super().__init__(parent)
        self.context = context
        self.server_factory = context.session_factory   # the shared database, kept while offline
        self.cache_path = cache_path or default_cache_path()
        self.cache: sync.Cache | None = None
        self.state = "starting"
        self.last_report: sync.SyncReport | None = None
        self._status: sync.CacheStatus | None = None
        self._tasks: list[workers.Task] = []
        self._syncing = False
        self._probing = False
        self.auto_checkout = auto_checkout

        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(8)
        self.state_label = QLabel("Sync: starting…")
        self.state_label.setObjectName("syncState")
        self.waiting_label = QLabel("")
        self.waiting_label.setObjectName("syncWaiting")
        self.last_label = QLabel("")
        self.last_label.setObjectName("syncLast")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNow")

        self.sync_now_action = QAction("Sync now", self, triggered=self.sync_now)
        self.sync_now_action.setToolTip("Send the changes made offline and fetch what changed on the shared database")
        self.take_queue_action = QAction("Take my queue offline", self, triggered=self.take_queue_offline)
        self.conflicts_action = QAction("Sync conflicts…", self, triggered=self.show_conflicts)
        self.sync_button.setDefaultAction(self.sync_now_action)
        self.sync_menu = QMenu(self)
        self.sync_menu.addActions([self.sync_now_action, self.take_queue_action, self.conflicts_action])
        self.sync_button.setMenu(self.sync_menu)
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        for w in (self.state_label, self.waiting_label, self.last_label, self.progress, self.conflicts_button,
                  self.sync_button):
            lay.addWidget(w)

        self.timer = QTimer(self)
        self.timer.setInterval(probe_interval_ms)
        self.timer.timeout.connect(self.probe)
        self._run(self._open_cache, on_done=self._cache_opened)

    # --- background work -----------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any = None, on_error: Any = None, progress: bool = False) -> None:
        task = workers.run_task(fn, *args, on_done=on_done, on_error=on_error or self._failed,
                                on_progress=self._progress if progress else None, with_task=progress)
        self._tasks.append(task)
        task.signals.finished.connect(lambda *_: self._forget(task))
        task.signals.failed.connect(lambda *_: self._forget(task))

    def _forget(self, task: workers.Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def wait(self, timeout_ms: int = 30_000) -> None:
        for task in list(self._tasks):
            task.done.wait(timeout_ms / 1000)

    def _open_cache(self) -> sync.Cache:
        return sync.open_cache(self.cache_path)

    def _cache_opened(self, cache: sync.Cache) -> None:
        self.cache = cache
        self.timer.start()
        self.probe()

    def _failed(self, message: str, _trace: str = "") -> None:
        self._syncing = False
        self.progress.hide()
        log.warning("sync task failed: %s", message.splitlines()[0] if message else "")
        self.sync_failed.emit(message)
        self._refresh_status()
        self.probe()

    # --- state ---------------------------------------------------------------------------------

    def probe(self) -> None:
        if self._probing or self._syncing:
            return
        self._probing = True
        self._run(sync.probe, self.server_factory, on_done=self._probed,
                  on_error=lambda *_: self._probed(False))

    def _probed(self, reachable: bool) -> None:
        self._probing = False
        was = self.state
        if was == "unavailable":
            return
        if not reachable:
            self._set_state("offline")
        else:
            self._set_state("online")
            registered = self.cache is not None and self.cache.identity() is not None
            if was == "starting" and self.auto_checkout and self.context.actor.role == Role.COLLECTOR:
                self.take_queue_offline()  # a collector's queue goes into the cache on its own
            elif was == "offline" or (was == "starting" and registered):
                self.sync_now()  # reconnected (or started): send what was done offline, fetch what changed
        self._refresh_status()

    def _set_state(self, state: str) -> None:
        if state == self.state:
            return
        self.state = state
        if state == "offline" and self.cache is not None:
            self.context.session_factory = self.cache.session_factory
        elif state in ("online", "unavailable"):
            self.context.session_factory = self.server_factory
        self.state_changed.emit(state)
        self._render()

    def _refresh_status(self) -> None:
        if self.cache is None:
            return
        self._run(sync.status, self.cache, on_done=self._status_ready, on_error=lambda *_: None)

    def _status_ready(self, status: sync.CacheStatus) -> None:
        self._status = status
        self._render()

    def _render(self) -> None:
        texts = {
            "starting": ("Sync: starting…", ""),
            "online": ("● Online", "color: #1b7f3b;"),
            "offline": ("● Offline — working on the local cache", "color: #b3261e; font-weight: bold;"),
            "syncing": ("⟳ Syncing…", "color: #1a5fb4;"),
            "unavailable": ("Offline sync unavailable", "color: #6b6b6b;"),
        }
        text, style = texts.get(self.state, (self.state, ""))
        self.state_label.setText(text)
        self.state_label.setStyleSheet(style)
        st = self._status
        usable = self.state != "unavailable"
        self.waiting_label.setVisible(usable)
        self.last_label.setVisible(usable)
        self.state_label.setMinimumWidth(self.state_label.sizeHint().width())
        if st is not None:
            self.waiting_label.setText(f"{st.pending} change{'s' if st.pending != 1 else ''} waiting"
                                       + (f" · {st.held_accounts} account{'s' if st.held_accounts != 1 else ''} checked out"
                                          if st.held_accounts else ""))
            self.last_label.setText(f"Last sync: {_when(st.last_sync)}")
            self.conflicts_button.setText(f"⚠ {st.conflicts} conflict{'s' if st.conflicts != 1 else ''}")
            self.conflicts_button.setVisible(st.conflicts > 0)
        self.sync_now_action.setEnabled(self.state in ("online", "offline") and not self._syncing)
        self.take_queue_action.setEnabled(self.state == "online" and not self._syncing)

    # --- actions -------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self._syncing or self.cache is None:
            return
        self._syncing = True
        self._set_state("syncing")
        self.progress.setValue(0)
        self.progress.show()
        self._run(self._sync_task, on_done=self._synced, on_error=self._sync_error, progress=True)

    def _sync_task(self, task: workers.Task) -> sync.SyncReport:
        return sync.sync(self.cache, self.server_factory, self.context.actor, progress=task.report,
                         cancelled=task.cancelled)

    def take_queue_offline(self) -> None:
        if self._syncing or self.cache is None:
            return
        self._syncing = True
        self._set_state("syncing")
        self.progress.setValue(0)
        self.progress.show()
        self._run(self._checkout_task, on_done=self._synced, on_error=self._sync_error, progress=True)

    def _checkout_task(self, task: workers.Task) -> sync.SyncReport:
        actor = self.context.actor
        with self.server_factory() as s:
            q = sa.select(Account.id).where(Account.status == AccountStatus.OPEN)
            if actor.user_id is not None:
                q = q.where(Account.assigned_to == actor.user_id)
            ids = list(s.scalars(q.order_by(Account.priority_score.desc(), Account.id).limit(QUEUE_CHECKOUT_LIMIT)))
        return sync.checkout(self.cache, self.server_factory, actor, ids, progress=task.report)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.state_label.setText(f"⟳ Syncing… {int(100 * done / max(total, 1))}%")

    def _synced(self, report: sync.SyncReport) -> None:
        self._syncing = False
        self.progress.hide()
        self.last_report = report
        self._set_state("online")
        self.setToolTip(f"Last sync: {report.summary()}")
        self._refresh_status()
        self.synced.emit(report)

    def _sync_error(self, message: str, trace: str) -> None:
        self._syncing = False
        self.progress.hide()
        if "SyncUnsupported" in trace:
            self.timer.stop()
            self._set_state("unavailable")
            self.setToolTip(message)
        elif "OperationalError" in trace:
            self._set_state("offline")
        else:
            self._set_state("online")
        self._refresh_status()
        self.sync_failed.emit(message)

    def show_conflicts(self) -> ConflictDialog:
        dialog = ConflictDialog(self.context, self.server_factory, self.cache, self.state != "offline", self)
        dialog.resolved.connect(lambda: self._refresh_status())
        dialog.show()
        return dialog

    def shutdown(self) -> None:
        self.timer.stop()
        self.wait()
        if self.cache is not None:
            self.context.session_factory = self.server_factory
            self.cache.dispose()


class ConflictDialog(QDialog):
    """Every open conflict: what, my value, the shared value, why; the person picks which one stands."""

    resolved = Signal()
    COLUMNS = ("Record", "Field", "My value", "Shared value", "Why")
    REASONS = {
        "concurrent_edit": "changed on both sides",
        "lease_broken": "lease broken by a supervisor",
        "leased_elsewhere": "account held by another workstation",
        "rejected": "the shared database refused it",
        "missing_row": "record no longer exists",
        "deleted_edited": "deleted here, edited there",
    }

    ENTITIES = {
        "persons": "Person", "accounts": "Account", "phones": "Phone", "addresses": "Address", "emails": "Email",
        "notes": "Note", "contact_attempts": "Contact", "promises": "Promise", "instalments": "Instalment",
        "payments": "Payment", "balance_transactions": "Balance posting", "disputes": "Dispute",
        "dispute_notes": "Dispute note", "dispute_events": "Dispute event", "compliance_flags": "Flag",
        "consents": "Consent", "inconvenient_times": "Inconvenient time", "audit_events": "Audit entry",
        "clients": "Client", "account_parties": "Account party", "letters": "Letter",
    }

    def __init__(self, context: AppContext, server_factory: Any, cache: sync.Cache | None, online: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync conflicts")
        self.resize(820, 360)
        self.context, self.server_factory, self.cache, self.online = context, server_factory, cache, online
        self.conflicts: list[Any] = []
        self._tasks: list[workers.Task] = []
        lay = QVBoxLayout(self)
        self.intro = QLabel("These changes could not be merged automatically. Choose which value stands; "
                            "nothing is dropped until you decide.")
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton("Keep shared value")
        self.mine_button = QPushButton("Use my value")
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self.resolve("keep_server"))
        self.mine_button.clicked.connect(lambda: self.resolve("use_local"))
        lay.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()
        self.reload()

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(chosen and self.online)
        self.mine_button.setEnabled(chosen and self.online)
        if not self.online:
            self.keep_button.setToolTip("Conflicts are resolved on the shared database: reconnect first")

    def reload(self) -> None:
        factory = self.server_factory if self.online else (self.cache.session_factory if self.cache else None)
        if factory is None:
            return
        ws = self.cache.workstation_id if self.cache is not None else None
        task = workers.run_task(sync.open_conflicts, factory, ws, on_done=self._show,
                                on_error=lambda m, _t: self.intro.setText(f"Could not load the conflicts: {m}"))
        self._tasks.append(task)

    def _show(self, conflicts: list[Any]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            local = c.local_value if c.field is not None else self._describe_op(c.local_value)
            values = (f"{self.ENTITIES.get(c.entity, c.entity.replace('_', ' ').capitalize())} …{c.entity_id[-6:]}", c.field or "(whole change)", self._text(local),
                      self._text(c.server_value), self.REASONS.get(c.reason, c.reason))
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if conflicts:
            self.table.selectRow(0)
        self._enable()

    @staticmethod
    def _describe_op(payload: Any) -> str:
        if not isinstance(payload, dict):
            return ConflictDialog._text(payload)
        values = payload.get("values") or {}
        shown = {k: v for k, v in values.items() if k in ("text", "amount", "status", "action", "result_code",
                                                            "first_name", "last_name", "kind", "at")}
        return f"{payload.get('action', '?')} {payload.get('table', '')}: " + ", ".join(f"{k}={v}" for k, v in shown.items())

    @staticmethod
    def _text(value: Any) -> str:
        return "—" if value is None else str(value)

    def resolve(self, choice: str) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.conflicts[r].id for r in rows]
        if not ids:
            return
        self.keep_button.setEnabled(False)
        self.mine_button.setEnabled(False)

        def work() -> int:
            for conflict_id in ids:
                sync.resolve_conflict(self.server_factory, self.context.actor, conflict_id, choice, cache=self.cache)
            return len(ids)

        def done(_n: int) -> None:
            self.resolved.emit()
            self.reload()

        def failed(message: str, _trace: str) -> None:
            QMessageBox.warning(self, "Sync conflicts", message)
            self.reload()

        self._tasks.append(workers.run_task(work, on_done=done, on_error=failed))
