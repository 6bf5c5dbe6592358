"""The worker side of operations, and garbage collection on the GUI thread.

A `Task` runs ``fn(*args, **kwargs)`` on a pool thread; ``report(done, total)`` may be called from the worker
and arrives on the GUI thread as the ``progress`` signal; the result or the error arrives as ``finished`` or
``failed``. Widgets do not start tasks themselves: they go through `ui.ops` (query / write), which keeps each
task until it ends, drops late results, reports errors one way and broadcasts what changed.

An environment fault of the database (it stopped answering, or gave up waiting: `db.fault_kind`) arrives as
``failed`` with a plain message instead of the driver's text (`fault_of(message)` tells which); the screen
that asked keeps what the user entered and offers to try again. Anything else is a defect: its own message.
"""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from .. import db
from ..compliance.rulepack import RulePackError
from ..models import MoneyError
from ..services.context import PermissionDenied, ServiceError
from ..services.money.schedules import ScheduleError

log = logging.getLogger(__name__)


def fault_message(kind: str) -> str:
    """The plain message the window shows for a database fault (db.UNREACHABLE or db.BUSY), translated."""
    return QCoreApplication.translate("ccs", db.FAULT_MESSAGES[kind])


def fault_of(message: str) -> str | None:
    """db.UNREACHABLE or db.BUSY when a failed task's message is a database fault's plain message, else None."""
    for kind in db.FAULT_MESSAGES:
        if message == fault_message(kind):
            return kind
    return None


def describe_failure(exc: BaseException) -> str:
    """What a failed task says: the plain message of a database fault, else the exception's own message (a
    `db.DatabaseError` is already worded for the user: it names the database and what to do)."""
    if isinstance(exc, db.DatabaseError):
        return str(exc)
    kind = db.fault_kind(exc)
    if kind is not None:
        return fault_message(kind)
    return str(exc) or type(exc).__name__


# A service refusing bad input or a state that forbids the operation: the user is told; it is not a fault.
REFUSALS: tuple[type[BaseException], ...] = (ServiceError, PermissionDenied, MoneyError, ScheduleError, RulePackError)


def log_failure(fn: Callable[..., Any], exc: BaseException) -> None:
    """One line for an expected refusal (INFO; a refused permission WARNING), no traceback; the database's
    faults as a WARNING; anything else is a defect, logged with its traceback. The refusal's own message is not
    logged: it may name a consumer."""
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or type(fn).__name__
    fault = db.fault_kind(exc)
    if isinstance(exc, PermissionDenied):
        log.warning("%s refused: permission denied", name)
    elif isinstance(exc, REFUSALS):
        log.info("%s refused the input (%s)", name, type(exc).__name__)
    elif fault is not None:
        log.warning("background task: the database %s (%s)", fault, type(exc).__name__)
    else:
        log.error("background task failed", exc_info=exc)


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # message, traceback


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, with_task: bool = False, **kwargs: Any) -> None:
        """With `with_task`, fn gets this task as `task=` to report progress and see a cancel."""
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.takes_task = with_task
        if with_task:
            self._kwargs["task"] = self
        self._cancel = threading.Event()
        self.done = threading.Event()
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # the GUI shows it; nothing is swallowed
            log_failure(self._fn, exc)
            self.error = exc
            self.signals.failed.emit(describe_failure(exc), traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


def wait_all(timeout_ms: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def collect_garbage_on_gui_thread(parent: QObject, interval_ms: int = 1000) -> QTimer:
    """Python's cycle collector runs in whichever thread's allocation happens to trigger it, a worker's included.
    A Qt object freed there (a closed dialog's wrapper caught in a reference cycle) takes the process down. So
    automatic collection is turned off and the GUI thread collects instead, on a timer, the generations that
    automatic collection would have collected by now (Anki collects on its main thread for the same reason)."""
    gc.disable()
    timer = parent.findChild(QTimer, "gui-thread-gc")
    if timer is not None:
        return timer
    timer = QTimer(parent)
    timer.setObjectName("gui-thread-gc")
    timer.timeout.connect(_collect_due_generations)
    timer.start(interval_ms)
    return timer


def _collect_due_generations() -> None:
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in (2, 1, 0) if counts[generation] >= thresholds[generation]]
    if due:
        gc.collect(due[0])
