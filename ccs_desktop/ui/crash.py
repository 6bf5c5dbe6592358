"""The crash dialog: an unexpected error is logged and shown with the recent log, and work goes on.

A database that stopped answering is not a defect: it gets a plain message and a way on, never this dialog
(`show_fault`; tasks run through ui.workers report it to the screen that asked, which keeps the user's input)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from .. import db, logs

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CCS Desktop – unexpected error")
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        label = QLabel(
            f"<b>Something went wrong:</b> {summary}<br>Your saved work is safe. The details below are also in "
            f"the log file <code>{logs.log_file()}</code>; send it to your IT contact if this happens again."
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(720, 320)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_crash(summary: str, trace: str, parent: QWidget | None = None) -> CrashDialog:
    details = logs.scrub(f"{trace}\n--- recent log ---\n{logs.tail()}")
    dialog = CrashDialog(logs.scrub(summary), details, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog


def show_fault(message: str, parent: QWidget | None = None) -> QMessageBox:
    """A database fault: the plain message, no details; the window stays as it was (nothing typed is lost)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("ccs", "Shared database"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("databaseFault")
    box.setModal(False)
    box.show()
    return box


_dialogs: list[QWidget] = []


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        trace = "".join(traceback.format_exception(kind, value, tb))
        fault = db.fault_kind(value) if isinstance(value, Exception) else None
        if fault is not None:
            log.warning("the database %s (%s)", fault, kind.__name__)  # no driver text: it can hold values
        else:
            log.error("unhandled exception", exc_info=(kind, value, tb))  # scrubbed by the log filter
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        if fault is not None:
            from .workers import fault_message

            _dialogs.append(show_fault(fault_message(fault), QApplication.activeWindow()))
            return
        _dialogs.append(show_crash(str(value) or kind.__name__, trace, QApplication.activeWindow()))

    sys.excepthook = hook
