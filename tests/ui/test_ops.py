"""The operation runner (ui/ops.py): the one way from the UI to the services."""

from __future__ import annotations

import logging
import threading
import uuid

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QMainWindow, QMessageBox, QProgressBar, QProgressDialog, QPushButton, QWidget,
)

from ccs_desktop import db
from ccs_desktop.services.context import SYSTEM, Changes, PermissionDenied, ServiceError
from ccs_desktop.ui import ops
from ccs_desktop.ui.context import AppContext


def held(gate: threading.Event, value: object = None):
    """Work that ends when the gate opens (a slow database)."""
    def work() -> object:
        gate.wait(20)
        return value
    return work


def shown(kind: type, name: str) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.objectName() == name
            and w.isVisible()]


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def no_dialogs_left():
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() in ("crashDialog", "operationMessage", "operationProgress"):
            widget.close()


def test_the_registry_keeps_operations_until_they_end_and_then_lets_them_go(qtbot, owner):
    gate = threading.Event()
    results: list[int] = []
    tasks = [ops.query(owner, held(gate, n), on_done=results.append) for n in range(5)]
    assert ops.running(owner) == tasks  # kept, though the caller kept nothing
    assert set(tasks) <= set(ops.running())
    gate.set()
    qtbot.waitUntil(lambda: sorted(results) == [0, 1, 2, 3, 4], timeout=10000)
    assert ops.running(owner) == []
    # A failed operation leaves the registry too.
    ops.query(owner, lambda: 1 / 0, on_error=lambda *_: None)
    qtbot.waitUntil(lambda: ops.running(owner) == [], timeout=10000)
    qtbot.waitUntil(lambda: shown(QDialog, "crashDialog") != [], timeout=5000)
    shown(QDialog, "crashDialog")[0].close()


def test_a_newer_operation_with_the_same_key_supersedes_the_older(qtbot, owner):
    gate = threading.Event()
    got: list[str] = []
    first = ops.query(owner, held(gate, "first"), key="load", on_done=got.append)
    other_owner = QWidget()
    qtbot.addWidget(other_owner)
    elsewhere = ops.query(other_owner, lambda: "elsewhere", key="load", on_done=got.append)
    second = ops.query(owner, lambda: "second", key="load", on_done=got.append)
    assert first.cancelled() and not second.cancelled() and not elsewhere.cancelled()
    qtbot.waitUntil(lambda: sorted(got) == ["elsewhere", "second"], timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: ops.running(owner) == [] and ops.running(other_owner) == [], timeout=10000)
    qtbot.wait(50)
    assert sorted(got) == ["elsewhere", "second"]  # the first arrived late and was dropped


def test_an_owner_destroyed_or_closed_meanwhile_gets_no_callback(qtbot):
    gate = threading.Event()
    got: list[str] = []
    closed = QDialog()
    qtbot.addWidget(closed)
    closed.show()
    ops.query(closed, held(gate, "closed"), on_done=got.append)
    closed.close()
    destroyed = QWidget()
    ops.query(destroyed, held(gate, "destroyed"), on_done=got.append, on_error=lambda *_: got.append("error"))
    shiboken6.delete(destroyed)
    never_shown = QWidget()  # a screen still being built: its data is wanted
    qtbot.addWidget(never_shown)
    ops.query(never_shown, held(gate, "building"), on_done=got.append)
    gate.set()
    qtbot.waitUntil(lambda: ops.running() == [], timeout=10000)
    qtbot.wait(50)
    assert got == ["building"]


def test_a_write_broadcasts_its_changes_once_even_when_its_screen_has_gone(qtbot):
    account = uuid.uuid4()
    context = AppContext(None, SYSTEM, "test")  # type: ignore[arg-type]
    other = context.for_actor(SYSTEM)            # a second window of the same app (the supervisor workspace)
    heard: list[tuple[Changes, object]] = []
    other.changed.connect(lambda changes, by: heard.append((changes, by)))
    done: list[object] = []
    gate = threading.Event()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    context.write(dialog, held(gate, Changes.for_accounts([account])), on_done=done.append)
    dialog.close()
    gate.set()
    qtbot.waitUntil(lambda: heard != [], timeout=10000)
    assert heard == [(Changes(accounts=frozenset({account})), dialog)] and done == []
    # A read broadcasts nothing, whatever it returns; a write that changed nothing neither.
    context.query(dialog, lambda: Changes(all_accounts=True))
    context.write(dialog, lambda: None)
    qtbot.waitUntil(lambda: ops.running() == [], timeout=10000)
    qtbot.wait(50)
    assert len(heard) == 1


def test_errors_reach_the_user_one_way(qtbot, owner, no_dialogs_left):
    said: list[str] = []
    # Refused input: a plain message where the screen shows it, no crash dialog.
    ops.query(owner, _raise(ServiceError("That balance is not an amount.")), on_error=lambda m, _t: said.append(m))
    qtbot.waitUntil(lambda: said == ["That balance is not an amount."], timeout=10000)
    # An environment fault (the database out of reach) is a message too.
    ops.query(owner, _raise(db.DatabaseError("Cannot reach the database")), on_error=lambda m, _t: said.append(m))
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10000)
    assert shown(QDialog, "crashDialog") == []
    # Without a handler: the message goes to the owner's main window status bar...
    window = QMainWindow()
    qtbot.addWidget(window)
    inside = QWidget()
    window.setCentralWidget(inside)
    window.show()
    ops.query(inside, _raise(PermissionDenied("cole may not approve promises")))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "cole may not approve promises", timeout=10000)
    # ...or, elsewhere, to a message box.
    ops.query(owner, _raise(PermissionDenied("cole may not list users")))
    qtbot.waitUntil(lambda: shown(QMessageBox, "operationMessage") != [], timeout=10000)
    assert shown(QMessageBox, "operationMessage")[0].text() == "cole may not list users"
    assert shown(QDialog, "crashDialog") == []
    # A defect: the crash dialog with the details, and the screen's handler still runs to get back on its feet.
    ops.query(owner, _raise(KeyError("phone_id")), on_error=lambda m, _t: said.append(m))
    qtbot.waitUntil(lambda: shown(QDialog, "crashDialog") != [], timeout=10000)
    crash = shown(QDialog, "crashDialog")[0]
    assert "KeyError" in crash.details.toPlainText() and said[-1] == "'phone_id'"


def test_work_that_takes_more_than_a_second_shows_its_progress(qtbot, monkeypatch, no_dialogs_left):
    monkeypatch.setattr(ops, "PROGRESS_DELAY_MS", 200)
    window = QMainWindow()
    qtbot.addWidget(window)
    inside = QWidget()
    window.setCentralWidget(inside)
    window.show()
    gate = threading.Event()
    reported = threading.Event()

    def slow(task) -> int:
        task.report(3, 10)
        reported.set()
        gate.wait(20)
        return 1

    ops.query(inside, lambda: 1, progress="Quick…")  # over before the delay: no progress shown
    ops.query(inside, slow, with_task=True, progress="Adding up the period…")
    reported.wait(10)
    qtbot.waitUntil(lambda: window.findChildren(QProgressBar, "operationProgress") != [], timeout=5000)
    bar = window.findChildren(QProgressBar, "operationProgress")[0]
    assert [bar.value(), bar.maximum()] == [3, 10]
    assert len(window.findChildren(QProgressBar, "operationProgress")) == 1
    gate.set()
    qtbot.waitUntil(lambda: not [b for b in window.findChildren(QProgressBar, "operationProgress")
                                 if b.isVisible()], timeout=5000)
    # Outside a main window: a small progress window, whose Cancel reaches work that can be cancelled.
    cancelled = threading.Event()

    def cancellable(task) -> None:
        while not task.cancelled():
            cancelled.wait(0.01)
        cancelled.set()

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ops.query(dialog, cancellable, with_task=True, progress="Generating…")
    qtbot.waitUntil(lambda: shown(QProgressDialog, "operationProgress") != [], timeout=5000)
    progress = shown(QProgressDialog, "operationProgress")[0]
    assert progress.labelText() == "Generating…"
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert cancelled.wait(10)
    qtbot.waitUntil(lambda: shown(QProgressDialog, "operationProgress") == [], timeout=5000)


def _raise(error: Exception):
    def work() -> None:
        raise error
    return work


def test_a_refusal_is_logged_as_information_without_a_traceback_a_defect_as_an_error(qtbot, owner, caplog,
                                                                                       no_dialogs_left):
    said: list[str] = []
    caplog.set_level(logging.INFO, logger="ccs_desktop.ui.workers")
    ops.query(owner, _raise(ServiceError("Maria Lopez has no good mailing address")),
              on_error=lambda m, _t: said.append(m))
    ops.query(owner, _raise(PermissionDenied("cole may not approve promises")), on_error=lambda m, _t: said.append(m))
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10000)
    refusals = [r for r in caplog.records if r.name == "ccs_desktop.ui.workers"]
    assert sorted(r.levelno for r in refusals) == [logging.INFO, logging.WARNING]
    assert all(r.exc_info is None for r in refusals)
    assert "Maria" not in caplog.text  # the refusal's message may name a consumer: it stays out of the log
    caplog.clear()
    ops.query(owner, _raise(KeyError("phone_id")), on_error=lambda m, _t: said.append(m))
    qtbot.waitUntil(lambda: len(said) == 3, timeout=10000)
    errors = [r for r in caplog.records if r.name == "ccs_desktop.ui.workers"]
    # The traceback is kept: as the exception itself, or as its text once the log's personal-data filter scrubbed it.
    assert [r.levelno for r in errors] == [logging.ERROR] and (errors[0].exc_info is not None or errors[0].exc_text)
