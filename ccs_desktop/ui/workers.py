"""Running database, PDF and import work off the GUI thread.

`run_task(fn, ...)` runs ``fn(report)`` on the global QThreadPool; ``report(done, total)`` may be
called from the worker and arrives on the GUI thread as the ``progress`` signal. The result or the
error arrives as ``finished`` or ``failed``. Keep the returned Task until it ends.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


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
        if with_task:
            self._kwargs["task"] = self
        self._cancel = threading.Event()
        self.done = threading.Event()

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
            log.exception("background task failed")
            self.signals.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


_running: set[Task] = set()


def run_task(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[str, str], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None, with_task: bool = False,
             **kwargs: Any) -> Task:
    task = Task(fn, *args, with_task=with_task, **kwargs)
    _running.add(task)
    if on_progress:
        task.signals.progress.connect(on_progress)
    if on_done:
        task.signals.finished.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda *_a: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(timeout_ms: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
