"""The one way from the UI to the services: operations run off the GUI thread (Anki's CollectionOp/QueryOp,
Picard's run_task).

    ops.query(owner, fn, *args, on_done=..., key=...)                 a read for a screen
    ops.write(context, owner, fn, *args, on_done=..., changes=...)    a change; what changed goes out on
                                                                      ``context.changed``

Every operation:

- runs ``fn(*args, **kwargs)`` on the global thread pool (with ``with_task=True`` it also gets ``task=``, to
  report progress and see a cancel) and is kept in one registry until its result is back on the GUI thread;
  the registry shrinks as operations end (``running()``);
- drops a result whose screen has moved on: the callbacks go to the ``owner`` (a widget or any QObject), and
  are not called when the owner was destroyed meanwhile, when its window was closed since the operation
  started (hidden), or when a newer operation of the same owner with the same ``key`` started (it supersedes
  this one and the older one is told to cancel);
- shows errors one way (``report_failure``): a message meant for the user (ServiceError, PermissionDenied,
  bad input, an environment fault such as the database out of reach) goes to ``on_error(message, trace)``, or
  when there is none, to the owner's window; a defect also opens the crash dialog (ui/crash.py);
- with a ``progress`` label, shows progress when the work takes more than a second (the status bar of a main
  window, else a small progress window; ``report(done, total)`` from the worker moves it);
- for a write, broadcasts the ``Changes`` the service returned (``services.context.changes_of``, or the
  ``changes`` given) on the context's one ``changed`` signal, even when the owner has gone: the queue, the
  workspace, the calendar and the other screens refresh from that signal, never from each other.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QProgressDialog, QWidget

from .. import db
from ..config import ConfigError
from ..services.context import Changes, changes_of
from .crash import show_crash
from .workers import REFUSALS, Task

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 1000
# Operations mostly wait on the database or the disk, not the CPU: a slow one (an import, a sync, a dead server's
# connect timeout) must not hold up the screens' reads, so the pool has more threads than the machine has cores.
MIN_THREADS = 8

Done = Callable[[Any], None]
Failed = Callable[[str, str], None]
Progress = Callable[[int, int], None]
ChangesOf = Changes | Callable[[Any], Changes] | None

# Errors whose message is meant for the user: refused input, a refused permission, a fault of the environment.
# Anything else is a defect and opens the crash dialog as well.
EXPECTED: tuple[type[BaseException], ...] = (*REFUSALS, ConfigError, OSError)


@dataclasses.dataclass(frozen=True)
class Failure:
    """A failed operation, as `report_failure` sees it."""

    message: str                  # for the user
    trace: str                    # for the log and the crash dialog
    error: BaseException | None   # what was raised
    expected: bool                # a message for the user; False: a defect


def is_expected(error: BaseException | None, also: tuple[type[BaseException], ...] = ()) -> bool:
    if error is None:
        return False
    return isinstance(error, EXPECTED + also) or db.is_environment_fault(error)


def report_failure(owner: QObject | None, failure: Failure, on_error: Failed | None) -> None:
    """How a failed operation reaches the user, for every operation (extend here, not in the widgets).

    The caller's `on_error(message, trace)` shows the message where the user is looking (and keeps what they
    typed); without one, the message goes to the owner's window. A defect is logged and opens the crash dialog
    too, with the details; the caller's handler still runs, so the screen gets back to a usable state."""
    if not failure.expected:  # the task logged it with its traceback
        window = owner.window() if isinstance(owner, QWidget) and shiboken6.isValid(owner) else None
        _keep(show_crash(failure.message, failure.trace, window))
    if on_error is not None:
        on_error(failure.message, failure.trace)
    elif failure.expected:
        show_message(owner, failure.message)


def show_message(owner: QObject | None, message: str) -> None:
    """A plain message for the user: the status bar of the owner's main window, else a message box."""
    window = owner.window() if isinstance(owner, QWidget) and shiboken6.isValid(owner) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10_000)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "CCS Desktop", message, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("operationMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    _keep(box)


_shown: collections.deque[QWidget] = collections.deque(maxlen=16)


def _keep(widget: QWidget) -> None:
    """A parentless dialog lives while it is shown (a few at most are kept)."""
    if widget.parent() is None:
        _shown.append(widget)


# --- the registry -----------------------------------------------------------------------------------------

_running: dict[Task, _Op] = {}
_latest: dict[tuple[int, str], _Op] = {}
# Ended operations are let go a while later, on the GUI thread, so their worker has surely returned from run()
# and the last reference to a task is never dropped on a worker thread.
_ended: collections.deque[_Op] = collections.deque(maxlen=64)


def running(owner: QObject | None = None) -> list[Task]:
    """The operations not yet ended (of one owner, or all)."""
    return [task for task, op in _running.items() if owner is None or op.owner is owner]


def wait(owner: QObject | None = None, timeout_ms: int = 30_000) -> None:
    """Wait (blocking) for the running operations of an owner, or all, to finish their work."""
    for task in running(owner):
        task.done.wait(timeout_ms / 1000)


def wait_all(timeout_ms: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Op(QObject):
    """One running operation: its task, where its result goes, and its progress display."""

    def __init__(self, owner: QObject, task: Task, *, on_done: Done | None, on_error: Failed | None,
                 on_progress: Progress | None, key: str | None, progress: str | None,
                 broadcast: Any, changes: ChangesOf, expected: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.owner, self.task = owner, task
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.key = (id(owner), key) if key is not None else None
        self.broadcast, self.changes, self.expected = broadcast, changes, expected
        self.superseded = False
        self.ended = False
        window = owner.window() if isinstance(owner, QWidget) else None
        self.window_was_shown = window is not None and window.isVisible()
        self.progress_label = progress
        self.progress_view: _ProgressView | None = None
        self.last_progress: tuple[int, int] | None = None
        if progress is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_progress)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)

    # --- whether the screen still wants the result ---

    def owner_gone(self) -> bool:
        if not shiboken6.isValid(self.owner):
            return True
        if isinstance(self.owner, QWidget) and self.window_was_shown and not self.owner.window().isVisible():
            return True  # its window was closed since the operation started
        return False

    def wanted(self) -> bool:
        return not self.superseded and not self.owner_gone()

    # --- results (GUI thread) ---

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        if self.ended or not self.wanted():
            return
        if self.progress_view is not None:
            self.progress_view.set_value(done, total)
        if self.on_progress is not None:
            self.on_progress(done, total)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._end()
        if self.broadcast is not None:
            changes = self._changes_of(result)
            if changes:
                self.broadcast.emit(changes, self.owner if shiboken6.isValid(self.owner) else None)
        if self.wanted() and self.on_done is not None:
            self.on_done(result)
        self._release()

    @Slot(str, str)
    def _failed(self, message: str, trace: str) -> None:
        self._end()
        error = getattr(self.task, "error", None)
        failure = Failure(message, trace, error, is_expected(error, self.expected))
        if self.wanted():
            report_failure(self.owner, failure, self.on_error)
        self._release()

    def _release(self) -> None:
        """Let go of the screen and its callbacks now; the task itself is let go later (`_ended`)."""
        self.on_done = self.on_error = self.on_progress = None
        self.changes = self.broadcast = None
        self.owner = None  # type: ignore[assignment]

    def _changes_of(self, result: Any) -> Changes:
        if self.changes is None:
            return changes_of(result)
        if isinstance(self.changes, Changes):
            return self.changes | changes_of(result)
        return self.changes(result)

    def _end(self) -> None:
        self.ended = True
        _running.pop(self.task, None)
        if self.key is not None and _latest.get(self.key) is self:
            del _latest[self.key]
        if self.progress_view is not None:
            self.progress_view.close()
            self.progress_view = None
        _ended.append(self)

    # --- progress ---

    def _show_progress(self) -> None:
        if self.ended or not self.wanted() or self.progress_label is None:
            return
        cancel = self.task.cancel if self.task.takes_task else None
        self.progress_view = _ProgressView(self.owner, self.progress_label, cancel)
        if self.last_progress is not None:
            self.progress_view.set_value(*self.last_progress)


class _ProgressView:
    """Progress of one operation: in the status bar of a main window, else in a small progress window."""

    def __init__(self, owner: QObject, label: str, cancel: Callable[[], None] | None) -> None:
        window = owner.window() if isinstance(owner, QWidget) else None
        self.bar: QProgressBar | None = None
        self.text: QLabel | None = None
        self.dialog: QProgressDialog | None = None
        self.window = window
        if isinstance(window, QMainWindow):
            self.text = QLabel(label)
            self.text.setObjectName("operationProgressLabel")
            self.bar = QProgressBar()
            self.bar.setObjectName("operationProgress")
            self.bar.setRange(0, 0)
            self.bar.setMaximumWidth(160)
            window.statusBar().addWidget(self.text)
            window.statusBar().addWidget(self.bar)
            self.text.show()
            self.bar.show()
        else:
            self.dialog = QProgressDialog(label, "Cancel" if cancel else "", 0, 0, window)
            self.dialog.setObjectName("operationProgress")
            if cancel is None:
                self.dialog.setCancelButton(None)
            else:
                self.dialog.canceled.connect(cancel)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.show()

    def set_value(self, done: int, total: int) -> None:
        target = self.bar if self.bar is not None else self.dialog
        if target is not None and shiboken6.isValid(target):
            target.setRange(0, max(total, 0))
            target.setValue(min(done, total) if total > 0 else 0)

    def close(self) -> None:
        for widget in (self.text, self.bar):
            if widget is not None and shiboken6.isValid(widget):
                if isinstance(self.window, QMainWindow) and shiboken6.isValid(self.window):
                    self.window.statusBar().removeWidget(widget)
                widget.deleteLater()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()


# --- starting operations -------------------------------------------------------------------------------------


def run(owner: QObject, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
        on_error: Failed | None = None, on_progress: Progress | None = None, key: str | None = None,
        progress: str | None = None, with_task: bool = False, broadcast: Any = None, changes: ChangesOf = None,
        expected: tuple[type[BaseException], ...] = (), **kwargs: Any) -> Task:
    """Start an operation (see the module docstring); `query` and `write` are the usual ways in."""
    if owner is None:
        raise TypeError("an operation needs an owner: the widget (or object) its result is for")
    task = Task(fn, *args, with_task=with_task, **kwargs)
    op = _Op(owner, task, on_done=on_done, on_error=on_error, on_progress=on_progress, key=key, progress=progress,
             broadcast=broadcast, changes=changes, expected=expected)
    if op.key is not None:
        older = _latest.get(op.key)
        if older is not None:
            older.superseded = True
            older.task.cancel()
        _latest[op.key] = op
    _running[task] = op
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_THREADS:
        pool.setMaxThreadCount(MIN_THREADS)
    pool.start(task)
    return task


def query(owner: QObject, fn: Callable[..., Any], *args: Any, **options: Any) -> Task:
    """Read for a screen: the result goes to `on_done` while the screen still wants it; nothing is broadcast."""
    return run(owner, fn, *args, **options)


def write(context: Any, owner: QObject, fn: Callable[..., Any], *args: Any, changes: ChangesOf = None,
          **options: Any) -> Task:
    """Change something: what changed (the result's, joined with `changes` when that is a Changes value, or
    `changes(result)` when it is a function) goes out on `context.changed` as (Changes, owner) before the
    owner's `on_done`, whether or not the owner still wants the result."""
    root = getattr(context, "root", context)  # a window's context for another user shares its root's signal
    return run(owner, fn, *args, broadcast=root.changed, changes=changes, **options)
