"""The crash dialog: an unexpected error is logged and shown with the recent log, and work goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .. import logs

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


_dialogs: list[CrashDialog] = []


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        trace = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled exception", exc_info=(kind, value, tb))  # scrubbed by the log filter
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        _dialogs.append(show_crash(str(value) or kind.__name__, trace, QApplication.activeWindow()))

    sys.excepthook = hook
