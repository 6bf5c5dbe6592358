"""Offline work in the window: a status-bar widget (online / offline / syncing, changes waiting, last sync),
"Sync now", "Take my queue offline", and the dialog where a person resolves sync conflicts.

The widget probes the shared database in the background; when it is out of reach the widget says so and
points the AppContext at the local cache (``context.session_factory`` becomes the cache's, whose sessions
write the outbox), and when it comes back it syncs and points the context back. All database work runs
through ui.ops; nothing here blocks the GUI thread. A sync that brought rows in goes out as the context's
changes, so the queue and the workspace show them.

The cache file is encrypted (sync/vault.py). Its key is in the OS keyring; on a computer without one the
widget asks for the cache's passphrase (`CachePassphraseDialog`) before it opens the cache, and a wrong
passphrase changes nothing and asks again. A lock file keeps a second window from opening the same cache.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLockFile, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLayout, QLineEdit,
    QMenu, QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from .. import db, paths, sync
from ..sync import vault
from ..models.enums import Role
from ..services.context import Changes
from . import ops, workers
from .context import AppContext
from .i18n import t

log = logging.getLogger(__name__)

PROBE_INTERVAL_MS = 30_000
QUEUE_CHECKOUT_LIMIT = sync.QUEUE_CHECKOUT_LIMIT
# What the widget handles itself (it says "offline", asks for the passphrase...): not defects.
SYNC_FAULTS = (sync.SyncUnsupported, vault.CacheKeyError, vault.PassphraseNeeded, vault.CacheBusy,
               sync.AccountLeased)


def default_cache_path() -> Path:
    return paths.data_dir() / "offline-cache.ccs"


def legacy_cache_path() -> Path:
    """Where earlier versions kept the cache as a plain SQLite file (moved into the encrypted one on open)."""
    return paths.data_dir() / "offline-cache.sqlite3"


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return t(QT_TRANSLATE_NOOP("ccs", "never"))
    local = value.astimezone()
    today = dt.datetime.now(dt.timezone.utc).astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


class SyncStatusWidget(QWidget):
    """Lives in the main window's status bar."""

    state_changed = Signal(str)        # "online", "offline", "syncing", "unavailable", "locked"
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
        self.legacy_path = None if cache_path else legacy_cache_path()
        self.cache: sync.Cache | None = None
        self.passphrase_dialog: CachePassphraseDialog | None = None
        self._lock = QLockFile(str(self.cache_path) + ".lock")
        self.state = "starting"
        self.last_report: sync.SyncReport | None = None
        self._status: sync.CacheStatus | None = None
        self._syncing = False
        self._probing = False
        self.auto_checkout = auto_checkout

        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(8)
        self.state_label = QLabel(self.tr("Sync: starting…"))
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

        self.sync_now_action = QAction(self.tr("Sync now"), self, triggered=self.sync_now)
        self.sync_now_action.setToolTip(
            self.tr("Send the changes made offline and fetch what changed on the shared database"))
        self.take_queue_action = QAction(self.tr("Take my queue offline"), self, triggered=self.take_queue_offline)
        self.conflicts_action = QAction(self.tr("Sync conflicts…"), self, triggered=self.show_conflicts)
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
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0):
            self._set_state("unavailable")
            self.setToolTip(self.tr("The offline cache is open in another CCS Desktop window; offline work happens "
                                    "there."))
        elif vault.file_kind_or_none(self.cache_path) == "P" or not _keyring_available():
            self.ask_passphrase()
        else:
            self._open(None)

    # --- background work -----------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any = None, on_error: Any = None, progress: bool = False,
             write: bool = False) -> None:
        """Through ui.ops; a sync (`write`) broadcasts what it brought in on the context."""
        options = dict(on_done=on_done, on_error=on_error or self._failed, expected=SYNC_FAULTS,
                       on_progress=self._progress if progress else None, with_task=progress)
        if write:
            self.context.write(self, fn, *args, **options)
        else:
            self.context.query(self, fn, *args, **options)

    def wait(self, timeout_ms: int = 30_000) -> None:
        ops.wait(self, timeout_ms)

    def _open(self, passphrase: str | None) -> None:
        self._run(self._open_cache, passphrase, on_done=self._cache_opened, on_error=self._cache_failed)

    def _open_cache(self, passphrase: str | None) -> sync.Cache:
        return sync.open_cache(self.cache_path, workstation=self.context.actor.workstation, passphrase=passphrase,
                               legacy=self.legacy_path)

    def _cache_opened(self, cache: sync.Cache) -> None:
        self.cache = cache
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.accept()
            self.passphrase_dialog = None
        if self.state == "locked":
            self.state = "starting"
        self.timer.start()
        self.probe()

    def _cache_failed(self, message: str, trace: str) -> None:
        if "PassphraseNeeded" in trace or "NoKeyring" in trace:
            self.ask_passphrase()
        elif "CacheKeyError" in trace and self.passphrase_dialog is not None:
            self.passphrase_dialog.refused(self.tr("That passphrase does not open the offline cache. Nothing was "
                                                   "changed: try again."))
        else:
            self._locked(self.tr("The offline cache could not be opened: {message}").format(message=message))

    def ask_passphrase(self) -> None:
        """The cache's passphrase (no keyring on this computer): a new one is typed twice."""
        if self.passphrase_dialog is None:
            new = vault.file_kind_or_none(self.cache_path) is None
            self.passphrase_dialog = CachePassphraseDialog(new, self)
            self.passphrase_dialog.chosen.connect(self._open)
            self.passphrase_dialog.rejected.connect(
                lambda: self._locked(self.tr("The offline cache stays locked: offline work is off until you unlock "
                                             "it.")))
        self.passphrase_dialog.open()

    def _locked(self, why: str) -> None:
        self.passphrase_dialog = None
        self._set_state("locked")
        self.setToolTip(why)

    def _failed(self, message: str, _trace: str = "") -> None:
        self._syncing = False
        self.progress.hide()
        log.warning("sync task failed (its error is logged just before, scrubbed)")
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
        if was in ("unavailable", "locked"):
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
        elif state in ("online", "unavailable", "locked"):
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
            "starting": (self.tr("Sync: starting…"), ""),
            "online": (self.tr("● Online"), "color: #1b7f3b;"),
            "offline": (self.tr("● Offline — working on the local cache"), "color: #b3261e; font-weight: bold;"),
            "syncing": (self.tr("⟳ Syncing…"), "color: #1a5fb4;"),
            "unavailable": (self.tr("Offline sync unavailable"), "color: #6b6b6b;"),
            "locked": (self.tr("Offline cache locked"), "color: #6b6b6b;"),
        }
        text, style = texts.get(self.state, (self.state, ""))
        self.state_label.setText(text)
        self.state_label.setStyleSheet(style)
        st = self._status
        usable = self.state not in ("unavailable", "locked")
        self.waiting_label.setVisible(usable)
        self.last_label.setVisible(usable)
        self.state_label.setMinimumWidth(self.state_label.sizeHint().width())
        if st is not None:
            self.waiting_label.setText(self.tr("%n change(s) waiting", "", st.pending)
                                       + (" · " + self.tr("%n account(s) checked out", "", st.held_accounts)
                                          if st.held_accounts else ""))
            self.last_label.setText(self.tr("Last sync: {when}").format(when=_when(st.last_sync)))
            self.conflicts_button.setText("⚠ " + self.tr("%n conflict(s)", "", st.conflicts))
            self.conflicts_button.setVisible(st.conflicts > 0)
        locked = self.state == "locked"
        self.sync_now_action.setText(self.tr("Unlock…") if locked else self.tr("Sync now"))
        self.sync_now_action.setToolTip(
            self.tr("Type the offline cache's passphrase") if locked else
            self.tr("Send the changes made offline and fetch what changed on the shared database"))
        self.sync_now_action.setEnabled(self.state in ("online", "offline", "locked") and not self._syncing)
        self.take_queue_action.setEnabled(self.state == "online" and not self._syncing)

    # --- actions -------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.state == "locked":
            self.ask_passphrase()
            return
        if self._syncing or self.cache is None:
            return
        self._syncing = True
        self._set_state("syncing")
        self.progress.setValue(0)
        self.progress.show()
        self._run(self._sync_task, on_done=self._synced, on_error=self._sync_error, progress=True, write=True)

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
        self._run(self._checkout_task, on_done=self._synced, on_error=self._sync_error, progress=True, write=True)

    def _checkout_task(self, task: workers.Task) -> sync.SyncReport:
        return sync.checkout_queue(self.cache, self.server_factory, self.context.actor, QUEUE_CHECKOUT_LIMIT,
                                   progress=task.report)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.state_label.setText(self.tr("⟳ Syncing… {percent}%").format(percent=int(100 * done / max(total, 1))))

    def _synced(self, report: sync.SyncReport) -> None:
        self._syncing = False
        self.progress.hide()
        self.last_report = report
        self._set_state("online")
        self.setToolTip(self.tr("Last sync: {when}").format(when=report.summary()))
        self._refresh_status()
        self.synced.emit(report)

    def _sync_error(self, message: str, trace: str) -> None:
        self._syncing = False
        self.progress.hide()
        if "SyncUnsupported" in trace:
            self.timer.stop()
            self._set_state("unavailable")
            self.setToolTip(message)
        elif workers.fault_of(message) == db.UNREACHABLE or "OperationalError" in trace:
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
            self.cache = None
        self._lock.unlock()


def _keyring_available() -> bool:
    from .. import config

    return config.keyring_available()


class CachePassphraseDialog(QDialog):
    """Asks for the offline cache's passphrase; a new passphrase is typed twice. Stays open (and says why)
    until a passphrase opens the cache or the person cancels."""

    chosen = Signal(str)
    MIN_LENGTH = 8

    def __init__(self, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Unlock the offline cache"))
        self.setModal(True)
        lay = QVBoxLayout(self)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows when the reason is shown
        intro = QLabel(
            self.tr("This computer has no keyring to keep the offline cache's key. Choose a passphrase for the "
                    "offline cache: you will type it each time CCS Desktop starts. It is stored nowhere; if it is "
                    "forgotten, changes not yet synced are lost.") if new else
            self.tr("The offline cache on this computer is locked with a passphrase. Type it to work offline."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(400)
        lay.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("cachePassphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("cachePassphraseConfirm")
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("Type it again:"), self.confirm)
        lay.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("cachePassphraseError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _submit(self) -> None:
        text = self.passphrase.text()
        if self.new and len(text) < self.MIN_LENGTH:
            self.refused(self.tr("Use at least {n} characters.").format(n=self.MIN_LENGTH))
            return
        if self.new and text != self.confirm.text():
            self.refused(self.tr("The two passphrases are not the same."))
            return
        if not text:
            self.refused(self.tr("Type the passphrase."))
            return
        self.error.hide()
        self.ok_button.setEnabled(False)
        self.ok_button.setText(self.tr("Unlocking…"))
        self.chosen.emit(text)

    def refused(self, why: str) -> None:
        """Keep the dialog open with the reason; the typed passphrase is cleared."""
        self.error.setText(why)
        self.error.show()
        self.adjustSize()
        self.passphrase.clear()
        self.confirm.clear()
        self.passphrase.setFocus()
        self.ok_button.setEnabled(True)
        self.ok_button.setText(self.tr("Unlock"))


class ConflictDialog(QDialog):
    """Every open conflict: what, my value, the shared value, why; the person picks which one stands."""

    resolved = Signal()
    COLUMNS = (QT_TRANSLATE_NOOP("ccs", "Record"), QT_TRANSLATE_NOOP("ccs", "Field"),
               QT_TRANSLATE_NOOP("ccs", "My value"), QT_TRANSLATE_NOOP("ccs", "Shared value"), QT_TRANSLATE_NOOP("ccs", "Why"))
    REASONS = {
        "concurrent_edit": QT_TRANSLATE_NOOP("ccs", "changed on both sides"),
        "lease_broken": QT_TRANSLATE_NOOP("ccs", "lease broken by a supervisor"),
        "leased_elsewhere": QT_TRANSLATE_NOOP("ccs", "account held by another workstation"),
        "rejected": QT_TRANSLATE_NOOP("ccs", "the shared database refused it"),
        "missing_row": QT_TRANSLATE_NOOP("ccs", "record no longer exists"),
        "deleted_edited": QT_TRANSLATE_NOOP("ccs", "deleted here, edited there"),
    }

    ENTITIES = {
        "persons": QT_TRANSLATE_NOOP("ccs", "Person"), "accounts": QT_TRANSLATE_NOOP("ccs", "Account"),
        "phones": QT_TRANSLATE_NOOP("ccs", "Phone"), "addresses": QT_TRANSLATE_NOOP("ccs", "Address"),
        "emails": QT_TRANSLATE_NOOP("ccs", "Email"), "notes": QT_TRANSLATE_NOOP("ccs", "Note"),
        "contact_attempts": QT_TRANSLATE_NOOP("ccs", "Contact"), "promises": QT_TRANSLATE_NOOP("ccs", "Promise"),
        "instalments": QT_TRANSLATE_NOOP("ccs", "Instalment"), "payments": QT_TRANSLATE_NOOP("ccs", "Payment"),
        "balance_transactions": QT_TRANSLATE_NOOP("ccs", "Balance posting"),
        "disputes": QT_TRANSLATE_NOOP("ccs", "Dispute"), "dispute_notes": QT_TRANSLATE_NOOP("ccs", "Dispute note"),
        "dispute_events": QT_TRANSLATE_NOOP("ccs", "Dispute event"),
        "compliance_flags": QT_TRANSLATE_NOOP("ccs", "Flag"), "consents": QT_TRANSLATE_NOOP("ccs", "Consent"),
        "bankruptcies": QT_TRANSLATE_NOOP("ccs", "Bankruptcy"), "deceased_records": QT_TRANSLATE_NOOP("ccs", "Deceased"),
        "attorney_representations": QT_TRANSLATE_NOOP("ccs", "Attorney"),
        "cease_requests": QT_TRANSLATE_NOOP("ccs", "Cease request"),
        "complaints": QT_TRANSLATE_NOOP("ccs", "Complaint"), "hardships": QT_TRANSLATE_NOOP("ccs", "Hardship"),
        "inconvenient_times": QT_TRANSLATE_NOOP("ccs", "Inconvenient time"),
        "audit_events": QT_TRANSLATE_NOOP("ccs", "Audit entry"), "clients": QT_TRANSLATE_NOOP("ccs", "Client"),
        "account_parties": QT_TRANSLATE_NOOP("ccs", "Account party"), "letters": QT_TRANSLATE_NOOP("ccs", "Letter"),
    }

    def __init__(self, context: AppContext, server_factory: Any, cache: sync.Cache | None, online: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(820, 360)
        self.context, self.server_factory, self.cache, self.online = context, server_factory, cache, online
        self.conflicts: list[Any] = []
        lay = QVBoxLayout(self)
        self.intro = QLabel(self.tr("These changes could not be merged automatically. Choose which value stands; "
                                    "nothing is dropped until you decide."))
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([t(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("Keep shared value"))
        self.mine_button = QPushButton(self.tr("Use my value"))
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
            self.keep_button.setToolTip(self.tr("Conflicts are resolved on the shared database: reconnect first"))

    def reload(self) -> None:
        factory = self.server_factory if self.online else (self.cache.session_factory if self.cache else None)
        if factory is None:
            return
        ws = self.cache.workstation_id if self.cache is not None else None
        self.context.query(self, sync.open_conflicts, factory, ws, key="load", on_done=self._show,
                           on_error=lambda m, _t: self.intro.setText(
                               self.tr("Could not load the conflicts: {message}").format(message=m)))

    def _show(self, conflicts: list[Any]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            local = c.local_value if c.field is not None else self._describe_op(c.local_value)
            entity = (t(self.ENTITIES[c.entity]) if c.entity in self.ENTITIES
                      else c.entity.replace("_", " ").capitalize())
            values = (f"{entity} …{c.entity_id[-6:]}", c.field or self.tr("(whole change)"), self._text(local),
                      self._text(c.server_value), t(self.REASONS[c.reason]) if c.reason in self.REASONS else c.reason)
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
        if not isinstance(values, dict):
            values = {}
        # Every field the change sets is shown (bookkeeping aside): what "Use mine" would write is never hidden.
        shown = {k: v for k, v in values.items() if k not in ("id", "server_seq", "row_version", "created_at",
                                                             "updated_at")}
        text = ", ".join(f"{k}={v}" for k, v in shown.items())
        if len(text) > 300:
            text = text[:300] + "…"
        return f"{payload.get('action', '?')} {payload.get('table', '')}: " + text

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
            QMessageBox.warning(self, self.tr("Sync conflicts"), message)
            self.reload()

        # The value chosen can be any account's (a phone, a flag, a promise): account lists reload.
        self.context.write(self, work, changes=Changes(all_accounts=True), on_done=done, on_error=failed)
